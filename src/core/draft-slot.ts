import type { ReactiveControllerHost } from 'lit';
import type { DraftController, DraftParts } from './draft.js';

/** What the slot reads from its element. */
export interface DraftSlotHost extends ReactiveControllerHost {
  /** Makes `updateComplete` wait for the draft code to arrive. */
  waitFor(work: Promise<unknown>): void;
}

/**
 * Where a form control's drafts plug in. The code for drafts (`draft.ts`) is only loaded the
 * first time the host gives a `draft-key`, so a page without one never fetches it; until then
 * every call here is a no-op.
 */
export class DraftSlot {
  #controller: DraftController | undefined;
  #loading = false;

  constructor(
    private readonly host: DraftSlotHost,
    private readonly parts: DraftParts,
    /** The response under way: an answer given while the code loaded is kept too. */
    private readonly current: () => { responseId: string; startedAt: number | undefined },
  ) {}

  /** True from a restore until the person dismisses the note or the response is sent. */
  get restored(): boolean {
    return this.#controller?.restored ?? false;
  }

  /** The person dismissed the note about kept answers. */
  forgetRestored(): void {
    if (this.#controller) this.#controller.restored = false;
  }

  /** Loads the draft code once, the first time the host has a `draft-key`. */
  load(): void {
    if (this.#loading || this.parts.key() === '') return;
    this.#loading = true;
    this.host.waitFor(
      import('./draft.js').then(({ DraftController }) => {
        this.#controller = new DraftController(this.host, this.parts);
        const { responseId, startedAt } = this.current();
        if (startedAt !== undefined) this.#controller.save(responseId, startedAt);
        this.host.requestUpdate();
      }),
    );
  }

  save(responseId: string, startedAt: number | undefined): void {
    this.#controller?.save(responseId, startedAt);
  }

  clear(): void {
    this.#controller?.clear();
  }
}
