import { lineDecimals, scaleOf } from '../instruments/scoring.js';
import { subscaleNames } from '../instruments/subscales.js';
import { ownValue } from '../core/text.js';
import type {
  InstrumentDefinition,
  ItemDefinition,
  LocalizedText,
  ScaleDefinition,
  ScaleOption,
  ScoringDefinition,
  VisualAnalogScale,
} from '../instruments/types.js';
import { scoreExtensions } from './expression.js';
import { baseLanguage, writeText } from './text.js';
import type {
  Extension,
  Questionnaire,
  QuestionnaireAnswerOption,
  QuestionnaireItem,
} from './types.js';
import { EXT, SYSTEM, questionnaireUrl } from './urls.js';

/** The label of the calculated total, in the languages the library ships. */
const TOTAL: Readonly<Record<string, string>> = {
  en: 'Total',
  es: 'Total',
  fr: 'Total',
  ar: 'المجموع',
};

/** Every text of an instrument, to choose the language the Questionnaire is written in. */
function* textsOf(instrument: InstrumentDefinition): Generator<LocalizedText | undefined> {
  yield instrument.title;
  yield instrument.instructions;
  yield instrument.licence?.terms;
  for (const item of instrument.items) {
    yield item.text;
    yield item.anchors?.low;
    yield item.anchors?.high;
  }
  for (const subscale of Object.values(instrument.subscales ?? {})) yield subscale.label;
}

/** A computable name (`[A-Z][A-Za-z0-9_]*`) from an id: `session-check` → `SessionCheck`. */
function computableName(id: string): string {
  const last = id.split('/').filter(Boolean).pop() ?? id;
  const name = last
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}

/** A linkId not yet taken, starting from `wanted`. */
function freeLinkId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

function control(code: string): Extension {
  return {
    url: EXT.itemControl,
    valueCodeableConcept: { coding: [{ system: SYSTEM.itemControl, code }] },
  };
}

/** Writes texts in one language, with translations into the others. */
class Writer {
  /** The language the Questionnaire is written in. */
  readonly base: string | undefined;
  /** Every language the instrument has a text in. */
  readonly languages: string[];

  constructor(texts: ReadonlyArray<LocalizedText | undefined>) {
    this.base = baseLanguage(texts);
    this.languages = [
      ...new Set(texts.flatMap((t) => (t && typeof t !== 'string' ? Object.keys(t) : []))),
    ];
  }

  /** `{ text, _text }`, or `{ display, _display }` with `key` = 'display'. */
  text<K extends string>(key: K, text: LocalizedText): Record<K, string> & Record<`_${K}`, object> {
    const written = writeText(text, this.base);
    const out: Record<string, unknown> = { [key]: written.value };
    if (written.extensions) out[`_${key}`] = written.extensions;
    return out as Record<K, string> & Record<`_${K}`, object>;
  }

  stringExtension(url: string, text: LocalizedText): Extension {
    const { text: valueString, _text } = this.text('text', text);
    return { url, valueString, ...(_text ? { _valueString: _text } : {}) };
  }
}

function option(writer: Writer, o: ScaleOption): QuestionnaireAnswerOption {
  return {
    extension: [
      { url: EXT.ordinalValue, valueDecimal: o.value },
      { url: EXT.itemWeight, valueDecimal: o.value },
    ],
    valueCoding: {
      system: SYSTEM.optionValue,
      code: String(o.value),
      ...writer.text('display', o.label),
    },
  };
}

function lineExtensions(scale: VisualAnalogScale): Extension[] {
  const step = scale.step;
  return [
    control('slider'),
    { url: EXT.minValue, valueDecimal: scale.min },
    { url: EXT.maxValue, valueDecimal: scale.max },
    { url: EXT.maxDecimalPlaces, valueInteger: lineDecimals(scale) },
    ...(step !== undefined ? [{ url: EXT.step, valueDecimal: step }] : []),
    ...(step !== undefined && Number.isInteger(step) && step > 0
      ? [{ url: EXT.sliderStepValue, valueInteger: step }]
      : []),
  ];
}

function question(
  writer: Writer,
  instrument: InstrumentDefinition,
  item: ItemDefinition,
): QuestionnaireItem {
  const scale: ScaleDefinition = scaleOf(instrument, item);
  const own: Extension[] = [
    ...(item.subscale !== undefined ? [{ url: EXT.subscale, valueString: item.subscale }] : []),
    ...(item.reverse !== undefined ? [{ url: EXT.reverse, valueBoolean: item.reverse }] : []),
    ...(item.scale !== undefined ? [{ url: EXT.ownScale, valueBoolean: true }] : []),
  ];
  const common = {
    linkId: item.id,
    ...writer.text('text', item.text),
    required: item.required !== false,
  };
  if (scale.type === 'visual-analog') {
    const anchors = item.anchors;
    return {
      extension: [...lineExtensions(scale), ...own],
      ...common,
      type: 'decimal',
      ...(anchors
        ? {
            item: [
              {
                extension: [control('lower')],
                linkId: `${item.id}.low`,
                ...writer.text('text', anchors.low),
                type: 'display',
              },
              {
                extension: [control('upper')],
                linkId: `${item.id}.high`,
                ...writer.text('text', anchors.high),
                type: 'display',
              },
            ],
          }
        : {}),
    };
  }
  return {
    extension: [control('radio-button'), { url: EXT.scaleType, valueCode: scale.type }, ...own],
    ...common,
    type: 'choice',
    answerOption: scale.options.map((o) => option(writer, o)),
  };
}

function scoringExtension(writer: Writer, scoring: ScoringDefinition | undefined): Extension[] {
  if (!scoring) return [];
  const parts: Extension[] = [];
  if (scoring.total) parts.push({ url: 'total', valueCode: scoring.total });
  if (scoring.subscales) parts.push({ url: 'subscales', valueCode: scoring.subscales });
  const cutoff = scoring.cutoff;
  if (cutoff) {
    parts.push({
      url: 'cutoff',
      extension: [
        { url: 'score', valueString: cutoff.score },
        { url: 'below', valueDecimal: cutoff.below },
        writer.stringExtension('message', cutoff.message),
      ],
    });
  }
  return parts.length > 0 ? [{ url: EXT.scoring, extension: parts }] : [];
}

/** The calculated, read-only items: the total, then each subscale in the order first used. */
function scoreItems(
  writer: Writer,
  instrument: InstrumentDefinition,
  taken: Set<string>,
): QuestionnaireItem[] {
  const subscales = subscaleNames(instrument);
  const totalLabel =
    writer.languages.length === 0
      ? 'Total'
      : Object.fromEntries(writer.languages.map((l) => [l, TOTAL[l] ?? TOTAL.en]));
  const scores: Array<{ name: string; label: LocalizedText; items: readonly ItemDefinition[] }> = [
    { name: 'total', label: totalLabel, items: instrument.items },
    ...subscales.map((name) => ({
      name,
      // The subscale's label in every language it has; its name when it has none.
      label: (instrument.subscales && ownValue(instrument.subscales, name)?.label) ?? name,
      items: instrument.items.filter((i) => i.subscale === name),
    })),
  ];
  return scores.map(({ name, label, items }) => ({
    extension: [
      { url: EXT.score, valueString: name },
      ...scoreExtensions(
        instrument,
        items,
        name === 'total'
          ? (instrument.scoring?.total ?? 'sum')
          : (instrument.scoring?.subscales ?? 'mean'),
      ),
    ],
    linkId: freeLinkId(name === 'total' ? 'total' : `subscale-${name}`, taken),
    ...writer.text('text', label),
    type: 'decimal',
    readOnly: true,
  }));
}

/**
 * An instrument as a FHIR R4 Questionnaire: lines as `decimal` items with the slider control,
 * Likert and faces items as `choice` items whose options carry their scores, every language
 * through the translation extension, and the total and subscales as read-only calculated
 * items. {@link fromQuestionnaire} turns it back into the same instrument.
 */
export function toQuestionnaire(instrument: InstrumentDefinition): Questionnaire {
  const writer = new Writer([...textsOf(instrument)]);
  const taken = new Set(instrument.items.map((i) => i.id));
  const licence = instrument.licence;
  const intro: QuestionnaireItem[] = instrument.instructions
    ? [
        {
          linkId: freeLinkId('instructions', taken),
          ...writer.text('text', instrument.instructions),
          type: 'display',
        },
      ]
    : [];
  const extension = [
    ...scoringExtension(writer, instrument.scoring),
    ...(licence
      ? [
          {
            url: EXT.licence,
            extension: [
              { url: 'holder', valueString: licence.holder },
              ...(licence.url !== undefined ? [{ url: 'url', valueUri: licence.url }] : []),
            ],
          },
        ]
      : []),
  ];
  return {
    resourceType: 'Questionnaire',
    ...(writer.base !== undefined ? { language: writer.base } : {}),
    ...(extension.length > 0 ? { extension } : {}),
    url: questionnaireUrl(instrument.id),
    version: instrument.version,
    name: computableName(instrument.id),
    ...writer.text('title', instrument.title),
    status: 'active',
    ...(instrument.example !== undefined ? { experimental: instrument.example } : {}),
    ...(licence?.terms !== undefined ? writer.text('copyright', licence.terms) : {}),
    item: [
      ...intro,
      ...instrument.items.map((item) => question(writer, instrument, item)),
      ...scoreItems(writer, instrument, taken),
    ],
  };
}
