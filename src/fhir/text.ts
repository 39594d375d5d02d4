import type { LocalizedText } from '../instruments/types.js';
import type { Extension, PrimitiveExtensions } from './types.js';
import { EXT, findExt, findExts } from './urls.js';

/**
 * A text in FHIR: the string in the resource's language, plus the translation extension on its
 * primitive (`_text`, `_display`, …) for every other language.
 *
 * Written so that reading gives back exactly what was written: a plain string (one text for every
 * language) has no translations; a text by language lists every language it has, the resource's
 * own included, so that `{ "en": "…" }` and `"…"` stay apart.
 */
export interface FhirText {
  value: string;
  extensions?: PrimitiveExtensions;
}

function translation(lang: string, content: string): Extension {
  return {
    url: EXT.translation,
    extension: [
      { url: 'lang', valueCode: lang },
      { url: 'content', valueString: content },
    ],
  };
}

/** The language the resource is written in: English when any text has it, else the first seen. */
export function baseLanguage(texts: Iterable<LocalizedText | undefined>): string | undefined {
  let first: string | undefined;
  for (const text of texts) {
    if (text === undefined || typeof text === 'string') continue;
    const languages = Object.keys(text);
    if (languages.includes('en')) return 'en';
    first ??= languages[0];
  }
  return first;
}

/** A localized text as a FHIR string and its translations. */
export function writeText(text: LocalizedText, base: string | undefined): FhirText {
  if (typeof text === 'string') return { value: text };
  const languages = Object.keys(text);
  const value = base !== undefined && languages.includes(base) ? text[base] : text[languages[0]];
  return {
    value,
    extensions: { extension: languages.map((lang) => translation(lang, text[lang])) },
  };
}

/** The translations on a primitive, by language, in order. */
function translations(extensions: PrimitiveExtensions | undefined): [string, string][] {
  const found: [string, string][] = [];
  for (const ext of findExts(extensions?.extension, EXT.translation)) {
    const lang = findExt(ext.extension, 'lang')?.valueCode;
    const content = findExt(ext.extension, 'content')?.valueString;
    if (lang !== undefined && content !== undefined) found.push([lang, content]);
  }
  return found;
}

/**
 * A FHIR string and its translations as a localized text: a plain string when it has none. A
 * questionnaire written elsewhere may leave its own language out of the translations; the string
 * is then added in the resource's language (English when the resource names none), unless it is
 * the first translation's own words, as written for a text that has none in that language.
 */
export function readText(
  value: string | undefined,
  extensions: PrimitiveExtensions | undefined,
  base: string | undefined,
): LocalizedText | undefined {
  const found = translations(extensions);
  if (found.length === 0) return value;
  const lang = base ?? 'en';
  // fromEntries: a language tag is data, never a prototype.
  const listed = Object.fromEntries(found);
  if (value === undefined || found.some(([l]) => l === lang)) return listed;
  // A text with no version in the resource's language is written with its first translation as
  // the string (see writeText): that string is not a text in the resource's language.
  if (value === found[0][1]) return listed;
  return { [lang]: value, ...listed };
}

/** Joins texts paragraph by paragraph, language by language (display items into instructions). */
export function joinTexts(texts: readonly LocalizedText[]): LocalizedText | undefined {
  if (texts.length <= 1) return texts[0];
  if (texts.every((t) => typeof t === 'string')) return texts.join('\n\n');
  const languages = [
    ...new Set(texts.flatMap((t) => (typeof t === 'string' ? [] : Object.keys(t)))),
  ];
  return Object.fromEntries(
    languages.map((lang) => [
      lang,
      texts.map((t) => (typeof t === 'string' ? t : (t[lang] ?? Object.values(t)[0]))).join('\n\n'),
    ]),
  );
}
