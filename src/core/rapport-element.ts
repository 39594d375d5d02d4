import { LitElement, defaultConverter } from 'lit';
import type { CSSResultGroup, PropertyDeclaration, PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { rapportContext, type RapportContextValue } from './context.js';
import { LocalizeController } from './localize.js';
import { RapportErrorEvent, type RapportErrorDetail } from './events.js';
import type { RapportSubject } from './result.js';
import tokens from './tokens.styles.js';
import { defineElement } from './define.js';
import { describeKind } from './kind.js';
import './locales/index.js';
import { readAloudButton, stopReading } from './easy-read.js';

/**
 * Resolves once the scripts the page's HTML loads have run (after `DOMContentLoaded`), and
 * then one task later, so that whatever those scripts set up in their own task is in place.
 */
function afterPageScripts(): Promise<void> {
  return new Promise((resolve) => {
    const later = (): void => void setTimeout(resolve);
    const nav = performance.getEntriesByType?.('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const loaded =
      document.readyState === 'complete' ||
      (document.readyState === 'interactive' && (nav?.domContentLoadedEventStart ?? 0) > 0);
    if (loaded) return later();
    let done = false;
    const once = (): void => {
      if (done) return;
      done = true;
      later();
    };
    document.addEventListener('DOMContentLoaded', once, { once: true });
    // Without navigation timing `interactive` may be after DOMContentLoaded: load comes last.
    window.addEventListener('load', once, { once: true });
  });
}

/**
 * What every Rapport element shares: registration that tolerates a second copy of the library,
 * the provider's context, language and direction, subject ids, theme, and error reporting.
 */
export class RapportElement extends LitElement {
  static override styles: CSSResultGroup = [tokens];

  /** Registers the element under `tag`; a tag already taken gives one warning, not an error. */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  /** The enclosing `<rapport-provider>`'s settings, if any. */
  @consume({ context: rapportContext, subscribe: true })
  @property({ attribute: false })
  rapportContext?: RapportContextValue;

  /** The language of the widget's own text; by default the provider's or the page's. */
  @property() override lang = '';

  /** Text direction; by default follows the language or the page. */
  @property() override dir = '';

  /**
   * Easy read: the built-in texts in their easy-read version (short sentences, everyday words),
   * larger type and spacing, a picture beside each key point, and "Read this to me" where the
   * device has a voice of its own. A `<rapport-provider easy-read>` turns it on for every widget
   * inside. A language without easy-read texts keeps its plain texts, with the look.
   */
  @property({ type: Boolean, attribute: 'easy-read' }) easyRead = false;

  /** Forces a colour scheme; by default the widget follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The client's id, copied into every result (overrides the provider's). */
  @property({ attribute: 'client-id' }) clientId = '';
  /** The session's id, copied into every result. */
  @property({ attribute: 'session-id' }) sessionId = '';
  /** The clinician's id, copied into every result. */
  @property({ attribute: 'clinician-id' }) clinicianId = '';
  /** The encounter's id (e.g. an EHR visit), copied into every result. */
  @property({ attribute: 'encounter-id' }) encounterId = '';

  /**
   * The part of the library whose texts this element shows (its folder's name, e.g.
   * `alliance-scale`), so that its texts in a language other than English load on demand.
   */
  static localeScope = '';

  protected readonly localize = new LocalizeController(
    this,
    ['core', (this.constructor as typeof RapportElement).localeScope].filter((s) => s !== ''),
    (lang) =>
      this.reportError({
        code: 'language-unavailable',
        message: `the texts for lang="${lang}" could not be loaded; showing English.`,
      }),
  );

  /**
   * In easy read, "Read this to me" (with Pause / Go on / Stop while reading), where the device
   * has a voice of its own for the widget's language; otherwise nothing. Placed under the title.
   */
  protected renderReadAloud(): unknown {
    return readAloudButton(this, this.localize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopReading(this);
  }

  /** The ids a result carries: the element's own attributes first, then the provider's. */
  protected subject(): RapportSubject {
    const fromContext = this.rapportContext?.subject ?? {};
    const pick = (own: string, inherited: string | undefined) => own || inherited || undefined;
    const subject: RapportSubject = {
      clientId: pick(this.clientId, fromContext.clientId),
      sessionId: pick(this.sessionId, fromContext.sessionId),
      clinicianId: pick(this.clinicianId, fromContext.clinicianId),
      encounterId: pick(this.encounterId, fromContext.encounterId),
    };
    // Plain JSON: no keys whose value is undefined.
    return Object.fromEntries(
      Object.entries(subject).filter(([, v]) => v !== undefined),
    ) as RapportSubject;
  }

  /**
   * Reports something the widget cannot use, as a `rapport-error` event and a console warning
   * for the developer. Messages name fields, never a person's answers.
   */
  protected reportError(detail: RapportErrorDetail): void {
    const report = (): void => {
      console.warn(`<${this.localName}>: ${detail.message}`);
      this.dispatchEvent(new RapportErrorEvent(detail));
    };
    if (this.hasUpdated) return report();
    // Found while the element first upgrades, perhaps as the page's own scripts run: report
    // once they have all run, so a listener a later script adds hears it. `updateComplete`
    // waits for it.
    this.waitFor(afterPageScripts().then(report));
  }

  #reported = new Set<string>();
  #pendingWork = new Set<Promise<unknown>>();

  /**
   * Makes `updateComplete` wait for `work` too (a definition or language being fetched): a host
   * that awaits `updateComplete` then finds the widget shown with what it was loading.
   */
  waitFor(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.#pendingWork.add(settled);
    void settled.then(() => this.#pendingWork.delete(settled));
  }

  protected override getUpdateComplete(): Promise<boolean> {
    // Only an element whose definitions may be fetched, or that may still have a report to make
    // from its first update, waits for them; the others keep Lit's own promise, with its timing.
    const mayReport = !this.hasUpdated || this.#pendingWork.size > 0;
    if (!this.#fetches && !mayReport) return super.getUpdateComplete();
    return (async () => {
      let result = await super.getUpdateComplete();
      while (this.#pendingWork.size > 0) {
        await Promise.all(this.#pendingWork);
        result = await super.getUpdateComplete();
      }
      return result;
    })();
  }

  #fetches = false;

  /**
   * Says that this element's definitions may be fetched (an example instrument by id, a FHIR
   * Questionnaire's converter, the validator): from then on `updateComplete` also waits for
   * whatever is being fetched.
   */
  mayFetch(): void {
    this.#fetches = true;
  }

  /**
   * Reports a problem once: the same `key` again (the same bad definition on every update, the
   * same bad attribute value) stays quiet until `forgetReported()`.
   */
  reportOnce(key: string, detail: RapportErrorDetail): void {
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    this.reportError(detail);
  }

  /** Lets every problem be reported again (e.g. after the host gave a new definition). */
  protected forgetReported(): void {
    this.#reported.clear();
  }

  /**
   * Keeps an enumerated property to its allowed values: anything else (a typo in an attribute,
   * `null` from a framework) gives one `rapport-error` naming the attribute and falls back.
   * Call from `willUpdate` for each such property that changed.
   */
  protected checkEnum<K extends keyof this & string>(
    changed: PropertyValues<this>,
    property: K,
    attribute: string,
    allowed: readonly this[K][],
    fallback: this[K],
  ): void {
    if (!(changed as Map<PropertyKey, unknown>).has(property)) return;
    const value = this[property];
    if (allowed.includes(value)) return;
    this.reportOnce(`enum:${attribute}:${String(value)}`, {
      code: 'invalid-attribute',
      message: `${attribute}="${String(value)}" is not one of ${allowed.join(', ')}; using ${String(fallback)}.`,
    });
    this[property] = fallback;
  }

  /**
   * Any change (a property, the provider, the page's `lang`) may change language or direction,
   * and every update is scheduled through here: the looked-up language is forgotten.
   */
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    // Called from LitElement's constructor too, before `localize` exists.
    this.localize?.refresh();
    const [name, oldValue, options] = args;
    if (name !== undefined && !this.#keepKind(name, oldValue, options)) return;
    super.requestUpdate(...args);
  }

  /**
   * A text, number or true/false property given something no markup can give (a symbol, a
   * BigInt, an object, a function) keeps its previous value, with one `rapport-error`
   * naming the attribute. Returns false when it was put back.
   */
  #keepKind(name: PropertyKey, oldValue: unknown, options?: PropertyDeclaration): boolean {
    const declared = options ?? (this.constructor as typeof LitElement).getPropertyOptions(name);
    const own = declared.converter !== undefined && declared.converter !== defaultConverter;
    if (declared.attribute === false || own) return true;
    if (declared.state) return true;
    const wanted =
      declared.type === Boolean ? 'boolean' : declared.type === Number ? 'number' : 'string';
    const value: unknown = (this as Record<PropertyKey, unknown>)[name];
    if (value === null || value === undefined || typeof value === wanted) return true;
    if (['string', 'number', 'boolean'].includes(typeof value)) {
      // Another plain value is taken as markup would give it: a framework may pass "500" for
      // maxlength="500". A true/false property keeps Lit's reading of any such value.
      if (wanted === 'boolean') return true;
      (this as Record<PropertyKey, unknown>)[name] =
        wanted === 'number' ? Number(value) : String(value);
      return false;
    }
    const attribute =
      typeof declared.attribute === 'string' ? declared.attribute : String(name).toLowerCase();
    const kept =
      typeof oldValue === wanted ? oldValue : { string: '', number: null, boolean: false }[wanted];
    this.reportOnce(`kind:${attribute}:${describeKind(value)}`, {
      code: 'invalid-attribute',
      message: `${attribute} must be a ${wanted}, not ${describeKind(value)}; keeping ${JSON.stringify(kept)}.`,
    });
    (this as Record<PropertyKey, unknown>)[name] = kept;
    return false;
  }

  /**
   * Every update waits for the widget's language: a widget never renders in English and then
   * switches once its language arrives.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.localize.whenReady();
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.checkEnum(changed, 'theme', 'theme', ['auto', 'light', 'dark'], 'auto');
    // The easy-read look follows the provider too, so it is keyed on what the widget shows.
    const easy = this.localize.easyRead();
    this.toggleAttribute('data-easy-read', easy);
    if (!easy) stopReading(this);
  }
}
