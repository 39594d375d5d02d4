/**
 * The choices a consent notice asks about, given by the host as data, and the decisions a
 * person makes. Checked on arrival, with messages that name the field at fault.
 */
import type { Checked } from '../core/definition-controller.js';
import { easyReadProblems, isRecord, textProblems, type LocalizedText } from '../core/text.js';
import { thrownReason } from '../core/kind.js';

/** One thing a person can say yes or no to, e.g. "share a summary with my GP". */
export interface ConsentChoice {
  /**
   * Letters, digits, `-`, `_` and `.`, starting with a letter or digit. Used in form fields
   * (`<name>.choice.<id>`), slot names (`choice-<id>`) and the result.
   */
  id: string;
  /** What the person agrees to, in plain words. */
  label: LocalizedText;
  /** The label in easy read (`easy-read`): short sentences, everyday words. */
  easyRead?: LocalizedText;
  /**
   * A required choice must be ticked before the person can agree (like the built-in
   * acknowledgement of the limits of confidentiality). Default false: optional, never pre-ticked.
   */
  required?: boolean;
  /** A line of detail shown under the label. */
  description?: LocalizedText;
  /** The description in easy read (`easy-read`), when it has one. */
  easyReadDescription?: LocalizedText;
}

/** The decisions being made: what is ticked. This is the element's `value`. */
export interface ConsentNoticeValue {
  /** The required acknowledgements given, by id, in the order they are shown (`limits` first). */
  acknowledged: string[];
  /** Every choice of the notice by id: true when ticked. */
  choices: Record<string, boolean>;
}

/** The id of the built-in acknowledgement of the limits of confidentiality. */
export const LIMITS_ID = 'limits';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Whether `id` may name a choice. */
export function isChoiceId(id: unknown): id is string {
  return typeof id === 'string' && ID.test(id) && id !== LIMITS_ID;
}

/**
 * Checks a list of choices: an array, or an object with a `choices` array (the form a child
 * `<script type="application/json">` may take). Unknown fields are ignored.
 */
export function checkChoices(input: unknown): Checked<ConsentChoice[]> {
  let copy: unknown;
  try {
    // A plain copy, checked and kept: a proxy or getter cannot throw later, or change under us.
    copy = JSON.parse(JSON.stringify(input) ?? 'null') as unknown;
  } catch (error) {
    return { ok: false, message: `choices could not be read: ${thrownReason(error)}.` };
  }
  const list = isRecord(copy) && Object.hasOwn(copy, 'choices') ? copy.choices : copy;
  if (!Array.isArray(list)) {
    return { ok: false, message: 'choices must be an array of { id, label } objects.' };
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const choices: ConsentChoice[] = [];
  list.forEach((raw: unknown, i) => {
    const at = `choices[${i}]`;
    if (!isRecord(raw)) {
      problems.push(`${at} must be an object`);
      return;
    }
    const c = raw;
    if (c.id === LIMITS_ID) {
      problems.push(
        `${at}.id "${LIMITS_ID}" is the built-in acknowledgement, which is always asked; choose another id`,
      );
    } else if (!isChoiceId(c.id)) {
      problems.push(
        `${at}.id must be letters, digits, "-", "_" or ".", starting with a letter or digit`,
      );
    } else if (seen.has(c.id)) {
      problems.push(`${at}.id "${c.id}" is used twice`);
    } else {
      seen.add(c.id);
    }
    if (c.label === undefined) problems.push(`${at}.label is missing`);
    else problems.push(...textProblems(c.label, `${at}.label`).map((p) => p.message));
    problems.push(...easyReadProblems(c, at).map((p) => p.message));
    if (c.required !== undefined && typeof c.required !== 'boolean') {
      problems.push(`${at}.required must be true or false`);
    }
    if (c.description !== undefined) {
      problems.push(...textProblems(c.description, `${at}.description`).map((p) => p.message));
    }
    if (c.easyReadDescription !== undefined) {
      const where = `${at}.easyReadDescription`;
      if (c.description === undefined) problems.push(`${where} needs a description beside it`);
      else problems.push(...textProblems(c.easyReadDescription, where).map((p) => p.message));
    }
    if (problems.length === 0) {
      choices.push({
        id: c.id as string,
        label: c.label as LocalizedText,
        ...(c.required === true ? { required: true } : {}),
        ...(c.easyRead !== undefined ? { easyRead: c.easyRead as LocalizedText } : {}),
        ...(c.description !== undefined ? { description: c.description as LocalizedText } : {}),
        ...(c.easyReadDescription !== undefined
          ? { easyReadDescription: c.easyReadDescription as LocalizedText }
          : {}),
      });
    }
  });
  return problems.length > 0
    ? { ok: false, message: `${problems.join('; ')}.` }
    : { ok: true, value: choices };
}
