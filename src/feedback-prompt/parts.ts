import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { easyPoint } from '../core/easy-read.js';
import type { InstrumentDefinition } from '../instruments/types.js';
import { questionChoices, ratingChoices } from './choices.js';
import type { RatingOption } from './compose.js';
import { commentField, contactField } from './fields.js';
import type { FeedbackContent } from './locales/index.js';
import type { Draft, FeedbackPart, RatingStyle } from './types.js';

/** What the answered parts show, and what they call when the person answers. */
export interface PartsView {
  parts: readonly FeedbackPart[];
  w: FeedbackContent;
  draft: Draft;
  dir: 'ltr' | 'rtl';
  disabled: boolean;
  style: RatingStyle;
  options: readonly RatingOption[];
  questions: InstrumentDefinition;
  lang: string;
  /** Easy read: the definitions' `easyRead` texts, and a picture beside each part. */
  easy: boolean;
  /** The indexes of the questions marked as missing. */
  missing: readonly number[];
  notAnswered: string;
  /** "(optional)", shown after a clinic's question that is not required; '' for none. */
  optional: string;
  maxlength: number;
  /** "12 of 1,000 characters". */
  counter: string;
  /** What the comment's live region says (only near the limit). */
  announcement: string;
  /** Shown under the comment after a paste that did not all fit. */
  pasteNote: string;
  rate(rating: number): void;
  answer(id: string, value: number): void;
  onCommentInput(event: Event): void;
  onCommentBeforeInput(event: InputEvent): void;
  onContactChange(event: Event): void;
  onDetailsInput(event: Event): void;
}

/**
 * The parts a person answers, in order: the overall rating, the checks (the quick checks or a
 * clinic's own questions), the comment and the contact choice, each only when included.
 */
export function promptParts(o: PartsView): TemplateResult {
  const shows = (part: FeedbackPart) => o.parts.includes(part);
  const t = { easyRead: () => o.easy };
  return html`
    ${shows('rating') ? easyPoint(t, 'feedback', ratingChoices(o)) : nothing}
    ${shows('checks') ? questionChoices(o, t) : nothing}
    ${shows('comment') ? easyPoint(t, 'read', commentField(o)) : nothing}
    ${shows('contact') ? easyPoint(t, 'contact', contactField(o)) : nothing}
  `;
}
