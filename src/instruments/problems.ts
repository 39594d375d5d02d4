import type { InstrumentDefinition } from './types.js';

export interface InstrumentProblem {
  /** Where: `items[3].anchors.high`, `scale.max`, or `(root)` for the definition as a whole. */
  path: string;
  /** What, in a sentence that names the field: `items[3].anchors.high is missing`. */
  message: string;
}

/** The outcome of {@link checkInstrument}. */
export type InstrumentCheck =
  { ok: true; instrument: InstrumentDefinition } | { ok: false; problems: InstrumentProblem[] };

/** Thrown by {@link assertInstrument} and `registerInstrument` for a definition that is not valid. */
export class InstrumentError extends Error {
  /** The same code a widget puts in its `rapport-error` detail. */
  readonly code = 'invalid-instrument' as const;
  /** Every problem found, in the order they occur in the definition. */
  readonly problems: readonly InstrumentProblem[];

  constructor(problems: readonly InstrumentProblem[]) {
    super(summarize(problems));
    this.name = 'InstrumentError';
    this.problems = problems;
  }
}

function summarize(problems: readonly InstrumentProblem[]): string {
  const shown = problems.slice(0, 3).map((p) => p.message);
  const more = problems.length - shown.length;
  return `The instrument definition is not valid: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

export { hasOwn } from '../core/text.js';

/** @internal Whether a ratio is a whole number, allowing for binary float error (7.3 / 0.1). */
export function onGrid(ratio: number): boolean {
  return Math.abs(ratio - Math.round(ratio)) < 1e-6;
}
