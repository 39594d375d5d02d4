import { sanitizeAnswers } from '../instruments/scoring.js';
import type { Answers, InstrumentDefinition } from '../instruments/types.js';

/** A `value` given by the host, read against an instrument. */
export interface ReadAnswers {
  /** The answers the instrument can take. */
  answers: Answers;
  /** A message for the host when something was dropped, naming what; null when nothing was. */
  problem: string | null;
}

/**
 * Reads a host's `value`: answers by item id. Unknown items and values an item cannot take are
 * dropped and named; anything but an object of answers is dropped whole.
 */
export function readAnswers(instrument: InstrumentDefinition, given: unknown): ReadAnswers {
  const answers = sanitizeAnswers(instrument, given);
  if (given === null || given === undefined) return { answers, problem: null };
  if (typeof given !== 'object' || Array.isArray(given)) {
    return { answers, problem: 'value must be an object of answers by item id.' };
  }
  const dropped = Object.keys(given).filter((k) => !Object.hasOwn(answers, k));
  return {
    answers,
    problem:
      dropped.length === 0
        ? null
        : `value: answers for ${dropped.map((k) => `"${k}"`).join(', ')} were dropped (unknown item or a value the item cannot take).`,
  };
}
