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

/** A non-empty string, or an object of non-empty strings by language with at least one. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return value.trim() !== '';
  if (!isRecord(value)) return false;
  const texts = Object.values(value);
  return texts.length > 0 && texts.every((t) => typeof t === 'string' && t.trim() !== '');
}

/** Runs of white space as one space, none at the ends: text as a person reads it. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** @internal `Object.hasOwn`, which older portal browsers lack: a key of the object's own. */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
