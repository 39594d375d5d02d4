/**
 * A feedback prompt's answers as they stand: the draft, answers given for a clinic's questions
 * that have not arrived yet, and what happens to both when a value, the questions, the rating
 * style or the comment's limit changes. Each problem is reported as an `invalid-value` message.
 */
import type { InstrumentDefinition } from '../instruments/types.js';
import { isDefaultChecks } from './compose.js';
import type { Draft, RatingStyle } from './types.js';
import { acceptAnswers, EMPTY_DRAFT, ratingMisfit, takeValue } from './value.js';

/** What the answers need from their prompt. */
export interface AnswersHost {
  style(): RatingStyle;
  /** The comment's `maxlength`. */
  limit(): number;
  /** The questions as read: a clinic's own, the quick checks, or none yet. */
  questions(): InstrumentDefinition | undefined;
  /** Part of a value could not be taken (a sentence ending with a full stop). */
  invalid(message: string): void;
}

export class PromptAnswers {
  draft: Draft = EMPTY_DRAFT;
  /** `value.answers` given while the quick checks show: for a clinic's questions still to come. */
  #pending: unknown;

  constructor(private readonly host: AnswersHost) {}

  /** A clinic's own questions, once they have arrived. */
  get #custom(): InstrumentDefinition | undefined {
    const questions = this.host.questions();
    return isDefaultChecks(questions) ? undefined : questions;
  }

  /** Takes a `value` from the host, dropping (and reporting) the parts that do not fit. */
  take(next: unknown): void {
    const { host } = this;
    const taken = takeValue(next, {
      style: host.style(),
      maxlength: host.limit(),
      questions: this.#custom,
    });
    this.draft = taken.draft;
    // The clinic's questions may not have arrived yet (a child script written later).
    if (taken.pending) this.#pending = taken.pending;
    this.#invalid(taken.problems);
  }

  /** The questions changed: answers held for them apply, and answers to others go. */
  questionsChanged(
    questions: InstrumentDefinition | undefined,
    previous: InstrumentDefinition | undefined,
  ): void {
    // The quick checks in another language are the same questions: the answers stay.
    if (isDefaultChecks(questions) && isDefaultChecks(previous)) return;
    const given = this.#pending ?? (isDefaultChecks(previous) ? {} : this.draft.answers);
    this.#pending = undefined;
    const custom = this.#custom;
    const { answers, problem } = custom ? acceptAnswers(custom, given) : { answers: {} };
    this.draft = { ...this.draft, answers };
    if (problem) this.#invalid([problem]);
  }

  /** After the rating style changed: a rating it cannot show is cleared. */
  fitRating(): void {
    const problem = ratingMisfit(this.draft.rating, this.host.style());
    if (!problem) return;
    this.host.invalid(problem);
    this.draft = { ...this.draft, rating: null };
  }

  /** After the comment's limit changed: a longer comment is cut to it. */
  fitComment(): void {
    const comment = this.draft.comment.slice(0, this.host.limit());
    if (comment !== this.draft.comment) this.draft = { ...this.draft, comment };
  }

  #invalid(problems: string[]): void {
    if (problems.length > 0) this.host.invalid(`${problems.join('; ')}.`);
  }
}
