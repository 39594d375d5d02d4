import type {
  Anchors,
  InstrumentDefinition,
  ItemDefinition,
  Licence,
  LocalizedText,
  ScaleDefinition,
  ScaleOption,
  ScoringDefinition,
} from '../instruments/types.js';
import { isRecord } from '../core/text.js';
import { describeKind, thrownReason } from '../core/kind.js';
import { joinTexts, readText } from './text.js';
import type { Coding, Extension, Questionnaire, QuestionnaireItem, ValueSet } from './types.js';
import { EXT, findExt, instrumentId } from './urls.js';

/** Why part of a Questionnaire was left out of the instrument. */
export type QuestionnaireProblemCode =
  | 'enable-when'
  | 'repeats'
  | 'free-text'
  | 'unscored-choice'
  | 'value-set'
  | 'no-range'
  | 'unsupported-type'
  | 'no-items'
  /** What was given is not a Questionnaire resource (null, a string), or breaks its shape. */
  | 'not-a-questionnaire';

/** One part of a Questionnaire that an instrument cannot express; the item is left out. */
export interface QuestionnaireProblem {
  code: QuestionnaireProblemCode;
  /**
   * The item's `linkId`; absent only for `no-items` and `not-a-questionnaire`, which are about
   * the whole Questionnaire.
   */
  linkId?: string;
  /** A sentence naming the linkId, for a developer. */
  message: string;
}

/** What {@link fromQuestionnaire} gives: the instrument (when anything could be asked), and what was left out. */
export interface FromQuestionnaireResult {
  instrument: InstrumentDefinition | undefined;
  problems: QuestionnaireProblem[];
}

const SLIDER_DEFAULT_STEP = 0.1;

function controlOf(item: QuestionnaireItem): string | undefined {
  return findExt(item.extension, EXT.itemControl)?.valueCodeableConcept?.coding?.[0]?.code;
}

function numberExt(extensions: readonly Extension[] | undefined, url: string): number | undefined {
  const ext = findExt(extensions, url);
  return ext?.valueDecimal ?? ext?.valueInteger;
}

/** The score of an option: ordinalValue, else itemWeight, on the option or on its coding. */
function weightOf(...holders: Array<readonly Extension[] | undefined>): number | undefined {
  for (const extensions of holders) {
    const weight = numberExt(extensions, EXT.ordinalValue) ?? numberExt(extensions, EXT.itemWeight);
    if (weight !== undefined) return weight;
  }
  return undefined;
}

function isCalculated(item: QuestionnaireItem): boolean {
  return (
    item.readOnly === true ||
    findExt(item.extension, EXT.calculatedExpression) !== undefined ||
    findExt(item.extension, 'http://hl7.org/fhir/StructureDefinition/cqf-expression') !== undefined
  );
}

/** Reads one Questionnaire, collecting items and problems in the order they are asked. */
class Reader {
  readonly problems: QuestionnaireProblem[] = [];
  readonly items: Array<{ item: ItemDefinition; own: boolean }> = [];
  readonly intro: LocalizedText[] = [];
  /** Labels of subscale scores, by subscale name. */
  readonly labels: Array<[string, LocalizedText]> = [];

  constructor(readonly questionnaire: Questionnaire) {}

  private get base(): string | undefined {
    return this.questionnaire.language;
  }

  private text(value: string | undefined, extensions: { extension?: Extension[] } | undefined) {
    return readText(value, extensions, this.base);
  }

  private problem(code: QuestionnaireProblemCode, linkId: string, why: string): void {
    this.problems.push({ code, linkId, message: `item "${linkId}" ${why}; it is left out.` });
  }

  walk(items: readonly QuestionnaireItem[] | undefined): void {
    for (const item of items ?? []) {
      if (item.enableWhen?.length) {
        this.problem('enable-when', item.linkId, 'is shown only on a condition (enableWhen)');
      } else if (item.repeats === true) {
        this.problem('repeats', item.linkId, 'repeats');
      } else if (item.type === 'group') {
        this.walk(item.item);
      } else if (item.type === 'display') {
        const text = this.text(item.text, item._text);
        if (text !== undefined) this.intro.push(text);
      } else if (isCalculated(item)) {
        // A computed score (or another read-only item): nothing for the person to answer. A
        // subscale's score keeps its label.
        const score = findExt(item.extension, EXT.score)?.valueString;
        const label = this.text(item.text, item._text);
        if (score !== undefined && score !== 'total' && label !== undefined && label !== score) {
          this.labels.push([score, label]);
        }
      } else if (['string', 'text', 'open-choice'].includes(item.type)) {
        this.problem('free-text', item.linkId, `asks for free text (type ${item.type})`);
      } else if (item.type === 'decimal' || item.type === 'integer') {
        this.line(item);
      } else if (item.type === 'choice') {
        this.choice(item);
      } else {
        this.problem(
          'unsupported-type',
          item.linkId,
          `has type ${item.type}, which is not a rating`,
        );
      }
    }
  }

  private add(item: QuestionnaireItem, scale: ScaleDefinition, anchors?: Anchors): void {
    const extensions = item.extension;
    const subscale = findExt(extensions, EXT.subscale)?.valueString;
    const reverse = findExt(extensions, EXT.reverse)?.valueBoolean;
    const definition: ItemDefinition = {
      id: item.linkId,
      text: this.text(item.text, item._text) ?? item.prefix ?? item.linkId,
      ...(anchors ? { anchors } : {}),
      ...(subscale !== undefined ? { subscale } : {}),
      ...(reverse !== undefined ? { reverse } : {}),
      ...(item.required === true ? {} : { required: false }),
      scale,
    };
    this.items.push({
      item: definition,
      own: findExt(extensions, EXT.ownScale)?.valueBoolean === true,
    });
  }

  private line(item: QuestionnaireItem): void {
    const min = numberExt(item.extension, EXT.minValue);
    const max = numberExt(item.extension, EXT.maxValue);
    if (min === undefined || max === undefined) {
      this.problem('no-range', item.linkId, 'is a number without both minValue and maxValue');
      return;
    }
    const step = this.stepOf(item);
    const label = (code: string): LocalizedText | undefined => {
      const display = item.item?.find(
        (child) => child.type === 'display' && controlOf(child) === code,
      );
      return display ? this.text(display.text, display._text) : undefined;
    };
    const anchors = { low: label('lower') ?? String(min), high: label('upper') ?? String(max) };
    this.add(
      item,
      { type: 'visual-analog', min, max, ...(step !== undefined ? { step } : {}) },
      anchors,
    );
  }

  /** Our own step, else the SDC slider step, else 1 for integers, else from maxDecimalPlaces. */
  private stepOf(item: QuestionnaireItem): number | undefined {
    const step =
      numberExt(item.extension, EXT.step) ?? numberExt(item.extension, EXT.sliderStepValue);
    if (step !== undefined) return step;
    if (item.type === 'integer') return 1;
    const places = numberExt(item.extension, EXT.maxDecimalPlaces);
    if (places === undefined) return undefined;
    const fromPlaces = Number((10 ** -places).toFixed(places));
    return fromPlaces === SLIDER_DEFAULT_STEP ? undefined : fromPlaces;
  }

  private choice(item: QuestionnaireItem): void {
    const options = this.optionsOf(item);
    if (options === undefined) return;
    const type = findExt(item.extension, EXT.scaleType)?.valueCode === 'faces' ? 'faces' : 'likert';
    this.add(item, { type, options });
  }

  private optionsOf(item: QuestionnaireItem): ScaleOption[] | undefined {
    const found: Array<{ value: number | undefined; label: LocalizedText }> = [];
    if (item.answerValueSet !== undefined) {
      const concepts = this.containedValueSet(item.answerValueSet);
      if (concepts === undefined) {
        this.problem(
          'value-set',
          item.linkId,
          `takes its answers from ${item.answerValueSet}, which is not contained in the Questionnaire`,
        );
        return undefined;
      }
      for (const concept of concepts) {
        found.push({ value: weightOf(concept.extension), label: this.codingLabel(concept) });
      }
    }
    for (const option of item.answerOption ?? []) {
      const coding = option.valueCoding;
      if (coding) {
        found.push({
          value: weightOf(option.extension, coding.extension),
          label: this.codingLabel(coding),
        });
      } else if (option.valueInteger !== undefined) {
        found.push({
          value: weightOf(option.extension) ?? option.valueInteger,
          label: String(option.valueInteger),
        });
      } else {
        found.push({ value: undefined, label: '' });
      }
    }
    if (found.length === 0 || found.some((o) => o.value === undefined)) {
      this.problem(
        'unscored-choice',
        item.linkId,
        'has answers without a score (ordinalValue or itemWeight)',
      );
      return undefined;
    }
    return found.map(({ value, label }) => ({ value: value as number, label }));
  }

  private codingLabel(coding: Coding): LocalizedText {
    return this.text(coding.display, coding._display) ?? coding.code ?? '';
  }

  /** The concepts of `#id`, a ValueSet contained in the Questionnaire; undefined when it is not. */
  private containedValueSet(reference: string): Coding[] | undefined {
    if (!reference.startsWith('#')) return undefined;
    const set = this.questionnaire.contained?.find(
      (r): r is ValueSet => r.resourceType === 'ValueSet' && r.id === reference.slice(1),
    );
    if (!set) return undefined;
    const expanded = set.expansion?.contains;
    if (expanded?.length) return expanded;
    return (
      set.compose?.include.flatMap((inc) =>
        (inc.concept ?? []).map((c) => ({ ...c, system: inc.system })),
      ) ?? []
    );
  }
}

function scoringOf(
  extensions: readonly Extension[] | undefined,
  base: string | undefined,
): ScoringDefinition | undefined {
  const ext = findExt(extensions, EXT.scoring);
  if (!ext) return undefined;
  const aggregate = (url: string) => {
    const code = findExt(ext.extension, url)?.valueCode;
    return code === 'sum' || code === 'mean' ? code : undefined;
  };
  const total = aggregate('total');
  const subscales = aggregate('subscales');
  const cutoff = findExt(ext.extension, 'cutoff');
  const score = findExt(cutoff?.extension, 'score')?.valueString;
  const below = numberExt(cutoff?.extension, 'below');
  const message = findExt(cutoff?.extension, 'message');
  const messageText = message
    ? readText(message.valueString, message._valueString, base)
    : undefined;
  return {
    ...(total ? { total } : {}),
    ...(subscales ? { subscales } : {}),
    ...(score !== undefined && below !== undefined && messageText !== undefined
      ? { cutoff: { score, below, message: messageText } }
      : {}),
  };
}

function licenceOf(q: Questionnaire): Licence | undefined {
  const ext = findExt(q.extension, EXT.licence);
  const terms =
    q.copyright !== undefined ? readText(q.copyright, q._copyright, q.language) : undefined;
  const holder = findExt(ext?.extension, 'holder')?.valueString ?? q.publisher;
  if (holder === undefined && terms === undefined) return undefined;
  const url = findExt(ext?.extension, 'url')?.valueUri;
  return {
    holder: holder ?? '(not stated)',
    ...(terms !== undefined ? { terms } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

/**
 * A FHIR R4 Questionnaire as an instrument, for questionnaires a clinic already holds. Choice
 * items whose answers carry `ordinalValue` or `itemWeight` become Likert items (faces when marked
 * so), `decimal` and `integer` items with a minValue and maxValue become lines, display items
 * become the instructions, groups are flattened in order, and calculated items (a total) are
 * recognised and not asked.
 *
 * What an instrument cannot express is left out and listed in `problems`, each naming its
 * linkId: a condition (`enableWhen`), free text, a repeating item, a choice without scores, or
 * answers from a value set that is not contained. The caller decides whether to go ahead.
 * `instrument` is undefined when nothing is left to ask. Check it with `checkInstrument`
 * before use, as any definition from outside.
 */
export function fromQuestionnaire(questionnaire: Questionnaire): FromQuestionnaireResult {
  if (!isRecord(questionnaire)) {
    const problem: QuestionnaireProblem = {
      code: 'not-a-questionnaire',
      message: `A Questionnaire must be an object, not ${describeKind(questionnaire)}.`,
    };
    return { instrument: undefined, problems: [problem] };
  }
  try {
    return read(questionnaire);
  } catch (error) {
    // A resource from outside that breaks the R4 shape somewhere inside (an item that is null,
    // an option that is a number): reported as a whole, never thrown at the caller.
    const problem: QuestionnaireProblem = {
      code: 'not-a-questionnaire',
      message: `The Questionnaire could not be read: ${thrownReason(error)}.`,
    };
    return { instrument: undefined, problems: [problem] };
  }
}

function read(questionnaire: Questionnaire): FromQuestionnaireResult {
  const reader = new Reader(questionnaire);
  reader.walk(questionnaire.item);
  const problems = reader.problems;
  if (reader.items.length === 0) {
    problems.push({
      code: 'no-items',
      message: 'The Questionnaire has no item that can be asked.',
    });
    return { instrument: undefined, problems };
  }
  // The instrument's default scale is the one every item not marked as having its own shares.
  const shared = reader.items.filter((i) => !i.own).map((i) => i.item.scale);
  const first = JSON.stringify(shared[0]);
  const scale =
    shared.length > 0 && shared.every((s) => JSON.stringify(s) === first) ? shared[0] : undefined;
  const items = reader.items.map(({ item, own }) => {
    if (own || scale === undefined) return item;
    const { scale: _shared, ...rest } = item;
    return rest;
  });
  const id =
    questionnaire.url !== undefined
      ? instrumentId(questionnaire.url)
      : (questionnaire.id ?? questionnaire.name ?? 'questionnaire');
  const base = questionnaire.language;
  const instructions = joinTexts(reader.intro);
  const licence = licenceOf(questionnaire);
  const scoring = scoringOf(questionnaire.extension, base);
  const used = new Set(items.flatMap((i) => (i.subscale === undefined ? [] : [i.subscale])));
  // fromEntries: a subscale may be called anything, `__proto__` included.
  const labels = reader.labels.filter(([name]) => used.has(name));
  const subscales =
    labels.length > 0
      ? Object.fromEntries(labels.map(([name, label]) => [name, { label }]))
      : undefined;
  const instrument: InstrumentDefinition = {
    id,
    version: questionnaire.version ?? 'unversioned',
    title: readText(questionnaire.title, questionnaire._title, base) ?? questionnaire.name ?? id,
    ...(instructions !== undefined ? { instructions } : {}),
    ...(questionnaire.experimental !== undefined ? { example: questionnaire.experimental } : {}),
    ...(licence ? { licence } : {}),
    ...(scale ? { scale } : {}),
    items,
    ...(subscales ? { subscales } : {}),
    ...(scoring ? { scoring } : {}),
  };
  return { instrument, problems };
}
