/**
 * How the notice is presented: in the page, as a banner fixed to the bottom of the window, or
 * as a modal dialog. Opening, closing without deciding, focus, and the banner's space.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { RapportDismissDetail } from '../core/events.js';
import { FocusAfterUpdateController, SurfaceController } from '../core/surface.js';
import { BannerSpaceController } from './banner-space.js';

/** How the notice is presented. */
export type ConsentNoticeMode = 'inline' | 'banner' | 'dialog';

export interface PresentationHost extends ReactiveControllerHost, HTMLElement {
  mode: ConsentNoticeMode;
  open: boolean;
  renderRoot: HTMLElement | DocumentFragment;
  show(): void;
}

export interface PresentationOptions {
  /** Whether the person may close it without deciding now. */
  canDismiss(): boolean;
  /** The person closed it without deciding. */
  dismissed(reason: RapportDismissDetail['reason']): void;
  /** The element's own focus mover, for the banner. */
  focus: FocusAfterUpdateController;
}

/** What the frame around the notice shows. */
export interface FrameTexts {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The id of what names the notice: its title, or the message that it cannot be shown. */
  labelledBy: string;
  /** The dialog's Close, the banner's "Not now" or "Close", the collapsed banner's button. */
  close: string;
  hide: string;
  reopen: string;
}

export class PresentationController implements ReactiveController {
  readonly #surface: SurfaceController;
  readonly #space: BannerSpaceController;
  #wasOpen = false;
  /** The banner shows the whole notice: the person asked for it since it last opened. */
  #full = false;

  readonly #host: PresentationHost;
  readonly #options: PresentationOptions;

  constructor(host: PresentationHost, options: PresentationOptions) {
    this.#host = host;
    this.#options = options;
    // Added before the surface: the dialog shows before the surface moves focus into it.
    host.addController(this);
    this.#surface = new SurfaceController(host, {
      dialog: () => (host.mode === 'dialog' ? this.#dialog : null),
      escape: () => this.close('escape'),
      focusOnOpen: 'title',
    });
    this.#space = new BannerSpaceController(host);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /**
   * A banner first shows a short summary with the boxes and the decisions, so that deciding
   * is on the first screen; the whole notice is one press away.
   */
  get brief(): boolean {
    return this.#host.mode === 'banner' && !this.#full;
  }

  /** "Read the full notice": the banner shows everything, and focus goes to its start. */
  readFull = (): void => {
    this.#full = true;
    this.#options.focus.request('start');
  };

  /** After `open` was set by `show()`: a rendered dialog opens at once, a banner takes focus. */
  opened(): void {
    this.#full = false;
    if (this.#host.mode === 'dialog') this.#surface.opened(true);
    else if (this.#host.mode === 'banner') this.#options.focus.request('title');
  }

  /** The person closed the banner or dialog without deciding. */
  close(reason: RapportDismissDetail['reason']): void {
    const host = this.#host;
    if (!host.open || !this.#options.canDismiss()) return;
    const hadFocus = host.shadowRoot?.activeElement != null;
    host.open = false;
    if (host.mode === 'dialog') this.#dialog?.close();
    else if (host.mode === 'banner' && hadFocus) this.#options.focus.request('reopen');
    this.#options.dismissed(reason);
  }

  hostConnected(): void {
    // Moved in the page: a removed dialog was closed, and is shown again.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    // Opened by the `open` attribute or property rather than by show().
    const open = this.#host.open && this.#host.mode === 'dialog';
    if (open && !this.#wasOpen && !this.#dialog?.open) this.#surface.opened();
    this.#wasOpen = open;
  }

  hostUpdated(): void {
    if (this.#host.mode === 'dialog') this.#surface.sync(this.#host.open);
    this.#space.watch(this.#host.mode === 'banner');
  }

  #onCancel = (event: Event): void => {
    // Handled here rather than by the dialog's own cancel, which some engines do not let a page
    // refuse twice: a required notice must stay open until the person decides.
    event.preventDefault();
    this.close('escape');
  };

  #onClose = (): void => {
    // The close event comes a task later: the dialog may have been shown again since, or the
    // element taken out of the page (which is the host's doing, not the person's).
    if (this.#dialog?.open || !this.#host.isConnected) return;
    if (this.#host.open) {
      // Closed by the browser itself (a close request it would not let the page refuse).
      this.#host.open = false;
      this.#options.dismissed('escape');
    }
    this.#surface.closed();
  };

  /** The notice in its frame: the page, the banner (and its collapsed button), or the dialog. */
  render(panel: TemplateResult, t: FrameTexts): TemplateResult {
    const { mode, open } = this.#host;
    const base = (content: unknown) =>
      html`<div
        part="base"
        class="base"
        role=${mode === 'inline' ? 'group' : nothing}
        aria-labelledby=${mode === 'inline' ? t.labelledBy : nothing}
        lang=${t.lang}
        dir=${t.dir}
      >
        ${content}
      </div>`;
    if (mode === 'inline') return base(panel);
    const dismiss = (part: string, label: string) =>
      this.#options.canDismiss()
        ? html`<div class="dismiss">
            <button
              type="button"
              part=${part}
              class="quiet"
              @click=${() => this.close('close-button')}
            >
              ${label}
            </button>
          </div>`
        : nothing;
    if (mode === 'dialog') {
      return base(
        html`<dialog
          part="dialog"
          class="dialog"
          aria-labelledby=${t.labelledBy}
          @keydown=${this.#surface.keydown}
          @cancel=${this.#onCancel}
          @close=${this.#onClose}
        >
          ${panel} ${dismiss('close', t.close)}
        </dialog>`,
      );
    }
    const height = this.#space.height;
    return base(
      html`<div class="fixed">
          <section
            part="banner"
            class="banner"
            aria-labelledby=${t.labelledBy}
            ?hidden=${!open}
            @keydown=${this.#surface.keydown}
          >
            <div class="banner-inner">${panel}</div>
            ${dismiss('hide', t.hide)}
          </section>
          <button
            type="button"
            part="reopen"
            class="reopen"
            data-focus="reopen"
            aria-expanded="false"
            ?hidden=${open}
            @click=${() => this.#host.show()}
          >
            ${t.reopen}
          </button>
        </div>
        <div
          class="spacer"
          aria-hidden="true"
          .style=${height === undefined ? '' : `block-size: ${height}px`}
        ></div>`,
    );
  }
}
