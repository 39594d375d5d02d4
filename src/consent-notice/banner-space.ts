import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The page-wide custom property with the banner's height: other floating widgets sit above it. */
export const BANNER_SIZE_PROPERTY = '--rapport-banner-block-size';

/**
 * A fixed banner must not hide the page: the element keeps an empty box of the banner's height
 * where it stands (so, placed last in `<body>`, the end of the page can scroll clear), and sets
 * the page's `scroll-padding-block-end` so a focused control is scrolled above it, and
 * `--rapport-banner-block-size` so the library's other floating widgets (the feedback prompt's
 * launcher and card) sit above it rather than under it.
 */
export class BannerSpaceController implements ReactiveController {
  /** The banner's height in CSS px, for the spacer; undefined while not measured. */
  height: number | undefined;
  #resize: ResizeObserver | undefined;
  #scrollPadding: string | undefined;

  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  /** Measures the banner while `on`, and gives the page its space back when not. */
  watch(on: boolean): void {
    if (!on) return this.hostDisconnected();
    const fixed = this.#host.renderRoot.querySelector('.fixed');
    if (this.#resize || !fixed || typeof ResizeObserver === 'undefined') return;
    // Measured in the next frame: resizing the spacer inside the callback would re-trigger it.
    this.#resize = new ResizeObserver(() => requestAnimationFrame(() => this.#measure(fixed)));
    this.#resize.observe(fixed);
  }

  #measure(fixed: Element): void {
    if (!this.#resize) return;
    const height = Math.ceil(fixed.getBoundingClientRect().height);
    const root = document.documentElement.style;
    this.#scrollPadding ??= root.getPropertyValue('scroll-padding-block-end');
    root.setProperty('scroll-padding-block-end', `${height}px`);
    root.setProperty(BANNER_SIZE_PROPERTY, `${height}px`);
    if (height !== this.height) {
      this.height = height;
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.height = undefined;
    document.documentElement.style.removeProperty(BANNER_SIZE_PROPERTY);
    if (this.#scrollPadding !== undefined) {
      const root = document.documentElement.style;
      if (this.#scrollPadding) root.setProperty('scroll-padding-block-end', this.#scrollPadding);
      else root.removeProperty('scroll-padding-block-end');
      this.#scrollPadding = undefined;
    }
  }
}
