import { RapportFeedbackPrompt } from './feedback-prompt.js';

RapportFeedbackPrompt.define('rapport-feedback-prompt');

export { RapportFeedbackPrompt };
export type {
  CheckAnswer,
  FeedbackChecks,
  FeedbackContact,
  FeedbackPart,
  FeedbackPromptResult,
  FeedbackPromptValue,
  RatingStyle,
} from './types.js';
export type { FeedbackContent } from './locales/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'rapport-feedback-prompt': RapportFeedbackPrompt;
  }
}
