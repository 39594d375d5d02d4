/**
 * Reading back results that an alliance scale sent earlier (a clinician's trend, the session
 * before), without a DOM. A result comes from the host's store, so every field is checked, and
 * a problem names the field but never repeats an answer: messages may reach a console.
 */
import { describeKind } from '../core/kind.js';
import { isRecord } from '../core/text.js';
import { isAnswerValid, roundScore, scaleOf, scaleRange } from './scoring.js';
import type { Aggregate, Answers, InstrumentDefinition, ItemDefinition } from './types.js';

/** A result of an alliance scale, read against its instrument. */
export interface StoredResult {
  /** Its `responseId`, or null when it was given without one. */
  responseId: string | null;
  /** ISO 8601 date or date and time, as given. */
  completedAt: string;
  /** `completedAt` in milliseconds since 1970. */
  time: number;
  answers: Answers;
  /** The definition's version and content hash, and the language read, when given. */
  version: string | null;
  hash: string | null;
  locale: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function read(instrument: InstrumentDefinition, raw: unknown, at: string): StoredResult | string {
  if (!isRecord(raw)) return `${at} must be a result (an object), not ${describeKind(raw)}`;
  const { kind, definition: ref, completedAt: date, responseId, answers } = raw;
  if (kind !== undefined && kind !== 'alliance-scale') {
    return `${at}.kind ${JSON.stringify(kind)} is not a result of <rapport-alliance-scale>`;
  }
  const own = isRecord(ref) ? ref : {};
  if (ref !== undefined && own.id !== instrument.id) {
    return `${at}.definition.id ${JSON.stringify(own.id)} is not the instrument "${instrument.id}"`;
  }
  const time = typeof date === 'string' && DATE.test(date) ? Date.parse(date) : NaN;
  if (Number.isNaN(time)) {
    return `${at}.completedAt ${date === undefined ? 'is missing' : 'must be an ISO 8601 date such as "2026-03-03"'}`;
  }
  if (responseId !== undefined && (typeof responseId !== 'string' || responseId === '')) {
    return `${at}.responseId must be a non-empty string`;
  }
  if (!isRecord(answers)) return `${at}.answers must be an object of answers by item id`;
  for (const id of Object.keys(answers)) {
    const item = instrument.items.find((candidate) => candidate.id === id);
    const field = `${at}.answers[${JSON.stringify(id)}]`;
    if (!item) return `${field} is not an item of "${instrument.id}"`;
    const answer = answers[id];
    if (typeof answer !== 'number') return `${field} must be a number, not ${describeKind(answer)}`;
    if (!isAnswerValid(scaleOf(instrument, item), answer)) {
      return `${field} is not a value the item can take`;
    }
  }
  return {
    responseId: text(responseId),
    completedAt: date as string,
    time,
    answers: answers as Answers,
    version: text(own.version),
    hash: text(own.contentHash),
    locale: text(raw.locale),
  };
}

/**
 * Reads a result of `<rapport-alliance-scale>`, or a `value` with its date
 * (`{ answers, completedAt, responseId? }`), given by the host as `at` (e.g. `results[3]`). A
 * problem in words, naming the field, when it cannot be used.
 */
export function readStoredResult(
  instrument: InstrumentDefinition,
  raw: unknown,
  at: string,
): StoredResult | string {
  try {
    return read(instrument, raw, at);
  } catch {
    // A proxy or getter that throws: the result is left out, never the page's problem.
    return `${at} could not be read`;
  }
}

/**
 * A host's list (of results), copied once: nothing, an empty list; a list that throws when read,
 * or anything else, a problem in words.
 */
export function readList(raw: unknown, at: string): unknown[] | string {
  try {
    if (raw == null) return [];
    return Array.isArray(raw)
      ? Array.from(raw as unknown[])
      : `${at} must be an array, not ${describeKind(raw)}`;
  } catch {
    return `${at} could not be read`;
  }
}

/** The lowest and highest a score over `items` can be: optional items may be left out of a sum. */
export function scoreRange(
  instrument: InstrumentDefinition,
  items: readonly ItemDefinition[],
  how: Aggregate,
): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const item of items) {
    const range = scaleRange(scaleOf(instrument, item));
    const optional = item.required === false && how === 'sum';
    min += optional ? Math.min(0, range.min) : range.min;
    max += optional ? Math.max(0, range.max) : range.max;
  }
  const count = how === 'mean' ? Math.max(1, items.length) : 1;
  return { min: roundScore(min / count), max: roundScore(max / count) };
}
