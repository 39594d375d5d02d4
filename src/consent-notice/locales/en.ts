import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { ConsentTerms } from './index.js';

const en: ConsentTerms = {
  consentAgree: 'I agree',
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
  consentUnavailable: 'This privacy notice cannot be shown right now.',
};

registerBuiltInTranslation({ $code: 'en', ...en });

export default en;
