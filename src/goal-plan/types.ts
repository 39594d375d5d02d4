import type { RapportResultBase } from '../core/result.js';

/** `set`: the person writes their goals. `review`: they rate each goal's progress today. */
export type GoalPlanMode = 'set' | 'review';

/** Whose idea the goal was. */
export type GoalProposer = 'person' | 'clinician' | 'together';

/** Where a goal stands: still being worked on, or achieved, paused or stopped. */
export type GoalStatus = 'active' | 'achieved' | 'paused' | 'stopped';

/** One rating of a goal: how close it was, 0 (no progress) to 10 (fully reached), and when. */
export interface GoalRating {
  /** ISO 8601: when it was rated. */
  at: string;
  rating: number;
}

/** One goal, in the person's own words. */
export interface GoalPlanGoal {
  /** A UUID given when the goal is first written, kept for the goal's whole life. */
  id: string;
  /** The goal in the person's words. */
  text: string;
  /** "How will we know it is working?"; '' when not given. */
  howWeKnow: string;
  /** "A first small step"; '' when not given. */
  firstStep: string;
  proposedBy: GoalProposer;
  status: GoalStatus;
  /** Why it was achieved, paused or stopped, in the person's words; '' when not given. */
  reason: string;
  /** ISO 8601: when the goal was first sent; '' for a goal written in this response. */
  createdAt: string;
  /** The ratings before today, oldest first (in a result: today's too, last). */
  history: GoalRating[];
  /** Today's rating, 0–10, or null while not rated. */
  rating: number | null;
}

/** The plan, as read and written through `value`. */
export interface GoalPlanValue {
  goals: GoalPlanGoal[];
}

/**
 * A plan sent: every goal with its id, words, status and when it was made (a new goal's
 * `createdAt` is the result's `completedAt`), and its history with today's rating added.
 * Given back as `value`, it starts the next review.
 */
export interface GoalPlanResult extends RapportResultBase<'goal-plan'> {
  /** Milliseconds from the first change to sending. */
  durationMs: number;
  mode: GoalPlanMode;
  goals: GoalPlanGoal[];
}

declare module '../core/result.js' {
  interface RapportResultKinds {
    'goal-plan': GoalPlanResult;
  }
}
