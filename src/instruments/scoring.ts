import type {
  Aggregate,
  Answers,
  CutoffOutcome,
  InstrumentDefinition,
  ItemDefinition,
  ScaleDefinition,
  Scores,
  VisualAnalogScale,
} from './types.js';
import { isRecord } from '../core/text.js';
import { InstrumentError, hasOwn, onGrid } from './problems.js';

/** The step of a visual-analog scale that does not give one. */
export const DEFAULT_VISUAL_ANALOG_STEP = 0.1;

/**
 * The scale an item is answered on: its own, else the instrument's default. Throws
 * {@link InstrumentError} when there is neither, which a validated instrument never has.
 */
export function scaleOf(instrument: InstrumentDefinition, item: ItemDefinition): ScaleDefinition {
  const scale = item.scale ?? instrument.scale;
  if (scale !== undefined) return scale;
  const path = `items[${instrument.items.indexOf(item)}].scale`;
  throw new InstrumentError([
    { path, message: `${path} is missing and there is no default scale` },
  ]);
}

/** The step of a visual-analog scale, with its default applied. */
export function stepOf(scale: VisualAnalogScale): number {
  return scale.step ?? DEFAULT_VISUAL_ANALOG_STEP;
}

/** The lowest and highest value a scale can give: its ends, or its lowest and highest option. */
export function scaleRange(scale: ScaleDefinition): { min: number; max: number } {
  if (scale.type === 'visual-analog') return { min: scale.min, max: scale.max };
  const values = scale.options.map((option) => option.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The number an answer contributes to scores: reverse items count as `min + max − value`. */
export function scoredValue(item: ItemDefinition, scale: ScaleDefinition, value: number): number {
  if (item.reverse !== true) return value;
  const { min, max } = scaleRange(scale);
  return min + max - value;
}

/**
 * Whether a value is a possible answer on a scale: one of the option values of a Likert or faces
 * scale, or a point of the step grid between the ends of a visual-analog line (allowing for
 * binary float error, so 7.3 counts on a 0.1 grid).
 */
export function isAnswerValid(scale: ScaleDefinition, value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (scale.type !== 'visual-analog') return scale.options.some((option) => option.value === value);
  if (value < scale.min || value > scale.max) return false;
  return onGrid((value - scale.min) / stepOf(scale));
}

/** The answer to an item, when there is one that its scale allows. */
function answerOf(
  instrument: InstrumentDefinition,
  item: ItemDefinition,
  answers: Answers,
): number | undefined {
  if (!hasOwn(answers, item.id)) return undefined;
  const value = answers[item.id];
  return isAnswerValid(scaleOf(instrument, item), value) ? value : undefined;
}

function isRequired(item: ItemDefinition): boolean {
  return item.required !== false;
}

/**
 * The ids of required items without a valid answer, in the order they are asked. A value the
 * scale does not allow counts as no answer, so it can never reach a score.
 */
export function missingRequired(instrument: InstrumentDefinition, answers: Answers): string[] {
  return instrument.items
    .filter((item) => isRequired(item) && answerOf(instrument, item, answers) === undefined)
    .map((item) => item.id);
}

/** Whether every required item has a valid answer. */
export function isComplete(instrument: InstrumentDefinition, answers: Answers): boolean {
  return missingRequired(instrument, answers).length === 0;
}

/** Rounds to 2 decimals, as every score is, so 0.1 + 0.2 reads 0.3; never gives −0. */
export function roundScore(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** Sum or mean of the scored values; null when there are none (a mean of nothing is no score). */
function aggregate(values: readonly number[], how: Aggregate): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return roundScore(how === 'mean' ? sum / values.length : sum);
}

interface Tally {
  values: number[];
  /** A required item of this score is unanswered. */
  blocked: boolean;
}

/**
 * Scores a response. The total (default `sum`) and each subscale (default `mean`) combine the
 * answered items after reverse scoring, and are null while a required item they need is
 * unanswered, or when none of their items is answered. Scores are rounded to 2 decimals.
 * `cutoff` is present when the instrument has a cutoff rule; `flagged` is true for a score
 * strictly below the rule's value, false for one at or above it, and null when there is no score.
 */
export function scoreResponse(instrument: InstrumentDefinition, answers: Answers): Scores {
  const total: Tally = { values: [], blocked: false };
  const bySubscale = new Map<string, Tally>();
  for (const item of instrument.items) {
    const tallies = [total];
    if (item.subscale !== undefined) {
      let tally = bySubscale.get(item.subscale);
      if (tally === undefined)
        bySubscale.set(item.subscale, (tally = { values: [], blocked: false }));
      tallies.push(tally);
    }
    const value = answerOf(instrument, item, answers);
    for (const tally of tallies) {
      if (value !== undefined)
        tally.values.push(scoredValue(item, scaleOf(instrument, item), value));
      else if (isRequired(item)) tally.blocked = true;
    }
  }

  const scoring = instrument.scoring;
  const result = (tally: Tally, how: Aggregate): number | null =>
    tally.blocked ? null : aggregate(tally.values, how);
  const scores: Scores = {
    total: result(total, scoring?.total ?? 'sum'),
    // fromEntries: a subscale may be called anything, `__proto__` included.
    subscales: Object.fromEntries(
      [...bySubscale].map(([name, tally]) => [name, result(tally, scoring?.subscales ?? 'mean')]),
    ),
  };
  const rule = scoring?.cutoff;
  if (rule !== undefined) {
    const value =
      rule.score === 'total'
        ? scores.total
        : hasOwn(scores.subscales, rule.score)
          ? scores.subscales[rule.score]
          : null;
    const outcome: CutoffOutcome = {
      score: rule.score,
      below: rule.below,
      value,
      // No score is not a score at or above the cutoff: the flag is unknown.
      flagged: value === null ? null : value < rule.below,
    };
    scores.cutoff = outcome;
  }
  return scores;
}

/**
 * Keeps only answers a person could have given: known item ids with values their scale allows.
 * Visual-analog values are first rounded to the step (7.34 → 7.3 on a 0.1 step), so a value
 * from a finer slider or a float sum still counts. Use it on anything a host sets as `value`.
 */
export function sanitizeAnswers(instrument: InstrumentDefinition, answers: unknown): Answers {
  if (!isRecord(answers)) return {};
  const kept: [string, number][] = [];
  for (const item of instrument.items) {
    if (!hasOwn(answers, item.id)) continue;
    const raw = answers[item.id];
    if (typeof raw !== 'number') continue;
    const scale = scaleOf(instrument, item);
    const value = scale.type === 'visual-analog' ? toStep(scale, raw) : raw;
    if (isAnswerValid(scale, value)) kept.push([item.id, value]);
  }
  return Object.fromEntries(kept);
}

/** The nearest grid point, written with no more decimals than the step and the low end have. */
function toStep(scale: VisualAnalogScale, value: number): number {
  // Out of range stays out of range: rounding must not turn 10.04 into a valid 10.
  if (!Number.isFinite(value) || value < scale.min || value > scale.max) return NaN;
  const step = stepOf(scale);
  const snapped = scale.min + Math.round((value - scale.min) / step) * step;
  return Math.min(scale.max, Number(snapped.toFixed(lineDecimals(scale))));
}

/** The value a person means on a line at `value`: held to its ends, then to its grid. */
export function snapToLine(scale: VisualAnalogScale, value: number): number {
  return toStep(scale, Math.min(scale.max, Math.max(scale.min, value)));
}

/** How many decimals a line's values are written with: those of its step or its low end. */
export function lineDecimals(scale: VisualAnalogScale): number {
  return Math.max(decimals(stepOf(scale)), decimals(scale.min));
}

/** How many decimals a number is written with: 0.1 → 1, 0.25 → 2, 1e-7 → 7. */
function decimals(value: number): number {
  const [mantissa, exponent] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(20, Math.max(0, fraction - Number(exponent ?? 0)));
}
