import { resolveText } from '../core/text.js';
import { canonicalJson } from '../core/hash.js';
import type { InstrumentDefinition, ScaleDefinition } from './types.js';
import { stepOf } from './scoring.js';

function scaleShown(scale: ScaleDefinition | undefined, locale: string): unknown {
  if (!scale) return undefined;
  if (scale.type === 'visual-analog') {
    return { type: scale.type, min: scale.min, max: scale.max, step: stepOf(scale) };
  }
  return {
    type: scale.type,
    options: scale.options.map((o) => ({ value: o.value, label: resolveText(o.label, locale) })),
  };
}

/**
 * The text of an instrument exactly as a person reads it in one language, as canonical JSON:
 * the input of the `contentHash` that proves which wording a response answered. Anything that
 * changes what is shown changes it; reordering keys in the source does not.
 */
export function canonicalInstrumentText(instrument: InstrumentDefinition, locale: string): string {
  return canonicalJson({
    id: instrument.id,
    version: instrument.version,
    title: resolveText(instrument.title, locale),
    instructions: instrument.instructions
      ? resolveText(instrument.instructions, locale)
      : undefined,
    licence: instrument.licence
      ? { holder: instrument.licence.holder, terms: resolveText(instrument.licence.terms, locale) }
      : undefined,
    scale: scaleShown(instrument.scale, locale),
    items: instrument.items.map((item) => ({
      id: item.id,
      text: resolveText(item.text, locale),
      anchors: item.anchors
        ? {
            low: resolveText(item.anchors.low, locale),
            high: resolveText(item.anchors.high, locale),
          }
        : undefined,
      required: item.required !== false,
      scale: scaleShown(item.scale, locale),
    })),
  });
}
