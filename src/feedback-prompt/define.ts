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
} from './feedback-prompt.js';
export { registerFeedbackContent } from './content/index.js';
export type { FeedbackContent } from './content/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'rapport-feedback-prompt': RapportFeedbackPrompt;
  }
}
