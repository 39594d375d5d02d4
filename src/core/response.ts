import { RapportSubmitEvent } from './events.js';
import {
  isoTime,
  type DefinitionRef,
  type RapportResult,
  type RapportResultBase,
} from './result.js';
import { uuid } from './ids.js';

/** Where a response is in its life: being answered, being saved, saved, or not saved. */
export type RapportState = 'editing' | 'submitting' | 'submitted' | 'failed';

/**
 * What the controller assembles for every result (all of `RapportResultBase` but its `kind`, in
 * the order results list them), and the time taken; an element adds its kind and its answers.
 */
export interface EnvelopeParts extends Omit<RapportResultBase, 'kind'> {
  /** Milliseconds from the first answer to sending. */
  durationMs: number;
}

/** The widget a response belongs to: it fires the events and shows the state. */
export interface ResponseHost extends EventTarget {
  state: RapportState;
}

/** What a response needs from its widget to make a result. */
export interface ResponseParts {
  /** The definition being shown, with its hash; null while there is none. */
  definitionRef(): Promise<DefinitionRef | null>;
  /** The widget's language, and the ids a result carries. */
  envelopeBasics(): Pick<RapportResultBase, 'locale' | 'subject'>;
  /** The complete result, from the envelope. */
  buildResult(envelope: EnvelopeParts): RapportResult;
}

/**
 * One response's life: its `responseId` (the same across retries, new after a reset), when the
 * person started, and sending it: `rapport-submit` once however often Send is pressed, then
 * "saving" while the host's `waitUntil` promises run, then "saved" or "not saved".
 */
export class ResponseController {
  #responseId: string | undefined;
  #startedAt: number | undefined;
  #sending = false;

  constructor(
    private readonly host: ResponseHost,
    private readonly parts: ResponseParts,
  ) {}

  /** The id of the response being answered; kept across retries, renewed by `restart()`. */
  get responseId(): string {
    this.#responseId ??= uuid();
    return this.#responseId;
  }

  /** When the person first changed an answer (ms since the epoch), if they have. */
  get startedAt(): number | undefined {
    return this.#startedAt;
  }

  /** True while a response is being sent. */
  get sending(): boolean {
    return this.#sending;
  }

  /** The person changed an answer: the clock starts, and a failed save is being edited again. */
  touched(): void {
    this.#startedAt ??= Date.now();
    if (this.host.state === 'failed') this.host.state = 'editing';
  }

  /** Carries on a response begun earlier (answers kept as a draft): its id and its start. */
  resume(responseId: string, startedAt: number | undefined): void {
    this.#responseId = responseId;
    this.#startedAt = startedAt;
  }

  /** A new response: a new id, the clock stopped, back to editing. */
  restart(): void {
    this.#responseId = undefined;
    this.#startedAt = undefined;
    this.host.state = 'editing';
  }

  /**
   * Sends the response: fires `rapport-submit` with the result and follows `waitUntil`.
   * Resolves to true once saved; false when it could not be sent or the host's save failed.
   * A call while another is under way does nothing.
   */
  async send(): Promise<boolean> {
    if (this.#sending) return false;
    this.#sending = true;
    // Saving shows at once; hashing the definition may take a moment on a slow device.
    this.host.state = 'submitting';
    try {
      const definition = await this.parts.definitionRef();
      if (!definition) {
        this.host.state = 'editing';
        return false;
      }
      const now = Date.now();
      const started = this.#startedAt ?? now;
      const event = new RapportSubmitEvent(
        this.parts.buildResult({
          responseId: this.responseId,
          definition,
          ...this.parts.envelopeBasics(),
          startedAt: isoTime(started),
          completedAt: isoTime(now),
          durationMs: now - started,
        }),
      );
      this.host.dispatchEvent(event);
      const saved = await event.settle();
      this.host.state = saved ? 'submitted' : 'failed';
      return saved;
    } finally {
      this.#sending = false;
    }
  }
}
