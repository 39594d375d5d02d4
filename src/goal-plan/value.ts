import { isRecord } from '../core/text.js';
import { uuid } from '../core/ids.js';
import type { GoalPlanGoal, GoalProposer, GoalStatus } from './types.js';

/** The most characters of a goal and of each note about it. */
export const TEXT_MAX = 300;
/** The most goals a plan holds at once, whatever `max-goals` says. */
export const GOALS_MAX = 10;
export const PROPOSERS: readonly GoalProposer[] = ['person', 'clinician', 'together'];
export const STATUSES: readonly GoalStatus[] = ['active', 'achieved', 'paused', 'stopped'];

/** A new, empty goal with its own id. */
export function blankGoal(): GoalPlanGoal {
  return {
    id: uuid(),
    text: '',
    howWeKnow: '',
    firstStep: '',
    proposedBy: 'together',
    status: 'active',
    reason: '',
    createdAt: '',
    history: [],
    rating: null,
  };
}

/** A goal written in this response with nothing in it yet: shown, but not part of the plan. */
export function isBlank(g: GoalPlanGoal): boolean {
  return (
    g.createdAt === '' &&
    !g.text.trim() &&
    !g.howWeKnow.trim() &&
    !g.firstStep.trim() &&
    g.rating === null &&
    g.proposedBy === 'together' &&
    g.status === 'active'
  );
}

/** A goal still being worked on or paused; achieved and stopped goals are finished. */
export const isCurrent = (g: GoalPlanGoal): boolean =>
  g.status === 'active' || g.status === 'paused';

/** A goal copied, its history too: changing the copy changes nothing else. */
export function copyGoal(g: GoalPlanGoal): GoalPlanGoal {
  return { ...g, history: g.history.map((h) => ({ ...h })) };
}

const isRating = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10;

const isTime = (t: unknown): t is string => typeof t === 'string' && !isNaN(Date.parse(t));

/**
 * A `value` given by the host, as the widget takes it: each goal kept as far as it can be, each
 * problem named by its field. A previous result (`kind: "goal-plan"`) starts the next review:
 * its ratings are history, and today has none yet. At most `max` current goals are kept.
 */
export function readValue(
  next: unknown,
  max: number,
): { goals: GoalPlanGoal[]; problems: string[] } {
  const problems: string[] = [];
  if (next === null || next === undefined) return { goals: [], problems };
  if (!isRecord(next) || !Array.isArray(next.goals)) {
    return { goals: [], problems: ['value must be an object with an array of goals'] };
  }
  const fromResult = next.kind === 'goal-plan';
  const goals: GoalPlanGoal[] = [];
  const ids = new Set<string>();
  next.goals.forEach((raw: unknown, i: number) => {
    const at = `value.goals[${i}]`;
    const say = (field: string, message: string) => problems.push(`${at}.${field} ${message}`);
    if (!isRecord(raw) || typeof raw.text !== 'string') {
      problems.push(`${at} must be an object with a text (left out)`);
      return;
    }
    const goal = blankGoal();
    if (typeof raw.id === 'string' && raw.id.trim() !== '' && !ids.has(raw.id)) goal.id = raw.id;
    else say('id', 'must be a string of its own (a new id was given)');
    ids.add(goal.id);
    const text = (field: 'text' | 'howWeKnow' | 'firstStep' | 'reason') => {
      const v = raw[field];
      if (v === undefined || v === null) return;
      if (typeof v !== 'string') return say(field, 'must be a string');
      goal[field] = v.slice(0, TEXT_MAX);
      if (v.length > TEXT_MAX) say(field, `is longer than ${TEXT_MAX} characters (shortened)`);
    };
    text('text');
    text('howWeKnow');
    text('firstStep');
    text('reason');
    const oneOf = <K extends 'proposedBy' | 'status'>(field: K, allowed: readonly string[]) => {
      const v = raw[field];
      if (v === undefined) return;
      if (allowed.includes(v as string)) goal[field] = v as GoalPlanGoal[K];
      else say(field, `"${String(v)}" is not one of ${allowed.join(', ')} (using ${goal[field]})`);
    };
    oneOf('proposedBy', PROPOSERS);
    oneOf('status', STATUSES);
    if (raw.createdAt !== undefined && raw.createdAt !== '') {
      if (isTime(raw.createdAt)) goal.createdAt = raw.createdAt;
      else say('createdAt', 'must be an ISO 8601 date');
    }
    if (raw.history !== undefined) {
      const given: unknown[] = Array.isArray(raw.history) ? raw.history : [null];
      for (const h of given) {
        if (isRecord(h) && isTime(h.at) && isRating(h.rating)) {
          goal.history.push({ at: h.at, rating: h.rating });
        }
      }
      if (goal.history.length < given.length) {
        say('history', 'must be a list of { at: ISO 8601 date, rating: 0–10 } (the rest left out)');
      }
    }
    if (raw.rating !== undefined && raw.rating !== null) {
      if (!isRating(raw.rating)) say('rating', 'must be a whole number from 0 to 10');
      else if (!fromResult) goal.rating = raw.rating;
    }
    // A goal of a sent plan was made by then, even if the host dropped its date.
    if (fromResult && goal.createdAt === '' && isTime(next.completedAt)) {
      goal.createdAt = next.completedAt;
    }
    goals.push(goal);
  });
  const current = goals.filter(isCurrent);
  if (current.length > max) {
    const dropped = new Set(current.slice(max));
    problems.push(
      `value.goals has ${current.length} current goals, more than max-goals (${max}): the last ${current.length - max} left out`,
    );
    return { goals: goals.filter((g) => !dropped.has(g)), problems };
  }
  return { goals, problems };
}

/** The goals a result carries: today's rating added to each history, new goals dated. */
export function resultGoals(goals: readonly GoalPlanGoal[], completedAt: string): GoalPlanGoal[] {
  return goals.map((g) => ({
    ...g,
    createdAt: g.createdAt || completedAt,
    history:
      g.rating === null ? [...g.history] : [...g.history, { at: completedAt, rating: g.rating }],
  }));
}

/** The goals as form fields, `goal.<n>.<field>`, numbered from 1. */
export function formEntries(goals: readonly GoalPlanGoal[]): Array<[string, string]> {
  return goals.flatMap((g, i) => {
    const n = `goal.${i + 1}.`;
    const entries: Array<[string, string]> = [
      [`${n}id`, g.id],
      [`${n}text`, g.text],
      [`${n}proposed-by`, g.proposedBy],
      [`${n}status`, g.status],
    ];
    if (g.howWeKnow) entries.push([`${n}how-we-know`, g.howWeKnow]);
    if (g.firstStep) entries.push([`${n}first-step`, g.firstStep]);
    if (g.reason) entries.push([`${n}reason`, g.reason]);
    if (g.rating !== null) entries.push([`${n}rating`, String(g.rating)]);
    return entries;
  });
}

/** What is missing, as [goal number from 1, what]: its words, or today's rating in a review. */
export function missingParts(
  goals: readonly GoalPlanGoal[],
  review: boolean,
): Array<[number, 'text' | 'rating']> {
  return goals.flatMap((g, i): Array<[number, 'text' | 'rating']> => {
    if (!g.text.trim()) return [[i + 1, 'text']];
    return review && g.status === 'active' && g.rating === null ? [[i + 1, 'rating']] : [];
  });
}
