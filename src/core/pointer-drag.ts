import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far (CSS px) a finger moves before a touch counts as a drag or a scroll. */
export const TOUCH_SLOP = 10;

export interface PointerDragOptions<K> {
  /**
   * `immediate`: every pointer acts from the first contact (a drawing surface, which sets
   * `touch-action: none`). `tap-or-drag`: a mouse or pen acts at once, but a finger acts only on
   * a tap or once it moves more sideways than up or down, so a swipe that scrolls the page never
   * changes an answer (the surface sets `touch-action: pan-y`).
   */
  touch: 'immediate' | 'tap-or-drag';
  /** Whether a press on `key` may start now (the widget is editable). */
  canStart?(key: K, event: PointerEvent): boolean;
  /** The press took effect (pointer down, or a finger's tap or sideways drag started). */
  start(key: K, event: PointerEvent): void;
  /** The pointer moved while dragging. */
  move(key: K, event: PointerEvent): void;
  /** The drag ended; `committed` is false when the browser took the pointer away (a scroll). */
  end?(key: K, event: PointerEvent, committed: boolean): void;
}

interface Press<K> {
  key: K;
  pointerId: number;
  x: number;
  y: number;
  /** True once the press acts: at once for a mouse, after a tap or a sideways move for a finger. */
  active: boolean;
  target: Element;
}

/**
 * Pointer drags on a widget's surfaces (a visual-analog line, a signature pad), with pointer
 * capture, one drag at a time, and the touch rule above. Bind `handlers(key)` on the surface:
 * `@pointerdown=${drag.down(key)}` and the rest through `drag.listeners`.
 */
export class PointerDragController<K> implements ReactiveController {
  #press: Press<K> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PointerDragOptions<K>,
  ) {
    host.addController(this);
  }

  /** The key being dragged, if any. */
  get dragging(): K | undefined {
    return this.#press?.active ? this.#press.key : undefined;
  }

  hostDisconnected(): void {
    this.#press = undefined;
  }

  /** The pointerdown handler for the surface that stands for `key`. */
  down(key: K): (event: PointerEvent) => void {
    return (event) => this.#down(key, event);
  }

  /** pointermove, pointerup, pointercancel and lostpointercapture, for every surface. */
  readonly move = (event: PointerEvent): void => {
    const press = this.#press;
    if (!press || press.pointerId !== event.pointerId) return;
    if (press.active) {
      this.options.move(press.key, event);
      return;
    }
    const dx = Math.abs(event.clientX - press.x);
    const dy = Math.abs(event.clientY - press.y);
    if (dx < TOUCH_SLOP && dy < TOUCH_SLOP) return;
    if (dx > dy) {
      // A deliberate sideways drag: it acts from here on.
      this.#activate(press, event);
      this.options.move(press.key, event);
    } else {
      // Up or down: the page scrolls, and this touch never sets anything.
      this.#press = undefined;
    }
  };

  readonly up = (event: PointerEvent): void => {
    const press = this.#press;
    if (!press || press.pointerId !== event.pointerId) return;
    if (!press.active) {
      const moved = Math.hypot(event.clientX - press.x, event.clientY - press.y);
      if (moved < TOUCH_SLOP) this.#activate(press, event);
      else {
        this.#press = undefined;
        return;
      }
    }
    this.#press = undefined;
    this.options.end?.(press.key, event, true);
  };

  readonly cancel = (event: PointerEvent): void => {
    const press = this.#press;
    if (!press || press.pointerId !== event.pointerId) return;
    this.#press = undefined;
    if (press.active) this.options.end?.(press.key, event, false);
  };

  #down(key: K, event: PointerEvent): void {
    if (event.button !== 0 || this.#press) return;
    if (this.options.canStart && !this.options.canStart(key, event)) return;
    const press: Press<K> = {
      key,
      pointerId: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      active: false,
      target: event.currentTarget as Element,
    };
    this.#press = press;
    if (event.pointerType === 'touch' && this.options.touch === 'tap-or-drag') return;
    event.preventDefault();
    this.#activate(press, event);
  }

  #activate(press: Press<K>, event: PointerEvent): void {
    press.active = true;
    // The value first, while the layout is still clean: the answer is reported before focus
    // and capture make the browser restyle.
    this.options.start(press.key, event);
    try {
      press.target.setPointerCapture(press.pointerId);
    } catch {
      // A pointer that is already gone (or a synthetic one) cannot be captured; the press counts.
    }
  }
}
