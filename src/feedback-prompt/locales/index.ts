import { registerLanguageLoader } from '../../core/localize.js';
import en from './en.js';

/** The built-in texts of <rapport-feedback-prompt>. */
export interface FeedbackTerms {
  /** The button that opens a floating feedback prompt. */
  feedbackOpen: string;
  /** Closes a feedback prompt without answering. */
  feedbackNotNow: string;
  /** Closes a feedback prompt after sending. */
  feedbackClose: string;
  /** One choice of a star rating; `formatted` is `stars` in the language's digits. */
  feedbackStars: (stars: number, formatted: string) => string;
  /** The comment's visible length, e.g. "12 of 1,000 characters". */
  feedbackCharacters: (count: string, max: string) => string;
  /** Announced as a comment nears its limit; `formatted` is `left` in the language's digits. */
  feedbackCharactersLeft: (left: number, formatted: string) => string;
  /** Announced when a comment reaches its limit. */
  feedbackLimitReached: (max: string) => string;
  /** Named in `pleaseAnswer` when nothing at all has been answered yet. */
  feedbackAnyQuestion: string;
}

declare module '../../core/localize.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RapportTranslation extends FeedbackTerms {}
}

// English comes with the element; the other languages are loaded when a widget needs them.
registerLanguageLoader('feedback-prompt', (language) => {
  switch (language) {
    case 'es':
      return import('./es.js');
    case 'fr':
      return import('./fr.js');
    case 'ar':
      return import('./ar.js');
    default:
      return undefined;
  }
});

export { en };
