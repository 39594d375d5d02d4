import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { numberedScale, radioGroup, type RadioGroupView } from '../core/radio-group.js';
import { easyPoint } from '../core/easy-read.js';
import type { LocalizeController } from '../core/localize.js';
import { PROPOSERS, STATUSES, TEXT_MAX } from './value.js';
import type { GoalPlanGoal } from './types.js';
import type { Shown } from './review.js';

type Field = 'text' | 'howWeKnow' | 'firstStep' | 'reason';

/** What one goal shows, and what it calls when the person changes it. */
export interface GoalView {
  g: GoalPlanGoal;
  /** Its index in the list, and how many goals the list has. */
  i: number;
  count: number;
  t: LocalizeController;
  dir: 'ltr' | 'rtl';
  disabled: boolean;
  /** aria-level of the goal's heading. */
  level: number;
  /** What Send found missing here. */
  missing?: 'text' | 'rating';
  /** In a review, today's rating is asked (and needed while the goal is active). */
  review: boolean;
  /** A goal written in this response can be taken out again. */
  removable: boolean;
  edit(change: Partial<GoalPlanGoal>): void;
  input(field: Field, event: Event): void;
  move(i: number, step: -1 | 1): void;
  remove(i: number): void;
  /** The views of a plan already made (review.ts), loaded when a plan is reviewed. */
  views?: typeof import('./review.js');
}

/** A control's words, with the goal's number for screen readers: every goal asks the same. */
function named(v: Shown, words: string): TemplateResult {
  return html`<span class="visually-hidden">${v.t.term('goalNumber', v.i + 1)}: </span>${words}`;
}

/** A text box with its label; the goal's own words with a count and a limit. */
function textField(v: GoalView, field: Field, label: string): TemplateResult {
  const { t, g } = v;
  const id = `${field}-${v.i}`;
  const main = field === 'text';
  const missing = main && v.missing === 'text';
  const value = g[field];
  const described = [main && `${id}-count`, missing && `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="field">
    <label class="legend" for=${id}
      >${named(v, label)}${main ? nothing : html` <span class="optional">(${t.term('optional')})</span>`}</label
    >
    <textarea
      id=${id}
      part=${main ? 'goal-text' : 'note'}
      data-focus=${id}
      rows=${main ? 3 : 2}
      maxlength=${TEXT_MAX}
      .value=${value}
      ?required=${main}
      ?disabled=${v.disabled}
      aria-invalid=${missing ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(e: Event) => v.input(field, e)}
    ></textarea>
    ${
      main
        ? html`<p
            part="counter"
            class=${value.length >= TEXT_MAX ? 'counter at-limit' : 'counter'}
            id="${id}-count"
          >
            ${t.term('goalCharacters', t.number(value.length), t.number(TEXT_MAX))}
          </p>`
        : nothing
    }
    ${missing ? html`<p class="item-error" id="${id}-error">${t.term('notAnswered')}</p>` : nothing}
  </div>`;
}

/** 0–10, the ends labelled, as the feedback prompt's scale. */
function rating(v: GoalView, legend: string, required: boolean): RadioGroupView {
  const { t } = v;
  const ends = [t.term('goalScaleLow'), t.term('goalScaleHigh')];
  return radioGroup({
    name: `rating-${v.i}`,
    legend: named(v, legend),
    ...numberedScale(
      Array.from({ length: 11 }, (_, n) => ({
        value: n,
        number: t.number(n),
        words: n % 10 ? undefined : ends[n / 10],
      })),
    ),
    checked: v.g.rating,
    choose: (n) => v.edit({ rating: n }),
    dir: v.dir,
    disabled: v.disabled,
    required,
    missing: v.missing === 'rating' && t.term('notAnswered'),
    part: 'rating options',
    class: 'scale',
  });
}

/** Whose idea it was, or where it stands now: one radio group of words. */
function choices<V extends string>(
  v: GoalView,
  name: string,
  legend: string,
  values: readonly V[],
  words: Readonly<Record<V, string>>,
  checked: V,
  choose: (value: V) => void,
): RadioGroupView {
  return radioGroup({
    name: `${name}-${v.i}`,
    legend: named(v, legend),
    choices: values.map((value) => ({ value, label: words[value] })),
    checked,
    choose,
    dir: v.dir,
    disabled: v.disabled,
    part: `${name} options`,
  });
}

/** Move up, Move down, and Remove for a goal written now. */
function tools(v: GoalView): TemplateResult {
  const { t, i } = v;
  const button = (name: string, label: string, off: boolean, press: () => void) =>
    html`<button
      type="button"
      class="quiet"
      part=${name}
      data-focus="${name}-${i}"
      aria-disabled=${off ? 'true' : 'false'}
      ?disabled=${v.disabled}
      @click=${off ? nothing : press}
    >
      ${label}
    </button>`;
  return html`<div class="tools">
    ${
      v.count > 1
        ? html`${button('up', t.term('goalUp', i + 1), i === 0, () => v.move(i, -1))}
          ${button('down', t.term('goalDown', i + 1), i === v.count - 1, () => v.move(i, 1))}`
        : nothing
    }
    ${v.removable ? button('remove', t.term('goalRemove', i + 1), false, () => v.remove(i)) : nothing}
  </div>`;
}

/** One goal's heading. */
function heading(v: Shown): TemplateResult {
  return html`<div class="goal-title" id="goal-${v.i}" role="heading" aria-level=${v.level}>
    ${v.t.term('goalNumber', v.i + 1)}
  </div>`;
}

/**
 * A goal as the person works on it: written now (its words, notes, whose idea, where they are
 * now), or under review (its words and history, where it stands, and today's rating).
 */
export function goalCard(v: GoalView, today: string): TemplateResult {
  const { t, g } = v;
  const written = !v.review || g.createdAt === '';
  return html`<section part="goal" class="goal" aria-labelledby="goal-${v.i}">
    ${easyPoint(t, 'goal', heading(v))}
    ${
      written
        ? html`${textField(v, 'text', t.term('goalText'))}
          ${textField(v, 'howWeKnow', t.term('goalHowWeKnow'))}
          ${textField(v, 'firstStep', t.term('goalFirstStep'))}
          ${choices(v, 'proposed', t.term('goalProposedBy'), PROPOSERS, t.content('goalProposers')!, g.proposedBy, (proposedBy) => v.edit({ proposedBy }))}`
        : html`<p part="goal-text" class="goal-text">${g.text}</p>
            ${v.views!.notes(v)} ${v.views!.history(v, today)}
            ${choices(v, 'status', t.term('goalStatus'), STATUSES, t.content('goalStatuses')!, g.status, (status) => v.edit(status === 'active' ? { status, reason: '' } : { status }))}
            ${g.status === 'active' ? nothing : textField(v, 'reason', t.term('goalReason'))}`
    }
    ${rating(v, t.term(v.review ? 'goalRateToday' : 'goalRateStart'), v.review && g.status === 'active')}
    ${tools(v)}
  </section>`;
}
