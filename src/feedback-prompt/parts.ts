import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { InstrumentDefinition } from '../instruments/types.js';
import { questionChoices, ratingChoices } from './choices.js';
import type { RatingOption } from './compose.js';
import { commentField, contactField } from './fields.js';
import type { FeedbackContent } from './locales/index.js';
import type { Draft, FeedbackPart, RatingStyle } from './types.js';

/**
 * The parts a person answers, in order: the overall rating, the checks (the quick checks or a
 * clinic's own questions), the comment and the contact choice, each only when included.
 * The handlers read the element's draft when they run, not as it was when this was rendered.
 */
export function promptParts(o: {
  parts: readonly FeedbackPart[];
  w: FeedbackContent;
  draft: Draft;
  dir: 'ltr' | 'rtl';
  disabled: boolean;
  style: RatingStyle;
  options: readonly RatingOption[];
  questions: InstrumentDefinition;
  lang: string;
  missing: readonly number[];
  notAnswered: string;
  optional: string;
  maxlength: number;
  counter: string;
  announcement: string;
  rate(rating: number): void;
  answer(id: string, value: number): void;
  onCommentInput(event: Event): void;
  onContactChange(event: Event): void;
  onDetailsInput(event: Event): void;
}): TemplateResult {
  const { w, draft, dir, disabled } = o;
  const shows = (part: FeedbackPart) => o.parts.includes(part);
  return html`
    ${
      shows('rating')
        ? ratingChoices({
            dir,
            disabled,
            style: o.style,
            question: w.rating.question,
            options: o.options,
            rating: draft.rating,
            choose: o.rate,
          })
        : nothing
    }
    ${
      shows('checks')
        ? questionChoices({
            dir,
            disabled,
            questions: o.questions,
            answers: draft.answers,
            lang: o.lang,
            missing: o.missing,
            notAnswered: o.notAnswered,
            optional: o.optional,
            choose: o.answer,
          })
        : nothing
    }
    ${
      shows('comment')
        ? commentField({
            disabled,
            w,
            comment: draft.comment,
            maxlength: o.maxlength,
            counter: o.counter,
            announcement: o.announcement,
            onInput: o.onCommentInput,
          })
        : nothing
    }
    ${
      shows('contact')
        ? contactField({
            disabled,
            w,
            allowed: draft.contact,
            details: draft.details,
            onChange: o.onContactChange,
            onInput: o.onDetailsInput,
          })
        : nothing
    }
  `;
}
