import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { AgreementTerms } from './index.js';

const fr: AgreementTerms = {
  agreementAgree: 'Je comprends et je suis d’accord',
  agreementAgreedOf: (agreed, total) => `${agreed} sur ${total} acceptés`,
  agreementAgreed: 'Accepté',
  agreementNotAgreed: 'Non accepté',
  agreementTickToAgree: 'Cochez la case pour accepter ce point avant de signer.',
  agreementChooseOne: 'Choisissez une réponse.',
  agreementAgreeBeforeSigning: (titles) =>
    `Avant de signer, acceptez ${formatList(
      'fr',
      titles.map((t) => `«\u00a0${t}\u00a0»`),
    )}.`,
  agreementAnswerBeforeSigning: (titles) =>
    titles.length === 1
      ? `Répondez à la question de «\u00a0${titles[0]}\u00a0».`
      : `Répondez aux questions de ${formatList(
          'fr',
          titles.map((t) => `«\u00a0${t}\u00a0»`),
        )}.`,
  agreementTypeName: 'Écrivez votre nom complet.',
  agreementTypeClinicianName: 'Écrivez le nom complet du professionnel.',
  agreementSignatureHeading: 'Votre signature',
  agreementFullName: 'Votre nom complet',
  agreementFullNameHint: 'Écrire votre nom complet vaut signature.',
  agreementDraw: 'Dessinez votre signature (facultatif)',
  agreementDrawHint: 'Utilisez un doigt, un stylet ou la souris. Votre nom écrit suffit.',
  agreementDrawingArea: (drawn) =>
    drawn ? 'Zone de signature, avec un dessin' : 'Zone de signature, vide',
  agreementClearDrawing: 'Effacer le dessin',
  agreementDate: 'Date',
  agreementSign: 'Signer l’accord',
  agreementCountersignHeading: 'Contre-signature du professionnel',
  agreementClinicianName: 'Nom complet du professionnel',
  agreementCountersign: 'Contresigner',
  agreementReadyToCountersign:
    'Signé et enregistré. Le professionnel peut maintenant contresigner ci-dessous.',
  agreementSignedBy: (name, date) => `Signé par ${name} le ${date}`,
  agreementCountersignedBy: (name, date) => `Contresigné par ${name} le ${date}`,
  agreementNotSigned: 'Pas encore signé',
  agreementDrawnBy: (name) => `Signature dessinée par ${name}`,
  agreementUnavailable: 'Cet accord ne peut pas être affiché pour le moment.',
  agreementChanged:
    'Le texte affiché ici n’est pas celui qui a été signé. Vérifiez auprès du service avant de vous y fier.',
  agreementAskService: 'demandez au service',
  agreementPaperSignature: 'Signature',
};

registerBuiltInTranslation({ $code: 'fr', ...fr });

export default fr;
