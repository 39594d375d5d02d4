import type { RapportTranslation } from '../core/localize.js';
import { formatList } from '../core/intl.js';

const en: RapportTranslation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  send: 'Send',
  saving: 'Saving…',
  saved: 'Saved. Thank you.',
  notSaved: 'Your answers were not saved. They are all still here.',
  retry: 'Try again',
  pleaseAnswer: (questions) =>
    questions.length === 1
      ? `Please answer ${questions[0]} before sending.`
      : `Please answer these before sending: ${formatList('en', questions)}.`,
  questionNumber: (n) => `question ${n}`,
  answeredOf: (answered, total) => `${answered} of ${total} answered`,
  optional: 'optional',
  notAnswered: 'Not answered',
  lineValue: (value, max, nearer) =>
    nearer === null
      ? `${value} of ${max}, in the middle`
      : `${value} of ${max}, nearer “${nearer}”`,
  lineEmpty: (low, high) => `Not answered. From “${low}” to “${high}”`,
  exampleInstrument: 'Example, not a validated instrument',
  licensedBy: (holder) => `Used under licence from ${holder}`,
  licenceTerms: 'Licence terms',
  unavailable: 'This questionnaire cannot be shown right now.',
  loading: 'Loading the questionnaire…',
  scores: 'Scores',
  total: 'Total',
  scoreOf: (score, max) => `${score} of ${max}`,
  flagged: 'Below the cutoff',
  notFlagged: 'At or above the cutoff',
  theTotal: 'the total',
  cutoffRule: (score, below) => `flagged when ${score} is below ${below}`,
  feedbackOpen: 'Feedback',
  feedbackNotNow: 'Not now',
  feedbackClose: 'Close',
  feedbackStars: (stars, formatted) => (stars === 1 ? `${formatted} star` : `${formatted} stars`),
  feedbackCharacters: (count, max) => `${count} of ${max} characters`,
  feedbackCharactersLeft: (left, formatted) =>
    left === 1 ? `${formatted} character left` : `${formatted} characters left`,
  feedbackLimitReached: (max) => `You have reached the limit of ${max} characters.`,
  feedbackAnyQuestion: 'at least one question',

  // <rapport-consent-notice>
  consentAgree: 'I agree',
  consentDecline: 'I do not agree',
  consentConfirm: 'Before you agree',
  consentNeeded: 'needed to agree',
  consentChoices: 'Your choices',
  consentChoicesHint:
    'Tick only what you want. Each choice is up to you, and you can change it later.',
  consentBox: (label) => `“${label}”`,
  consentTickToAgree: (boxes) =>
    `To agree, please tick ${new Intl.ListFormat('en').format(boxes)}.`,
  consentNotTicked: 'Please tick this box to agree.',
  consentAgreedOn: (date) =>
    date === null ? 'You have agreed to this notice.' : `You agreed to this notice on ${date}.`,
  consentReview: 'Review or withdraw',
  consentSaveChoices: 'Save my choices',
  consentWithdraw: 'Withdraw consent',
  consentWithdrawQuestion: 'Withdraw your consent?',
  consentWithdrawExplain:
    'From now on we will stop using your choices. This does not change anything that was already shared.',
  consentWithdrawYes: 'Yes, withdraw',
  consentWithdrawNo: 'No, keep my consent',
  consentBack: 'Back',
  consentDeclined:
    'You chose not to agree. You can read the notice again and change your mind at any time.',
  consentWithdrawn: 'You have withdrawn your consent. You can read the notice again at any time.',
  consentReadAgain: 'Read the notice again',
  consentChanged: (date) =>
    date === null
      ? 'This notice has changed since you last agreed to it. Please read it again.'
      : `This notice has changed since you agreed to it on ${date}. Please read it again.`,
  consentWhatChanged: 'What has changed',
  consentVersion: (version) => `Version ${version}`,
  consentPrivacyChoices: 'Privacy choices',
  consentNotNow: 'Not now',
  consentClose: 'Close',
  consentUnavailable: 'This privacy notice cannot be shown right now.',

  // <rapport-boundary-agreement>
  agreementAgree: 'I understand and agree',
  agreementAgreedOf: (agreed, total) => `${agreed} of ${total} agreed`,
  agreementAgreed: 'Agreed',
  agreementNotAgreed: 'Not agreed',
  agreementTickToAgree: 'Please tick the box to agree to this before you sign.',
  agreementChooseOne: 'Please choose one.',
  agreementAgreeBeforeSigning: (titles) =>
    `Before you sign, please agree to ${new Intl.ListFormat('en').format(titles.map((t) => `“${t}”`))}.`,
  agreementAnswerBeforeSigning: (titles) =>
    titles.length === 1
      ? `Please answer the question in “${titles[0]}”.`
      : `Please answer the questions in ${new Intl.ListFormat('en').format(titles.map((t) => `“${t}”`))}.`,
  agreementTypeName: 'Please type your full name.',
  agreementTypeClinicianName: 'Please type the clinician’s full name.',
  agreementSignatureHeading: 'Your signature',
  agreementFullName: 'Your full name',
  agreementFullNameHint: 'Typing your full name is your signature.',
  agreementDraw: 'Draw your signature (optional)',
  agreementDrawHint: 'Use a finger, a pen or the mouse. Your typed name is enough on its own.',
  agreementDrawingArea: (drawn) =>
    drawn ? 'Signature drawing area, with a drawing' : 'Signature drawing area, empty',
  agreementClearDrawing: 'Clear the drawing',
  agreementDate: 'Date',
  agreementSign: 'Sign the agreement',
  agreementCountersignHeading: 'Clinician’s countersignature',
  agreementClinicianName: 'Clinician’s full name',
  agreementCountersign: 'Countersign',
  agreementReadyToCountersign: 'Signed and saved. The clinician can now countersign below.',
  agreementSignedBy: (name, date) => `Signed by ${name} on ${date}`,
  agreementCountersignedBy: (name, date) => `Countersigned by ${name} on ${date}`,
  agreementNotSigned: 'Not signed yet',
  agreementDrawnBy: (name) => `Signature drawn by ${name}`,
  agreementUnavailable: 'This agreement cannot be shown right now.',
  agreementChanged:
    'The text shown here is not the same as the text that was signed. Check with the service before relying on it.',
  agreementAskService: 'ask the service',
  agreementPaperSignature: 'Signature',
};

export default en;
