import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { faceIcon } from '../core/faces.js';
import { numberedScale, radioGroup } from '../core/radio-group.js';
import { easyPoint } from '../core/easy-read.js';
import { shownText } from '../core/text.js';
import { choicesOf } from './compose.js';
import type { PartsView } from './parts.js';
import { answerOf } from './value.js';

/** A star, filled or outlined; the label beside it carries the meaning. */
export function starIcon(filled: boolean): TemplateResult {
  return html`<svg viewBox="0 0 24 24" width="100%" height="100%" focusable="false">
    ${svg`<path
      d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z"
      fill=${filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linejoin="round"
    />`}
  </svg>`;
}

function face(index: number, count: number): TemplateResult {
  return html`<span part="face" class="face">${faceIcon(index, count)}</span>`;
}

/**
 * The overall rating: five faces, five stars (those up to the choice filled), or eleven numbered
 * boxes whose ends say their words to screen readers and, under the row, to everyone.
 */
export function ratingChoices(
  o: Pick<PartsView, 'dir' | 'disabled' | 'style' | 'w' | 'options' | 'draft' | 'rate'>,
): TemplateResult {
  const { style } = o;
  const { rating } = o.draft;
  const scale = style === 'scale' ? numberedScale(o.options) : null;
  const choices =
    scale?.choices ??
    o.options.map((option, i) => {
      if (style === 'faces')
        return { value: option.value, label: option.words, picture: face(i, 5) };
      const filled = rating !== null && option.value <= rating;
      return {
        value: option.value,
        label: option.words,
        picture: html`<span part="star" class=${filled ? 'star filled' : 'star'}
          >${starIcon(filled)}</span
        >`,
      };
    });
  return html`<div class="fit">
    ${radioGroup({
      name: 'rating',
      legend: o.w.rating.question,
      choices,
      checked: rating,
      choose: o.rate,
      dir: o.dir,
      disabled: o.disabled,
      part: 'rating options',
      class: `rating ${style}`,
      after: scale?.after ?? nothing,
    })}
  </div>`;
}

/**
 * Each question of the checks part (the quick checks, or a clinic's own) as a radio group; in
 * easy read with its `easyRead` words and a question mark beside it.
 */
export function questionChoices(
  o: Pick<
    PartsView,
    | 'dir'
    | 'disabled'
    | 'questions'
    | 'draft'
    | 'lang'
    | 'easy'
    | 'missing'
    | 'notAnswered'
    | 'optional'
    | 'answer'
  >,
  t: { easyRead(): boolean },
): TemplateResult {
  return html`<div class="questions">
    ${o.questions.items.map((item, i) => {
      const scale = choicesOf(o.questions, i);
      const required = item.required !== false;
      const group = radioGroup({
        name: `q-${i}`,
        legend: html`${shownText(item.text, item.easyRead, o.lang, o.easy)}${
          !required && o.optional ? html` <span class="optional">(${o.optional})</span>` : nothing
        }`,
        choices: scale.options.map((option, j) => ({
          value: option.value,
          label: shownText(option.label, option.easyRead, o.lang, o.easy),
          picture: scale.type === 'faces' ? face(j, scale.options.length) : undefined,
        })),
        checked: answerOf(o.draft.answers, item.id),
        choose: (value) => o.answer(item.id, value),
        dir: o.dir,
        disabled: o.disabled,
        required,
        missing: o.missing.includes(i) && o.notAnswered,
        class: `question ${scale.type === 'faces' ? 'faces' : 'likert'}`,
      });
      return easyPoint(t, 'question', group);
    })}
  </div>`;
}
