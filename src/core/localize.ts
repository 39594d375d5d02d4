import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RapportContextValue } from './context.js';
import { formatDate, formatNumber } from './intl.js';

/**
 * Every built-in text of the library. A translation is a plain object, so a host can add a
 * language at run time with `registerTranslation()`, without a build step. Texts that carry
 * values are functions, which keeps word order in the translator's hands.
 */
export interface RapportTranslation {
  /** BCP 47 tag, e.g. `es` or `pt-BR`. */
  $code: string;
  /** The language's own name for itself. */
  $name: string;
  $dir: 'ltr' | 'rtl';

  send: string;
  saving: string;
  saved: string;
  notSaved: string;
  retry: string;
  /** The list of unanswered questions after pressing Send too early. */
  pleaseAnswer: (questions: string[]) => string;
  /** How a question is named in lists, by its position from 1. */
  questionNumber: (n: number) => string;
  /** Progress through a questionnaire. */
  answeredOf: (answered: number, total: number) => string;
  optional: string;
  notAnswered: string;
  /** A visual-analog line's spoken value. `nearer` is the closer anchor's words, or null in the middle. */
  lineValue: (value: string, max: string, nearer: string | null) => string;
  /** Said by a line with no mark yet; `low` and `high` are its anchors. */
  lineEmpty: (low: string, high: string) => string;
  exampleInstrument: string;
  licensedBy: (holder: string) => string;
  /** The link to an instrument's licence terms. */
  licenceTerms: string;
  unavailable: string;
  loading: string;
  scores: string;
  total: string;
  /** A score out of its maximum, e.g. in the read-only view. */
  scoreOf: (score: string, max: string) => string;
  flagged: string;
  notFlagged: string;
  /** The total score inside a sentence. */
  theTotal: string;
  /** The cutoff rule in words, e.g. "flagged when total is below 36". */
  cutoffRule: (score: string, below: string) => string;
  // <rapport-feedback-prompt>
  /** The button that opens a floating feedback prompt. */
  feedbackOpen: string;
  /** Closes a feedback prompt without answering. */
  feedbackNotNow: string;
  /** Closes a feedback prompt after sending. */
  feedbackClose: string;
  /** One choice of a star rating; `formatted` is `stars` in the language's digits. */
  feedbackStars: (stars: number, formatted: string) => string;
  /** The comment's visible length, e.g. "12 of 1,000 characters". */
  feedbackCharacters: (count: string, max: string) => string;
  /** Announced as a comment nears its limit; `formatted` is `left` in the language's digits. */
  feedbackCharactersLeft: (left: number, formatted: string) => string;
  /** Announced when a comment reaches its limit. */
  feedbackLimitReached: (max: string) => string;
  /** Named in `pleaseAnswer` when nothing at all has been answered yet. */
  feedbackAnyQuestion: string;

  // <rapport-consent-notice>
  /** The button that gives consent. */
  consentAgree: string;
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
  consentUnavailable: string;

  // <rapport-boundary-agreement>
  /** The box under each clause. */
  agreementAgree: string;
  /** Progress through the clauses, e.g. "5 of 8 agreed". */
  agreementAgreedOf: (agreed: number, total: number) => string;
  /** A clause's state in the signed record and in print. */
  agreementAgreed: string;
  agreementNotAgreed: string;
  /** Under a required clause still unticked after pressing Sign. */
  agreementTickToAgree: string;
  /** Under a clause question still unanswered after pressing Sign. */
  agreementChooseOne: string;
  /** After pressing Sign early: the titles of the clauses still to agree. */
  agreementAgreeBeforeSigning: (titles: string[]) => string;
  /** After pressing Sign early: the titles of the clauses whose question is unanswered. */
  agreementAnswerBeforeSigning: (titles: string[]) => string;
  /** After pressing Sign with no name typed. */
  agreementTypeName: string;
  /** After pressing Countersign with no name typed. */
  agreementTypeClinicianName: string;
  agreementSignatureHeading: string;
  /** The typed-name field: the signature itself. */
  agreementFullName: string;
  agreementFullNameHint: string;
  /** The optional drawing pad. */
  agreementDraw: string;
  agreementDrawHint: string;
  /** The drawing pad's spoken name; `drawn` is whether anything is drawn on it. */
  agreementDrawingArea: (drawn: boolean) => string;
  agreementClearDrawing: string;
  agreementDate: string;
  /** The button that signs. */
  agreementSign: string;
  agreementCountersignHeading: string;
  agreementClinicianName: string;
  /** The button that countersigns. */
  agreementCountersign: string;
  /** Said once the client's signature is saved and the clinician's step follows. */
  agreementReadyToCountersign: string;
  agreementSignedBy: (name: string, date: string) => string;
  agreementCountersignedBy: (name: string, date: string) => string;
  agreementNotSigned: string;
  /** The spoken name of a drawn signature in the record. */
  agreementDrawnBy: (name: string) => string;
  agreementUnavailable: string;
  /** Shown when the text now differs from the text that was signed. */
  agreementChanged: string;
  /** Stands in for a placeholder of a clinic's own text that has no value. */
  agreementAskService: string;
  /** Print only: the line to sign on paper. */
  agreementPaperSignature: string;
}

/** Texts a host replaces, by language: `{ en: { send: 'Submit' } }`. */
export type RapportTranslationOverrides = Readonly<Record<string, Partial<RapportTranslation>>>;

/**
 * Part of a language's texts: the library registers each element's texts with the element, so
 * a page that imports one element loads only that element's texts. A host adding a language
 * gives every text of the elements it uses; a text a language lacks falls back to English.
 */
export type RapportTranslationTable = Partial<RapportTranslation> & { $code: string };

const translations = new Map<string, Partial<RapportTranslation>>();
const controllers = new Set<LocalizeController>();
let fallbackCode: string | undefined;
let documentObserver: MutationObserver | undefined;

/**
 * Adds languages, or texts to a language, for every Rapport widget on the page; widgets already
 * shown update. Tables for the same language merge, later texts replacing earlier ones. The first
 * language registered (English, by the library itself) is the fallback for missing texts.
 */
export function registerTranslation(...added: RapportTranslationTable[]): void {
  for (const t of added) {
    const code = t.$code.toLowerCase();
    translations.set(code, { ...translations.get(code), ...t });
    fallbackCode ??= code;
  }
  for (const c of controllers) c.host.requestUpdate();
}

/** The languages registered so far, by tag. */
export function registeredLanguages(): string[] {
  return [...translations.values()].map((t) => t.$code as string);
}

/** Languages written right to left, for tags that have no registered translation. */
const rtlLanguages = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

function translationFor(lang: string): Partial<RapportTranslation> | undefined {
  const lower = lang.toLowerCase();
  return translations.get(lower) ?? translations.get(lower.split('-')[0]);
}

function directionOf(lang: string): 'ltr' | 'rtl' {
  const t = translationFor(lang);
  if (t?.$dir) return t.$dir;
  return rtlLanguages.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

/** The nearest ancestor's attribute, crossing shadow roots, as a portal may nest us in one. */
function inheritedAttribute(from: Element, name: 'lang' | 'dir'): string | undefined {
  let node: Node | null = from.parentNode;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(name);
      if (value) return value;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = null;
    }
  }
  return undefined;
}

/** A widget that can be localized: an element with an optional provider context. */
export type LocalizeHost = ReactiveControllerHost &
  HTMLElement & { readonly rapportContext?: RapportContextValue };

/**
 * Resolves language and direction for one widget, and looks up its texts.
 * Language: the element's `lang`, then the provider's `locale`, then the nearest ancestor's
 * `lang`, then English. Direction: the element's `dir`, then the provider's, then the
 * language's own when the element or provider chose it, then the nearest ancestor's `dir`.
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizeHost;
  #memo: { lang?: string; dir?: 'ltr' | 'rtl' } = {};

  constructor(host: LocalizeHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    if (!documentObserver && typeof MutationObserver !== 'undefined') {
      documentObserver = new MutationObserver(() => {
        for (const c of controllers) c.host.requestUpdate();
      });
      documentObserver.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang', 'dir'],
      });
    }
  }

  /**
   * Forgets the language and direction looked up for the last update. Called at the start of
   * every update of the host (before `willUpdate`); within an update the lookup, which walks up
   * the page, runs once and every text and number of that render reuses it.
   */
  refresh(): void {
    this.#memo = {};
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** The language chosen for this widget, as a BCP 47 tag. */
  lang(): string {
    return (this.#memo.lang ??= this.#lookUpLang());
  }

  #lookUpLang(): string {
    return (
      this.host.lang ||
      this.host.rapportContext?.locale ||
      inheritedAttribute(this.host, 'lang') ||
      'en'
    );
  }

  dir(): 'ltr' | 'rtl' {
    return (this.#memo.dir ??= this.#lookUpDir());
  }

  #lookUpDir(): 'ltr' | 'rtl' {
    const own = this.host.dir || this.host.rapportContext?.dir;
    if (own === 'rtl' || own === 'ltr') return own;
    const lang = this.lang();
    if (this.host.lang || this.host.rapportContext?.locale) return directionOf(lang);
    const inherited = inheritedAttribute(this.host, 'dir');
    return inherited === 'rtl' || inherited === 'ltr' ? inherited : directionOf(lang);
  }

  /** A built-in text in this widget's language, after the provider's overrides. */
  term<K extends Exclude<keyof RapportTranslation, '$code' | '$name' | '$dir'>>(
    key: K,
    ...args: RapportTranslation[K] extends (...a: infer A) => string ? A : []
  ): string {
    const lang = this.lang();
    const overrides = this.host.rapportContext?.texts;
    const lower = lang.toLowerCase();
    const candidates = [
      overrides?.[lang]?.[key],
      overrides?.[lower.split('-')[0]]?.[key],
      translationFor(lang)?.[key],
      fallbackCode === undefined ? undefined : translations.get(fallbackCode)?.[key],
    ];
    const found = candidates.find((c) => c !== undefined);
    if (found === undefined) return String(key);
    if (typeof found === 'function') {
      return (found as (...a: unknown[]) => string)(...args);
    }
    return String(found);
  }

  /** A number in this widget's language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.lang(), value, options);
  }

  /** A date in this widget's language. */
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.lang(), typeof value === 'string' ? new Date(value) : value, options);
  }
}
