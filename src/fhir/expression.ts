import { scaleOf, scaleRange } from '../instruments/scoring.js';
import type { Aggregate, InstrumentDefinition, ItemDefinition } from '../instruments/types.js';
import type { Extension } from './types.js';
import { EXT } from './urls.js';

/** A string literal in FHIRPath. */
function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function answersOf(linkIds: readonly string[]): string {
  const where =
    linkIds.length === 1
      ? `linkId = ${literal(linkIds[0])}`
      : `linkId in (${linkIds.map(literal).join(' | ')})`;
  return `%resource.repeat(item).where(${where}).answer`;
}

/** The number an item's answer scores: its value, its option's weight, reversed when it is. */
function term(instrument: InstrumentDefinition, item: ItemDefinition): string {
  const scale = scaleOf(instrument, item);
  const value = `${answersOf([item.id])}.value${scale.type === 'visual-analog' ? '' : '.weight()'}`;
  if (item.reverse !== true) return value;
  const { min, max } = scaleRange(scale);
  return `${value}.select(${min + max} - $this)`;
}

/**
 * The FHIRPath that computes one score the way `scoreResponse` does: the sum or mean of the
 * scored answers, rounded to 2 decimals, and empty while a required item is unanswered or when
 * no item is answered. Returned as the `variable` that collects the scored answers and the
 * `calculatedExpression` that combines them, both for the calculated item.
 */
export function scoreExtensions(
  instrument: InstrumentDefinition,
  items: readonly ItemDefinition[],
  how: Aggregate,
): Extension[] {
  const scored = items.map((item) => term(instrument, item)).join(').combine(');
  const required = items.filter((item) => item.required !== false).map((item) => item.id);
  const sum = '%scores.aggregate($this + $total, 0)';
  const combined = how === 'mean' ? `(${sum} / %scores.count())` : sum;
  const conditions = ['%scores.exists()'];
  if (required.length > 0) conditions.push(`${answersOf(required)}.count() = ${required.length}`);
  return [
    {
      url: EXT.variable,
      valueExpression: { name: 'scores', language: 'text/fhirpath', expression: `(${scored})` },
    },
    {
      url: EXT.calculatedExpression,
      valueExpression: {
        language: 'text/fhirpath',
        expression: `iif(${conditions.join(' and ')}, ${combined}.round(2))`,
      },
    },
  ];
}
