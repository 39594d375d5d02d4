/**
 * The decision flow: where the person is (asked, agreed, reviewing, confirming a withdrawal,
 * declined, withdrew), what is ticked, and what agreeing, declining and withdrawing do.
 */
import type { PropertyValues, ReactiveControllerHost } from 'lit';
import type { RapportState } from '../core/response.js';
import type { FocusAfterUpdateController } from '../core/surface.js';
import { initialStage, validDate, type ConsentStatus, type Item, type Stage } from './compose.js';
import type { ConsentNoticeMode } from './presentation.js';

/** Where the person is, what is ticked, and when the agreement shown was made. */
export interface ViewState {
  stage: Stage;
  ticked: ReadonlySet<string>;
  agreedAt: string | null;
}

export interface DecisionHost extends ReactiveControllerHost, HTMLElement {
  mode: ConsentNoticeMode;
  open: boolean;
  state: RapportState;
  version: string;
  acceptedVersion: string;
  acceptedAt: string;
}

export interface DecisionOptions {
  /** Sends the response (marks what is missing, or fires `rapport-submit`); true once saved. */
  send(): Promise<boolean>;
  /** Starts a new response (a new `responseId`), clearing every tick. */
  restart(): void;
  /** The person ticked or unticked a box. */
  changed(): void;
  /** Whether the boxes can be ticked now. */
  editable(): boolean;
  items(): readonly Item[];
  focus: FocusAfterUpdateController;
}

/** The handlers of the notice's buttons. */
export type DecisionHandlers = Record<
  'agree' | 'decline' | 'review' | 'back' | 'askWithdraw' | 'keep' | 'withdraw' | 'readAgain',
  () => void
>;

/**
 * Driven by the element: it calls `willUpdate` from its own, and the public `submit()`,
 * `decline()`, `withdraw()` and `reset()` are these.
 */
export class DecisionController {
  readonly view: ViewState = { stage: 'ask', ticked: new Set(), agreedAt: null };
  /** The decision being sent: what Agree, Decline or Withdraw asked for. Kept for a retry. */
  pending: ConsentStatus = 'granted';
  /** The decision saved in this response, until a new one starts. */
  saved: { status: ConsentStatus; hash: string } | undefined;
  /** When the last result was completed, and the content hash it carried. */
  completedAt = '';
  lastHash = '';
  /** What was ticked when "Review or withdraw" was pressed, for "Back". */
  #reviewSnapshot: ReadonlySet<string> | undefined;

  readonly #host: DecisionHost;
  readonly #options: DecisionOptions;

  constructor(host: DecisionHost, options: DecisionOptions) {
    this.#host = host;
    this.#options = options;
  }

  set(patch: Partial<ViewState>): void {
    Object.assign(this.view, patch);
    this.#host.requestUpdate();
  }

  /** After the choices change, forgets the ticks of boxes that are gone. */
  keepKnown(items: readonly Item[]): void {
    const ids = new Set(items.map((i) => i.id));
    const { ticked } = this.view;
    if ([...ticked].some((id) => !ids.has(id))) {
      this.set({ ticked: new Set([...ticked].filter((id) => ids.has(id))) });
    }
  }

  /** Agrees (or, after a failed save, sends the same decision again). */
  async submit(): Promise<boolean> {
    const { state } = this.#host;
    const { stage } = this.view;
    if (state === 'submitting') return false;
    if (state !== 'failed') {
      if (stage !== 'ask' && stage !== 'review') return false;
      this.pending = 'granted';
    }
    return this.#send();
  }

  async decline(): Promise<boolean> {
    if (this.#host.state === 'submitting' || this.view.stage !== 'ask') return false;
    this.pending = 'declined';
    return this.#send();
  }

  /** Withdraws an agreement: from the short state, or while reviewing or confirming it. */
  async withdraw(): Promise<boolean> {
    const { stage } = this.view;
    if (this.#host.state === 'submitting') return false;
    if (stage === 'agreed') {
      this.#restart('confirm', this.view.ticked);
      await this.#host.updateComplete;
    } else if (stage !== 'review' && stage !== 'confirm') {
      return false;
    }
    this.pending = 'withdrawn';
    return this.#send();
  }

  /** A new response; someone who agreed sees the short state again. */
  reset(): void {
    this.#options.restart();
    this.#forget();
    this.#begin();
  }

  /**
   * Before an update: a new version (or accepted version) starts over; a banner with
   * something to ask expands.
   */
  willUpdate(changed: PropertyValues, first: boolean): void {
    const host = this.#host;
    const { view } = this;
    if (first || changed.has('version') || changed.has('acceptedVersion')) {
      this.#begin();
    } else if (changed.has('acceptedAt') && view.stage === 'agreed' && !this.saved) {
      view.agreedAt = validDate(host.acceptedAt);
    }
    if (changed.has('mode') && !first && host.mode === 'banner' && view.stage === 'ask') {
      host.open = true;
    }
  }

  /** Where the person starts: asked, or the short state for the version they agreed to. */
  #begin(): void {
    const host = this.#host;
    this.set({
      stage: initialStage(host.version, host.acceptedVersion),
      agreedAt: validDate(host.acceptedAt),
    });
    // A banner asks by itself; a dialog waits for the host to show it again.
    if (host.mode === 'banner' && this.view.stage === 'ask') host.open = true;
  }

  #forget(): void {
    this.pending = 'granted';
    this.saved = undefined;
  }

  /** A new response (new `responseId`) in `stage`, with `ticked` ticked. */
  #restart(stage: Stage, ticked: ReadonlySet<string>): void {
    this.#options.restart();
    this.#forget();
    this.set({ stage, ticked: new Set(ticked) });
  }

  async #send(): Promise<boolean> {
    const status = this.pending;
    const hadFocus = this.#host.shadowRoot?.activeElement != null;
    const saved = await this.#options.send();
    if (saved) this.#decided(status, hadFocus);
    return saved;
  }

  /** After a decision is saved: the short state, and the presentation steps aside. */
  #decided(status: ConsentStatus, hadFocus: boolean): void {
    const host = this.#host;
    this.saved = { status, hash: this.lastHash };
    if (status === 'granted') this.set({ stage: 'agreed', agreedAt: this.completedAt });
    else this.set({ stage: status });
    if (host.mode !== 'inline') host.open = false;
    if (hadFocus && host.mode !== 'dialog') {
      this.#options.focus.request(host.mode === 'banner' ? 'reopen' : 'outcome');
    }
  }

  /** A box was ticked or unticked. */
  toggle = (item: Item, event: Event): void => {
    if (!this.#options.editable() || this.view.stage === 'confirm') {
      this.#host.requestUpdate();
      return;
    }
    const next = new Set(this.view.ticked);
    if ((event.target as HTMLInputElement).checked) next.add(item.id);
    else next.delete(item.id);
    this.set({ ticked: next });
    this.pending = 'granted';
    this.#options.changed();
  };

  readonly on: DecisionHandlers = {
    agree: () => void this.submit(),
    decline: () => void this.decline(),
    review: () => {
      // They agreed to this version, so its acknowledgements stand; their choices are `value`'s.
      const required = this.#options
        .items()
        .filter((i) => i.required)
        .map((i) => i.id);
      this.#reviewSnapshot = new Set(this.view.ticked);
      this.#restart('review', new Set([...this.view.ticked, ...required]));
      this.#options.focus.request('title');
    },
    back: () => {
      this.#restart('agreed', this.#reviewSnapshot ?? this.view.ticked);
      this.set({ agreedAt: this.view.agreedAt ?? validDate(this.#host.acceptedAt) });
      this.#options.focus.request('review');
    },
    askWithdraw: () => {
      if (this.#host.state === 'submitting') return;
      this.set({ stage: 'confirm' });
      this.#options.focus.request('confirm');
    },
    keep: () => {
      this.set({ stage: 'review' });
      if (this.#host.state === 'failed') this.#host.state = 'editing';
      this.#options.focus.request('withdraw');
    },
    withdraw: () => void this.withdraw(),
    readAgain: () => {
      this.#restart('ask', new Set());
      this.#options.focus.request('title');
    },
  };
}
