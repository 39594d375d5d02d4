import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { ConsentTerms } from './index.js';

/**
 * The consent notice in easy-read English: short sentences, one idea each, everyday words.
 * The same word for the same thing throughout: "private", "share", "notes", "agree", "choices".
 * Hard words are said another way ("a judge" for a court) or explained ("your rights").
 */
const easy: Partial<ConsentTerms> = {
  consentAgree: 'Yes, I agree',
  consentReadFull: (choices) =>
    choices ? 'Read everything and see your other choices' : 'Read everything',
  consentDecline: 'No, I do not agree',
  consentConfirm: 'Before you agree',
  consentNeeded: 'you must tick this to agree',
  consentChoices: 'Your choices',
  consentChoicesHint: 'Tick only the things you want. It is up to you. You can change them later.',
  consentBox: (label) => `“${label}”`,
  consentTickToAgree: (boxes) =>
    boxes.length === 1
      ? `To agree, please tick the box ${boxes[0]}.`
      : `To agree, please tick these boxes: ${formatList('en', boxes)}.`,
  consentNotTicked: 'Please tick this box to agree.',
  consentAgreedOn: (date) =>
    date === null ? 'You agreed to this.' : `You agreed to this on ${date}.`,
  consentReview: 'Look again or change your mind',
  consentSaveChoices: 'Save my choices',
  consentWithdraw: 'I do not agree any more',
  consentWithdrawQuestion: 'Do you want to stop agreeing?',
  consentWithdrawExplain:
    'We will stop using your choices from now on. We cannot take back anything we shared before.',
  consentWithdrawYes: 'Yes, I do not agree any more',
  consentWithdrawNo: 'No, I still agree',
  consentBack: 'Go back',
  consentDeclined:
    'You said you do not agree. That is OK. You can read this again. You can change your mind at any time.',
  consentWithdrawn: 'You do not agree any more. You can read this again at any time.',
  consentReadAgain: 'Read this again',
  consentChanged: (date) =>
    date === null
      ? 'We changed this since you agreed to it. Please read it again.'
      : `We changed this since you agreed to it on ${date}. Please read it again.`,
  consentWhatChanged: 'What is different',
  consentVersion: (version) => `Version ${version}`,
  consentPrivacyChoices: 'Your choices about what stays private',
  consentNotNow: 'Not now',
  consentClose: 'Close',
  consentNotSaved: 'Your choices did not save. They are all still here. You can try again.',
  consentUnavailable: 'We cannot show this information now.',
  consentNotice: {
    title: 'What we keep private',
    intro:
      'Please read this before we start. It tells you what we keep private. It tells you when we must share something. It tells you about your choices.',
    summary:
      'What you tell us stays private in our team. Sometimes we must share something to keep people safe. You can read everything before you choose.',
    sections: {
      confidential: {
        heading: 'What stays private',
        blocks: [
          'What you tell us is private.',
          'Only the people in our team who help you will know.',
          'We will not tell your family or your friends.',
          'We will not tell your school or your work.',
          'We only tell them if you say yes.',
          'There are a few times when we must share. You can read about them next.',
        ],
      },
      limits: {
        heading: 'When we must share',
        blocks: [
          'Sometimes we must share some information about you.',
          'We must do this even if you do not want us to.',
          'This only happens if:',
          [
            'you could be badly hurt',
            'someone else could be badly hurt',
            'a child is being hurt or not looked after',
            'an adult who cannot keep safe is being hurt or not looked after',
            'a judge tells us to share',
            'the law says we must share.',
          ],
          'We only share what is needed.',
          'We only share with the people who need to know.',
          'If it is safe, we will talk to you first.',
          'We will tell you what we shared.',
        ],
      },
      records: {
        heading: 'How we keep your notes',
        blocks: [
          'We write short notes after we meet.',
          'We keep your notes on a safe computer.',
          'People need a password to see them.',
          'Only the people in our team who help you can read your notes.',
          'A manager in our team may read them too. This is to check our work is good and safe.',
          'The law says how long we keep your notes. Then we get rid of them safely.',
          'You can ask us how long we keep them.',
        ],
      },
      rights: {
        heading: 'Your rights',
        blocks: [
          'Your rights are things you are allowed to do.',
          [
            'You can ask to see your notes.',
            'You can ask for a copy of your notes.',
            'You can ask us to change anything in your notes that is wrong.',
            'You can change your choices at any time.',
            'You can complain to us if you are not happy with how we use your information.',
            'If you are still not happy, you can complain to an official group. This group protects people’s information.',
          ],
        ],
      },
    },
    limitsAcknowledgement: 'I understand what stays private and when you must share.',
  },
};

registerBuiltInTranslation({ $code: 'en-x-easy', ...easy });

export default easy;
