import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { ConsentTerms } from './index.js';

const fr: ConsentTerms = {
  consentAgree: 'J’accepte',
  consentReadFull: (choices) =>
    choices ? 'Lire l’avis complet et vos autres choix' : 'Lire l’avis complet',
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
  consentNotSaved: 'Vos choix n’ont pas été enregistrés. Ils sont tous encore là.',
  consentUnavailable: 'Cette notice de confidentialité ne peut pas être affichée pour le moment.',
  consentNotice: {
    title: 'Votre vie privée : ce qui reste entre nous',
    intro:
      'Lisez ceci avant de commencer. Vous y verrez ce que nous gardons pour nous, quand nous pourrions devoir partager quelque chose, et ce que vous pouvez choisir.',
    summary:
      'Ce que vous nous dites reste privé, au sein de l’équipe qui vous accompagne. Nous ne partagerions quelque chose que si quelqu’un court un risque grave, ou si la loi nous y oblige. Vous pouvez lire l’avis complet avant de choisir.',
    sections: {
      confidential: {
        heading: 'Ce qui reste privé',
        blocks: [
          'Ce que vous nous dites est privé. Cela reste entre vous et les personnes de notre équipe qui vous aident.',
          'Nous ne parlerons pas de vous à votre famille, à vos amis, à votre école ou à votre employeur sans votre accord. Les seules exceptions sont les quelques cas de la partie suivante.',
        ],
      },
      limits: {
        heading: 'Quand nous pouvons devoir partager',
        blocks: [
          'Parfois, nous devons partager certaines informations, même si vous ne le souhaitez pas. Cela arrive seulement quand :',
          [
            'nous pensons que vous risquez un danger grave ;',
            'nous pensons qu’une autre personne risque un danger grave ;',
            'nous craignons qu’un enfant, ou un adulte qui ne peut pas se protéger seul, soit maltraité ou délaissé ;',
            'un juge nous l’ordonne, ou une autre loi nous y oblige.',
          ],
          'Nous partageons alors seulement ce qui est nécessaire, et seulement avec les personnes qui doivent le savoir. Quand c’est sans danger, nous vous en parlons d’abord et nous vous disons ce que nous avons partagé.',
        ],
      },
      records: {
        heading: 'Comment nous gardons votre dossier',
        blocks: [
          'Après nos rencontres, nous écrivons de courtes notes. Nous les gardons dans un système sécurisé, protégé par un mot de passe.',
          'Seules les personnes de notre équipe qui vous aident peuvent les lire. Une personne plus expérimentée de l’équipe peut aussi les lire pour vérifier que notre travail est sûr et de qualité.',
          'Nous gardons votre dossier aussi longtemps que la loi le demande, puis nous l’effaçons de façon sûre. Vous pouvez nous demander combien de temps cela dure.',
        ],
      },
      rights: {
        heading: 'Vos droits',
        blocks: [
          [
            'Vous pouvez demander à voir votre dossier et à en avoir une copie.',
            'Vous pouvez nous demander de corriger ce qui est faux.',
            'Vous pouvez changer les choix ci-dessous à tout moment.',
            'Si vous n’êtes pas satisfait de la façon dont nous utilisons vos informations, vous pouvez vous plaindre auprès de nous. Si vous n’êtes toujours pas satisfait, vous pouvez vous plaindre auprès de l’organisme public qui protège les informations des personnes.',
          ],
        ],
      },
    },
    limitsAcknowledgement:
      'Je comprends ce qui reste privé et quand cela peut devoir être partagé.',
  },
};

registerBuiltInTranslation({ $code: 'fr', ...fr });

export default fr;
