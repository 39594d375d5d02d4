import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import type { TrendSeries, TrendSession } from './series.js';

/** A session's flags in words: below the cutoff, a drop, a change of wording. */
export function sessionFlags(
  series: TrendSeries,
  session: TrendSession,
  t: LocalizeController,
): string[] {
  const flags: string[] = [];
  if (session.belowCutoff === true && series.cutoff) {
    flags.push(t.term('trendBelow', t.number(series.cutoff.below)));
  }
  if (session.drop && session.change !== null) {
    flags.push(t.term('trendDrop', t.number(-session.change)));
  }
  if (session.wordingChanged) flags.push(t.term('trendWordingChanged'));
  return flags;
}

/** The same data as the chart, as a table: session, date, total, each subscale, flags. */
export function renderTable(
  series: TrendSeries,
  labels: readonly string[],
  title: string,
  t: LocalizeController,
  date: (iso: string) => string,
): TemplateResult {
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? t.term('notAnswered') : t.number(value);
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${title}>
    <table part="table">
      <caption>
        ${title}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.term('trendSessionColumn')}</th>
          <th scope="col">${t.term('trendDate')}</th>
          <th scope="col">${t.term('total')}</th>
          ${labels.map((label) => html`<th scope="col">${label}</th>`)}
          <th scope="col">${t.term('trendFlags')}</th>
        </tr>
      </thead>
      <tbody>
        ${series.sessions.map(
          (session) =>
            html`<tr>
              <th scope="row">${t.number(session.number)}</th>
              <td>${date(session.completedAt)}</td>
              <td>${score(session.total)}</td>
              ${series.subscales.map(
                (name) =>
                  html`<td>
                    ${score(Object.hasOwn(session.subscales, name) ? session.subscales[name] : null)}
                  </td>`,
              )}
              <td>${sessionFlags(series, session, t).join('; ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
