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
  agreementNameLimit: (max) => `A name can be up to ${max} characters.`,
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
  agreementNotSaved: 'The agreement was not saved. Your answers and signature are all still here.',
  agreementUnavailable: 'This agreement cannot be shown right now.',
  agreementChanged:
    'The text shown here is not the same as the text that was signed. Check with the service before relying on it.',
  agreementAskService: 'ask the service',
  agreementPaperSignature: 'Signature',
  /** The built-in agreement in this language. */
  agreementContent: {
    title: 'Our agreement',
    intro:
      'These points keep our work together safe and clear for both of us. Please read each one, and tick the box under it if you understand and agree. You can ask me about any of them before you sign.',
    clauses: {
      contact: {
        title: 'Getting in touch',
        text: 'When you can contact me: {hours}.\nWays to contact me: {channels}.\nHow soon I usually reply: {responseTime}.\n\nI do not read messages at other times. A message sent in the evening or at the weekend waits until I am back at work.',
      },
      crisis: {
        title: 'In a crisis or out of hours',
        text: 'If you feel unsafe, or you are in crisis and it cannot wait, call {crisisPhone}. You can call them when I am not at work, too.\n\nIf you or someone else is in danger right now, call {emergencyNumber}. In an emergency, do not wait for me to answer a message.',
      },
      gifts: {
        title: 'Gifts',
        text: 'Please do not give me money or presents that cost a lot. A card, or something small you made, is fine. If I say no to a gift, it is because of the rules of my work, not because of you.',
      },
      'social-media': {
        title: 'Social media and online contact',
        text: 'I will not follow you, add you as a friend or send you messages on social media, and I will not look you up online. This protects your privacy. Please contact me only in the ways written in this agreement.',
      },
      'outside-sessions': {
        title: 'Meeting outside our sessions',
        text: 'We meet only for our sessions. We do not meet as friends, and we do not buy, sell or do business with each other.\n\nIf we see each other by chance, I will not say hello first, to protect your privacy. You can say hello if you want to. If I already know you, or someone close to you, in another way, I will tell you, and we will decide together what to do.',
      },
      sessions: {
        title: 'Sessions, lateness and cancelling',
        text: 'Length of each session: {sessionLength}.\nNotice needed if you cannot come: {noticePeriod}.\n\nIf you are late, the session still ends at the usual time. If you cannot come, please tell me as early as you can. If you miss a session without telling me, I will get in touch to check you are all right, and we will talk about what happens next.',
      },
      recording: {
        title: 'Recording',
        text: 'Neither of us will record a session, with sound or video, without asking the other first and getting a clear yes. You can say no, and it will not change your care.',
      },
      ending: {
        title: 'Ending our work',
        text: 'We will plan the end of our work together, so that it does not come as a surprise. You can choose to stop at any time. If you can, please tell me, so that we can end well.\n\nThe points about gifts, social media and meeting outside sessions still apply after our work ends.',
      },
    },
    contactQuestion: {
      label: 'How would you like me to contact you?',
      options: { phone: 'Phone call', text: 'Text message', email: 'Email', letter: 'Letter' },
    },
    fallbacks: {
      hours: 'ask the service',
      channels: 'ask the service',
      responseTime: 'ask the service',
      crisisPhone: 'your local crisis line',
      emergencyNumber: 'your local emergency number',
      sessionLength: 'ask the service',
      noticePeriod: 'ask the service',
    },
  },
};

registerBuiltInTranslation({ $code: 'en', ...en });

export default en;
