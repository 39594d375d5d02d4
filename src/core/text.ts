import type { LocalizedText } from '../instruments/types.js';

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
