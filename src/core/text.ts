/**
 * A text in one or more languages: a plain string (the same in every language), or texts by
 * BCP 47 tag, e.g. `{ "en": "…", "es": "…" }`.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * Picks the text for a locale: the exact tag (`pt-BR`), then its language (`pt`), then English,
 * then the first text there is. A plain string is the same in every locale.
 */
export function resolveText(text: LocalizedText | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const lower = locale.toLowerCase();
  const language = lower.split('-')[0];
  const keys = Object.keys(text);
  const exact = keys.find((k) => k.toLowerCase() === lower);
  if (exact !== undefined) return text[exact];
  const byLanguage = keys.find((k) => k.toLowerCase().split('-')[0] === language);
  if (byLanguage !== undefined) return text[byLanguage];
  if (typeof text.en === 'string') return text.en;
  return keys.length > 0 ? text[keys[0]] : '';
}

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A BCP 47 tag in its common shapes (`en`, `pt-BR`, `zh-Hant-TW`); rejects `en US` and `__proto__`. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** A path and a key as a definition's author reads them: `title.en`, `title["en US"]`. */
export function fieldPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/** One thing wrong with a text in a definition, and where. */
export interface TextProblem {
  path: string;
  message: string;
}

/**
 * The one rule for a text in every definition (instruments, choices, agreements): a string that
 * is not blank, or an object of such strings keyed by language tags, with at least one.
 */
export function textProblems(value: unknown, path: string): TextProblem[] {
  const problem = (at: string, message: string) => [{ path: at, message: `${at} ${message}` }];
  if (typeof value === 'string')
    return value.trim() === '' ? problem(path, 'must not be blank') : [];
  if (!isRecord(value)) return problem(path, 'must be a text, or an object of texts by language');
  const languages = Object.keys(value);
  if (languages.length === 0) return problem(path, 'must have a text in at least one language');
  return languages.flatMap((language) => {
    const at = fieldPath(path, language);
    if (!LANGUAGE_TAG.test(language)) {
      return problem(at, 'is not a language tag such as "en" or "pt-BR"');
    }
    const text = value[language];
    if (typeof text !== 'string') return problem(at, 'must be a string');
    return text.trim() === '' ? problem(at, 'must not be blank') : [];
  });
}

/** A text by the rule of {@link textProblems}. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  return textProblems(value, 'text').length === 0;
}

/** Runs of white space as one space, none at the ends: text as a person reads it. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** @internal `Object.hasOwn`, which older portal browsers lack: a key of the object's own. */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** @internal The value an object holds under `key` itself; never one from its prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The start of a text, for naming a question in a list: whole words up to about `max`
 * characters, with "…" when it was cut.
 */
export function shortText(text: string, max = 40): string {
  const folded = foldSpace(text);
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : folded.slice(0, max)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The text a definition's part shows: in easy read its `easyRead` text when it has one in the
 * widget's language (any text in an instrument, a choice or a clause may carry one beside its
 * normal text), otherwise its normal text; picked for the locale as {@link resolveText} does.
 * An `easyRead` only in English never replaces the plain Spanish text.
 */
export function shownText(
  text: LocalizedText | undefined,
  easyRead: LocalizedText | undefined,
  locale: string,
  easy: boolean,
): string {
  return resolveText(easy && hasLanguage(easyRead, locale) ? easyRead : text, locale);
}

/** Whether a text has words for `locale`'s language (a plain string has them for every one). */
function hasLanguage(text: LocalizedText | undefined, locale: string): boolean {
  if (text === undefined) return false;
  if (typeof text === 'string') return true;
  const language = locale.toLowerCase().split('-')[0];
  return Object.keys(text).some((k) => k.toLowerCase().split('-')[0] === language);
}

/** The problems of an optional `easyRead` text beside a definition's text (the same rule). */
export function easyReadProblems(
  owner: Readonly<Record<string, unknown>>,
  path: string,
): TextProblem[] {
  return owner.easyRead === undefined
    ? []
    : textProblems(owner.easyRead, fieldPath(path, 'easyRead'));
}
