/**
 * Real pointer input at computed positions (integer viewport CSS px), through
 * `@web/test-runner-commands`, which works in Chromium, Firefox and WebKit.
 */
import { sendMouse } from '@web/test-runner-commands';

/** Where a point `fraction` of the way along an element's width is, from its physical left. */
export function pointAlong(element: Element, fraction: number): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + fraction * rect.width), Math.round(rect.top + rect.height / 2)];
}

/** Scrolls the element into view so that a pointer can reach it. */
export function bringIntoView(element: Element): void {
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/**
 * Waits until the element stands still: the same place in two frames running. An engine may
 * apply a scroll, or a layout after a render, a frame or more late (Firefox, on a busy
 * machine), and a click measured before that lands beside its target. Bounded: 60 frames.
 */
export async function stillInView(element: Element): Promise<void> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    await new Promise(requestAnimationFrame);
    const { left, top } = element.getBoundingClientRect();
    const now = `${left},${top}`;
    if (now === last) return;
    last = now;
  }
}

/** Clicks the middle of an element, once it stands still in view. */
export async function clickOn(element: Element): Promise<void> {
  bringIntoView(element);
  await stillInView(element);
  await sendMouse({ type: 'click', position: pointAlong(element, 0.5) });
}

/** Clicks `fraction` of the way along an element (e.g. a slider's track), from its physical left. */
export async function clickAlong(element: Element, fraction: number): Promise<void> {
  bringIntoView(element);
  await sendMouse({ type: 'click', position: pointAlong(element, fraction) });
}

/**
 * Presses at `from` along an element, moves through each of `via` and releases at the last,
 * as a person dragging a mark along a line.
 */
export async function dragAlong(element: Element, from: number, via: number[]): Promise<void> {
  bringIntoView(element);
  await sendMouse({ type: 'move', position: pointAlong(element, from) });
  await sendMouse({ type: 'down' });
  for (const fraction of via) {
    await sendMouse({ type: 'move', position: pointAlong(element, fraction) });
  }
  await sendMouse({ type: 'up' });
}
