import type { RapportTranslation } from '../core/localize.js';
import { formatList } from '../core/intl.js';

const fr: RapportTranslation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  send: 'Envoyer',
  saving: 'Enregistrement…',
  saved: 'Enregistré. Merci.',
  notSaved: 'Vos réponses n’ont pas été enregistrées. Elles sont toutes encore là.',
  retry: 'Réessayer',
  pleaseAnswer: (questions) =>
    questions.length === 1
      ? `Veuillez répondre à la ${questions[0]} avant d’envoyer.`
      : `Veuillez répondre à celles-ci avant d’envoyer : ${formatList('fr', questions)}.`,
  questionNumber: (n) => `question ${n}`,
  answeredOf: (answered, total) => `${answered} sur ${total} répondues`,
  optional: 'facultatif',
  notAnswered: 'Sans réponse',
  lineValue: (value, max, nearer) =>
    nearer === null
      ? `${value} sur ${max}, au milieu`
      : `${value} sur ${max}, plus près de « ${nearer} »`,
  lineEmpty: (low, high) => `Sans réponse. De « ${low} » à « ${high} »`,
  exampleInstrument: 'Exemple, pas un instrument validé',
  licensedBy: (holder) => `Utilisé sous licence de ${holder}`,
  licenceTerms: 'Conditions de la licence',
  unavailable: 'Ce questionnaire ne peut pas être affiché pour le moment.',
  loading: 'Chargement du questionnaire…',
  scores: 'Scores',
  total: 'Total',
  scoreOf: (score, max) => `${score} sur ${max}`,
  flagged: 'Sous le seuil',
  notFlagged: 'Au seuil ou au-dessus',
  theTotal: 'le total',
  cutoffRule: (score, below) => `signalé si ${score} est inférieur à ${below}`,
  feedbackOpen: 'Votre avis',
  feedbackNotNow: 'Pas maintenant',
  feedbackClose: 'Fermer',
  feedbackStars: (stars, formatted) =>
    stars <= 1 ? `${formatted} étoile` : `${formatted} étoiles`,
  feedbackCharacters: (count, max) => `${count} sur ${max} caractères`,
  feedbackCharactersLeft: (left, formatted) =>
    left <= 1 ? `Il reste ${formatted} caractère` : `Il reste ${formatted} caractères`,
  feedbackLimitReached: (max) => `Vous avez atteint la limite de ${max} caractères.`,
  // Follows "Veuillez répondre à la …" in pleaseAnswer.
  feedbackAnyQuestion: 'question de votre choix',

  // <rapport-consent-notice>
  consentAgree: 'J’accepte',
  consentDecline: 'Je n’accepte pas',
  consentConfirm: 'Avant d’accepter',
  consentNeeded: 'obligatoire pour accepter',
  consentChoices: 'Vos choix',
  consentChoicesHint:
    'Cochez seulement ce que vous voulez. Chaque choix dépend de vous, et vous pourrez le changer plus tard.',
  consentBox: (label) => `« ${label} »`,
  consentTickToAgree: (boxes) =>
    `Pour accepter, cochez ${new Intl.ListFormat('fr').format(boxes)}.`,
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

  // <rapport-boundary-agreement>
  agreementAgree: 'Je comprends et je suis d’accord',
  agreementAgreedOf: (agreed, total) => `${agreed} sur ${total} acceptés`,
  agreementAgreed: 'Accepté',
  agreementNotAgreed: 'Non accepté',
  agreementTickToAgree: 'Cochez la case pour accepter ce point avant de signer.',
  agreementChooseOne: 'Choisissez une réponse.',
  agreementAgreeBeforeSigning: (titles) =>
    `Avant de signer, acceptez ${new Intl.ListFormat('fr').format(titles.map((t) => `«\u00a0${t}\u00a0»`))}.`,
  agreementAnswerBeforeSigning: (titles) =>
    titles.length === 1
      ? `Répondez à la question de «\u00a0${titles[0]}\u00a0».`
      : `Répondez aux questions de ${new Intl.ListFormat('fr').format(titles.map((t) => `«\u00a0${t}\u00a0»`))}.`,
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

export default fr;
