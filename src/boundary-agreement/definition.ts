/**
 * The agreement definition format: plain JSON a clinic writes by hand (or builds in code), checked
 * on arrival with messages that name the field. It maps onto a FHIR Questionnaire: the agreement
 * `id` ↔ `url`/`name`, each clause a `display` + `boolean` item by `id`, a clause question a
 * `choice` item with `answerOption`s.
 */
import type { LocalizedText } from '../instruments/types.js';
import { easyReadProblems, fieldPath, isRecord, textProblems } from '../core/text.js';

/** One choice of a clause question. `value` is what the result records. */
export interface ClauseOption {
  value: string;
  label: LocalizedText;
  /** The label in easy read (`easy-read`), when it should differ. */
  easyRead?: LocalizedText;
}

/** A choice the person makes inside a clause, e.g. the preferred way to be contacted. */
export interface ClauseQuestion {
  /** Unique among the agreement's questions; the key of the answer in the result. */
  id: string;
  label: LocalizedText;
  /** The label in easy read (`easy-read`), when it should differ. */
  easyRead?: LocalizedText;
  options: readonly ClauseOption[];
  /** Must be answered before signing. Defaults to the clause's own `required`. */
  required?: boolean;
}

/** One clause: a point the person reads and agrees to on its own. */
export interface ClauseDefinition {
  /** Unique within the agreement; letters, digits, `-` and `_` (it names a slot and a form field). */
  id: string;
  /** The clause's own version; defaults to the agreement's. */
  version?: string;
  title: LocalizedText;
  /**
   * Plain text; a blank line starts a paragraph, a single line break breaks the line, and
   * `{name}` is a placeholder filled from the element's attributes or `values`. May be left out
   * when a child element with `slot="clause-<id>"` gives the text.
   */
  text?: LocalizedText;
  /**
   * The text in easy read (`easy-read`): short sentences, everyday words, placeholders as in
   * `text`. Without it, easy read shows `text`.
   */
  easyRead?: LocalizedText;
  /** The title in easy read (`easy-read`), when it should differ. */
  easyReadTitle?: LocalizedText;
  /** Must be agreed before signing. Defaults to true. */
  required?: boolean;
  /**
   * Marks the clause that says what to do in a crisis: while crisis contacts are given it is
   * always shown and always required.
   */
  crisis?: boolean;
  question?: ClauseQuestion;
}

export interface AgreementDefinition {
  /** The agreement's id, `definition.id` in every result. */
  id: string;
  /** The agreement's version, `definition.version` in every result. */
  version: string;
  title?: LocalizedText;
  /** Shown above the clauses; placeholders are filled as in clause texts. */
  intro?: LocalizedText;
  /** The title and introduction in easy read (`easy-read`), when they should differ. */
  easyRead?: { title?: LocalizedText; intro?: LocalizedText };
  clauses: readonly ClauseDefinition[];
  /** Placeholder values the definition brings itself; the element's own win. */
  values?: Readonly<Record<string, LocalizedText>>;
}

export type AgreementCheck =
  { ok: true; agreement: AgreementDefinition } | { ok: false; problems: string[] };

/**
 * Clause and question ids: letters, digits, `-` and `_`, as documented. They name slots and form
 * fields, so keep them plain; any of them is safe as a key (`__proto__` included).
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

class Checker {
  readonly problems: string[] = [];

  private text(value: unknown, path: string, required: boolean): void {
    if (value === undefined && !required) return;
    if (value === undefined) this.problems.push(`${path} is missing`);
    else this.problems.push(...textProblems(value, path).map((p) => p.message));
  }

  /** An optional `easyRead` beside a part's one text, by the same rule. */
  private easy(owner: Record<string, unknown>, path: string): void {
    this.problems.push(...easyReadProblems(owner, path).map((p) => p.message));
  }

  /** The agreement's `easyRead`: an object of its title and introduction, each a text. */
  private easyTexts(value: unknown): void {
    if (value === undefined) return;
    if (!isRecord(value)) {
      this.problems.push('easyRead must be an object with a title, an intro or both');
      return;
    }
    for (const key of Object.keys(value)) {
      if (key !== 'title' && key !== 'intro') {
        this.problems.push(`${fieldPath('easyRead', key)} is not one of title, intro`);
      }
    }
    this.text(value.title, 'easyRead.title', false);
    this.text(value.intro, 'easyRead.intro', false);
  }

  private id(value: unknown, path: string): value is string {
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
      this.problems.push(`${path} must be a string of letters, digits, "-" and "_"`);
      return false;
    }
    return true;
  }

  private optionalBoolean(value: unknown, path: string): void {
    if (value !== undefined && typeof value !== 'boolean') {
      this.problems.push(`${path} must be true or false`);
    }
  }

  private question(value: unknown, path: string, questionIds: Set<string>): void {
    if (!isRecord(value)) {
      this.problems.push(`${path} must be an object`);
      return;
    }
    if (this.id(value.id, `${path}.id`)) {
      if (questionIds.has(value.id)) this.problems.push(`${path}.id "${value.id}" is used twice`);
      questionIds.add(value.id);
    }
    this.text(value.label, `${path}.label`, true);
    this.easy(value, path);
    this.optionalBoolean(value.required, `${path}.required`);
    if (!Array.isArray(value.options) || value.options.length < 2) {
      this.problems.push(`${path}.options must be a list of at least two choices`);
      return;
    }
    const values = new Set<string>();
    value.options.forEach((option: unknown, i) => {
      const at = `${path}.options[${i}]`;
      if (!isRecord(option)) {
        this.problems.push(`${at} must be an object`);
        return;
      }
      if (typeof option.value !== 'string' || option.value.trim() === '') {
        this.problems.push(`${at}.value must be a non-empty string`);
      } else if (values.has(option.value)) {
        this.problems.push(`${at}.value "${option.value}" is used twice`);
      } else {
        values.add(option.value);
      }
      this.text(option.label, `${at}.label`, true);
      this.easy(option, at);
    });
  }

  agreement(value: unknown): void {
    if (!isRecord(value)) {
      this.problems.push('the agreement must be an object');
      return;
    }
    if (typeof value.id !== 'string' || value.id.trim() === '') {
      this.problems.push('id must be a non-empty string');
    }
    if (typeof value.version !== 'string' || value.version.trim() === '') {
      this.problems.push('version must be a non-empty string');
    }
    this.text(value.title, 'title', false);
    this.text(value.intro, 'intro', false);
    this.easyTexts(value.easyRead);
    if (value.values !== undefined) {
      if (!isRecord(value.values)) this.problems.push('values must be an object');
      else {
        for (const [name, text] of Object.entries(value.values)) {
          this.text(text, `values.${name}`, true);
        }
      }
    }
    if (!Array.isArray(value.clauses)) {
      this.problems.push('clauses must be a list');
      return;
    }
    const clauseIds = new Set<string>();
    const questionIds = new Set<string>();
    value.clauses.forEach((clause: unknown, i) => {
      const path = `clauses[${i}]`;
      if (!isRecord(clause)) {
        this.problems.push(`${path} must be an object`);
        return;
      }
      if (this.id(clause.id, `${path}.id`)) {
        if (clauseIds.has(clause.id)) this.problems.push(`${path}.id "${clause.id}" is used twice`);
        clauseIds.add(clause.id);
      }
      if (
        clause.version !== undefined &&
        (typeof clause.version !== 'string' || clause.version.trim() === '')
      ) {
        this.problems.push(`${path}.version must be a non-empty string`);
      }
      this.text(clause.title, `${path}.title`, true);
      this.text(clause.text, `${path}.text`, false);
      this.easy(clause, path);
      this.text(clause.easyReadTitle, `${path}.easyReadTitle`, false);
      this.optionalBoolean(clause.required, `${path}.required`);
      this.optionalBoolean(clause.crisis, `${path}.crisis`);
      if (clause.question !== undefined) {
        this.question(clause.question, `${path}.question`, questionIds);
      }
    });
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks an agreement definition and lists every problem, each naming its field
 * (`clauses[2].question.options[0].value must be a non-empty string`). Never throws. On success
 * the agreement is a frozen copy, so later edits to the host's object change nothing shown.
 */
export function checkAgreement(input: unknown): AgreementCheck {
  let copy: unknown;
  try {
    copy = JSON.parse(JSON.stringify(input)) as unknown;
  } catch (error) {
    return {
      ok: false,
      problems: [`the agreement could not be read: ${(error as Error).message}`],
    };
  }
  const checker = new Checker();
  checker.agreement(copy);
  if (checker.problems.length > 0) return { ok: false, problems: checker.problems };
  return { ok: true, agreement: deepFreeze(copy as AgreementDefinition) };
}
