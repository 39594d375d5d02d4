import { registerLanguageLoader } from '../../core/localize.js';
import type { GoalProposer, GoalStatus } from '../types.js';
import en from './en.js';

/** The built-in texts of <rapport-goal-plan>. */
export interface GoalPlanTerms {
  /** The heading while setting goals, while reviewing them, and of the record. */
  goalTitleSet: string;
  goalTitleReview: string;
  goalTitleRecord: string;
  /** Under the heading while setting goals: `max` is the most goals, in the language's digits. */
  goalIntroSet: (max: string) => string;
  /** Under the heading while reviewing: what 0 and 10 mean. */
  goalIntroReview: string;
  /** A goal's heading, by its position from 1. */
  goalNumber: (n: number) => string;
  /** The goal's field, and the two optional notes. */
  goalText: string;
  goalHowWeKnow: string;
  goalFirstStep: string;
  /** The goal's length, e.g. "12 of 300 characters". */
  goalCharacters: (count: string, max: string) => string;
  /** Announced when a text reaches its limit. */
  goalLimitReached: (max: string) => string;
  goalProposedBy: string;
  goalProposers: Readonly<Record<GoalProposer, string>>;
  /** The 0–10 question while setting a goal (a starting point), and at a review. */
  goalRateStart: string;
  goalRateToday: string;
  /** The words at 0 and at 10. */
  goalScaleLow: string;
  goalScaleHigh: string;
  goalStatus: string;
  goalStatuses: Readonly<Record<GoalStatus, string>>;
  goalReason: string;
  goalAdd: string;
  /** The buttons of goal `n`. */
  goalUp: (n: number) => string;
  goalDown: (n: number) => string;
  goalRemove: (n: number) => string;
  /** Announced after a move: the goal's new position of `total`. */
  goalMoved: (n: number, total: number) => string;
  goalRemoved: string;
  /** Shown once the plan holds the most goals it can. */
  goalFull: (max: string) => string;
  /** Named in `pleaseAnswer`: no goal at all, a goal without words, a goal not rated. */
  goalNone: string;
  goalMissingText: (n: number) => string;
  goalMissingRating: (n: number) => string;
  /** The history in words: first and latest rating, in the language's digits. */
  goalProgress: (first: string, now: string) => string;
  goalRatedOnce: (rating: string) => string;
  goalNotRated: string;
  /** The chart's accessible name: each rating and its date, e.g. "2 on 3 Mar 2026". */
  goalChart: (points: string[]) => string;
  goalRatingOn: (rating: string, date: string) => string;
  /** The record: change since the first rating (signed), and the threshold mark. */
  goalChange: (change: string) => string;
  goalAtThreshold: (threshold: string) => string;
  /** The record's heading for goals achieved or stopped. */
  goalFinished: string;
  goalEmpty: string;
  /** A failed save: nothing written is lost. */
  /** The review or record view could not be loaded. */
  goalUnavailable: string;
  goalNotSaved: string;
}

declare module '../../core/localize.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RapportTranslation extends GoalPlanTerms {}
}

// English comes with the element; the other languages are loaded when a widget needs them.
registerLanguageLoader('goal-plan', {
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  'en-x-easy': () => import('./easy-en.js'),
});

export { en };
