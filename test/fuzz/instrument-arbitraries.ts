/**
 * Valid instrument definitions, generated: every scale type, reverse and optional items,
 * subscales (labelled or not), cutoffs, texts in several languages, and ids that are names on `Object.prototype`.
 */
import fc from 'fast-check';
import type {
  InstrumentDefinition,
  ItemDefinition,
  LocalizedText,
  ScaleDefinition,
  ScoringDefinition,
} from '../../src/instruments/index.js';
import { PROTO_IDS } from './arbitraries.js';

const LANGUAGES = ['en', 'es', 'fr', 'ar', 'pt-BR', 'zh-Hant-TW'];

/** Words with no blank ends, as a person writes them. */
export const words = fc
  .string({ minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== '');

/** A text: one string, or texts by language tag. */
export const text: fc.Arbitrary<LocalizedText> = fc.oneof(
  words,
  fc.dictionary(fc.constantFrom(...LANGUAGES), words, { minKeys: 1, maxKeys: 3 }),
);

/** An id a host might choose: plain, or a name `Object.prototype` already has. */
export const hostId = fc.oneof(
  fc.constantFrom(...PROTO_IDS),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,8}$/),
);

/** A number written with at most `decimals` decimals, as JSON would carry it. */
function fixed(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/** A visual-analog line whose step divides its range; the step written out or left to default. */
export const line: fc.Arbitrary<ScaleDefinition> = fc
  .record({
    min: fc.integer({ min: -20, max: 20 }),
    step: fc.constantFrom(0.1, 0.25, 0.5, 1, 2, undefined),
    count: fc.integer({ min: 1, max: 100 }),
  })
  .map(({ min, step, count }) => ({
    type: 'visual-analog' as const,
    min,
    max: fixed(min + count * (step ?? 0.1), 2),
    ...(step === undefined ? {} : { step }),
  }));

const optionValues = (min: number, max: number) =>
  fc.uniqueArray(fc.integer({ min: -5, max: 10 }), { minLength: min, maxLength: max });

export const likert: fc.Arbitrary<ScaleDefinition> = fc
  .tuple(optionValues(2, 7), fc.array(text, { minLength: 7, maxLength: 7 }))
  .map(([values, labels]) => ({
    type: 'likert' as const,
    options: values.map((value, i) => ({ value, label: labels[i] })),
  }));

export const faces: fc.Arbitrary<ScaleDefinition> = fc
  .tuple(fc.constantFrom(3, 5), optionValues(5, 5), fc.array(text, { minLength: 5, maxLength: 5 }))
  .map(([count, values, labels]) => ({
    type: 'faces' as const,
    options: values.slice(0, count).map((value, i) => ({ value, label: labels[i] })),
  }));

export const scale = fc.oneof(line, likert, faces);

const SUBSCALES = ['bond', 'goals', 'tasks', '__proto__', 'toString'];

interface ItemDraft {
  text: LocalizedText;
  reverse?: boolean;
  required?: boolean;
  subscale?: string;
  scale?: ScaleDefinition;
  anchors: { low: LocalizedText; high: LocalizedText };
}

const itemDraft: fc.Arbitrary<ItemDraft> = fc.record(
  {
    text,
    reverse: fc.boolean(),
    required: fc.boolean(),
    subscale: fc.constantFrom(...SUBSCALES),
    scale,
    anchors: fc.record({ low: text, high: text }),
  },
  { requiredKeys: ['text', 'anchors'] },
);

/** A valid instrument definition, as plain JSON. */
export const instrument: fc.Arbitrary<InstrumentDefinition> = fc
  .record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
    version: fc.stringMatching(/^[0-9]{1,2}\.[0-9]\.[0-9]$/),
    title: text,
    instructions: fc.option(text, { nil: undefined }),
    scale: fc.option(scale, { nil: undefined }),
    ids: fc.uniqueArray(hostId, { minLength: 1, maxLength: 6 }),
    drafts: fc.array(itemDraft, { minLength: 6, maxLength: 6 }),
    fallbackScale: scale,
    /** A label, or none, for each name in SUBSCALES. */
    labels: fc.array(fc.option(text, { nil: undefined }), {
      minLength: SUBSCALES.length,
      maxLength: SUBSCALES.length,
    }),
    scoring: fc.option(
      fc.record(
        {
          total: fc.constantFrom('sum' as const, 'mean' as const),
          subscales: fc.constantFrom('sum' as const, 'mean' as const),
          cutoff: fc.record({
            useSubscale: fc.boolean(),
            below: fc.integer({ min: -50, max: 200 }),
            message: text,
          }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  })
  .map((g) => {
    const items: ItemDefinition[] = g.ids.map((id, i) => {
      const { anchors, ...d } = g.drafts[i];
      // Without a default scale, every item needs its own.
      const own = d.scale ?? (g.scale === undefined ? g.fallbackScale : undefined);
      const type = (own ?? g.scale)?.type;
      return {
        id,
        ...d,
        ...(own === undefined ? { scale: undefined } : { scale: own }),
        ...(type === 'visual-analog' ? { anchors } : {}),
      };
    });
    // A label for some of the subscales the items use; one that is just the name says nothing.
    const labelled = SUBSCALES.flatMap((name, i) => {
      const label = g.labels[i];
      const used = items.some((item) => item.subscale === name);
      return used && label !== undefined && label !== name ? [[name, { label }] as const] : [];
    });
    const definition: InstrumentDefinition = {
      id: g.id,
      version: g.version,
      title: g.title,
      ...(g.instructions === undefined ? {} : { instructions: g.instructions }),
      ...(g.scale === undefined ? {} : { scale: g.scale }),
      items: items.map(withoutUndefined),
      // fromEntries: `__proto__` is a subscale name like any other.
      ...(labelled.length === 0 ? {} : { subscales: Object.fromEntries(labelled) }),
    };
    if (g.scoring !== undefined) {
      const { cutoff, ...how } = g.scoring;
      const subscale = items.find((i) => i.subscale !== undefined)?.subscale;
      const scoring: ScoringDefinition = {
        ...how,
        ...(cutoff === undefined
          ? {}
          : {
              cutoff: {
                score: cutoff.useSubscale && subscale !== undefined ? subscale : 'total',
                below: cutoff.below,
                message: cutoff.message,
              },
            }),
      };
      return { ...definition, scoring };
    }
    return definition;
  });

/** The same object without its undefined fields (as JSON would carry it). */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
