import { isRecord } from '../core/text.js';
import { sanitizeAnswers } from '../instruments/scoring.js';
import type { Answers, InstrumentDefinition } from '../instruments/types.js';
import type {
  CheckAnswer,
  Draft,
  FeedbackChecks,
  FeedbackContact,
  FeedbackPart,
  FeedbackPromptResult,
  FeedbackPromptValue,
  RatingStyle,
} from './types.js';

/** The most characters of the contact details. */
export const CONTACT_MAXLENGTH = 200;

/** The answers of a quick check, and the numbers the instrument format stores them as. */
export const CHECK_VALUES: Readonly<Record<CheckAnswer, number>> = { yes: 2, partly: 1, no: 0 };

/** The quick checks: their key in `value.checks` → their item id, in the order they are asked. */
export const CHECK_IDS: Readonly<Record<keyof FeedbackChecks, string>> = {
  heard: 'heard',
  respected: 'respected',
  whatIWanted: 'what-i-wanted',
};

export const EMPTY_DRAFT: Draft = {
  rating: null,
  answers: {},
  comment: '',
  contact: false,
  details: '',
};

/** The values a rating style takes. */
export function ratingRange(style: RatingStyle): { min: number; max: number } {
  return style === 'scale' ? { min: 0, max: 10 } : { min: 1, max: 5 };
}

/** What is wrong with a kept rating after the style changed, or undefined when it fits. */
export function ratingMisfit(rating: number | null, style: RatingStyle): string | undefined {
  const { min, max } = ratingRange(style);
  if (rating === null || (rating >= min && rating <= max)) return undefined;
  return `value.rating ${rating} does not fit rating="${style}" (${min}–${max}); it was cleared.`;
}

/** An answer by item id; undefined for an id with none (`toString` included). */
export function answerOf(answers: Answers, id: string): number | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/** A quick check's number as its word, or null. */
export function checkAnswerOf(value: number | undefined): CheckAnswer | null {
  return (
    (Object.keys(CHECK_VALUES) as CheckAnswer[]).find((a) => CHECK_VALUES[a] === value) ?? null
  );
}

/** The quick checks' answers as `value.checks` gives them. */
export function checksOf(answers: Answers): FeedbackChecks {
  const [heard, respected, whatIWanted] = Object.values(CHECK_IDS).map((id) =>
    checkAnswerOf(answerOf(answers, id)),
  );
  return { heard, respected, whatIWanted };
}

/** The contact choice as `value.contact` gives it: details only when allowed and not blank. */
export function contactOf(draft: Draft): FeedbackContact {
  if (!draft.contact) return { allowed: false };
  return draft.details.trim() === ''
    ? { allowed: true }
    : { allowed: true, details: draft.details };
}

/** A draft as `value`; `custom` when a clinic's own questions replace the quick checks. */
export function valueOf(draft: Draft, custom: boolean): FeedbackPromptValue {
  return {
    rating: draft.rating,
    checks: custom ? checksOf({}) : checksOf(draft.answers),
    answers: custom ? { ...draft.answers } : {},
    comment: draft.comment,
    contact: contactOf(draft),
  };
}

/** The answers a result carries: those of the parts shown, the others empty. */
export function resultAnswers(
  value: FeedbackPromptValue,
  parts: readonly FeedbackPart[],
  style: RatingStyle,
): Pick<FeedbackPromptResult, 'rating' | 'checks' | 'answers' | 'comment' | 'contact'> {
  const shows = (part: FeedbackPart) => parts.includes(part);
  const empty = valueOf(EMPTY_DRAFT, false);
  return {
    rating: { style, value: shows('rating') ? value.rating : null },
    checks: shows('checks') ? value.checks : empty.checks,
    answers: shows('checks') ? value.answers : {},
    comment: shows('comment') ? value.comment : '',
    contact: shows('contact') ? value.contact : empty.contact,
  };
}

/** A `value` read: what could be kept, the clinic's answers still to check, and the problems. */
export interface ReadValue {
  draft: Draft;
  /** `value.answers` as given: a clinic's own questions check them (see `acceptAnswers`). */
  answers: unknown;
  problems: string[];
}

/**
 * Reads a `value` a host gave: keeps what fits (a rating the style takes, quick checks, a
 * comment shortened to `maxlength`, contact details only with permission) and names the rest.
 * `custom` when a clinic's own questions replace the quick checks.
 */
export function readValue(
  next: unknown,
  o: { style: RatingStyle; maxlength: number; custom: boolean },
): ReadValue {
  const problems: string[] = [];
  if (!isRecord(next)) {
    problems.push('value must be an object with rating, checks, answers, comment and contact');
    next = {};
  }
  const v = next as Record<string, unknown>;
  const known = ['rating', 'checks', 'answers', 'comment', 'contact'];
  const unknown = Object.keys(v).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    problems.push(`value.${unknown.join(', value.')} is not part of a feedback prompt`);
  }
  const draft: Draft = { ...EMPTY_DRAFT, answers: {} };
  const given = (key: string) => (v[key] === undefined || v[key] === null ? undefined : v[key]);

  const rating = given('rating');
  if (rating !== undefined) {
    const { min, max } = ratingRange(o.style);
    if (typeof rating === 'number' && Number.isInteger(rating) && rating >= min && rating <= max) {
      draft.rating = rating;
    } else {
      problems.push(
        `value.rating must be a whole number from ${min} to ${max} for rating="${o.style}"`,
      );
    }
  }

  const checks = given('checks');
  if (checks !== undefined) {
    if (!isRecord(checks)) problems.push('value.checks must be an object');
    for (const [key, answer] of Object.entries(isRecord(checks) ? checks : {})) {
      const id = Object.hasOwn(CHECK_IDS, key) ? CHECK_IDS[key as keyof FeedbackChecks] : undefined;
      if (id === undefined) {
        problems.push(`value.checks.${key} is not one of ${Object.keys(CHECK_IDS).join(', ')}`);
      } else if (answer === 'yes' || answer === 'partly' || answer === 'no') {
        draft.answers[id] = CHECK_VALUES[answer];
      } else if (answer !== null) {
        problems.push(`value.checks.${key} must be "yes", "partly", "no" or null`);
      }
    }
  }
  if (o.custom && Object.keys(draft.answers).length > 0) {
    problems.push(
      'value.checks: the clinic’s own questions replace the quick checks; give value.answers',
    );
    draft.answers = {};
  }

  const comment = given('comment');
  if (typeof comment === 'string') {
    draft.comment = comment.slice(0, o.maxlength);
    if (comment.length > o.maxlength) {
      problems.push(`value.comment is longer than maxlength (${o.maxlength}); it was shortened`);
    }
  } else if (comment !== undefined) {
    problems.push('value.comment must be a string');
  }

  const contact = given('contact');
  if (contact !== undefined) {
    if (!isRecord(contact) || typeof contact.allowed !== 'boolean') {
      problems.push('value.contact must be { allowed: true or false, details?: string }');
    } else {
      draft.contact = contact.allowed;
      // Details without permission are never kept.
      if (contact.allowed && typeof contact.details === 'string') {
        draft.details = contact.details.slice(0, CONTACT_MAXLENGTH);
      }
    }
  }
  return { draft, answers: v.answers, problems };
}

/**
 * A `value` given by the host, as the draft takes it. `questions` are a clinic's own, when they
 * have arrived: answers to them are checked against them. Without them, answers given for a
 * clinic's questions still to come are returned as `pending`.
 */
export function takeValue(
  next: unknown,
  o: { style: RatingStyle; maxlength: number; questions: InstrumentDefinition | undefined },
): { draft: Draft; pending?: object; problems: string[] } {
  const { questions } = o;
  const { draft, answers, problems } = readValue(next ?? {}, {
    ...o,
    custom: questions !== undefined,
  });
  if (questions) {
    const accepted = acceptAnswers(questions, answers ?? {});
    draft.answers = accepted.answers;
    if (accepted.problem) problems.push(accepted.problem);
  } else if (answers !== null && typeof answers === 'object' && Object.keys(answers).length > 0) {
    return { draft, pending: answers, problems };
  }
  return { draft, problems };
}

/**
 * The answers to a clinic's own questions that fit them, and a problem naming those dropped
 * (not a question of the instrument, or a value it cannot take).
 */
export function acceptAnswers(
  instrument: InstrumentDefinition,
  given: unknown,
): { answers: Answers; problem?: string } {
  const answers = sanitizeAnswers(instrument, given);
  const dropped = isRecord(given)
    ? Object.keys(given).filter((k) => !Object.hasOwn(answers, k))
    : [];
  if (dropped.length === 0) return { answers };
  return {
    answers,
    problem: `value.answers: ${dropped.map((k) => `"${k}"`).join(', ')} dropped (not a question of "${instrument.id}", or a value it cannot take)`,
  };
}
