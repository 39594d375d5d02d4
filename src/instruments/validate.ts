import { fieldPath, isRecord, textProblems } from '../core/text.js';
import {
  InstrumentError,
  hasOwn,
  onGrid,
  type InstrumentCheck,
  type InstrumentProblem,
} from './problems.js';
import { CIRCULAR, deepFreeze, snapshot } from './snapshot.js';
import {
  INSTRUMENT_FIELDS,
  LICENCE_FIELDS,
  VISUAL_ANALOG_FIELDS,
  OPTIONS_SCALE_FIELDS,
  OPTION_FIELDS,
  ITEM_FIELDS,
  ANCHOR_FIELDS,
  SCORING_FIELDS,
  CUTOFF_FIELDS,
  SUBSCALE_FIELDS,
} from './fields.js';
import { DEFAULT_VISUAL_ANALOG_STEP } from './scoring.js';

export { InstrumentError, hasOwn, onGrid };
export type { InstrumentCheck, InstrumentProblem };
import type { InstrumentDefinition, ScaleType } from './types.js';

/** One thing wrong with an instrument definition. */
/**
 * Checks a definition (typically parsed JSON a clinic wrote by hand) and reports every problem,
 * not only the first, so an author can fix them all in one pass. Never throws.
 *
 * On success `instrument` is a deep-frozen copy: the host may keep editing its own object without
 * changing what a person is answering, or the scores of answers already given.
 */
export function checkInstrument(input: unknown): InstrumentCheck {
  let copy: unknown;
  try {
    // Copy first and check the copy: a getter or proxy cannot then show the checker one value
    // and the widget another.
    copy = snapshot(input, new Set());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: ROOT, message: `The instrument definition could not be read: ${reason}` }],
    };
  }
  const problems = new Checker().instrument(copy);
  if (problems.length > 0) return { ok: false, problems };
  // Every field of the copy has been checked against the types above, so the cast is earned.
  return { ok: true, instrument: deepFreeze(copy) as InstrumentDefinition };
}

/** Like {@link checkInstrument}, but returns the frozen instrument or throws {@link InstrumentError}. */
export function assertInstrument(input: unknown): InstrumentDefinition {
  const check = checkInstrument(input);
  if (!check.ok) throw new InstrumentError(check.problems);
  return check.instrument;
}

/** @internal A non-null, non-array object (from src/core/text.ts). */
export { isRecord };

const ROOT = '(root)';

const SCALE_TYPES: readonly ScaleType[] = ['visual-analog', 'likert', 'faces'];
const AGGREGATES = ['sum', 'mean'];
/** The distance under which two floats count as equal: far below any step a person could mark. */
const EPSILON = 1e-9;

/** How a path segment reads: `.high` for a plain name, `["en US"]` for anything else. */
const field = fieldPath;

function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

/** Names a value's kind for "must be an object, not …" messages. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (value === CIRCULAR) return 'a circular reference';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Walks one definition, collecting problems as it goes. */
class Checker {
  private readonly problems: InstrumentProblem[] = [];

  private report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  instrument(value: unknown): InstrumentProblem[] {
    if (!isRecord(value)) {
      this.report(ROOT, `The instrument definition must be an object, not ${kind(value)}.`);
      return this.problems;
    }
    this.knownFields(value, '', INSTRUMENT_FIELDS);
    this.string(value, '', 'id', true);
    this.string(value, '', 'version', true);
    this.text(value, '', 'title', true);
    this.text(value, '', 'instructions', false);
    this.easyTexts(value, '', ['title', 'instructions']);
    this.boolean(value, '', 'example');
    this.licence(value.licence);
    const defaultScale = value.scale === undefined ? undefined : this.scale(value.scale, 'scale');
    const subscales = this.items(value, defaultScale);
    this.subscaleLabels(value.subscales, subscales);
    this.scoring(value.scoring, subscales);
    return this.problems;
  }

  private knownFields(record: Record<string, unknown>, path: string, known: object): void {
    for (const key of Object.keys(record)) {
      if (!hasOwn(known, key))
        this.report(field(path, key), `${field(path, key)} is not a known field`);
    }
  }

  /** Reports a missing field and returns false, so callers skip checks that need the value. */
  private present(record: Record<string, unknown>, path: string, key: string): boolean {
    if (record[key] !== undefined) return true;
    this.report(field(path, key), `${field(path, key)} is missing`);
    return false;
  }

  private object(value: unknown, path: string): value is Record<string, unknown> {
    if (isRecord(value)) return true;
    this.report(path, `${path} must be an object, not ${kind(value)}`);
    return false;
  }

  private string(
    record: Record<string, unknown>,
    path: string,
    key: string,
    required: boolean,
  ): void {
    const value = record[key];
    if (value === undefined) {
      if (required) this.present(record, path, key);
      return;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(field(path, key), `${field(path, key)} must be a non-empty string`);
    }
  }

  private boolean(record: Record<string, unknown>, path: string, key: string): void {
    const value = record[key];
    if (value !== undefined && typeof value !== 'boolean') {
      this.report(field(path, key), `${field(path, key)} must be true or false`);
    }
  }

  /** Returns the number when it is finite, so range checks can use it. */
  private number(record: Record<string, unknown>, path: string, key: string): number | undefined {
    if (!this.present(record, path, key)) return undefined;
    const value = record[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.report(field(path, key), `${field(path, key)} must be a finite number`);
    return undefined;
  }

  private text(
    record: Record<string, unknown>,
    path: string,
    key: string,
    required: boolean,
  ): void {
    if (record[key] === undefined) {
      if (required) this.present(record, path, key);
      return;
    }
    for (const p of textProblems(record[key], field(path, key))) this.report(p.path, p.message);
  }

  private licence(value: unknown): void {
    if (value === undefined || !this.object(value, 'licence')) return;
    this.knownFields(value, 'licence', LICENCE_FIELDS);
    this.string(value, 'licence', 'holder', true);
    this.text(value, 'licence', 'terms', false);
    if (value.url !== undefined && typeof value.url !== 'string') {
      this.report('licence.url', 'licence.url must be a string');
    }
  }

  /** Returns the scale's type when it is a known one (even if other fields are wrong). */
  private scale(value: unknown, path: string): ScaleType | undefined {
    if (!this.object(value, path)) return undefined;
    if (!this.present(value, path, 'type')) {
      this.knownFields(value, path, { ...VISUAL_ANALOG_FIELDS, ...OPTIONS_SCALE_FIELDS });
      return undefined;
    }
    const type = SCALE_TYPES.find((t) => t === value.type);
    if (type === undefined) {
      this.report(`${path}.type`, `${path}.type must be "visual-analog", "likert" or "faces"`);
      return undefined;
    }
    if (type === 'visual-analog') {
      this.knownFields(value, path, VISUAL_ANALOG_FIELDS);
      this.visualAnalog(value, path);
    } else {
      this.knownFields(value, path, OPTIONS_SCALE_FIELDS);
      this.options(value, path, type);
    }
    return type;
  }

  private visualAnalog(scale: Record<string, unknown>, path: string): void {
    const min = this.number(scale, path, 'min');
    const max = this.number(scale, path, 'max');
    const range = min !== undefined && max !== undefined ? max - min : undefined;
    if (range !== undefined && range <= 0) {
      this.report(`${path}.max`, `${path}.max must be greater than ${path}.min`);
    }
    // One rule for a step written out and the default one: either must fit the line.
    const written = scale.step !== undefined;
    const step = written ? this.number(scale, path, 'step') : DEFAULT_VISUAL_ANALOG_STEP;
    if (step === undefined) return;
    const named = written ? `${path}.step` : `${path}.step ${step} (the default)`;
    if (step <= 0) {
      this.report(`${path}.step`, `${path}.step must be greater than 0`);
    } else if (range !== undefined && range > 0) {
      if (step > range + EPSILON) {
        this.report(
          `${path}.step`,
          `${named} must be at most ${range}, the distance from ${path}.min to ${path}.max`,
        );
      } else if (!onGrid(range / step)) {
        // Otherwise the high anchor itself could not be answered.
        this.report(
          `${path}.step`,
          `${written ? `${named} ${step}` : named} does not divide the distance from ${path}.min to ${path}.max (${range}) into equal steps`,
        );
      }
    }
  }

  private options(scale: Record<string, unknown>, path: string, type: 'likert' | 'faces'): void {
    if (!this.present(scale, path, 'options')) return;
    const at = `${path}.options`;
    const options = scale.options;
    if (!Array.isArray(options)) {
      this.report(at, `${at} must be an array, not ${kind(options)}`);
      return;
    }
    if (type === 'likert' && options.length < 2) {
      this.report(at, `${at} must have at least 2 options`);
    }
    if (type === 'faces' && options.length !== 3 && options.length !== 5) {
      this.report(
        at,
        `${at} must have exactly 3 or 5 options for faces (it has ${options.length})`,
      );
    }
    const seen = new Map<number, number>();
    options.forEach((option: unknown, i) => {
      const where = index(at, i);
      if (!this.object(option, where)) return;
      this.knownFields(option, where, OPTION_FIELDS);
      const value = this.number(option, where, 'value');
      this.text(option, where, 'label', true);
      this.text(option, where, 'easyRead', false);
      if (value === undefined) return;
      const count = (seen.get(value) ?? 0) + 1;
      seen.set(value, count);
      if (count > 1) this.report(`${where}.value`, `${where}.value ${value} is ${times(count)}`);
    });
  }

  /**
   * Checks every item and returns the subscale names they use, or undefined when an item or a
   * subscale name could not be read: a cutoff naming a subscale is then not reported as unknown,
   * since that would only echo a problem already reported.
   */
  private items(
    instrument: Record<string, unknown>,
    defaultScale: ScaleType | undefined,
  ): Set<string> | undefined {
    if (!this.present(instrument, '', 'items')) return undefined;
    const items = instrument.items;
    if (!Array.isArray(items)) {
      this.report('items', `items must be an array, not ${kind(items)}`);
      return undefined;
    }
    const subscales = new Set<string>();
    let complete = items.length > 0;
    if (items.length === 0) this.report('items', 'items must have at least one item');
    const ids = new Map<string, number>();
    const hasDefault = instrument.scale !== undefined;
    items.forEach((item: unknown, i) => {
      const path = index('items', i);
      if (!this.object(item, path)) {
        complete = false;
        return;
      }
      this.knownFields(item, path, ITEM_FIELDS);
      this.itemId(item.id, path, ids);
      this.text(item, path, 'text', true);
      this.text(item, path, 'easyRead', false);
      this.boolean(item, path, 'reverse');
      this.boolean(item, path, 'required');
      if (!this.subscale(item.subscale, path, subscales)) complete = false;
      let type: ScaleType | undefined;
      if (item.scale !== undefined) type = this.scale(item.scale, `${path}.scale`);
      else if (hasDefault) type = defaultScale;
      else this.report(`${path}.scale`, `${path}.scale is missing and there is no default scale`);
      this.anchors(item.anchors, path, type === 'visual-analog');
    });
    return complete ? subscales : undefined;
  }

  private itemId(value: unknown, path: string, ids: Map<string, number>): void {
    const at = `${path}.id`;
    if (value === undefined) {
      this.report(at, `${at} is missing`);
    } else if (typeof value !== 'string' || value === '') {
      this.report(at, `${at} must be a non-empty string`);
    } else if (/\s/.test(value)) {
      // Ids become answer keys, FHIR linkIds and form field names, none of which read well with spaces.
      this.report(at, `${at} ${JSON.stringify(value)} must not contain whitespace`);
    } else {
      const count = (ids.get(value) ?? 0) + 1;
      ids.set(value, count);
      if (count > 1) this.report(at, `${at} ${JSON.stringify(value)} is ${times(count)}`);
    }
  }

  /** Returns false when the subscale name is not usable. */
  private subscale(value: unknown, path: string, subscales: Set<string>): boolean {
    if (value === undefined) return true;
    const at = `${path}.subscale`;
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(at, `${at} must be a non-empty string`);
      return false;
    }
    if (value === 'total') {
      // A cutoff names its score as "total" or a subscale; this name would make that ambiguous.
      this.report(at, `${at} must not be "total", which names the total score`);
      return false;
    }
    subscales.add(value);
    return true;
  }

  /** `subscales`: a label for each subscale the items name, and none for a name no item uses. */
  private subscaleLabels(value: unknown, used: Set<string> | undefined): void {
    if (value === undefined || !this.object(value, 'subscales')) return;
    for (const name of Object.keys(value)) {
      const at = field('subscales', name);
      if (used !== undefined && !used.has(name)) {
        this.report(at, `${at} is not the subscale of any item`);
      }
      const entry = value[name];
      if (!this.object(entry, at)) continue;
      this.knownFields(entry, at, SUBSCALE_FIELDS);
      this.text(entry, at, 'label', true);
    }
  }

  private anchors(value: unknown, path: string, needed: boolean): void {
    const at = `${path}.anchors`;
    if (value === undefined) {
      if (needed) {
        this.report(at, `${at} is missing: a visual-analog item needs a low and a high anchor`);
      }
      return;
    }
    if (!this.object(value, at)) return;
    this.knownFields(value, at, ANCHOR_FIELDS);
    this.text(value, at, 'low', true);
    this.text(value, at, 'high', true);
    this.easyTexts(value, at, ['low', 'high']);
  }

  /** `easyRead` beside several texts: an object of some of them, each by the text rule. */
  private easyTexts(record: Record<string, unknown>, path: string, keys: readonly string[]): void {
    const value = record.easyRead;
    const at = field(path, 'easyRead');
    if (value === undefined || !this.object(value, at)) return;
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) {
        this.report(field(at, key), `${field(at, key)} is not one of ${keys.join(', ')}`);
      }
    }
    for (const key of keys) this.text(value, at, key, false);
  }

  private scoring(value: unknown, subscales: Set<string> | undefined): void {
    if (value === undefined || !this.object(value, 'scoring')) return;
    this.knownFields(value, 'scoring', SCORING_FIELDS);
    for (const key of ['total', 'subscales'] as const) {
      const aggregate = value[key];
      if (aggregate !== undefined && !AGGREGATES.some((a) => a === aggregate)) {
        this.report(`scoring.${key}`, `scoring.${key} must be "sum" or "mean"`);
      }
    }
    this.cutoff(value.cutoff, subscales);
  }

  private cutoff(value: unknown, subscales: Set<string> | undefined): void {
    const path = 'scoring.cutoff';
    if (value === undefined || !this.object(value, path)) return;
    this.knownFields(value, path, CUTOFF_FIELDS);
    if (this.present(value, path, 'score')) {
      const score = value.score;
      if (typeof score !== 'string' || score === '') {
        this.report(`${path}.score`, `${path}.score must be "total" or the name of a subscale`);
      } else if (score !== 'total' && subscales !== undefined && !subscales.has(score)) {
        this.report(
          `${path}.score`,
          `${path}.score names an unknown subscale ${JSON.stringify(score)}`,
        );
      }
    }
    this.number(value, path, 'below');
    this.text(value, path, 'message', true);
  }
}

function times(count: number): string {
  return count === 2 ? 'used twice' : `used ${count} times`;
}

/**
 * Check results by definition object: fifty widgets given one definition check it once. A
 * definition is data; to change one, give a new object (as Lit properties expect anyway).
 */
const checks = new WeakMap<object, InstrumentCheck>();

/** {@link checkInstrument}, remembered for each definition object. */
export function checkInstrumentOnce(input: unknown): InstrumentCheck {
  if (input === null || typeof input !== 'object') return checkInstrument(input);
  let check = checks.get(input);
  if (!check) {
    checks.set(input, (check = checkInstrument(input)));
    // The checked copy is known good too: a widget given it (e.g. from the registry) need not
    // copy and check it again.
    if (check.ok) checks.set(check.instrument, check);
  }
  return check;
}
