import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RapportContextValue } from './context.js';
import { formatDate, formatNumber } from './intl.js';
import { loadEasyParts } from './easy-read.js';

/**
 * Every built-in text of the library. A translation is a plain object, so a host can add a
 * language at run time with `registerTranslation()`, without a build step. Texts that carry
 * values are functions, which keeps word order in the translator's hands.
 */
export interface RapportCoreTranslation {
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
  /** Said when answers kept from before (a reload, a crash) were brought back. */
  draftRestored: string;
  /** Hides that note. */
  draftDismiss: string;
  /** The list of unanswered questions after pressing Send too early. */
  pleaseAnswer: (questions: string[]) => string;
  /**
   * How a question is named in lists: by its position from 1, and by the start of its text
   * (already shortened) where there is one, since the number alone is not read out.
   */
  questionNumber: (n: number, text?: string) => string;
  /** Beside a Send that is not ready yet: what is still to answer (labels from the list). */
  stillToAnswer: (questions: string[]) => string;
  /** The status after pressing Send too early, when many questions are unanswered. */
  pleaseAnswerMany: (count: number, first: string) => string;
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
  /** The cutoff flag is unknown: the score it needs is missing answers. */
  cutoffUnknown: string;
  /** The total score inside a sentence. */
  theTotal: string;
  /** The cutoff rule in words, e.g. "flagged when total is below 36". */
  cutoffRule: (score: string, below: string) => string;
  /** A total's change since an earlier response, e.g. "down 4.5 since 28 April". */
  changeSince: (change: number, amount: string, date: string) => string;
  /** Easy read: the button that reads the widget aloud, and its controls while reading. */
  readAloud: string;
  readAloudPause: string;
  readAloudResume: string;
  readAloudStop: string;
}

/**
 * Every built-in text: the core's, and each element's own, which the element merges in from its
 * `locales/` folder (declaration merging), so a page that imports one element loads its texts only.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RapportTranslation extends RapportCoreTranslation {}

/** Texts a host replaces, by language: `{ en: { send: 'Submit' } }`. */
export type RapportTranslationOverrides = Readonly<Record<string, Partial<RapportTranslation>>>;

/**
 * Part of a language's texts: the library registers each element's texts with the element, so
 * a page that imports one element loads only that element's texts. A host adding a language
 * gives every text of the elements it uses; a text a language lacks falls back to English.
 */
export type RapportTranslationTable = Partial<RapportTranslation> & { $code: string };

/**
 * The private-use subtag of easy-read tables: the easy-read English texts are registered as
 * `en-x-easy`, and loaded with the loader entry of that name. A text an easy-read table lacks is
 * the plain text of the same language.
 */
export const EASY = '-x-easy';

/** Texts a host registered, by lower-case tag: they win over the library's own. */
const translations = new Map<string, Partial<RapportTranslation>>();
/** The library's own texts, by lower-case tag (English built in, others loaded on demand). */
const builtIn = new Map<string, Partial<RapportTranslation>>();
const controllers = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;

function updateAll(): void {
  for (const c of controllers) c.host.requestUpdate();
}

/**
 * Adds languages, or texts to a language, for every Rapport widget on the page; widgets already
 * shown update. Tables for the same language merge, later texts replacing earlier ones, and a
 * host's texts always win over the library's own. A text missing from a language falls back to
 * English.
 */
export function registerTranslation(...added: RapportTranslationTable[]): void {
  for (const t of added) {
    const code = t.$code.toLowerCase();
    translations.set(code, { ...translations.get(code), ...t });
  }
  updateAll();
}

/**
 * How the library's own language modules register themselves: like `registerTranslation()`,
 * but a host's texts for the same language keep winning, whenever the module arrives.
 */
export function registerBuiltInTranslation(...added: RapportTranslationTable[]): void {
  for (const t of added) {
    const code = t.$code.toLowerCase();
    builtIn.set(code, { ...builtIn.get(code), ...t });
  }
  updateAll();
}

/** The languages registered so far, by tag. */
export function registeredLanguages(): string[] {
  const codes = new Map<string, string>();
  for (const table of [builtIn, translations]) {
    for (const [key, t] of table) if (!key.endsWith(EASY)) codes.set(key, t.$code as string);
  }
  return [...codes.values()];
}

/**
 * Loads one language of one part of the library (an element's texts and built-in content):
 * returns the module's promise for a language it has, or undefined for one it does not.
 */
export type LanguageLoader = (language: string) => Promise<unknown> | undefined;

const loaders = new Map<string, LanguageLoader>();
/** One load per part and language: resolves true when loaded, false when it failed. */
const loads = new Map<string, Promise<boolean>>();

/**
 * Says how the texts of `scope` (an element, e.g. `alliance-scale`) in a language other than
 * English are loaded: a function of the language, or a table of loaders by language. The element's widgets wait for their language before they first render.
 */
export function registerLanguageLoader(
  scope: string,
  loader: LanguageLoader | Readonly<Record<string, () => Promise<unknown>>>,
): void {
  // A table by language (`{ es: () => import('./es.js') }`): each import stays a literal, so a
  // bundler makes one file per language.
  loaders.set(
    scope,
    typeof loader === 'function'
      ? loader
      : (language) => (Object.hasOwn(loader, language) ? loader[language]() : undefined),
  );
}

/**
 * Starts loading the library's own texts of `scopes` in `lang` (by its language, `es` for
 * `es-MX`), and with `easy` its easy-read texts as well. Undefined when nothing needs loading
 * (plain English, a language the library does not have, or one already loaded); otherwise a
 * promise of the scopes that could not be loaded.
 */
export function loadLanguage(
  lang: string,
  scopes: readonly string[],
  easy = false,
): Promise<string[]> | undefined {
  const language = lang.toLowerCase().split('-')[0];
  const keys = [
    language === 'en' || language === '' ? '' : language,
    easy ? `${language || 'en'}${EASY}` : '',
  ];
  const pending: Array<Promise<[string, boolean]>> = [];
  for (const scope of scopes) {
    for (const table of keys) {
      if (!table) continue;
      const key = `${scope}|${table}`;
      let load = loads.get(key);
      if (!load) {
        const started = loaders.get(scope)?.(table);
        if (!started) continue;
        load = started.then(
          () => true,
          () => {
            // Another widget may ask again later (the connection may be back).
            loads.delete(key);
            return false;
          },
        );
        loads.set(key, load);
      }
      pending.push(load.then((ok) => [scope, ok]));
    }
  }
  if (pending.length === 0) return undefined;
  return Promise.all(pending).then((done) => [
    ...new Set(done.filter(([, ok]) => !ok).map(([s]) => s)),
  ]);
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
  const language = lower.split('-')[0];
  return (
    translations.get(lower) ??
    builtIn.get(lower) ??
    translations.get(language) ??
    builtIn.get(language)
  );
}

/** A text of `lang` (exact tag, then language; the host's, then the library's). */
function textFor(lang: string, key: string, exact = false): unknown {
  const lower = lang.toLowerCase();
  const language = lower.split('-')[0];
  for (const code of lower === language || exact ? [lower] : [lower, language]) {
    for (const table of [translations, builtIn]) {
      const found = (table.get(code) as Record<string, unknown> | undefined)?.[key];
      if (found !== undefined) return found;
    }
  }
  return undefined;
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
  HTMLElement & { readonly rapportContext?: RapportContextValue; readonly easyRead?: boolean };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Resolves language and direction for one widget, and looks up its texts.
 * Language: the element's `lang`, then the provider's `locale`, then the nearest ancestor's
 * `lang`, then English. Direction: the element's `dir`, then the provider's, then the
 * language's own when the element or provider chose it, then the nearest ancestor's `dir`.
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizeHost;
  #memo: { lang?: string; dir?: 'ltr' | 'rtl' } = {};
  readonly #scopes: readonly string[];
  /** The language (and easy-read) whose texts this widget has (or gave up waiting for). */
  #readyFor = 'en';

  /**
   * @param scopes the parts of the library whose texts the widget shows (its element's name);
   *   texts in another language than English are loaded before the widget renders in it.
   * @param onLoadFailed told when a language's texts could not be loaded; the widget shows English.
   */
  constructor(
    host: LocalizeHost,
    scopes: readonly string[] = [],
    private readonly onLoadFailed?: (lang: string, scopes: string[]) => void,
  ) {
    this.host = host;
    this.#scopes = scopes;
    host.addController(this);
  }

  /**
   * Undefined when this widget's texts in its language are here; otherwise a promise that
   * settles once they are loaded, or failed to load (then the widget shows English). A widget
   * waits for it before it renders, so a person never sees one language and then another.
   */
  whenReady(): Promise<void> | undefined {
    const lang = this.lang();
    const easy = this.easyRead();
    const wanted = easy ? lang + EASY : lang;
    if (wanted === this.#readyFor) return undefined;
    const loading = loadLanguage(lang, this.#scopes, easy);
    const pictures = easy ? loadEasyParts() : undefined;
    if (!loading && !pictures) {
      this.#readyFor = wanted;
      return undefined;
    }
    return Promise.all([loading, pictures]).then(([failed]) => {
      this.#readyFor = wanted;
      if (failed && failed.length > 0) this.onLoadFailed?.(lang, failed);
    });
  }

  /**
   * Whether this widget shows its easy-read texts and look: its own `easy-read`, or its
   * provider's.
   */
  easyRead(): boolean {
    return Boolean(this.host.easyRead || this.host.rapportContext?.easyRead);
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
   * Forgets the language and direction looked up so far. The host calls it whenever an update
   * is requested; within an update the lookup, which walks up the page, runs once and every
   * text and number of that render reuses it.
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
    const found: unknown = this.content(key);
    if (found === undefined) return String(key);
    if (typeof found === 'function') {
      return (found as (...a: unknown[]) => string)(...args);
    }
    return String(found);
  }

  /**
   * An entry of this widget's translation table as it is (an element's built-in content, not
   * only a text), after the provider's overrides, falling back to English.
   */
  content<K extends keyof RapportTranslation>(key: K): RapportTranslation[K] | undefined {
    const lang = this.lang();
    const overrides = this.host.rapportContext?.texts;
    const lower = lang.toLowerCase();
    const language = lower.split('-')[0];
    // Easy read: the easy-read text of this language, else its plain text (never English first).
    const easy = this.easyRead()
      ? [
          overrides?.[lang + EASY]?.[key],
          overrides?.[language + EASY]?.[key],
          textFor(language + EASY, key, true),
        ]
      : [];
    return [
      ...easy,
      overrides?.[lang]?.[key],
      overrides?.[language]?.[key],
      textFor(lang, key),
      textFor('en', key),
    ].find((c) => c !== undefined) as RapportTranslation[K] | undefined;
  }

  /** A number in this widget's language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.lang(), value, options);
  }

  /** A date in this widget's language. */
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
    if (typeof value === 'string' && DATE_ONLY.test(value)) {
      // A date-only string (`2026-03-03`) is a calendar day: JavaScript reads it as midnight
      // UTC, so it is shown in UTC too, the same day in every time zone.
      return formatDate(this.lang(), new Date(value), { ...options, timeZone: 'UTC' });
    }
    return formatDate(this.lang(), typeof value === 'string' ? new Date(value) : value, options);
  }
}
