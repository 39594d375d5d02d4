import type { LocalizedText } from '../core/text.js';
import type { InstrumentDefinition, ScaleDefinition } from './types.js';

/**
 * An `easyRead` text when it has words in the widget's language, else undefined: easy-read
 * English is never shown in place of the plain Spanish text (a language without its own easy
 * read keeps its plain texts, as the built-in texts do).
 */
export function easyIn(
  easyRead: LocalizedText | undefined,
  lang: string,
): LocalizedText | undefined {
  if (easyRead === undefined || typeof easyRead === 'string') return easyRead;
  const language = lang.toLowerCase().split('-')[0];
  const has = Object.keys(easyRead).some((k) => k.toLowerCase().split('-')[0] === language);
  return has ? easyRead : undefined;
}

function scaleIn(scale: ScaleDefinition | undefined, lang: string): ScaleDefinition | undefined {
  if (!scale || scale.type === 'visual-analog') return scale;
  return {
    ...scale,
    options: scale.options.map((o) => ({ ...o, easyRead: easyIn(o.easyRead, lang) })),
  };
}

/**
 * The instrument as it is read in `lang`: only the `easyRead` texts that language has. The
 * content hash is of this, so it is of the words shown.
 */
export function instrumentIn(inst: InstrumentDefinition, lang: string): InstrumentDefinition {
  const e = inst.easyRead;
  return {
    ...inst,
    easyRead: e && {
      title: easyIn(e.title, lang),
      instructions: easyIn(e.instructions, lang),
    },
    scale: scaleIn(inst.scale, lang),
    items: inst.items.map((item) => ({
      ...item,
      easyRead: easyIn(item.easyRead, lang),
      anchors: item.anchors && {
        ...item.anchors,
        easyRead: item.anchors.easyRead && {
          low: easyIn(item.anchors.easyRead.low, lang),
          high: easyIn(item.anchors.easyRead.high, lang),
        },
      },
      scale: scaleIn(item.scale, lang),
    })),
  };
}
