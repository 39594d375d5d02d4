import { shownText } from '../core/text.js';
import { canonicalJson } from '../core/hash.js';
import type { InstrumentDefinition, ScaleDefinition } from './types.js';
import { stepOf } from './scoring.js';

function scaleShown(scale: ScaleDefinition | undefined, locale: string, easy: boolean): unknown {
  if (!scale) return undefined;
  if (scale.type === 'visual-analog') {
    return { type: scale.type, min: scale.min, max: scale.max, step: stepOf(scale) };
  }
  return {
    type: scale.type,
    options: scale.options.map((o) => ({
      value: o.value,
      label: shownText(o.label, o.easyRead, locale, easy),
    })),
  };
}

/**
 * The text of an instrument exactly as a person reads it in one language, as canonical JSON:
 * the input of the `contentHash` that proves which wording a response answered. Anything that
 * changes what is shown changes it, easy read (`easy`) included; reordering keys in the source
 * does not.
 */
export function canonicalInstrumentText(
  instrument: InstrumentDefinition,
  locale: string,
  easy = false,
): string {
  const e = instrument.easyRead;
  return canonicalJson({
    id: instrument.id,
    version: instrument.version,
    title: shownText(instrument.title, e?.title, locale, easy),
    instructions: instrument.instructions
      ? shownText(instrument.instructions, e?.instructions, locale, easy)
      : undefined,
    licence: instrument.licence
      ? {
          holder: instrument.licence.holder,
          terms: shownText(instrument.licence.terms, undefined, locale, false),
        }
      : undefined,
    scale: scaleShown(instrument.scale, locale, easy),
    items: instrument.items.map((item) => ({
      id: item.id,
      text: shownText(item.text, item.easyRead, locale, easy),
      anchors: item.anchors
        ? {
            low: shownText(item.anchors.low, item.anchors.easyRead?.low, locale, easy),
            high: shownText(item.anchors.high, item.anchors.easyRead?.high, locale, easy),
          }
        : undefined,
      required: item.required !== false,
      scale: scaleShown(item.scale, locale, easy),
    })),
  });
}
