/**
 * The shape of the built-in default notice, one module per language. Plain data only (strings
 * and arrays), so a language's module can later be split out of the main bundle.
 */

/** One paragraph, or a bulleted list of short points. */
export type NoticeBlock = string | readonly string[];

/** A section of the notice: its heading and its text, in reading order. */
export interface NoticeSection {
  heading: string;
  blocks: readonly NoticeBlock[];
}

/** The ids of the built-in sections, in the order they are shown; each is also a slot name. */
export type NoticeSectionId = 'confidential' | 'limits' | 'records' | 'rights';

/** The default notice in one language. */
export interface NoticeContent {
  /** BCP 47 tag of the language the content is written in. */
  code: string;
  /** The notice's title. */
  title: string;
  /** A short opening paragraph. */
  intro: string;
  sections: Readonly<Record<NoticeSectionId, NoticeSection>>;
  /**
   * The acknowledgement every person must give before agreeing: that they understand what
   * stays confidential and its limits. It cannot be removed.
   */
  limitsAcknowledgement: string;
}
