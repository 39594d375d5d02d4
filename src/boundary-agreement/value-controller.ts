import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AgreementAnswers } from './answers.js';
import type { ShownAgreement } from './types.js';
import { readValue } from './value.js';

/** What applying a host's `value` needs from the widget. */
export interface AgreementValueOptions {
  answers: AgreementAnswers;
  /** The agreement shown; null while it cannot be shown. */
  shown(): ShownAgreement | null;
  /** The hash of the text shown now; undefined while there is none. */
  contentHash(): Promise<string | undefined>;
  /** Reports an `invalid-value` problem. */
  report(message: string): void;
}

/**
 * A `value` from the host: kept until the agreement can be shown, then applied (what does not
 * fit is dropped and reported), and, when it was signed, checked against the text shown now.
 */
export class AgreementValueController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: AgreementValueOptions;
  /** A value that came while the definition could not be shown: applied once it can. */
  #unapplied: { value: unknown } | undefined;
  #checkSignedHash = false;

  constructor(host: ReactiveControllerHost, options: AgreementValueOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Takes a value from the host, keeping what fits the agreement shown. */
  apply(raw: unknown): void {
    const shown = this.#options.shown();
    if (!shown) {
      this.#unapplied = { value: raw };
      return;
    }
    const { value, message } = readValue(raw, shown);
    this.#options.answers.apply(value);
    this.#checkSignedHash = value.contentHash !== undefined;
    this.#host.requestUpdate();
    if (message) this.#options.report(message);
  }

  /** The agreement can be shown now: a value that waited for it is applied. */
  shownNow(): void {
    const waiting = this.#unapplied;
    this.#unapplied = undefined;
    if (waiting) this.apply(waiting.value);
  }

  hostUpdated(): void {
    if (!this.#checkSignedHash) return;
    this.#checkSignedHash = false;
    void this.#compareSignedText();
  }

  /** After a signed value arrives: is the text shown now the text that was signed? */
  async #compareSignedText(): Promise<void> {
    const answers = this.#options.answers;
    const expected = answers.signedHash;
    if (!expected || answers.signedResponseId === undefined) return;
    const hash = await this.#options.contentHash();
    if (hash === undefined || answers.signedHash !== expected) return;
    answers.textChanged = hash !== expected;
    this.#host.requestUpdate();
    if (answers.textChanged) {
      this.#options.report(
        'value.contentHash differs from the hash of the agreement shown: the text has changed since it was signed.',
      );
    }
  }
}
