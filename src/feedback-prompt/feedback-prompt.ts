import { nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { RapportFormControl, type EnvelopeParts } from '../core/form-control.js';
import { DefinitionController, unreadableValue } from '../core/definition-controller.js';
import { SurfaceController } from '../core/surface.js';
import type { DefinitionRef } from '../core/result.js';
import { sha256Hex } from '../core/hash.js';
import { isRegistered, lookUpInstrument } from '../instruments/registry.js';
import { checkerReady } from '../instruments/checker.js';
import type { InstrumentDefinition } from '../instruments/types.js';
import en from './locales/en.js';
import './locales/index.js';
import {
  checkQuestions,
  defaultChecks,
  formEntries,
  hasAnswer,
  isDefaultChecks,
  missingNamed,
  missingQuestions,
  PARTS,
  readInclude,
  shownPrompt,
  withFallback,
  type Shown,
  type ShownPrompt,
} from './compose.js';
import { canonicalText } from './canonical.js';
import { promptView } from './view.js';
import { EMPTY_DRAFT, resultAnswers, valueOf } from './value.js';
import { PromptAnswers } from './answers.js';
import { PolitenessController } from './politeness.js';
import { CommentNews } from './comment.js';
import type {
  Draft,
  FeedbackPart,
  FeedbackPromptResult,
  FeedbackPromptValue,
  RatingStyle,
} from './types.js';
import styles from './feedback-prompt.styles.js';
import choiceStyles from './choices.styles.js';
import sharedChoiceStyles from '../core/choices.styles.js';
import fieldStyles from '../core/fields.styles.js';

const DEFAULT_MAXLENGTH = 1000;

/**
 * @tag rapport-feedback-prompt
 * @customElement rapport-feedback-prompt
 * @summary Short, polite feedback after a session or visit: an overall rating (faces, stars or
 * 0–10), three quick checks, "what could we do better?", and an optional "you may contact me".
 *
 * Nothing is required on its own: the person answers what they want, and Send needs at least
 * one answer (a clinic's own questions keep their own `required`). Inside a `<form>` the
 * answers are posted as ordinary fields, so a clinic's website needs no script of its own.
 *
 * Politeness: "Not now" closes it at any point (`rapport-dismiss`); inline, a short note
 * ("Closed. Nothing was sent.") stays in its place and takes focus. With `prompt-key`, the
 * prompt remembers in `localStorage` only that the person answered or dismissed it, and when
 * (`{ "outcome": "dismissed", "at": "…" }`, never an answer), and stays hidden on later visits
 * until `ask-again-after` has passed.
 *
 * @event {RapportInputEvent} rapport-input - The person changed an answer; `detail` holds the answers so far and `complete`.
 * @event {RapportSubmitEvent} rapport-submit - The person sent their feedback; `detail` is a `FeedbackPromptResult`. Call `waitUntil(promise)` to show saving / saved / failed.
 * @event {RapportDismissEvent} rapport-dismiss - The person closed the prompt without sending (`detail.reason`: `close-button` or `escape`).
 * @event {RapportErrorEvent} rapport-error - An attribute, the `questions` or `value` cannot be used; `detail.code` and a `detail.message` naming the field.
 *
 * @slot thanks - The clinic's own follow-up, shown after sending (e.g. how to raise a concern).
 *
 * @csspart base - The prompt (the card, in floating mode).
 * @csspart launcher - The "Feedback" button of a floating prompt.
 * @csspart header - Title and the close button.
 * @csspart title - The title.
 * @csspart close - "Not now" (before sending) or "Close" (after).
 * @csspart intro - The line under the title.
 * @csspart rating - The overall rating's group.
 * @csspart options - A question's choices.
 * @csspart option - One choice.
 * @csspart face - A face picture.
 * @csspart star - A star picture.
 * @csspart question - A quick check or a clinic's own question.
 * @csspart comment - The free-text box.
 * @csspart counter - The comment's character count.
 * @csspart contact - The "you may contact me" checkbox and its field.
 * @csspart status - Messages: what is missing, saving, saved, not saved.
 * @csspart send - The Send button.
 * @csspart retry - The Try again button.
 * @csspart thanks - The follow-up after sending.
 * @csspart closed - What an inline prompt leaves after "Not now": a short note.
 * @csspart summary - The read-only view of a finished response.
 *
 * @cssprop --rapport-color-accent - Chosen answers and the Send button.
 * @cssprop --rapport-color-on-accent - Text on the accent colour.
 * @cssprop --rapport-color-surface - Background; the floating card's is white (light) unless set.
 * @cssprop --rapport-color-surface-raised - Background of the questions.
 * @cssprop --rapport-color-text - Text colour.
 * @cssprop --rapport-color-muted - Hints and the character count.
 * @cssprop --rapport-color-border - Borders.
 * @cssprop --rapport-color-danger - What is missing, what failed, a comment at its limit.
 * @cssprop --rapport-color-success - Saved.
 * @cssprop --rapport-color-focus - The focus ring.
 * @cssprop --rapport-radius - Corner radius.
 * @cssprop --rapport-space-1 - Smallest spacing; also --rapport-space-2, -3, -4.
 * @cssprop --rapport-target-size - Minimum size of anything pressed (default 2.75rem).
 * @cssprop --rapport-floating-inset-block-end - Floating: distance from the bottom of the window (default 1rem).
 * @cssprop --rapport-floating-inset-inline-end - Floating: distance from the end side (right, or left in right-to-left) (default 1rem).
 * @cssprop --rapport-floating-z-index - Floating: stacking order (default 20).
 */
export class RapportFeedbackPrompt extends RapportFormControl {
  static override localeScope = 'feedback-prompt';

  static override styles = [
    ...(RapportFormControl.styles as []),
    sharedChoiceStyles,
    fieldStyles,
    styles,
    choiceStyles,
  ];

  /** The overall rating's style: `faces` (1–5, default), `stars` (1–5) or `scale` (0–10). */
  @property({ attribute: 'rating' }) ratingStyle: RatingStyle = 'faces';

  /**
   * The parts to show, separated by spaces, in any order: `rating`, `checks` (the three quick
   * checks, or the clinic's own `questions`), `comment`, `contact`. Default: all four.
   */
  @property() include = 'rating checks comment contact';

  /**
   * A clinic's own questions in place of the three quick checks, in the instrument format of
   * `<rapport-alliance-scale>` (Likert or faces items only): a definition object, or the id of a
   * registered instrument or of one given to `<rapport-provider>`. Without it, a child
   * `<script type="application/json">` may hold the definition; without either, the default checks.
   */
  @property({
    converter: { fromAttribute: (v: string | null) => v ?? undefined, toAttribute: () => null },
  })
  questions?: InstrumentDefinition | string;

  /** `inline` (default): in the page's flow. `floating`: a "Feedback" button in a corner that opens a small card. */
  @property({ reflect: true }) mode: 'inline' | 'floating' = 'inline';

  /** Floating mode: whether the card is open. The person opens and closes it; a host may too. */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * Inside a form: the form may be sent while this open prompt has no answer (it then adds no
   * field). Without it, an empty prompt stops the form with "Answer any question to send.", so
   * an empty response is never posted.
   */
  @property({ type: Boolean, attribute: 'allow-empty' }) allowEmpty = false;

  /** The most characters the comment takes (default 1000). */
  @property({ type: Number }) maxlength = DEFAULT_MAXLENGTH;

  /**
   * Opts in to remembering, in `localStorage` under `rapport-elements:feedback-prompt:<key>`,
   * that the person answered or dismissed this prompt, and when. Never the answers.
   */
  @property({ attribute: 'prompt-key' }) promptKey = '';

  /**
   * With `prompt-key`: how long to stay hidden after an answer or a dismissal, as an ISO 8601
   * duration (`P30D`, `P2W`, `P3M`, `PT12H`; whole numbers). Default `P30D`.
   */
  @property({ attribute: 'ask-again-after' }) askAgainAfter = '';

  protected readonly resultKind = 'feedback-prompt';

  #parts: FeedbackPart[] = [...PARTS];

  readonly #questions = new DefinitionController<InstrumentDefinition>(this, {
    property: 'questions',
    given: () => this.questions,
    lookUp: (id) => lookUpInstrument(id, this.rapportContext?.instruments),
    fetches: true,
    ready: (candidate) => (isRegistered(candidate) ? undefined : checkerReady()),
    check: checkQuestions,
    // Without a clinic's own questions, the quick checks in the widget's language.
    fallback: () => defaultChecks(this.#wording()),
    changed: (questions, previous) => this.#answers.questionsChanged(questions, previous),
    applyValue: (_, value) => this.#applyValue(value),
    codes: { unknownId: 'unknown-instrument', invalid: 'invalid-instrument' },
  });
  readonly #answers = new PromptAnswers({
    style: () => this.ratingStyle,
    limit: () => this.maxlength,
    questions: () => this.#questions.definition,
    invalid: (message) => this.reportError({ code: 'invalid-value', message }),
  });
  readonly #focus = this.focusAfterUpdate;
  readonly #comment = new CommentNews({
    limit: () => this.maxlength,
    localize: this.localize,
    editable: () => this.isEditable,
    comment: () => this.#answers.draft.comment,
    change: (comment) => this.#change({ comment }),
  });
  readonly #polite = new PolitenessController(this, (key, message) =>
    this.#attributeError(key, message),
  );
  readonly #surface = new SurfaceController(this, {
    focusOnOpen: 'card',
    escape: () => this.#close('escape'),
  });

  /**
   * The answers. Set it to prefill, to restore a draft, or with `readonly` to show a finished
   * response. Parts it cannot take are dropped with a `rapport-error` (`invalid-value`); answers
   * to a clinic's own questions wait for the questions to arrive.
   */
  get value(): FeedbackPromptValue {
    return valueOf(this.#answers.draft, this.#custom);
  }

  set value(next: Partial<FeedbackPromptValue> | null | undefined) {
    // Questions that cannot be used leave the quick checks, which take the value at once.
    if (this.#questions.status !== 'invalid') this.#questions.holdValue(next);
    else {
      try {
        this.#applyValue(next);
      } catch (error) {
        this.reportError(unreadableValue(error));
      }
    }
    this.requestUpdate();
  }

  /** True while the prompt stays hidden because the person answered or dismissed it lately. */
  get suppressed(): boolean {
    return this.#polite.suppressed;
  }

  /** The parts shown, in order, after `include` was read. */
  get parts(): FeedbackPart[] {
    return [...this.#parts];
  }

  /** The built-in wording in the widget's language, English filling what a language lacks. */
  #wording() {
    return withFallback(this.localize.content('feedbackContent'), en.feedbackContent);
  }

  /** The questions asked: a clinic's own, or the quick checks (also while those cannot be used). */
  get #questionSet(): InstrumentDefinition {
    return this.#questions.definition ?? defaultChecks(this.#wording());
  }

  get #custom(): boolean {
    return !isDefaultChecks(this.#questionSet);
  }

  get #shown(): Shown {
    return { parts: this.#parts, questions: this.#questionSet, draft: this.#answers.draft };
  }

  /** Everything the prompt shows, in the widget's language. */
  #prompt(): ShownPrompt {
    return shownPrompt(
      this.#shown,
      this.ratingStyle,
      this.maxlength,
      this.#wording(),
      this.localize,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.checkEnum(changed, 'ratingStyle', 'rating', ['faces', 'stars', 'scale'], 'faces');
    this.checkEnum(changed, 'mode', 'mode', ['inline', 'floating'], 'inline');
    if (changed.has('ratingStyle')) this.#answers.fitRating();
    if (changed.has('include')) {
      const { parts, problem } = readInclude(this.include);
      this.#parts = parts;
      if (problem) this.#attributeError(`include:${this.include}`, problem);
    }
    if (changed.has('maxlength')) this.#checkMaxlength();
    // Read the questions before a value held for them is applied (in this update, not after).
    this.#questions.refresh();
    if (changed.has('state') && this.state === 'submitted' && this.matches(':focus-within')) {
      // Send is replaced by the thank-you: focus goes there, or to Close when it is empty.
      const thanks = this.querySelector(':scope > [slot="thanks"]');
      this.#focus.request(thanks ? 'thanks' : 'close');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('state') && this.state === 'submitted') this.#polite.remember('answered');
  }

  /** Closed by the person, or hidden because they answered or dismissed it lately: never sends. */
  override async submit(): Promise<boolean> {
    if (!this.#polite.isOpen) return false;
    return super.submit();
  }

  // ---- Settings ------------------------------------------------------------------------------

  #attributeError(key: string, message: string): void {
    this.reportOnce(key, { code: 'invalid-attribute', message });
  }

  #checkMaxlength(): void {
    if (!Number.isInteger(this.maxlength) || this.maxlength < 1) {
      this.#attributeError(
        `maxlength:${this.maxlength}`,
        `maxlength="${String(this.maxlength)}" is not a whole number of at least 1; using ${DEFAULT_MAXLENGTH}.`,
      );
      this.maxlength = DEFAULT_MAXLENGTH;
    }
    this.#answers.fitComment();
  }

  #applyValue(next: unknown): void {
    this.#answers.take(next);
    this.#comment.forget();
  }

  // ---- RapportFormControl --------------------------------------------------------------------

  protected missingAnswers(): string[] {
    if (!this.#polite.isOpen) return [];
    const { localize: t } = this;
    const labels = missingNamed(this.#shown, t.lang(), t.easyRead()).map(([n, text]) =>
      t.term('questionNumber', n, text),
    );
    return labels.length > 0 || hasAnswer(this.#shown) ? labels : [t.term('feedbackAnyQuestion')];
  }

  /** Nothing answered, and no question of the clinic's required: any answer makes it ready. */
  protected override notReadyText(missing: string[]): string {
    return hasAnswer(this.#shown) || missingQuestions(this.#shown).length > 0
      ? super.notReadyText(missing)
      : this.localize.term('feedbackNotReady');
  }

  protected override notSavedText(): string {
    return this.localize.term('feedbackNotSaved');
  }

  /** An open prompt with nothing answered stops its form, unless the host allows an empty one. */
  protected override blocksForm(): boolean {
    return this.required || (!this.allowEmpty && !hasAnswer(this.#shown));
  }

  protected firstMissingControl(): HTMLElement | null {
    const first = missingQuestions(this.#shown)[0];
    return this.renderRoot.querySelector<HTMLElement>(
      first === undefined
        ? 'input[name="rating"], input[name^="q-"], textarea'
        : `input[name="q-${first}"]`,
    );
  }

  protected formEntries(): Array<[string, string]> {
    return this.#polite.isOpen ? formEntries(this.#shown, this.ratingStyle) : [];
  }

  protected clearAnswers(): void {
    this.#answers.draft = EMPTY_DRAFT;
    this.#comment.forget();
    this.requestUpdate();
  }

  protected async definitionRef(): Promise<DefinitionRef | null> {
    const { id, version } = this.#questionSet;
    return { id, version, contentHash: await sha256Hex(canonicalText(this.#prompt())) };
  }

  protected draftData(): Record<string, unknown> {
    return { ...this.value };
  }

  protected buildResult(envelope: EnvelopeParts): FeedbackPromptResult {
    const parts = this.#parts;
    return {
      kind: 'feedback-prompt',
      ...envelope,
      include: [...parts],
      ...resultAnswers(this.value, parts, this.ratingStyle),
    };
  }

  /** Remembers an answer given through a native form post, before the page leaves. */
  protected override formSubmitting(): void {
    if (this.#polite.isOpen) this.#polite.remember('answered');
  }

  // ---- What the person does ------------------------------------------------------------------

  /** Changes the draft as the person did, and tells the host. */
  #change(change: Partial<Draft>): void {
    if (!this.isEditable) return;
    this.#answers.draft = { ...this.#answers.draft, ...change };
    this.requestUpdate();
    this.answerChanged();
  }

  /** "Not now", "Close" or Escape. Before sending this is a dismissal; after, just closing. */
  #close(reason: 'close-button' | 'escape'): void {
    const answered = this.state === 'submitting' || this.state === 'submitted';
    if (!answered && !this.readonly) {
      this.dismissed(reason);
      this.#polite.remember('dismissed');
    }
    if (this.mode === 'floating') {
      this.open = false;
      this.#surface.closed('launcher');
    } else {
      this.#polite.close();
      if (this.matches(':focus-within')) this.#focus.request('closed');
    }
  }

  // ---- Rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    return promptView({
      prompt: () => this.#prompt(),
      t: this.localize,
      closed: this.#polite.closed,
      hidden: !this.#polite.isOpen,
      floating: this.mode === 'floating',
      open: this.open,
      submitted: this.state === 'submitted',
      readonly: this.readonly,
      inForm: this.inForm,
      editable: this.isEditable,
      titleLevel: this.titleLevel,
      showMissing: this.showMissing,
      comment: this.#comment,
      readAloud: () => this.renderReadAloud(),
      status: () => this.renderStatus(),
      send: () => this.renderSend(),
      openCard: () => {
        this.open = true;
        this.#surface.opened();
      },
      close: () => this.#close('close-button'),
      keydown: this.#surface.keydown,
      change: (change) => this.#change(change),
      answer: (id, value) =>
        this.#change({ answers: { ...this.#answers.draft.answers, [id]: value } }),
    });
  }
}
