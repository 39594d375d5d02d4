import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FeedbackContent } from './locales/index.js';
import { CONTACT_MAXLENGTH } from './value.js';

/** "What could we do better?": the box, its hint, its count, and what is said near the limit. */
export function commentField(o: {
  w: FeedbackContent;
  comment: string;
  maxlength: number;
  disabled: boolean;
  /** "12 of 1,000 characters". */
  counter: string;
  /** What the live region says (only near the limit). */
  announcement: string;
  onInput(event: Event): void;
}): TemplateResult {
  return html`<div class="field comment">
    <label class="legend" for="comment">${o.w.comment.question}</label>
    <p class="hint" id="comment-hint">${o.w.comment.hint}</p>
    <textarea
      id="comment"
      part="comment"
      rows="3"
      maxlength=${o.maxlength}
      aria-describedby="comment-hint comment-count"
      .value=${o.comment}
      ?disabled=${o.disabled}
      @input=${o.onInput}
    ></textarea>
    <p
      part="counter"
      class=${o.comment.length >= o.maxlength ? 'counter at-limit' : 'counter'}
      id="comment-count"
    >
      ${o.counter}
    </p>
    <p class="visually-hidden" role="status" aria-live="polite" data-announce="comment">
      ${o.announcement}
    </p>
  </div>`;
}

/** "You may contact me", and once ticked, how. */
export function contactField(o: {
  w: FeedbackContent;
  allowed: boolean;
  details: string;
  disabled: boolean;
  onChange(event: Event): void;
  onInput(event: Event): void;
}): TemplateResult {
  return html`<div part="contact" class="field contact">
    <span class="check">
      <input
        type="checkbox"
        id="contact"
        .checked=${o.allowed}
        ?disabled=${o.disabled}
        @change=${o.onChange}
      />
      <label for="contact">${o.w.contact.consent}</label>
    </span>
    ${
      o.allowed
        ? html`<div class="details">
            <label class="legend" for="contact-details">${o.w.contact.details}</label>
            <p class="hint" id="contact-hint">${o.w.contact.hint}</p>
            <input
              type="text"
              id="contact-details"
              maxlength=${CONTACT_MAXLENGTH}
              aria-describedby="contact-hint"
              .value=${o.details}
              ?disabled=${o.disabled}
              @input=${o.onInput}
            />
          </div>`
        : nothing
    }
  </div>`;
}

/** A finished response for reading (e.g. by a clinician): question and answer, row by row. */
export function summaryList(rows: ReadonlyArray<[string, string]>): TemplateResult {
  return html`<dl part="summary" class="summary">
    ${rows.map(
      ([question, answer]) =>
        html`<div class="row">
          <dt>${question}</dt>
          <dd>${answer}</dd>
        </div>`,
    )}
  </dl>`;
}
