import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LightDomController, readJsonChild } from './json-child.js';
import type { RapportErrorCode, RapportErrorDetail } from './events.js';
import { describeKind, thrownReason } from './kind.js';

/** A definition checked: the usable definition, or every problem in words that name the field. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Where a widget stands with its definition. */
export type DefinitionStatus = 'none' | 'loading' | 'ready' | 'invalid';

export interface DefinitionOptions<T> {
  /** The property that names it in messages, e.g. `instrument`. */
  property: string;
  /** The property's value: an object, an id, or nothing (then a child script is read). */
  given(): unknown;
  /**
   * The definition registered under an id (the provider's first, then the library's): the
   * definition, a promise of it (loaded on demand), or undefined when there is none.
   */
  lookUp(id: string): unknown;
  /**
   * Turns a given object into the candidate to check (e.g. a FHIR Questionnaire into an
   * instrument): the candidate, or a promise that settles when it can be asked for again.
   */
  prepare?(raw: object): unknown;
  /**
   * What `check` needs that is loaded on demand (a validator): undefined once it is here, or a
   * promise that settles when it is. A definition waits for it before it is checked.
   */
  ready?(candidate: unknown): Promise<unknown> | undefined;
  /** Validates a candidate; called once per definition (an object, or a script's text). */
  check(raw: unknown): Checked<T>;
  /** Without a given value or a child script, the widget shows this one (e.g. built-in content). */
  fallback?: () => T | undefined;
  /** Told whenever the definition in use changes (to re-apply answers, clear caches). */
  changed?(definition: T | undefined, previous: T | undefined): void;
  /** Applies a `value` the host set before the definition was there. */
  applyValue?(definition: T, value: unknown): void;
  /**
   * True when `lookUp`, `prepare` or `ready` may fetch something: the host's `updateComplete`
   * then waits for it.
   */
  fetches?: boolean;
  /** Error codes for an unknown id and an invalid definition. */
  codes?: { unknownId?: RapportErrorCode; invalid?: RapportErrorCode };
}

export interface DefinitionHost extends ReactiveControllerHost, HTMLElement {
  /** Reports a problem once per key (see RapportElement.reportOnce). */
  reportOnce(key: string, detail: RapportErrorDetail): void;
  /**
   * How long (ms) to wait for a definition when none is given before saying it is missing;
   * default {@link DEFAULT_MISSING_AFTER}.
   */
  readonly missingAfter?: number;
  /** Makes `updateComplete` wait for a definition being fetched (see RapportElement.waitFor). */
  waitFor(work: Promise<unknown>): void;
  /** Says that definitions may be fetched, so `updateComplete` waits for them. */
  mayFetch(): void;
}

const NOTHING = Symbol('nothing');

/** How long a widget waits for a definition that nothing gives before it says it is missing. */
export const DEFAULT_MISSING_AFTER = 5000;

/**
 * A widget's definition, from wherever the page gives it: the property (an object or a
 * registered id, which may load on demand), or a child `<script type="application/json">`.
 * Each definition is checked once; a problem is reported once; a `value` set before the
 * definition is there is held and applied when it arrives.
 */
export class DefinitionController<T> implements ReactiveController {
  #status: DefinitionStatus = 'none';
  #definition: T | undefined;
  /** What the definition in use came from: the object, an id's definition, or a script's text. */
  #key: unknown = NOTHING;
  #pending: { value: unknown } | undefined;
  #checked = new WeakMap<object, Checked<T>>();
  #waitingFor: unknown;
  /** Counts down while no definition is given; when it ends, the definition is missing. */
  #missingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The wait ended with nothing given: stay "invalid" until a definition comes. */
  #gaveUp = false;
  /** Values that could not be read so far: each is reported. */
  #unreadable = 0;

  constructor(
    private readonly host: DefinitionHost,
    private readonly options: DefinitionOptions<T>,
  ) {
    host.addController(this);
    if (options.fetches) host.mayFetch();
    new LightDomController(host, () => {
      if (this.#usesChildScript()) this.host.requestUpdate();
    });
  }

  /** `ready` with a usable definition, `loading` while one is fetched, `invalid`, or `none`. */
  get status(): DefinitionStatus {
    return this.#status;
  }

  /** The checked definition in use, or undefined. */
  get definition(): T | undefined {
    return this.#definition;
  }

  /**
   * Applies `value` now if the definition is there, or holds it until it is (a framework may
   * set `value` before `instrument`). Returns true when it was applied now.
   */
  holdValue(value: unknown): boolean {
    if (this.#status === 'ready' && this.#definition !== undefined) {
      this.#applyValue(this.#definition, value);
      return true;
    }
    this.#pending = { value };
    return false;
  }

  /** Applies a `value`; one that throws when read is reported, never thrown into the page. */
  #applyValue(definition: T, value: unknown): void {
    try {
      this.options.applyValue?.(definition, value);
    } catch (error) {
      this.host.reportOnce(`value:${++this.#unreadable}`, unreadableValue(error));
    }
  }

  /** The value held for a definition still to come, if any. */
  get heldValue(): unknown {
    return this.#pending?.value;
  }

  hostUpdate(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    this.#stopWaiting();
  }

  #usesChildScript(): boolean {
    const given = this.options.given();
    return given === undefined || given === null || given === '';
  }

  /** Looks at where the definition comes from again; cheap when nothing changed. */
  refresh(): void {
    // Anything given (even something unusable) ends "missing"; only nothing again keeps it.
    const gaveUp = this.#gaveUp;
    this.#gaveUp = false;
    const given = this.options.given();
    const { property } = this.options;
    if (typeof given === 'string' && given !== '') {
      const found = this.options.lookUp(given);
      if (found instanceof Promise) {
        this.#wait(given, found, `${property} "${given}" could not be loaded.`);
        return;
      }
      if (found === undefined) {
        this.#fail(`unknown:${given}`, this.options.codes?.unknownId ?? 'missing-definition', {
          message: `${property} "${given}" is not a built-in one or one given to <rapport-provider>.`,
        });
        return;
      }
      this.#use(found, found);
      return;
    }
    if (given !== undefined && given !== null && given !== '') {
      if (typeof given !== 'object') {
        // The definition property given a number, a boolean, a symbol, a function: it is the
        // definition that cannot be used, reported as any other bad definition.
        this.#fail(`type:${typeof given}:${describeKind(given)}`, this.#invalidCode, {
          message: `${property} must be an object or an id (a string), not ${describeKind(given)}.`,
        });
        return;
      }
      try {
        const prepared = this.options.prepare ? this.options.prepare(given) : given;
        if (prepared instanceof Promise) {
          this.#wait(given, prepared, `${property} could not be read.`);
          return;
        }
        this.#use(given, prepared);
      } catch (error) {
        // A proxy or getter that throws when read: the page must not see the exception.
        if (this.#key === given && this.#status === 'invalid') return;
        this.#fail(`unreadable:${thrownReason(error)}`, this.#invalidCode, {
          message: `${property} could not be read: ${thrownReason(error)}`,
        });
        this.#key = given;
      }
      return;
    }
    const child = readJsonChild(this.host);
    if (child.kind === 'invalid') {
      this.#fail(`json:${child.text}`, 'invalid-json', { message: child.message });
      return;
    }
    if (child.kind === 'data') {
      this.#use(child.text, child.value);
      return;
    }
    const fallback = this.options.fallback?.();
    if (fallback !== undefined) {
      if (this.#key !== fallback) this.#accept(fallback, fallback);
      return;
    }
    if (gaveUp) {
      this.#gaveUp = true;
      this.#set('invalid', undefined, NOTHING);
      return;
    }
    this.#set('none', undefined, NOTHING);
    this.#startWaiting();
  }

  /**
   * Nothing gives a definition (no property, no id, no child script, as with a misspelt
   * attribute): a framework or a later script may still give one, so wait a little, then say
   * it is missing rather than show "Loading" for ever.
   */
  #startWaiting(): void {
    if (this.#missingTimer !== undefined || !this.host.isConnected) return;
    const wait = this.host.missingAfter ?? DEFAULT_MISSING_AFTER;
    this.#missingTimer = setTimeout(
      () => {
        this.#missingTimer = undefined;
        if (this.#status !== 'none') return;
        this.#gaveUp = true;
        this.#set('invalid', undefined, NOTHING);
        this.host.reportOnce('definition-missing', {
          code: 'definition-missing',
          message:
            `no ${this.options.property} arrived within ${wait} ms: set \`${this.options.property}\`` +
            ` (is the attribute spelt right?) or add a child <script type="application/json">.`,
        });
        this.host.requestUpdate();
      },
      Math.max(0, wait),
    );
  }

  #stopWaiting(): void {
    clearTimeout(this.#missingTimer);
    this.#missingTimer = undefined;
  }

  /** A definition being fetched: `loading` until it settles, then looked at again. */
  #wait(source: unknown, loading: Promise<unknown>, failure: string): void {
    if (this.#waitingFor === source) return;
    this.#waitingFor = source;
    this.#set('loading', undefined, NOTHING);
    this.host.waitFor(loading);
    loading.then(
      () => {
        this.#waitingFor = undefined;
        this.host.requestUpdate();
      },
      () => {
        this.#waitingFor = undefined;
        const key = typeof source === 'string' ? `unknown:${source}` : `load:${failure}`;
        this.#fail(key, this.options.codes?.unknownId ?? 'missing-definition', {
          message: failure,
        });
      },
    );
  }

  #use(key: unknown, candidate: unknown): void {
    // The same definition again (a provider re-rendering, an unrelated DOM change): nothing to do.
    if (key === this.#key && this.#status !== 'loading') return;
    const needed = this.options.ready?.(candidate);
    if (needed) {
      this.#wait(key, needed, `${this.options.property} could not be checked.`);
      return;
    }
    const checked = this.#check(candidate);
    if (!checked.ok) {
      const id = typeof key === 'string' ? key : '';
      this.#fail(`invalid:${id}:${checked.message}`, this.#invalidCode, {
        message: `${this.options.property} is not valid: ${checked.message}`,
      });
      this.#key = key;
      return;
    }
    this.#accept(key, checked.value);
  }

  get #invalidCode(): RapportErrorCode {
    return this.options.codes?.invalid ?? 'invalid-definition';
  }

  #check(candidate: unknown): Checked<T> {
    if (typeof candidate !== 'object' || candidate === null) return this.options.check(candidate);
    let checked = this.#checked.get(candidate);
    if (!checked) this.#checked.set(candidate, (checked = this.options.check(candidate)));
    return checked;
  }

  #accept(key: unknown, definition: T): void {
    const previous = this.#definition;
    this.#set('ready', definition, key);
    this.options.changed?.(definition, previous);
    if (this.#pending) {
      const { value } = this.#pending;
      this.#pending = undefined;
      this.#applyValue(definition, value);
    }
  }

  #fail(key: string, code: RapportErrorCode, detail: { message: string }): void {
    const previous = this.#definition;
    this.#set('invalid', undefined, NOTHING);
    if (previous !== undefined) this.options.changed?.(undefined, previous);
    this.host.reportOnce(key, { code, message: detail.message });
  }

  #set(status: DefinitionStatus, definition: T | undefined, key: unknown): void {
    if (status !== 'none') this.#stopWaiting();
    this.#status = status;
    this.#definition = definition;
    this.#key = key;
  }
}

/** The problem of a `value` that threw when it was read (a proxy, a getter). */
export function unreadableValue(error: unknown): RapportErrorDetail {
  return { code: 'invalid-value', message: `value could not be read: ${thrownReason(error)}` };
}
