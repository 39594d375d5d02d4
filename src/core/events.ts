import type { RapportDraft, RapportResult } from './result.js';

/**
 * Every Rapport event bubbles and crosses shadow roots, so that one listener on `document`
 * hears every widget on a page, however deeply a portal nests them.
 */
const reach: EventInit = { bubbles: true, composed: true };

/** Fired when the person changes an answer. `detail` is the draft so far. */
export class RapportInputEvent<D extends RapportDraft = RapportDraft> extends Event {
  static readonly eventName = 'rapport-input';
  readonly detail: D;
  constructor(detail: D) {
    super(RapportInputEvent.eventName, reach);
    this.detail = detail;
  }
}

/**
 * Fired when the person sends a finished response. `detail` is the result.
 *
 * A host that saves the result calls `waitUntil(promise)` while the event is being dispatched:
 * the widget shows "saving" until the promise settles, then "saved", or "not saved" with a retry
 * that keeps every answer and the same `responseId`. Without `waitUntil`, the response counts as
 * delivered once the event has been dispatched.
 */
export class RapportSubmitEvent<R extends RapportResult = RapportResult> extends Event {
  static readonly eventName = 'rapport-submit';
  readonly detail: R;
  #promises: Promise<unknown>[] = [];
  #open = true;

  constructor(detail: R) {
    super(RapportSubmitEvent.eventName, reach);
    this.detail = detail;
  }

  /**
   * Tells the widget the result is being saved. Call it from the listener itself (while the
   * event is dispatched), as with `ExtendableEvent.waitUntil`; later calls throw, because the
   * widget has already decided whether the response was delivered.
   */
  waitUntil(promise: Promise<unknown>): void {
    if (!this.#open) {
      throw new DOMException(
        'rapport-submit: waitUntil() must be called while the event is being dispatched.',
        'InvalidStateError',
      );
    }
    this.#promises.push(Promise.resolve(promise));
  }

  /**
   * Closes the event to further `waitUntil` calls and resolves once every promise has settled:
   * `true` when all fulfilled (or none was given), `false` when any rejected.
   * @internal Called by the widget after dispatch.
   */
  async settle(): Promise<boolean> {
    this.#open = false;
    if (this.#promises.length === 0) return true;
    const outcomes = await Promise.allSettled(this.#promises);
    return outcomes.every((o) => o.status === 'fulfilled');
  }
}

/** Why a widget was closed without an answer. */
export interface RapportDismissDetail {
  reason: 'close-button' | 'escape' | 'host';
}

/** Fired when the person closes a widget without answering. */
export class RapportDismissEvent extends Event {
  static readonly eventName = 'rapport-dismiss';
  readonly detail: RapportDismissDetail;
  constructor(detail: RapportDismissDetail) {
    super(RapportDismissEvent.eventName, reach);
    this.detail = detail;
  }
}

/** Which session (or response) the person chose to open. */
export interface RapportSelectDetail {
  /** The chosen result's `responseId`; null for an entry the host gave without one. */
  responseId: string | null;
  /** The session's number, from 1 for the earliest shown. */
  session: number;
  /** When that response was completed (ISO 8601). */
  completedAt: string;
}

/**
 * Fired when the person chooses one thing to open, e.g. a session in `<rapport-alliance-trend>`,
 * so the host can show that response (in a read-only `<rapport-alliance-scale>`).
 */
export class RapportSelectEvent extends Event {
  static readonly eventName = 'rapport-select';
  readonly detail: RapportSelectDetail;
  constructor(detail: RapportSelectDetail) {
    super(RapportSelectEvent.eventName, reach);
    this.detail = detail;
  }
}

/** Machine-readable reasons a widget cannot use what it was given. */
export type RapportErrorCode =
  /** A placeholder such as `{crisisPhone}` has no value; a neutral stand-in is shown. */
  | 'unfilled-placeholder'
  | 'invalid-instrument'
  | 'unknown-instrument'
  | 'invalid-json'
  | 'invalid-value'
  | 'invalid-attribute'
  | 'missing-definition'
  /** No definition arrived in time: no property, id or child script (e.g. a misspelt attribute). */
  | 'definition-missing'
  /** The texts of the widget's language could not be loaded; it shows English. */
  | 'language-unavailable'
  /** A part of the widget loaded on demand (the goal plan's review view) could not be fetched. */
  | 'part-unavailable'
  /** Answers kept under `draft-key` were for another version or text of the definition. */
  | 'draft-discarded'
  /** A definition other than an instrument (e.g. a notice's choices) that cannot be used. */
  | 'invalid-definition';

export interface RapportErrorDetail {
  code: RapportErrorCode;
  /** For the host's developer, naming the field at fault. Never contains a person's answers. */
  message: string;
}

/**
 * Fired when a definition or setting cannot be used. The widget shows a safe fallback in its
 * place and never throws into the host page.
 */
export class RapportErrorEvent extends Event {
  static readonly eventName = 'rapport-error';
  readonly detail: RapportErrorDetail;
  constructor(detail: RapportErrorDetail) {
    super(RapportErrorEvent.eventName, reach);
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rapport-input': RapportInputEvent;
    'rapport-submit': RapportSubmitEvent;
    'rapport-dismiss': RapportDismissEvent;
    'rapport-error': RapportErrorEvent;
    'rapport-select': RapportSelectEvent;
  }
}
