import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import { resolveText } from '../core/text.js';
import { roundScore, scaleOf, scoreResponse } from '../instruments/scoring.js';
import { readStoredResult, scoreRange } from '../instruments/results.js';
import { subscaleLabel } from '../instruments/subscales.js';
import type { Answers, InstrumentDefinition, ItemDefinition } from '../instruments/types.js';
import type { ShownTexts } from './shown.js';

/** The cutoff's three states: below, at or above, and unknown (not enough answers). */
function cutoffTerm(flagged: boolean | null): 'flagged' | 'notFlagged' | 'cutoffUnknown' {
  return flagged === null ? 'cutoffUnknown' : flagged ? 'flagged' : 'notFlagged';
}

function cutoffClass(flagged: boolean | null): string {
  return flagged === null ? 'cutoff unknown' : flagged ? 'cutoff flagged' : 'cutoff';
}

/** An earlier response to compare with: its total and when it was completed. */
export interface Earlier {
  total: number;
  completedAt: string;
}

/**
 * Reads the `previous` result a read-only scale compares with: its total, computed again from
 * its answers, and its date. A problem in words (naming the field) when it cannot be used;
 * undefined for none, or one without a total.
 */
export function readPrevious(
  inst: InstrumentDefinition,
  previous: unknown,
): Earlier | string | undefined {
  if (previous === undefined || previous === null) return undefined;
  const read = readStoredResult(inst, previous, 'previous');
  if (typeof read === 'string') return read;
  const total = scoreResponse(inst, read.answers).total;
  return total === null ? undefined : { total, completedAt: read.completedAt };
}

/** "down 4.5 since 28 April": the change rounded as scores are, the day in the widget's language. */
function changeWords(change: number, date: string, t: LocalizeController): string {
  const rounded = roundScore(change);
  const day = t.date(date, { day: 'numeric', month: 'long' });
  return t.term('changeSince', rounded, t.number(Math.abs(rounded)), day);
}

/**
 * A finished response for reading (e.g. by a clinician): each question with its answer, then
 * the scores and the cutoff in words.
 */
export function renderSummary(
  inst: InstrumentDefinition,
  answers: Answers,
  texts: ShownTexts,
  t: LocalizeController,
  question: (item: ItemDefinition, index: number) => TemplateResult,
  earlier?: Earlier,
): TemplateResult {
  const { lang } = texts;
  const scores = scoreResponse(inst, answers);
  const fmt = (n: number | null) => (n === null ? t.term('notAnswered') : t.number(n));
  const maxTotal = scoreRange(inst, inst.items, inst.scoring?.total ?? 'sum').max;
  const cutoff = scores.cutoff;
  return html`<dl part="summary" class="summary">
      ${inst.items.map((item, index) => {
        const scale = scaleOf(inst, item);
        const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
        let shown: string;
        if (value === undefined) shown = t.term('notAnswered');
        else if (scale.type === 'visual-analog') {
          shown = t.term('scoreOf', t.number(value), t.number(scale.max));
        } else {
          const option = scale.options.find((o) => o.value === value);
          shown = `${t.number(value)} · ${texts.option(option)}`;
        }
        return html`<div class="row">
          <dt>${question(item, index)}</dt>
          <dd>${shown}</dd>
        </div>`;
      })}
    </dl>
    <div part="score-panel" class="scores">
      <p class="scores-title">${t.term('scores')}</p>
      <dl>
        <div class="row">
          <dt>${t.term('total')}</dt>
          <dd>
            ${
              scores.total === null
                ? fmt(null)
                : t.term('scoreOf', fmt(scores.total), t.number(maxTotal))
            }${
              earlier && scores.total !== null
                ? html`<span part="change" class="change"
                    >, ${changeWords(scores.total - earlier.total, earlier.completedAt, t)}</span
                  >`
                : nothing
            }
          </dd>
        </div>
        ${Object.entries(scores.subscales).map(
          ([name, score]) =>
            html`<div class="row">
              <dt>${subscaleLabel(inst, name, lang)}</dt>
              <dd>${fmt(score)}</dd>
            </div>`,
        )}
      </dl>
      ${
        cutoff
          ? html`<p class=${cutoffClass(cutoff.flagged)}>
              <strong>${t.term(cutoffTerm(cutoff.flagged))}</strong>
              (${t.term(
                'cutoffRule',
                cutoff.score === 'total'
                  ? t.term('theTotal')
                  : subscaleLabel(inst, cutoff.score, lang),
                t.number(cutoff.below),
              )})${
                cutoff.flagged && inst.scoring?.cutoff
                  ? html`: ${resolveText(inst.scoring.cutoff.message, lang)}`
                  : nothing
              }
            </p>`
          : nothing
      }
    </div>`;
}
