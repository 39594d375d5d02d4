import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PartsView } from './parts.js';
import { CONTACT_MAXLENGTH } from './value.js';

/** "What could we do better?": the box, its hint, its count, and what is said near the limit. */
export function commentField(
  o: Pick<
    PartsView,
    | 'w'
    | 'draft'
    | 'maxlength'
    | 'disabled'
    | 'counter'
    | 'announcement'
    | 'pasteNote'
    | 'onCommentInput'
    | 'onCommentBeforeInput'
  >,
): TemplateResult {
  const { comment } = o.draft;
  return html`<div class="field comment">
    <label class="legend" for="comment">${o.w.comment.question}</label>
    <p class="hint" id="comment-hint">${o.w.comment.hint}</p>
    <textarea
      id="comment"
      part="comment"
      rows="3"
      maxlength=${o.maxlength}
      aria-describedby="comment-hint comment-count"
      .value=${comment}
      ?disabled=${o.disabled}
      @beforeinput=${o.onCommentBeforeInput}
      @input=${o.onCommentInput}
    ></textarea>
    ${o.pasteNote ? html`<p class="hint" part="paste-note">${o.pasteNote}</p>` : nothing}
    <p
      part="counter"
      class=${comment.length >= o.maxlength ? 'counter at-limit' : 'counter'}
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
export function contactField(
  o: Pick<PartsView, 'w' | 'draft' | 'disabled' | 'onContactChange' | 'onDetailsInput'>,
): TemplateResult {
  const { contact, details } = o.draft;
  return html`<div part="contact" class="field contact">
    <span class="check">
      <input
        type="checkbox"
        id="contact"
        .checked=${contact}
        ?disabled=${o.disabled}
        @change=${o.onContactChange}
      />
      <label for="contact">${o.w.contact.consent}</label>
    </span>
    ${
      contact
        ? html`<div class="details">
            <label class="legend" for="contact-details">${o.w.contact.details}</label>
            <p class="hint" id="contact-hint">${o.w.contact.hint}</p>
            <input
              type="text"
              id="contact-details"
              maxlength=${CONTACT_MAXLENGTH}
              aria-describedby="contact-hint"
              .value=${details}
              ?disabled=${o.disabled}
              @input=${o.onDetailsInput}
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
