import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, isModal, tabbables } from './focus.js';

type FocusHost = ReactiveControllerHost &
  HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Moves focus after the next render to the element marked `data-focus="<name>"` in the
 * widget's shadow root: where a person's attention should go after a change of state (the
 * status after a save, "Try again" after a failure, a panel that opened).
 */
export class FocusAfterUpdateController implements ReactiveController {
  #target: string | null = null;
  #onlyIfLost = false;

  constructor(private readonly host: FocusHost) {
    host.addController(this);
  }

  /**
   * Focus `[data-focus="name"]` once the next render is done. With `onlyIfLost`, only when
   * that render took away the focused element, so focus would otherwise fall to the page.
   * The last request before a render wins.
   */
  request(name: string, { onlyIfLost = false }: { onlyIfLost?: boolean } = {}): void {
    this.#target = name;
    this.#onlyIfLost = onlyIfLost;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const name = this.#target;
    if (name === null) return;
    this.#target = null;
    if (this.#onlyIfLost && !focusLost()) return;
    this.host.renderRoot.querySelector<HTMLElement>(`[data-focus="${name}"]`)?.focus();
  }
}

/** Whether nothing has focus: the focused element was removed, and focus fell to the page. */
function focusLost(): boolean {
  const active = deepActiveElement();
  return active === null || active === document.body || !active.isConnected;
}

export interface SurfaceOptions {
  /** The panel's native `<dialog>`, for a modal surface; null for a non-modal one. */
  dialog?(): HTMLDialogElement | null;
  /** Escape pressed inside the surface (or the dialog's cancel): close it. */
  escape(): void;
  /** `data-focus` name of what takes focus when the surface opens. */
  focusOnOpen: string;
}

/**
 * A panel that opens over or beside the page: a modal dialog (the consent notice) or a
 * non-modal floating card (the feedback prompt). Focus goes in when it opens, Escape closes it,
 * focus stays inside a modal one, and focus returns to where the person was when it closes.
 */
export class SurfaceController {
  #returnTo: HTMLElement | null = null;
  readonly #focus: FocusAfterUpdateController;

  constructor(
    private readonly host: FocusHost,
    private readonly options: SurfaceOptions,
  ) {
    this.#focus = new FocusAfterUpdateController(host);
  }

  /**
   * Call when the surface opens: remembers the focused element and moves focus in, after the
   * next render, or with `now` at once when the surface is already rendered (a modal dialog is
   * then shown first), so a host that moves focus itself right after is not overridden.
   */
  opened(now = false): void {
    const active = deepActiveElement();
    this.#returnTo = active && !this.host.contains(active) ? active : null;
    if (now) {
      this.sync(true);
      const target = this.host.renderRoot.querySelector<HTMLElement>(
        `[data-focus="${this.options.focusOnOpen}"]`,
      );
      if (target) return target.focus();
    }
    this.#focus.request(this.options.focusOnOpen);
  }

  /**
   * Call when the surface closes: focus goes back to where it was before, or to `fallback`
   * (a `data-focus` name, e.g. the launcher) when that is gone.
   */
  closed(fallback?: string): void {
    const back = this.#returnTo;
    this.#returnTo = null;
    if (back?.isConnected) {
      void this.host.updateComplete.then(() => back.focus());
    } else if (fallback) {
      this.#focus.request(fallback);
    }
  }

  /** Keeps the modal dialog shown modally while open, and closed while not. */
  sync(open: boolean): void {
    const dialog = this.options.dialog?.();
    if (!dialog) return;
    if (open && this.host.isConnected && !(dialog.open && isModal(dialog))) {
      // A dialog taken out of the page and put back is no longer modal: show it again.
      if (dialog.open) dialog.close();
      try {
        dialog.showModal();
      } catch {
        dialog.show();
      }
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }

  /**
   * The surface's keydown handler: Escape closes it (and not an enclosing dialog of the
   * host's), and Tab stays inside a modal dialog and the host content it shows through slots.
   */
  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      this.options.escape();
      return;
    }
    const dialog = this.options.dialog?.();
    if (event.key !== 'Tab' || !dialog?.open) return;
    const order = tabbables(dialog);
    if (order.length === 0) return;
    const active = deepActiveElement();
    const index = active ? order.indexOf(active) : -1;
    const next = event.shiftKey
      ? index <= 0
        ? order[order.length - 1]
        : order[index - 1]
      : index === -1 || index === order.length - 1
        ? order[0]
        : order[index + 1];
    event.preventDefault();
    next.focus();
  };
}
