/**
 * Drawn signatures as SVG path data, not pixels: a few hundred bytes of text that a record
 * system can store, compare and draw again at any size. Coordinates are in the pad's own units
 * (`PAD_WIDTH` × `PAD_HEIGHT`), whatever size the pad is shown at, from its physical top-left
 * corner: a drawing is not mirrored in right-to-left languages.
 */

/** The pad's width in its own units (the SVG `viewBox`). */
export const PAD_WIDTH = 400;
/** The pad's height in its own units. */
export const PAD_HEIGHT = 150;

/** A drawn signature: one path per stroke, in a `width` × `height` box. */
export interface DrawnSignature {
  /** SVG path data, one stroke each: `M 40 30 L 80 30 L 120 60`. */
  paths: string[];
  width: number;
  height: number;
}

/** Longest path data accepted from `value`: well above any hand-drawn signature. */
const MAX_PATH_LENGTH = 20_000;
const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\s-]+$/;

/** True for path data made of SVG path commands and numbers only. */
function isPathData(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_PATH_LENGTH &&
    PATH_DATA.test(value) &&
    /^\s*[Mm]/.test(value)
  );
}

/** Checks a drawn signature from outside (a saved `value`); null when it is not one. */
export function checkDrawn(value: unknown): DrawnSignature | null {
  if (value === null || typeof value !== 'object') return null;
  const { paths, width, height } = value as Record<string, unknown>;
  const positive = (n: unknown): n is number =>
    typeof n === 'number' && Number.isFinite(n) && n > 0;
  if (!Array.isArray(paths) || !paths.every(isPathData) || !positive(width) || !positive(height)) {
    return null;
  }
  return { paths: [...(paths as string[])], width, height };
}

/** One decimal at most, and never "-0". */
function round(n: number): number {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r;
}

function clamp(n: number, max: number): number {
  return Math.min(max, Math.max(0, n));
}

/**
 * Where a pointer is on the pad, in the pad's units (`width` × `height`, its `viewBox`), rounded
 * to 0.1 and kept inside the pad.
 */
export function padPoint(
  pad: Element,
  clientX: number,
  clientY: number,
  width = PAD_WIDTH,
  height = PAD_HEIGHT,
): [number, number] {
  const rect = pad.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return [0, 0];
  return [
    round(clamp(((clientX - rect.left) * width) / rect.width, width)),
    round(clamp(((clientY - rect.top) * height) / rect.height, height)),
  ];
}

/**
 * Records strokes from one pointer at a time: a press starts a stroke, moves extend it, and
 * lifting ends it. A press without a move leaves a dot (a zero-length line, drawn round).
 * A second finger on the pad while one is drawing is ignored.
 */
export class StrokeRecorder {
  /** Every stroke so far, the one being drawn last. */
  strokes: string[] = [];
  #active: { pointerId: number; last: [number, number]; moved: boolean } | undefined;

  /** Starts a stroke; false when another pointer is already drawing. */
  begin(pointerId: number, [x, y]: [number, number]): boolean {
    if (this.#active) return false;
    this.#active = { pointerId, last: [x, y], moved: false };
    this.strokes = [...this.strokes, `M ${x} ${y}`];
    return true;
  }

  /** Extends the stroke of `pointerId`; false when nothing changed. */
  extend(pointerId: number, [x, y]: [number, number]): boolean {
    const active = this.#active;
    if (!active || active.pointerId !== pointerId) return false;
    if (active.last[0] === x && active.last[1] === y) return false;
    active.last = [x, y];
    active.moved = true;
    this.#appendToLast(` L ${x} ${y}`);
    return true;
  }

  /** Ends the stroke of `pointerId`; false when that pointer was not drawing. */
  end(pointerId: number): boolean {
    const active = this.#active;
    if (!active || active.pointerId !== pointerId) return false;
    if (!active.moved) this.#appendToLast(` L ${active.last[0]} ${active.last[1]}`);
    this.#active = undefined;
    return true;
  }

  clear(): void {
    this.strokes = [];
    this.#active = undefined;
  }

  /** Replaces the strokes, e.g. with a saved signature. */
  load(paths: readonly string[]): void {
    this.strokes = [...paths];
    this.#active = undefined;
  }

  /** The finished strokes, without one still being drawn. */
  finished(): string[] {
    return this.#active ? this.strokes.slice(0, -1) : [...this.strokes];
  }

  #appendToLast(segment: string): void {
    const last = this.strokes.length - 1;
    this.strokes = [...this.strokes.slice(0, last), this.strokes[last] + segment];
  }
}
