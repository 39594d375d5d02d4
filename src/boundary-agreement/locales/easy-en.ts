import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { AgreementTerms } from './index.js';

const quoted = (titles: string[]) =>
  formatList(
    'en',
    titles.map((t) => `“${t}”`),
  );

/**
 * The agreement in easy-read English: short sentences, one idea each, everyday words, hard
 * words explained where they first come. The same word for the same thing throughout: a
 * "point" (a clause), "contact", "session", "agree", "tick the box", "sign", "your worker"
 * (the clinician). Placeholders and clause ids are those of the plain English.
 */
const easy: Partial<AgreementTerms> = {
  agreementAgree: 'I understand and I agree',
  agreementAgreedOf: (agreed, total) => `You agreed to ${agreed} of ${total} points`,
  agreementAgreed: 'Agreed',
  agreementNotAgreed: 'Not agreed',
  agreementTickToAgree: 'Please tick the box to agree. Then you can sign.',
  agreementChooseOne: 'Please choose one answer.',
  // More than three titles make a list too long to take in: the count, and where to start.
  agreementAgreeBeforeSigning: (titles) =>
    titles.length === 1
      ? `Please agree to “${titles[0]}”. Then you can sign.`
      : titles.length <= 3
        ? `Please agree to these points: ${quoted(titles)}. Then you can sign.`
        : `Please agree to ${titles.length} more points. Start with “${titles[0]}”. Then you can sign.`,
  agreementAnswerBeforeSigning: (titles) =>
    titles.length === 1
      ? `Please answer the question in “${titles[0]}”.`
      : titles.length <= 3
        ? `Please answer the questions in these points: ${quoted(titles)}.`
        : `Please answer ${titles.length} more questions. Start with the one in “${titles[0]}”.`,
  agreementTypeName: 'Please type your full name.',
  agreementTypeClinicianName: 'Please type the full name of the worker.',
  agreementSignatureHeading: 'Sign here',
  agreementFullName: 'Your full name',
  agreementFullNameHint: 'When you type your full name here, it is your signature.',
  agreementNameLimit: (max) => `A name can have up to ${max} letters.`,
  agreementDraw: 'Draw your signature (you can leave this out)',
  agreementDrawHint: 'Use your finger, a pen or the mouse. Your typed name is enough.',
  agreementDrawingArea: (drawn) =>
    drawn
      ? 'Space to draw your signature. It has a drawing.'
      : 'Space to draw your signature. It is empty.',
  agreementClearDrawing: 'Start the drawing again',
  agreementDate: 'Date',
  agreementSign: 'Sign the agreement',
  agreementCountersignHeading: 'Your worker signs here',
  agreementClinicianName: 'The worker’s full name',
  agreementCountersign: 'Sign as the worker',
  agreementReadyToCountersign: 'Your signature is saved. Now your worker signs below.',
  agreementSignedBy: (name, date) => `${name} signed on ${date}`,
  agreementCountersignedBy: (name, date) => `${name} signed as the worker on ${date}`,
  agreementNotSigned: 'No one has signed yet',
  agreementDrawnBy: (name) => `${name} drew this signature`,
  agreementNotSaved:
    'Your agreement did not send. Your answers and signature are still here. You can try again.',
  agreementUnavailable: 'We cannot show this agreement now.',
  agreementChanged:
    'The words here are different from the words that were signed. Please ask the service about this.',
  agreementAskService: 'ask the service',
  agreementPaperSignature: 'Signature',
  agreementContent: {
    title: 'Our agreement',
    intro:
      'This agreement helps us work together safely.\nIt says what you can expect from me.\nIt also says what I ask you to do.\n\nPlease read each point.\nIf you understand and agree, tick the box under it.\nYou can ask me about any point before you sign.',
    clauses: {
      contact: {
        title: 'Contacting me',
        text: 'You can contact me at these times: {hours}.\nYou can contact me in these ways: {channels}.\nHow long I usually take to answer: {responseTime}.\n\nI do not read messages at other times.\nA message you send in the evening waits until I am back at work.\nA message you send at the weekend waits too.',
      },
      crisis: {
        title: 'In a crisis',
        text: 'A crisis is when you feel very unsafe or very upset, and it cannot wait.\nIn a crisis, call {crisisPhone}.\nYou can call this number when I am not at work too.\n\nIf you or someone else is in danger now, call {emergencyNumber}.\nDo not wait for me to answer a message.',
      },
      gifts: {
        title: 'Gifts',
        text: 'Please do not give me money.\nPlease do not give me presents that cost a lot.\nA card is fine.\nA small thing you made is fine.\n\nSometimes I may say no to a gift.\nThis is because of the rules of my job.\nIt is not because of you.',
      },
      'social-media': {
        title: 'Social media',
        text: 'Social media means apps and websites where people share posts and messages.\n\nI will not follow you on social media.\nI will not add you as a friend.\nI will not send you messages there.\nI will not look for you on the internet.\nThis keeps your life private.\n\nPlease contact me only in the ways in this agreement.',
      },
      'outside-sessions': {
        title: 'Meeting outside our sessions',
        text: 'A session is the time when we meet to work together.\nWe only meet for our sessions.\nWe do not meet as friends.\nWe do not buy things from each other or sell things to each other.\nWe do not do business together.\n\nWe may see each other by chance, for example in a shop.\nI will not say hello first. This keeps your life private.\nYou can say hello if you want to.\n\nI may already know you, or someone close to you, in another way.\nIf so, I will tell you.\nThen we will decide together what to do.',
      },
      sessions: {
        title: 'Sessions, being late and cancelling',
        text: 'How long each session is: {sessionLength}.\nHow early to tell me if you cannot come: {noticePeriod}.\n\nIf you are late, the session still ends at the usual time.\nIf you cannot come, please tell me as early as you can.\nThis is called cancelling.\n\nYou may miss a session and not tell me.\nThen I will contact you to check you are all right.\nWe will talk about what happens next.',
      },
      recording: {
        title: 'Recording',
        text: 'Recording means keeping the sound or video of a session, for example on a phone.\n\nI will not record a session without asking you first.\nYou will not record a session without asking me first.\nWe only record if the other person clearly says yes.\n\nYou can say no.\nSaying no will not change your care.',
      },
      ending: {
        title: 'Ending our work',
        text: 'We will plan the end of our work together.\nThen the end will not be a surprise.\n\nYou can choose to stop at any time.\nIf you can, please tell me first.\nThen we can end well.\n\nSome points still count after our work ends.\nThey are the points about gifts, social media and meeting outside our sessions.',
      },
    },
    contactQuestion: {
      label: 'How do you want me to contact you?',
      options: {
        phone: 'Phone call',
        text: 'Text message',
        email: 'Email',
        letter: 'Letter in the post',
      },
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

registerBuiltInTranslation({ $code: 'en-x-easy', ...easy });

export default easy;
