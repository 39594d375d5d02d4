import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { cssVars } from '../core/css-vars.js';
import type { LocalizeController } from '../core/localize.js';
import { lineDecimals, snapToLine, stepOf } from '../instruments/scoring.js';
import type { VisualAnalogScale } from '../instruments/types.js';

/**
 * Where a key press moves a line's mark, or null for a key the line does not use. Arrow keys
 * follow the reading direction; Page keys move a tenth of the line. On an empty line the first
 * arrow or Page key, in either direction, puts the mark in the middle: a first press never
 * lands near either end, which would read as a strong answer the person did not give.
 */
export function lineKeyValue(
  key: string,
  current: number | undefined,
  scale: VisualAnalogScale,
  dir: 'ltr' | 'rtl',
): number | null {
  if (key === 'Home') return scale.min;
  if (key === 'End') return scale.max;
  const step = stepOf(scale);
  const page = Math.max(step, (scale.max - scale.min) / 10);
  const forward = dir === 'rtl' ? -1 : 1;
  const deltas: Record<string, number> = {
    ArrowUp: step,
    ArrowDown: -step,
    ArrowRight: step * forward,
    ArrowLeft: -step * forward,
    PageUp: page,
    PageDown: -page,
  };
  if (!Object.hasOwn(deltas, key)) return null;
  if (current === undefined) return snapToLine(scale, (scale.min + scale.max) / 2);
  return snapToLine(scale, current + deltas[key]);
}

/** The number formats made ahead of a first mark, by language and decimals. */
const prepared = new Set<string>();

/**
 * Makes the number format a line's first mark will use when the page is idle: the first `Intl`
 * format on a page takes tens of milliseconds, which a person's first press should not wait for.
 */
function prepare(t: LocalizeController, decimals: Intl.NumberFormatOptions): void {
  const key = `${t.lang()}|${decimals.maximumFractionDigits}`;
  if (prepared.has(key)) return;
  prepared.add(key);
  const make = () => void t.number(0.5, decimals);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(make);
  else setTimeout(make, 200);
}

/**
 * A line's value in words: as shown beside it (with the line's decimals), and as spoken, with
 * the anchor it is nearer to, or "not answered" with both anchors while no mark is set.
 */
export function lineWords(
  value: number | undefined,
  scale: VisualAnalogScale,
  low: string,
  high: string,
  t: LocalizeController,
): { shown: string; spoken: string } {
  const digits = lineDecimals(scale);
  const decimals = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (value === undefined) {
    prepare(t, decimals);
    return { shown: '', spoken: t.term('lineEmpty', low, high) };
  }
  const shown = t.number(value, decimals);
  const middle = (scale.min + scale.max) / 2;
  const nearer = value === middle ? null : value < middle ? low : high;
  return { shown, spoken: t.term('lineValue', shown, t.number(scale.max), nearer) };
}

/** The value under a pointer at `clientX` on a track, snapped to the line's grid. */
export function lineValueAt(
  clientX: number,
  track: DOMRect,
  scale: VisualAnalogScale,
  dir: 'ltr' | 'rtl',
): number {
  const fraction =
    dir === 'rtl' ? (track.right - clientX) / track.width : (clientX - track.left) / track.width;
  return snapToLine(scale, scale.min + fraction * (scale.max - scale.min));
}

/** What a line shows and says; the element works the words out in its language. */
export interface LineView {
  index: number;
  value: number | undefined;
  scale: VisualAnalogScale;
  /** The question, as its heading. */
  question: TemplateResult;
  low: string;
  high: string;
  /** The value as written beside the line, e.g. "7.5". */
  shown: string;
  /** What a screen reader says for the value (`aria-valuetext`). */
  spoken: string;
  missing: boolean;
  editable: boolean;
  keydown(event: KeyboardEvent): void;
  pointerdown(event: PointerEvent): void;
}

/**
 * A visual-analog line: the ARIA slider pattern, with the anchors at its ends and the value
 * written beside it. While no mark is set it still carries `aria-valuenow` (the low end) and says
 * "not answered" in `aria-valuetext`. Pointer moves and ends are handled by the list around it.
 */
export function renderLine(v: LineView): TemplateResult {
  const has = v.value !== undefined;
  const { min, max } = v.scale;
  const position = has ? ((v.value as number) - min) / (max - min) : 0;
  return html`<div class="question" id=${`q-${v.index}`}>${v.question}</div>
    <div
      part="line"
      class=${has ? 'line set' : 'line'}
      role="slider"
      data-item-index=${v.index}
      tabindex=${v.editable ? 0 : -1}
      aria-labelledby=${`q-${v.index}`}
      aria-describedby=${v.missing ? `error-${v.index}` : nothing}
      aria-valuemin=${min}
      aria-valuemax=${max}
      aria-valuenow=${has ? (v.value as number) : min}
      aria-valuetext=${v.spoken}
      aria-invalid=${v.missing ? 'true' : 'false'}
      aria-disabled=${v.editable ? 'false' : 'true'}
      aria-orientation="horizontal"
      ${cssVars({ '--_position': String(position) })}
      @keydown=${v.keydown}
      @pointerdown=${v.pointerdown}
    >
      <div part="track" class="track">
        ${has ? html`<div part="mark" class="mark"></div>` : nothing}
      </div>
    </div>
    <div part="anchors" class="anchors" aria-hidden="true">
      <span class="low">${v.low}</span>
      <span class="value">${v.shown}</span>
      <span class="high">${v.high}</span>
    </div>`;
}
