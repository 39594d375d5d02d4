/**
 * The built-in default notice by language. English, Spanish, French and Arabic ship with the
 * library; a host adds another language with `registerNoticeContent()`, as it adds the
 * interface texts with `registerTranslation()`.
 */
import { foldSpace } from '../../core/text.js';
import type { NoticeContent, NoticeSectionId } from './types.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import ar from './ar.js';

export type { NoticeBlock, NoticeContent, NoticeSection, NoticeSectionId } from './types.js';

/** The id and version results carry while the built-in notice is shown unchanged. */
export const DEFAULT_NOTICE = { id: 'rapport-confidentiality', version: '1.0.0' } as const;

/** The built-in sections in the order they are shown. Each id is also a slot name. */
export const SECTION_IDS: readonly NoticeSectionId[] = [
  'confidential',
  'limits',
  'records',
  'rights',
];

const contents = new Map<string, NoticeContent>();

/**
 * Adds or replaces the default notice for a language (`content.code`), e.g. German, for every
 * `<rapport-consent-notice>` that shows the built-in text. Elements already on the page show it
 * when they next render.
 */
export function registerNoticeContent(...added: NoticeContent[]): void {
  for (const c of added) contents.set(c.code.toLowerCase(), c);
}

registerNoticeContent(en, es, fr, ar);

/** The notice for a language: the exact tag, then its base language, then English. */
export function noticeContent(lang: string): NoticeContent {
  const lower = lang.toLowerCase();
  return contents.get(lower) ?? contents.get(lower.split('-')[0]) ?? en;
}

/** A section's body (without its heading) in reading order, white space folded, for hashing. */
export function sectionBody(content: NoticeContent, id: NoticeSectionId): string {
  return foldSpace(content.sections[id].blocks.flat().join(' '));
}
