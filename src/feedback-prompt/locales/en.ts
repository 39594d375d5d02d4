import { registerBuiltInTranslation } from '../../core/localize.js';
import type { FeedbackTerms } from './index.js';

const en: FeedbackTerms = {
  feedbackOpen: 'Feedback',
  feedbackNotNow: 'Not now',
  feedbackClose: 'Close',
  feedbackStars: (stars, formatted) => (stars === 1 ? `${formatted} star` : `${formatted} stars`),
  feedbackCharacters: (count, max) => `${count} of ${max} characters`,
  feedbackCharactersLeft: (left, formatted) =>
    left === 1 ? `${formatted} character left` : `${formatted} characters left`,
  feedbackLimitReached: (max) => `You have reached the limit of ${max} characters.`,
  feedbackAnyQuestion: 'at least one question',
};

registerBuiltInTranslation({ $code: 'en', ...en });

export default en;
