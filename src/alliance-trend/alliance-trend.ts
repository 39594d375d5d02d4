import { html, nothing, svg } from 'lit';
import type { PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RapportElement } from '../core/rapport-element.js';
import { DefinitionController } from '../core/definition-controller.js';
import { renderDefinitionStatus } from '../core/definition-status.js';
import { LightDomController, readJsonChild } from '../core/json-child.js';
import { RapportSelectEvent } from '../core/events.js';
import { isRecord, shownText } from '../core/text.js';
import { easyPoint } from '../core/easy-read.js';
import { instrumentSource } from '../instruments/source.js';
import { subscaleLabel } from '../instruments/subscales.js';
import type { InstrumentDefinition } from '../instruments/types.js';
import type { Questionnaire } from '../fhir/types.js';
import { readTrend, type TrendSeries, type TrendSession } from './series.js';
import { DASHES, positions, renderChart } from './chart.js';
import { renderTable, sessionFlags } from './table.js';
import commonStyles from '../core/common.styles.js';
import styles from './alliance-trend.styles.js';
import './locales/index.js';

const SHORT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/**
 * @tag rapport-alliance-trend
 * @customElement rapport-alliance-trend
 * @summary The clinician's view across sessions: an alliance scale's totals over time as a
 * chart, with the cutoff, subscales, alerts and changes of wording, in words, and as a table.
 * It collects nothing.
 *
 * @event {RapportSelectEvent} rapport-select - A session was chosen (Enter on the chart, or a click); `detail.responseId`, `detail.session`, `detail.completedAt`.
 * @event {RapportErrorEvent} rapport-error - The instrument, a result (named by its position and field) or an attribute cannot be used; the rest still shows.
 *
 * @csspart base - The whole widget.
 * @csspart summary - The sentence that says the trend in words.
 * @csspart controls - The toggles.
 * @csspart chart - The chart (one tab stop).
 * @csspart legend - What the lines and shapes mean.
 * @csspart table - The table of sessions.
 * @csspart error - The message shown in place of an instrument that cannot be used.
 * @csspart easy-picture - In easy read, the picture beside the summary.
 * @csspart read-aloud - In easy read, "Read this to me" and its Pause and Stop buttons.
 *
 * @cssprop --rapport-color-accent - The total's line and points.
 * @cssprop --rapport-color-danger - Alerts (below the cutoff, a drop) and the cutoff line.
 * @cssprop --rapport-color-muted - Axes, labels and the legend.
 * @cssprop --rapport-color-track - The grid.
 * @cssprop --rapport-color-text - The subscales' lines.
 * @cssprop --rapport-color-border - The table's rules.
 * @cssprop --rapport-color-focus - The focus ring and the session the keyboard is on.
 */
export class RapportAllianceTrend extends RapportElement {
  static override localeScope = 'alliance-trend';
  static override styles = [...(RapportElement.styles as []), commonStyles, styles];

  /**
   * The instrument the results answered: a definition object, or the id of a built-in example
   * or of one given to `<rapport-provider>`, or a FHIR Questionnaire. Without it, a child
   * `<script type="application/json">` holds the instrument, or `{ "instrument", "results" }`.
   */
  @property({
    converter: { fromAttribute: (v: string | null) => v ?? undefined, toAttribute: () => null },
  })
  instrument?: InstrumentDefinition | Questionnaire | string;

  /**
   * The sessions: results of `<rapport-alliance-scale>` in any order, or
   * `{ answers, completedAt, responseId? }` entries (a `value` with its date). An entry that
   * cannot be used is named in `rapport-error` and left out; the others show.
   */
  @property({ attribute: false }) results?: readonly unknown[];

  /** A fall in the total of this many points or more since the session before is an alert. */
  @property({ type: Number, attribute: 'drop-alert' }) dropAlert = 1;

  @state() private table = false;
  @state() private subscales = false;
  @state() private current: number | null = null;
  @state() private announcement = '';
  @state() private width = 0;

  /** Results from a child script `{ "instrument", "results" }`. */
  #child: { instrument?: unknown; results?: unknown } = {};
  #memo: { inst: unknown; results: unknown; drop: number; series: TrendSeries } | undefined;
  #resize: ResizeObserver | undefined;

  readonly #source = new DefinitionController<InstrumentDefinition>(
    this,
    instrumentSource(this, {
      // The attribute, else the instrument named in a child `{ "instrument", "results" }`.
      given: () => this.instrument ?? (this.#child.instrument as string | object | undefined),
    }),
  );

  constructor() {
    super();
    new LightDomController(this, () => {
      const child = readJsonChild(this);
      const value = child.kind === 'data' && isRecord(child.value) ? child.value : {};
      const wrapped = value.results !== undefined && value.items === undefined;
      this.#child = wrapped ? { instrument: value.instrument, results: value.results } : {};
      this.requestUpdate();
    });
  }

  /** The instrument in use, once it is valid. */
  get definition(): InstrumentDefinition | undefined {
    return this.#source.definition;
  }

  /**
   * What the trend shows, computed (read only): each session's scores and flags, the alerts,
   * the ranges and the cutoff, for a host to use in its own interface. Undefined until the
   * instrument is there.
   */
  get series(): TrendSeries | undefined {
    const inst = this.definition;
    if (!inst) return undefined;
    const results = this.results ?? this.#child.results;
    const drop = this.#dropPoints();
    const memo = this.#memo;
    if (memo && memo.inst === inst && memo.results === results && memo.drop === drop)
      return memo.series;
    const { series, problems } = readTrend(inst, results, drop);
    for (const p of problems) {
      this.reportOnce(`result:${p.message}`, { code: 'invalid-value', message: p.message });
    }
    this.#memo = { inst, results, drop, series };
    return series;
  }

  #dropPoints(): number {
    const drop = this.dropAlert;
    return typeof drop === 'number' && Number.isFinite(drop) && drop > 0 ? drop : 1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    this.#resize = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      // Drawn in the next frame: a new height in this one would be a resize loop.
      if (width > 0 && width !== this.width) requestAnimationFrame(() => (this.width = width));
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('dropAlert') && this.#dropPoints() !== this.dropAlert) {
      // Named as the host wrote it: "a lot", not the NaN it became.
      const given = this.getAttribute('drop-alert') ?? String(this.dropAlert);
      this.reportOnce(`drop:${given}`, {
        code: 'invalid-attribute',
        message: `drop-alert="${given}" must be a number of points above 0; using 1.`,
      });
    }
    const count = this.series?.sessions.length ?? 0;
    if (this.current !== null && this.current >= count) this.current = count > 0 ? count - 1 : null;
  }

  // ---- Words ---------------------------------------------------------------------------------

  #format = (n: number): string => this.localize.number(n);
  #date = (iso: string): string => this.localize.date(iso, LONG_DATE);

  #score(value: number | null): string {
    return value === null ? this.localize.term('notAnswered') : this.#format(value);
  }

  /** "8 sessions, 3 March to 12 May. Last total 31.5, below 36. Down 4.5 since the session before." */
  #summary(series: TrendSeries): string {
    const t = this.localize;
    const { sessions } = series;
    if (sessions.length === 0) return t.term('trendEmpty');
    const first = sessions[0];
    const last = sessions[sessions.length - 1];
    const words = [
      t.term(
        'trendSessions',
        sessions.length,
        this.#format(sessions.length),
        this.#date(first.completedAt),
        sessions.length > 1 ? this.#date(last.completedAt) : null,
      ),
    ];
    const scored = [...sessions].reverse().find((s) => s.total !== null);
    if (scored && scored.total !== null) {
      const cut = series.cutoff?.score === 'total' ? series.cutoff : null;
      words.push(
        t.term(
          'trendLast',
          this.#format(scored.total),
          cut ? this.#format(cut.below) : null,
          scored.belowCutoff === true,
        ),
      );
      if (scored.change !== null) {
        words.push(t.term('trendChange', scored.change, this.#format(Math.abs(scored.change))));
      }
    }
    return words.join(' ');
  }

  /** What is announced when the keyboard moves to a session. */
  #describe(series: TrendSeries, session: TrendSession): string {
    const t = this.localize;
    const inst = this.definition as InstrumentDefinition;
    const lang = t.lang();
    const parts = [
      `${t.term('trendSession', this.#format(session.number))}, ${this.#date(session.completedAt)}`,
      `${t.term('total')} ${this.#score(session.total)}`,
      ...sessionFlags(series, session, t),
      ...series.subscales.map(
        (name) =>
          `${subscaleLabel(inst, name, lang)} ${this.#score(
            Object.hasOwn(session.subscales, name) ? session.subscales[name] : null,
          )}`,
      ),
    ];
    return `${parts.join('. ')}.`;
  }

  // ---- Keyboard and pointer ------------------------------------------------------------------

  #moveTo(index: number): void {
    const series = this.series;
    if (!series || series.sessions.length === 0) return;
    const clamped = Math.max(0, Math.min(series.sessions.length - 1, index));
    this.current = clamped;
    this.announcement = this.#describe(series, series.sessions[clamped]);
  }

  #select(index: number): void {
    const session = this.series?.sessions[index];
    if (!session) return;
    this.dispatchEvent(
      new RapportSelectEvent({
        responseId: session.responseId,
        session: session.number,
        completedAt: session.completedAt,
      }),
    );
  }

  #keydown(event: KeyboardEvent): void {
    const count = this.series?.sessions.length ?? 0;
    if (count === 0) return;
    const at = this.current ?? count - 1;
    // Sessions run with the reading direction: in a right-to-left language, left is later.
    const forward = this.localize.dir() === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, number> = {
      [forward]: at + 1,
      [back]: at - 1,
      ArrowUp: at + 1,
      ArrowDown: at - 1,
      Home: 0,
      End: count - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.current === null) this.#moveTo(at);
      this.#select(at);
      return;
    }
    if (!Object.hasOwn(moves, event.key)) return;
    event.preventDefault();
    this.#moveTo(this.current === null && event.key !== 'Home' ? count - 1 : moves[event.key]);
  }

  #focus(): void {
    const count = this.series?.sessions.length ?? 0;
    if (this.current === null && count > 0) this.#moveTo(count - 1);
  }

  /** A press anywhere on the chart chooses the nearest session: a target as wide as the chart. */
  #click(event: MouseEvent): void {
    const chart = (event.currentTarget as Element).querySelector('svg');
    const count = this.series?.sessions.length ?? 0;
    if (!chart || count === 0) return;
    const box = chart.getBoundingClientRect();
    // The svg may be drawn smaller than it was laid out (a very narrow host).
    const drawn = Number(chart.getAttribute('width')) || box.width;
    const [first, last] = positions(Math.max(2, count), drawn, this.localize.dir() === 'rtl');
    const at = ((event.clientX - box.left) * drawn) / box.width;
    const index = count === 1 ? 0 : Math.round((at - first) / (last - first));
    this.#moveTo(index);
    this.#select(Math.max(0, Math.min(count - 1, index)));
  }

  // ---- Rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize;
    const lang = t.lang();
    const dir = t.dir();
    const inst = this.definition;
    const series = this.series;
    if (!inst || !series) return renderDefinitionStatus(this.#source.status, t);
    const title = shownText(inst.title, inst.easyRead?.title, lang, t.easyRead());
    const labels = series.subscales.map((name) => subscaleLabel(inst, name, lang));
    const hasSessions = series.sessions.length > 0;
    const subscales = this.subscales && labels.length > 0;
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
      ${this.renderReadAloud()}
      ${easyPoint(t, 'progress', html`<p part="summary" class="summary">${this.#summary(series)}</p>`)}
      ${
        hasSessions
          ? html`<div part="controls" class="controls">
                ${
                  labels.length > 0
                    ? html`<button
                        type="button"
                        class="quiet toggle"
                        aria-pressed=${subscales ? 'true' : 'false'}
                        @click=${() => (this.subscales = !this.subscales)}
                      >
                        ${t.term('trendShowSubscales')}
                      </button>`
                    : nothing
                }
                <button
                  type="button"
                  class="quiet toggle"
                  aria-pressed=${this.table ? 'true' : 'false'}
                  @click=${() => (this.table = !this.table)}
                >
                  ${t.term('trendShowTable')}
                </button>
              </div>
              <div class="view" ?hidden=${this.table}>
                <div
                  part="chart"
                  class="chart"
                  role="group"
                  tabindex="0"
                  aria-label=${t.term('trendChart', title)}
                  aria-describedby="keys"
                  @keydown=${this.#keydown}
                  @focus=${this.#focus}
                  @click=${this.#click}
                >
                  ${renderChart(series, {
                    width: this.width || 600,
                    rtl: dir === 'rtl',
                    subscales,
                    current: this.current,
                    number: this.#format,
                    date: (iso) => t.date(iso, SHORT_DATE),
                    labels,
                    cutoff: series.cutoff
                      ? t.term('trendCutoff', this.#format(series.cutoff.below))
                      : '',
                    wording: t.term('trendWordingChanged'),
                    subscaleTitle: t.term('trendSubscales'),
                  })}
                </div>
                <p id="keys" class="visually-hidden">${t.term('trendKeys')}</p>
                ${this.#legend(series, subscales ? labels : [])}
              </div>
              <div class="table-view" ?hidden=${!this.table}>
                ${renderTable(series, labels, title, t, this.#date)}
              </div>`
          : nothing
      }
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  #legend(series: TrendSeries, labels: readonly string[]): TemplateResult {
    const t = this.localize;
    const key = (shape: SVGTemplateResult, text: string) =>
      html`<li><svg class="key" viewBox="0 0 24 16" aria-hidden="true">${shape}</svg>${text}</li>`;
    const line = (cls: string, dash = 'none') =>
      svg`<line class=${cls} x1="0" x2="24" y1="8" y2="8" stroke-dasharray=${dash}></line>`;
    const cut = series.cutoff && this.#format(series.cutoff.below);
    return html`<ul part="legend" class="legend">
      ${key(line('total'), t.term('total'))}
      ${cut ? key(line('cutoff'), t.term('trendCutoff', cut)) : nothing}
      ${cut ? key(svg`<rect class="mark below" x="7.5" y="3.5" width="9" height="9"></rect>`, t.term('trendBelow', cut)) : nothing}
      ${key(svg`<path class="mark drop" d="M6 3h12l-6 10z"></path>`, t.term('trendDropRule', this.#format(series.dropAlert)))}
      ${series.sessions.some((s) => s.wordingChanged) ? key(line('wording', '3 3'), t.term('trendWordingChanged')) : nothing}
      ${labels.map((label, k) => key(line('subscale', DASHES[k % DASHES.length]), label))}
    </ul>`;
  }
}
