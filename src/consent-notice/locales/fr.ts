import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { ConsentTerms } from './index.js';

const fr: ConsentTerms = {
  consentAgree: 'J’accepte',
  consentDecline: 'Je n’accepte pas',
  consentConfirm: 'Avant d’accepter',
  consentNeeded: 'obligatoire pour accepter',
  consentChoices: 'Vos choix',
  consentChoicesHint:
    'Cochez seulement ce que vous voulez. Chaque choix dépend de vous, et vous pourrez le changer plus tard.',
  consentBox: (label) => `« ${label} »`,
  consentTickToAgree: (boxes) => `Pour accepter, cochez ${formatList('fr', boxes)}.`,
  consentNotTicked: 'Cochez cette case pour accepter.',
  consentAgreedOn: (date) =>
    date === null
      ? 'Vous avez déjà accepté cette notice.'
      : `Vous avez accepté cette notice le ${date}.`,
  consentReview: 'Revoir ou retirer',
  consentSaveChoices: 'Enregistrer mes choix',
  consentWithdraw: 'Retirer mon accord',
  consentWithdrawQuestion: 'Retirer votre accord ?',
  consentWithdrawExplain:
    'À partir de maintenant, nous n’utiliserons plus vos choix. Cela ne change rien à ce qui a déjà été partagé.',
  consentWithdrawYes: 'Oui, retirer',
  consentWithdrawNo: 'Non, garder mon accord',
  consentBack: 'Retour',
  consentDeclined:
    'Vous avez choisi de ne pas accepter. Vous pouvez relire la notice et changer d’avis à tout moment.',
  consentWithdrawn: 'Vous avez retiré votre accord. Vous pouvez relire la notice à tout moment.',
  consentReadAgain: 'Relire la notice',
  consentChanged: (date) =>
    date === null
      ? 'Cette notice a changé depuis votre dernier accord. Merci de la relire.'
      : `Cette notice a changé depuis que vous l’avez acceptée le ${date}. Merci de la relire.`,
  consentWhatChanged: 'Ce qui a changé',
  consentVersion: (version) => `Version ${version}`,
  consentPrivacyChoices: 'Choix de confidentialité',
  consentNotNow: 'Plus tard',
  consentClose: 'Fermer',
  consentUnavailable: 'Cette notice de confidentialité ne peut pas être affichée pour le moment.',
};

registerBuiltInTranslation({ $code: 'fr', ...fr });

export default fr;
