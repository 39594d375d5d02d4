import { registerLanguageLoader, registerTranslation } from '../../core/localize.js';
import en from './en.js';

/** One paragraph, or a bulleted list of short points. */
export type NoticeBlock = string | readonly string[];

/** A section of the notice: its heading and its text, in reading order. */
export interface NoticeSection {
  heading: string;
  blocks: readonly NoticeBlock[];
}

/** The ids of the built-in sections, in the order they are shown; each is also a slot name. */
export type NoticeSectionId = 'confidential' | 'limits' | 'records' | 'rights';

/** The built-in notice in one language: plain data (strings and arrays). */
export interface NoticeContent {
  title: string;
  /** A short opening paragraph. */
  intro: string;
  /**
   * What a banner shows first, before the whole notice: what stays private and when it may
   * have to be shared, in two or three sentences. Without it, the opening paragraph.
   */
  summary?: string;
  sections: Readonly<Record<NoticeSectionId, NoticeSection>>;
  /**
   * The acknowledgement every person must give before agreeing: that they understand what
   * stays confidential and its limits. It cannot be removed.
   */
  limitsAcknowledgement: string;
}

/** The built-in texts of <rapport-consent-notice>. */
export interface ConsentTerms {
  /** The button that gives consent. */
  consentAgree: string;
  /** A banner's way from the summary to the whole notice (and the optional choices, if any). */
  consentReadFull: (choices: boolean) => string;
  /** The button that refuses consent: as easy to find and to press as agreeing. */
  consentDecline: string;
  /** The group of acknowledgements that must be ticked to agree. */
  consentConfirm: string;
  /** Marks an acknowledgement that must be ticked to agree. */
  consentNeeded: string;
  /** The group of optional choices. */
  consentChoices: string;
  /** Under the heading of the optional choices. */
  consentChoicesHint: string;
  /** A box named in a sentence by its label, e.g. in quotation marks. */
  consentBox: (label: string) => string;
  /** Said after pressing agree with required boxes unticked; `boxes` come from `consentBox`. */
  consentTickToAgree: (boxes: string[]) => string;
  /** Under a required box still unticked after pressing agree. */
  consentNotTicked: string;
  /** The short state shown to someone who agreed to this version; `date` may be null. */
  consentAgreedOn: (date: string | null) => string;
  /** Opens the notice again, to change choices or withdraw. */
  consentReview: string;
  /** Agrees again, with changed choices, while reviewing. */
  consentSaveChoices: string;
  consentWithdraw: string;
  /** The question that confirms withdrawal. */
  consentWithdrawQuestion: string;
  /** What withdrawing does, said before confirming. */
  consentWithdrawExplain: string;
  consentWithdrawYes: string;
  consentWithdrawNo: string;
  consentBack: string;
  /** Shown after the person declined. */
  consentDeclined: string;
  /** Shown after the person withdrew. */
  consentWithdrawn: string;
  /** Starts again after declining or withdrawing. */
  consentReadAgain: string;
  /** A new version asks again; `date` is when the old one was agreed, or null. */
  consentChanged: (date: string | null) => string;
  /** Heading of the host's summary of what changed. */
  consentWhatChanged: string;
  /** The notice's version, shown at its end. */
  consentVersion: (version: string) => string;
  /** The collapsed banner's button. */
  consentPrivacyChoices: string;
  /** Collapses the banner without deciding. */
  consentNotNow: string;
  consentClose: string;
  /** After a failed save: the decision was not saved, and the choices are all still here. */
  consentNotSaved: string;
  consentUnavailable: string;
  /** The built-in notice shown when the host gives no text of its own. */
  consentNotice: NoticeContent;
}

declare module '../../core/localize.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RapportTranslation extends ConsentTerms {}
}

// English comes with the element; the other languages, and easy-read English, are loaded when a
// widget needs them.
registerLanguageLoader('consent-notice', {
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  'en-x-easy': () => import('./easy-en.js'),
});

/**
 * Adds the built-in notice in a language (`code`).
 * @deprecated Use `registerTranslation({ $code, consentNotice: { title, intro, sections, limitsAcknowledgement } })`.
 */
export function registerNoticeContent(...added: Array<NoticeContent & { code: string }>): void {
  registerTranslation(
    ...added.map(({ code, title, intro, sections, limitsAcknowledgement }) => ({
      $code: code,
      consentNotice: { title, intro, sections, limitsAcknowledgement },
    })),
  );
}

export { en };
