import { registerLanguageLoader } from '../../core/localize.js';
import en from './en.js';

/** The built-in questions of <rapport-feedback-prompt>, in one language. */
export interface FeedbackContent {
  /** The prompt's heading. */
  title: string;
  /** One line under the heading. */
  intro: string;
  rating: {
    /** The overall question, whatever the rating style. */
    question: string;
    /** The five faces' labels, saddest first (values 1–5). */
    faces: readonly [string, string, string, string, string];
    /** The words at 0 and at 10 on the 0–10 scale. */
    scaleLow: string;
    scaleHigh: string;
  };
  checks: {
    heard: string;
    respected: string;
    whatIWanted: string;
    yes: string;
    partly: string;
    no: string;
  };
  comment: {
    question: string;
    /** Under the question: this box is not watched, so where to go for urgent help. */
    hint: string;
  };
  contact: {
    /** The checkbox. */
    consent: string;
    /** The field shown when the checkbox is ticked. */
    details: string;
    hint: string;
  };
}

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
  /** A paste or drop that did not all fit: `cut` characters were left out. */
  feedbackPasteCut: (cut: number, formatted: string) => string;
  /** Named in `pleaseAnswer` when nothing at all has been answered yet. */
  /** Beside Send while nothing is answered yet. */
  feedbackNotReady: string;
  /** After a failed save: the feedback was not sent, and is all still here. */
  feedbackNotSaved: string;
  /** An inline prompt closed with "Not now": what is left in its place, and takes focus. */
  feedbackClosed: string;
  feedbackAnyQuestion: string;
  /** The built-in questions, shown unless a clinic gives its own. */
  feedbackContent: FeedbackContent;
}

declare module '../../core/localize.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RapportTranslation extends FeedbackTerms {}
}

// English comes with the element; the other languages are loaded when a widget needs them.
registerLanguageLoader('feedback-prompt', {
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  'en-x-easy': () => import('./easy-en.js'),
});

export { en };
