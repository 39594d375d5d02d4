import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import { easyPoint } from '../core/easy-read.js';
import type { GoalPlanGoal } from './types.js';
export { default as styles } from './review.styles.js';

/** What a goal shown for reading needs. */
export interface Shown {
  g: GoalPlanGoal;
  /** Its index in the list. */
  i: number;
  t: LocalizeController;
  /** aria-level of the goal's heading. */
  level: number;
}

/** The ratings of a goal so far, today's last when given. */
export function ratingsOf(g: GoalPlanGoal): number[] {
  const all = g.history.map((h) => h.rating);
  return g.rating === null ? all : [...all, g.rating];
}

/** One goal's heading ("Goal 2"), which names its section. */
function heading(v: Shown): TemplateResult {
  return html`<div class="goal-title" id="goal-${v.i}" role="heading" aria-level=${v.level}>
    ${v.t.term('goalNumber', v.i + 1)}
  </div>`;
}

// The goal plan's views for a plan already made: a goal under review and the record a clinician
// reads. The element loads this module the first time it shows either (mode="review" or
// readonly), so a page where goals are only set does not fetch it.

/** The ratings so far as a line over 0–10: drawn for the eye, named in words for everyone. */
export function historyChart(ratings: readonly number[], label: string): TemplateResult {
  const step = 100 / Math.max(1, ratings.length - 1);
  const points = ratings.map((r, i) => `${ratings.length > 1 ? i * step : 50},${50 - r * 5}`);
  return html`<svg
    part="chart"
    class="chart"
    viewBox="-4 -4 108 58"
    role="img"
    aria-label=${label}
    preserveAspectRatio="none"
  >
    ${svg`<path class="axis" d="M0 0H100M0 50H100" />
      <polyline points=${points.join(' ')} />
      ${points.map((p) => {
        const [x, y] = p.split(',');
        return svg`<circle cx=${x} cy=${y} r="3" />`;
      })}`}
  </svg>`;
}

/** The history in words: "Started at 2, now 6". */
export function progressText(g: GoalPlanGoal, t: LocalizeController): string {
  const all = ratingsOf(g);
  if (all.length === 0) return t.term('goalNotRated');
  const [first, now] = [all[0], all[all.length - 1]].map((n) => t.number(n));
  return all.length === 1 ? t.term('goalRatedOnce', first) : t.term('goalProgress', first, now);
}

/** The chart's name: each rating with its day; today's when given. */
export function chartLabel(g: GoalPlanGoal, t: LocalizeController, today: string): string {
  const dated = g.history.map((h) => [h.rating, h.at] as const);
  if (g.rating !== null) dated.push([g.rating, today]);
  return t.term(
    'goalChart',
    dated.map(([r, at]) =>
      t.term('goalRatingOn', t.number(r), t.date(at, { dateStyle: 'medium' })),
    ),
  );
}

/** The history: the chart and its words. */
export function history(v: Shown, today: string): unknown {
  const ratings = ratingsOf(v.g);
  if (ratings.length === 0) return nothing;
  return easyPoint(
    v.t,
    'progress',
    html`<div class="history">
      ${historyChart(ratings, chartLabel(v.g, v.t, today))}
      <p part="progress" class="progress">${progressText(v.g, v.t)}</p>
    </div>`,
  );
}

/** A goal's two notes, when given, for reading. */
export function notes(v: Shown): TemplateResult {
  const { t, g } = v;
  const rows: Array<[string, string]> = [
    [t.term('goalHowWeKnow'), g.howWeKnow],
    [t.term('goalFirstStep'), g.firstStep],
  ];
  return html`${rows.map(([label, text]) =>
    text ? html`<p class="note"><span class="hint">${label}</span> ${text}</p>` : nothing,
  )}`;
}

/** A goal in the record a clinician reads: words, whose idea, status, history and change. */
export function goalRecord(v: Shown & { threshold: number | null; today: string }): TemplateResult {
  const { t, g } = v;
  const ratings = ratingsOf(g);
  const change = ratings.length > 1 ? ratings[ratings.length - 1] - ratings[0] : null;
  const marked = change !== null && v.threshold !== null && Math.abs(change) >= v.threshold;
  const signed = change === null ? '' : t.number(change, { signDisplay: 'exceptZero' });
  return html`<section part="goal" class="goal" aria-labelledby="goal-${v.i}">
    ${easyPoint(t, 'goal', heading(v))}
    <p part="goal-text" class="goal-text">${g.text}</p>
    ${notes(v)}
    <p class="hint">
      ${t.content('goalProposers')![g.proposedBy]} ·
      ${t.content('goalStatuses')![g.status]}${g.reason ? html` · ${g.reason}` : nothing}
    </p>
    ${history(v, v.today)}
    ${
      change === null
        ? nothing
        : html`<p part="change" class=${marked ? 'change marked' : 'change'}>
            ${t.term('goalChange', signed)}${
              marked
                ? html`<strong>. ${t.term('goalAtThreshold', t.number(v.threshold!))}</strong>`
                : nothing
            }
          </p>`
    }
  </section>`;
}

/** Goals the plan brought already achieved or stopped: listed under their own heading. */
export function finishedGoals(
  goals: readonly GoalPlanGoal[],
  t: LocalizeController,
  level: number,
): TemplateResult | typeof nothing {
  if (goals.length === 0) return nothing;
  return html`<div class="goal-title" role="heading" aria-level=${level}>
      ${t.term('goalFinished')}
    </div>
    <ul class="finished">
      ${goals.map((g) => html`<li>${g.text} · ${t.content('goalStatuses')![g.status]}</li>`)}
    </ul>`;
}
