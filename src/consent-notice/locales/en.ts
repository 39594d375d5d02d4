import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { ConsentTerms } from './index.js';

const en: ConsentTerms = {
  consentAgree: 'I agree',
  consentReadFull: (choices) =>
    choices ? 'Read the full notice and your other choices' : 'Read the full notice',
  consentDecline: 'I do not agree',
  consentConfirm: 'Before you agree',
  consentNeeded: 'needed to agree',
  consentChoices: 'Your choices',
  consentChoicesHint:
    'Tick only what you want. Each choice is up to you, and you can change it later.',
  consentBox: (label) => `“${label}”`,
  consentTickToAgree: (boxes) => `To agree, please tick ${formatList('en', boxes)}.`,
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
  consentNotSaved: 'Your choices were not saved. They are all still here.',
  consentUnavailable: 'This privacy notice cannot be shown right now.',
  consentNotice: {
    title: 'Your privacy: what stays between us',
    intro:
      'Please read this before we start. It says what we keep private, when we might have to share something, and the choices you can make.',
    summary:
      'What you tell us stays private, within the team that helps you. We may have to share something only if someone is at risk of serious harm, or if the law says we must. You can read the full notice before you choose.',
    sections: {
      confidential: {
        heading: 'What stays private',
        blocks: [
          'What you tell us is private. It stays between you and the people in our team who help you.',
          'We will not tell your family, your friends, your school or your employer about you unless you say yes. The only exceptions are the few cases in the next part.',
        ],
      },
      limits: {
        heading: 'When we may have to share',
        blocks: [
          'Sometimes we must share some information, even if you do not want us to. This happens only when:',
          [
            'we believe you are at risk of serious harm;',
            'we believe someone else is at risk of serious harm;',
            'we are worried that a child, or an adult who cannot keep themselves safe, is being hurt or neglected;',
            'a court orders us to, or another law says we must.',
          ],
          'Then we share only what is needed, and only with the people who need to know. When it is safe, we will talk with you first and tell you what we shared.',
        ],
      },
      records: {
        heading: 'How we keep your records',
        blocks: [
          'We write short notes after we meet. We keep them on a secure system that needs a password.',
          'Only the people in our team who help you can read them. A senior member of the team may also read them to check that our work is safe and good.',
          'We keep your records for as long as the law says, and then we delete them safely. You can ask us how long that is.',
        ],
      },
      rights: {
        heading: 'Your rights',
        blocks: [
          [
            'You can ask to see your records and to have a copy.',
            'You can ask us to correct anything that is wrong.',
            'You can change the choices below at any time.',
            'If you are unhappy with how we use your information, you can complain to us. If you are still unhappy, you can complain to the public body that protects people’s information.',
          ],
        ],
      },
    },
    limitsAcknowledgement: 'I understand what stays private and when it may have to be shared.',
  },
};

registerBuiltInTranslation({ $code: 'en', ...en });

export default en;
