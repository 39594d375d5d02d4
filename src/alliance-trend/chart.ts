/**
 * The trend's chart: SVG from Lit templates, drawn for the width it has (text stays its own
 * size at 320 px and at 1,600 px). It is a picture for sighted readers; the same facts reach a
 * screen reader through the summary, the announced session and the table.
 */
import { html, svg, nothing } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { ScoreRange, TrendSeries, TrendSession } from './series.js';

export interface ChartOptions {
  width: number;
  rtl: boolean;
  /** Draw the subscales' panel. */
  subscales: boolean;
  /** The index of the session the keyboard is on, or null. */
  current: number | null;
  number: (value: number) => string;
  /** A short date for the axis. */
  date: (iso: string) => string;
  /** Each subscale's label, in the order of `series.subscales`. */
  labels: readonly string[];
  cutoff: string;
  wording: string;
  subscaleTitle: string;
}

// The svg is laid out in physical terms (its CSS direction is ltr): START is the side of the
// score axis, which is the right in a right-to-left language.
const START = 44;
const END = 20;
const TOP = 24;
const TOTAL_HEIGHT = 170;
const AXIS = 40;
const GAP = 30;
const SUB_HEIGHT = 110;
/** Dash patterns that tell the subscales apart without colour. */
export const DASHES = ['none', '7 4', '2 3', '10 3 2 3', '4 4 1 4'];

/** The x of each session: left to right, or right to left in a right-to-left language. */
export function positions(count: number, width: number, rtl: boolean): number[] {
  const plot = Math.max(1, width - START - END);
  return Array.from({ length: count }, (_, i) => {
    const along = count === 1 ? plot / 2 : (i * plot) / (count - 1);
    return rtl ? width - START - along : START + along;
  });
}

/** The plot's left and right edges. */
function edges(width: number, rtl: boolean): [number, number] {
  return rtl ? [END, width - START] : [START, width - END];
}

/** A score's height in a panel. */
function yOf(value: number, range: ScoreRange, top: number, height: number): number {
  const span = range.max - range.min || 1;
  return top + height - ((value - range.min) / span) * height;
}

/** One line through the scored sessions, broken where a session has no score. */
function linePath(
  xs: readonly number[],
  values: ReadonlyArray<number | null>,
  y: (v: number) => number,
): string {
  let path = '';
  let open = false;
  values.forEach((value, i) => {
    if (value === null) {
      open = false;
      return;
    }
    path += `${open ? 'L' : 'M'}${xs[i].toFixed(1)} ${y(value).toFixed(1)}`;
    open = true;
  });
  return path;
}

/** The mark of a session: a circle; a square below the cutoff; a triangle for a drop. */
export function mark(
  session: TrendSession,
  x: number,
  y: number,
  small: boolean,
): SVGTemplateResult | typeof nothing {
  const below = session.belowCutoff === true;
  if (session.drop) {
    return svg`<path class="mark drop" d=${`M${x - 6} ${y - 5}h12l-6 10z`}></path>${
      below
        ? svg`<rect class="mark below ring" x=${x - 7} y=${y - 7} width="14" height="14"></rect>`
        : nothing
    }`;
  }
  if (below)
    return svg`<rect class="mark below" x=${x - 4.5} y=${y - 4.5} width="9" height="9"></rect>`;
  return small ? nothing : svg`<circle class="mark" cx=${x} cy=${y} r="3.5"></circle>`;
}

/** The sessions that get a label on the axis: as many as fit, always the first and the last. */
function labelled(count: number, width: number): Set<number> {
  const fit = Math.max(2, Math.floor((width - START - END) / 64));
  const step = Math.ceil(count / fit);
  const shown = new Set<number>();
  for (let i = 0; i < count; i += step) shown.add(i);
  if (count > 1 && count - 1 - Math.max(...shown) < step / 2) shown.delete(Math.max(...shown));
  shown.add(count - 1);
  return shown;
}

function yAxis(
  range: ScoreRange,
  top: number,
  height: number,
  width: number,
  o: ChartOptions,
): SVGTemplateResult {
  const ticks = [range.min, (range.min + range.max) / 2, range.max];
  const edge = o.rtl ? width - START + 6 : START - 6;
  const [left, right] = edges(width, o.rtl);
  return svg`${ticks.map((tick) => {
    const y = yOf(tick, range, top, height);
    return svg`<line class="grid" x1=${left} x2=${right} y1=${y} y2=${y}></line>
      <text class="tick" x=${edge} y=${y + 4} text-anchor=${o.rtl ? 'start' : 'end'}>${o.number(Math.round(tick * 10) / 10)}</text>`;
  })}`;
}

function cutoffLine(
  below: number,
  range: ScoreRange,
  top: number,
  height: number,
  width: number,
  o: ChartOptions,
): SVGTemplateResult {
  const y = yOf(below, range, top, height);
  const [left, right] = edges(width, o.rtl);
  return svg`<line class="cutoff" x1=${left} x2=${right} y1=${y} y2=${y}></line>
    <text class="cutoff-label" x=${o.rtl ? right - 4 : left + 4} y=${y - 5} text-anchor=${o.rtl ? 'end' : 'start'}>${o.cutoff}</text>`;
}

/** The chart of a series: the total's panel, and the subscales' when asked for. */
export function renderChart(series: TrendSeries, o: ChartOptions): TemplateResult {
  const { sessions } = series;
  const width = Math.max(280, o.width);
  const xs = positions(sessions.length, width, o.rtl);
  const spacing = sessions.length > 1 ? Math.abs(xs[1] - xs[0]) : width;
  const small = spacing < 7;
  const totalY = (v: number) => yOf(v, series.total, TOP, TOTAL_HEIGHT);
  const subTop = TOP + TOTAL_HEIGHT + AXIS + GAP;
  const sub = o.subscales && series.subscaleRange ? series.subscaleRange : null;
  const height = sub ? subTop + SUB_HEIGHT + 12 : TOP + TOTAL_HEIGHT + AXIS;
  const axisY = TOP + TOTAL_HEIGHT;
  const shown = labelled(sessions.length, width);
  const cut = series.cutoff;
  const current = o.current === null ? undefined : sessions[o.current];
  return html`<svg
    class="chart-svg"
    width=${width}
    height=${height}
    viewBox=${`0 0 ${width} ${height}`}
    aria-hidden="true"
    focusable="false"
  >
    ${yAxis(series.total, TOP, TOTAL_HEIGHT, width, o)}
    ${cut?.score === 'total' ? cutoffLine(cut.below, series.total, TOP, TOTAL_HEIGHT, width, o) : nothing}
    ${sessions.map((s, i) =>
      s.wordingChanged
        ? svg`<line class="wording" x1=${(xs[i] + xs[i - 1]) / 2} x2=${(xs[i] + xs[i - 1]) / 2} y1=${TOP - 14} y2=${axisY}></line>
          <text class="wording-label" x=${(xs[i] + xs[i - 1]) / 2} y=${TOP - 16} text-anchor=${(xs[i] + xs[i - 1]) / 2 > width / 2 ? 'end' : 'start'}>${o.wording}</text>`
        : nothing,
    )}
    <path
      class="total"
      d=${linePath(
        xs,
        sessions.map((s) => s.total),
        totalY,
      )}
    ></path>
    ${sessions.map((s, i) => (s.total === null ? nothing : mark(s, xs[i], totalY(s.total), small)))}
    ${[...shown].map(
      (
        i,
      ) => svg`<text class="tick" x=${xs[i]} y=${axisY + 16} text-anchor="middle">${o.number(sessions[i].number)}</text>
        <text class="tick date" x=${xs[i]} y=${axisY + 32} text-anchor="middle">${o.date(sessions[i].completedAt)}</text>`,
    )}
    ${sub ? subscalePanel(series, sub, xs, subTop, width, o) : nothing}
    ${
      current && o.current !== null
        ? svg`<line class="current" x1=${xs[o.current]} x2=${xs[o.current]} y1=${TOP} y2=${axisY}></line>${
            current.total === null
              ? nothing
              : svg`<circle class="current-ring" cx=${xs[o.current]} cy=${totalY(current.total)} r="9"></circle>`
          }`
        : nothing
    }
  </svg>`;
}

function subscalePanel(
  series: TrendSeries,
  range: ScoreRange,
  xs: readonly number[],
  top: number,
  width: number,
  o: ChartOptions,
): SVGTemplateResult {
  const y = (v: number) => yOf(v, range, top, SUB_HEIGHT);
  const cut = series.cutoff;
  const edge = o.rtl ? width - START : START;
  return svg`<text class="panel-title" x=${edge} y=${top - 12} text-anchor=${o.rtl ? 'end' : 'start'}>${o.subscaleTitle}</text>
    ${yAxis(range, top, SUB_HEIGHT, width, o)}
    ${cut && cut.score !== 'total' ? cutoffLine(cut.below, range, top, SUB_HEIGHT, width, o) : nothing}
    ${series.subscales.map(
      (name, k) =>
        svg`<path class="subscale" stroke-dasharray=${DASHES[k % DASHES.length]} d=${linePath(
          xs,
          series.sessions.map((s) => (Object.hasOwn(s.subscales, name) ? s.subscales[name] : null)),
          y,
        )}></path>`,
    )}`;
}
