import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { AgreementTerms } from './index.js';

const en: AgreementTerms = {
  agreementAgree: 'I understand and agree',
  agreementAgreedOf: (agreed, total) => `${agreed} of ${total} agreed`,
  agreementAgreed: 'Agreed',
  agreementNotAgreed: 'Not agreed',
  agreementTickToAgree: 'Please tick the box to agree to this before you sign.',
  agreementChooseOne: 'Please choose one.',
  agreementAgreeBeforeSigning: (titles) =>
    `Before you sign, please agree to ${formatList(
      'en',
      titles.map((t) => `“${t}”`),
    )}.`,
  agreementAnswerBeforeSigning: (titles) =>
    titles.length === 1
      ? `Please answer the question in “${titles[0]}”.`
      : `Please answer the questions in ${formatList(
          'en',
          titles.map((t) => `“${t}”`),
        )}.`,
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

registerBuiltInTranslation({ $code: 'en', ...en });

export default en;
