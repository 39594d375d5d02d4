import type { RapportResultBase } from '../core/result.js';
import type { Answers } from '../instruments/types.js';

/** How the overall rating is asked: five faces, five stars, or a 0–10 scale. */
export type RatingStyle = 'faces' | 'stars' | 'scale';

/** The parts a clinic can include, in the order they are shown. */
export type FeedbackPart = 'rating' | 'checks' | 'comment' | 'contact';

/** The answer to one quick check. */
export type CheckAnswer = 'yes' | 'partly' | 'no';

/** The three quick checks, each `null` while unanswered (or when not shown). */
export interface FeedbackChecks {
  /** "I felt heard." */
  heard: CheckAnswer | null;
  /** "I felt respected." */
  respected: CheckAnswer | null;
  /** "We worked on what I wanted to work on." */
  whatIWanted: CheckAnswer | null;
}

/** Whether the person may be contacted about their feedback, and how. */
export interface FeedbackContact {
  allowed: boolean;
  /** What the person wrote in "How can we reach you?"; only present when `allowed` and not empty. */
  details?: string;
}

/** The answers of a feedback prompt, as read and written through `value`. */
export interface FeedbackPromptValue {
  /** 1–5 for faces and stars, 0–10 for the scale; null while unanswered. */
  rating: number | null;
  checks: FeedbackChecks;
  /** A clinic's own questions (see `questions`), by item id; empty with the default checks. */
  answers: Answers;
  comment: string;
  contact: FeedbackContact;
}

/** The finished response of a feedback prompt. */
export interface FeedbackPromptResult extends RapportResultBase<'feedback-prompt'> {
  /** Milliseconds from the first answer to sending. */
  durationMs: number;
  /** The parts the person was shown, in order. */
  include: FeedbackPart[];
  rating: { style: RatingStyle; value: number | null };
  /** The default quick checks; all null when a clinic's own questions replaced them. */
  checks: FeedbackChecks;
  /** Answers to a clinic's own questions by item id; `{}` with the default checks. */
  answers: Answers;
  comment: string;
  contact: FeedbackContact;
}

declare module '../core/result.js' {
  interface RapportResultKinds {
    'feedback-prompt': FeedbackPromptResult;
  }
}

/**
 * What the person has answered so far, as the widget keeps it: the quick checks and a clinic's
 * own questions alike as item id → number, in the instrument format.
 */
export interface Draft {
  rating: number | null;
  answers: Answers;
  comment: string;
  contact: boolean;
  details: string;
}
