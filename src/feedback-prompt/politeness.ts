import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isoTime } from '../core/result.js';
import { addDuration, parseDuration, type Duration } from './duration.js';
import { readPromptRecord, writePromptRecord, type PromptOutcome } from './prompt-memory.js';

/** The quiet period after an answer or a dismissal when `prompt-key` is set without a period. */
const DEFAULT_PERIOD = parseDuration('P30D') as Duration;

/** Why the prompt is not shown: the person closed it, or answered or dismissed it lately. */
export type Closed = 'open' | 'closed' | 'suppressed';

/** What the controller reads from its element. */
export interface PoliteHost extends ReactiveControllerHost, HTMLElement {
  promptKey: string;
  askAgainAfter: string;
  readonly: boolean;
}

/**
 * Asking again only after a while: with `prompt-key`, remembers that the person answered or
 * dismissed the prompt, and hides it until `ask-again-after` has passed. Also closes an inline
 * prompt for good when the person says "Not now". Hiding for the period sets the host's
 * `hidden`, and only a `hidden` set here is ever undone: the host page's own `hidden` is the page's.
 */
export class PolitenessController implements ReactiveController {
  readonly #host: PoliteHost;
  readonly #invalid: (key: string, message: string) => void;
  #period = DEFAULT_PERIOD;
  #closed: Closed = 'open';
  #hiddenByPrompt = false;
  /** The settings last read, to read them again only when one changes. */
  #seen: Partial<Pick<PoliteHost, 'promptKey' | 'askAgainAfter' | 'readonly'>> = {};

  /** `invalid` reports an `ask-again-after` that is not a duration, once per text. */
  constructor(host: PoliteHost, invalid: (key: string, message: string) => void) {
    this.#host = host;
    this.#invalid = invalid;
    host.addController(this);
  }

  /** Whether the prompt is shown: neither closed nor hidden for the period. */
  get isOpen(): boolean {
    return this.#closed === 'open';
  }

  /** Whether the prompt is hidden because the person answered or dismissed it lately. */
  get suppressed(): boolean {
    return this.#closed === 'suppressed';
  }

  /** Reads `ask-again-after` and the record under `prompt-key` when either (or `readonly`) changed. */
  hostUpdate(): void {
    const { promptKey, askAgainAfter, readonly } = this.#host;
    if (askAgainAfter !== this.#seen.askAgainAfter) this.#readPeriod();
    const seen = this.#seen;
    this.#seen = { promptKey, askAgainAfter, readonly };
    if (
      promptKey !== seen.promptKey ||
      askAgainAfter !== seen.askAgainAfter ||
      readonly !== seen.readonly
    ) {
      this.#recall();
    }
  }

  /** Records the outcome under `prompt-key`; without one nothing is stored. */
  remember(outcome: PromptOutcome): void {
    const { promptKey, readonly } = this.#host;
    if (promptKey && !readonly) writePromptRecord(promptKey, { outcome, at: isoTime(Date.now()) });
  }

  /**
   * An inline prompt closed by the person: its questions are gone until the page is loaded
   * again. It stays in the page, as a short note that takes focus, so focus is not lost.
   */
  close(): void {
    this.#set('closed');
  }

  /** Closed by the person just now (not hidden for the period). */
  get closed(): boolean {
    return this.#closed === 'closed';
  }

  #readPeriod(): void {
    const text = this.#host.askAgainAfter;
    const parsed = text ? parseDuration(text) : null;
    if (text && !parsed) {
      this.#invalid(
        `ask-again-after:${text}`,
        `ask-again-after="${text}" is not an ISO 8601 duration such as P30D, P2W, P3M or PT12H; using P30D.`,
      );
    }
    this.#period = parsed ?? DEFAULT_PERIOD;
  }

  /** Hides the prompt while the person's last answer or dismissal is within the period. */
  #recall(): void {
    const { promptKey, readonly } = this.#host;
    const record = promptKey && !readonly ? readPromptRecord(promptKey) : null;
    const quietUntil = record ? addDuration(Date.parse(record.at), this.#period) : NaN;
    if (quietUntil > Date.now()) this.#set('suppressed');
    else if (this.#closed === 'suppressed') this.#set('open');
  }

  #set(closed: Closed): void {
    const host = this.#host;
    this.#closed = closed;
    if (closed === 'suppressed' && !host.hidden) {
      host.hidden = this.#hiddenByPrompt = true;
    } else if (closed === 'open' && this.#hiddenByPrompt) {
      host.hidden = this.#hiddenByPrompt = false;
    }
    host.requestUpdate();
  }
}
