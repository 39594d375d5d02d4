import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RapportFormControl, type EnvelopeParts } from '../core/form-control.js';
import { LightDomController } from '../core/json-child.js';
import './locales/index.js';
import type { DefinitionRef, RapportResultBase } from '../core/result.js';
import { isoTime } from '../core/result.js';
import type { RapportErrorCode } from '../core/events.js';
import { resolveText } from '../core/text.js';
import { canonicalJson, sha256Hex } from '../core/hash.js';
import { faceIcon } from '../core/faces.js';
import { checkInstrumentOnce } from '../instruments/validate.js';
import { findDefinition } from '../instruments/registry.js';
import { canonicalInstrumentText } from '../instruments/canonical.js';
import { missingRequired, sanitizeAnswers, scaleOf } from '../instruments/scoring.js';
import type {
  Answers,
  InstrumentDefinition,
  ItemDefinition,
  LikertScale,
  FacesScale,
} from '../instruments/types.js';
import {
  CHECK_ITEMS,
  CHECK_VALUES,
  defaultChecks,
  feedbackContent,
  type FeedbackContent,
} from './content/index.js';
import { addDuration, parseDuration, type Duration } from './duration.js';
import { readPromptRecord, writePromptRecord, type PromptOutcome } from './prompt-memory.js';
import styles from './feedback-prompt.styles.js';

/** How the overall rating is asked: five faces, five stars, or a 0–10 scale. */
export type RatingStyle = 'faces' | 'stars' | 'scale';

/** The parts a clinic can include, in the order they are shown. */
export type FeedbackPart = 'rating' | 'checks' | 'comment' | 'contact';

/** The answer to one quick check. */
export type CheckAnswer = 'yes' | 'partly' | 'no';

/** The three quick checks, each `null` while unanswered (or when not shown). */
export interface FeedbackChecks {
  /** "I felt heard." */
  heard: CheckAnswer | null;
  /** "I felt respected." */
  respected: CheckAnswer | null;
  /** "We worked on what I wanted to work on." */
  whatIWanted: CheckAnswer | null;
}

/** Whether the person may be contacted about their feedback, and how. */
export interface FeedbackContact {
  allowed: boolean;
  /** What the person wrote in "How can we reach you?"; only present when `allowed` and not empty. */
  details?: string;
}

/** The answers of a feedback prompt, as read and written through `value`. */
export interface FeedbackPromptValue {
  /** 1–5 for faces and stars, 0–10 for the scale; null while unanswered. */
  rating: number | null;
  checks: FeedbackChecks;
  /** A clinic's own questions (see `questions`), by item id; empty with the default checks. */
  answers: Answers;
  comment: string;
  contact: FeedbackContact;
}

/** The finished response of a feedback prompt. */
export interface FeedbackPromptResult extends RapportResultBase<'feedback-prompt'> {
  /** Milliseconds from the first answer to sending. */
  durationMs: number;
  /** The parts the person was shown, in order. */
  include: FeedbackPart[];
  rating: { style: RatingStyle; value: number | null };
  /** The default quick checks; all null when a clinic's own questions replaced them. */
  checks: FeedbackChecks;
  /** Answers to a clinic's own questions by item id; `{}` with the default checks. */
  answers: Answers;
  comment: string;
  contact: FeedbackContact;
}

declare module '../core/result.js' {
  interface RapportResultKinds {
    'feedback-prompt': FeedbackPromptResult;
  }
}

const PARTS: readonly FeedbackPart[] = ['rating', 'checks', 'comment', 'contact'];
const STYLES: readonly RatingStyle[] = ['faces', 'stars', 'scale'];
const MODES = ['inline', 'floating'] as const;
const DEFAULT_MAXLENGTH = 1000;
const CONTACT_MAXLENGTH = 200;
/** The quiet period after an answer or a dismissal when `prompt-key` is set without a period. */
const DEFAULT_PERIOD = 'P30D';
/** How close to the limit the comment's remaining length is announced, in characters. */
const ANNOUNCE_AT = [100, 50, 20, 10, 0];
/** Form field names the prompt uses itself, which a clinic's question ids must not take. */
const RESERVED_IDS = ['rating', 'rating-style', 'comment', 'contact', 'contact-details'];

const CHECK_KEYS: Record<(typeof CHECK_ITEMS)[number], keyof FeedbackChecks> = {
  heard: 'heard',
  respected: 'respected',
  'what-i-wanted': 'whatIWanted',
};

function emptyChecks(): FeedbackChecks {
  return { heard: null, respected: null, whatIWanted: null };
}

function checkAnswerOf(value: number | undefined): CheckAnswer | null {
  if (value === CHECK_VALUES.yes) return 'yes';
  if (value === CHECK_VALUES.partly) return 'partly';
  if (value === CHECK_VALUES.no) return 'no';
  return null;
}

function isCheckAnswer(value: unknown): value is CheckAnswer {
  return value === 'yes' || value === 'partly' || value === 'no';
}

/** The values a rating style takes. */
function ratingRange(style: RatingStyle): { min: number; max: number } {
  return style === 'scale' ? { min: 0, max: 10 } : { min: 1, max: 5 };
}

/** A star, filled or outlined; the label beside it carries the meaning. */
function starIcon(filled: boolean): TemplateResult {
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

type Questions = { source: 'default' } | { source: 'custom'; instrument: InstrumentDefinition };

/** Why the prompt is not shown: the person closed it, or answered or dismissed it lately. */
type Closed = 'open' | 'closed' | 'suppressed';

interface RatingOption {
  value: number;
  /** The option's accessible name. */
  label: string;
}

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
 * Politeness: "Not now" closes it at any point (`rapport-dismiss`). With `prompt-key`, the
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

  static override styles = [...(RapportFormControl.styles as []), styles];

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

  @state() private rating: number | null = null;
  @state() private checkAnswers: Answers = {};
  @state() private comment = '';
  @state() private contactAllowed = false;
  @state() private contactDetails = '';
  @state() private loaded: Questions = { source: 'default' };
  @state() private closed: Closed = 'open';
  /** What the comment's live region says; it changes only near the limit. */
  @state() private limitAnnouncement = '';

  protected readonly resultKind = 'feedback-prompt';

  #parts: FeedbackPart[] = [...PARTS];
  #period: Duration = parseDuration(DEFAULT_PERIOD) as Duration;
  #pendingAnswers: unknown;
  #pendingValue: unknown;
  #source: unknown;
  #hashes = new Map<string, Promise<string>>();
  /** Loads child-script questions when they appear, while no `questions` are given. */
  protected readonly scriptSource = new LightDomController(this, () => {
    if (this.questions === undefined) this.loadQuestions();
  });
  #announcedAt: number | undefined;
  #focusAfterUpdate: 'card' | 'launcher' | 'thanks' | 'close' | null = null;
  #hiddenByPrompt = false;

  /**
   * The answers. Set it to prefill, to restore a draft, or with `readonly` to show a finished
   * response. Parts it cannot take are dropped with a `rapport-error` (`invalid-value`). Set
   * before the element has rendered, it is checked and applied when it first renders.
   */
  get value(): FeedbackPromptValue {
    return {
      rating: this.rating,
      checks: this.checks(),
      answers: this.loaded.source === 'custom' ? { ...this.checkAnswers } : {},
      comment: this.comment,
      contact: this.contact(),
    };
  }

  set value(next: Partial<FeedbackPromptValue> | null | undefined) {
    if (this.hasUpdated) {
      this.acceptValue(next ?? {});
    } else {
      // Before the first render the attributes (rating style, maxlength, questions) are not
      // read yet, and an error event would reach no listener: check it then.
      this.#pendingValue = next ?? {};
      this.requestUpdate();
    }
  }

  /**
   * The questions asked in the `checks` part: the clinic's own, or the default checks (made
   * again after wording is registered with `registerFeedbackContent()`).
   */
  private get questionSet(): InstrumentDefinition {
    return this.loaded.source === 'custom' ? this.loaded.instrument : defaultChecks();
  }

  /** True while the prompt stays hidden because the person answered or dismissed it lately. */
  get suppressed(): boolean {
    return this.closed === 'suppressed';
  }

  /** The parts shown, in order, after `include` was read. */
  get parts(): FeedbackPart[] {
    return [...this.#parts];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('ratingStyle')) this.checkRatingStyle();
    if (changed.has('mode') && !(MODES as readonly string[]).includes(this.mode)) {
      this.attributeError(`mode="${String(this.mode)}" is not inline or floating; using inline.`);
      this.mode = 'inline';
    }
    if (changed.has('include')) this.readInclude();
    if (changed.has('maxlength')) this.checkMaxlength();
    if (changed.has('questions') || changed.has('rapportContext')) this.loadQuestions();
    if (this.#pendingValue !== undefined) {
      const pending = this.#pendingValue;
      this.#pendingValue = undefined;
      this.acceptValue(pending);
    }
    if (changed.has('askAgainAfter')) this.readPeriod();
    if (changed.has('promptKey') || changed.has('askAgainAfter') || changed.has('readonly')) {
      this.recallPrompt();
    }
    if (changed.has('state') && this.state === 'submitted' && this.matches(':focus-within')) {
      // Send is replaced by the thank-you; focus goes there rather than to the page's body.
      this.#focusAfterUpdate = 'thanks';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('state') && this.state === 'submitted') this.remember('answered');
    // `closed` is private, so it is not among the public keys PropertyValues<this> knows.
    if ((changed as PropertyValues).has('closed')) {
      const hide = this.closed !== 'open';
      // Only undo a `hidden` this element set itself: the host's own `hidden` is the host's.
      if (hide && !this.hidden) {
        this.hidden = true;
        this.#hiddenByPrompt = true;
      } else if (!hide && this.#hiddenByPrompt) {
        this.hidden = false;
        this.#hiddenByPrompt = false;
      }
    }
    let target = this.#focusAfterUpdate;
    this.#focusAfterUpdate = null;
    // The thank-you takes focus when the clinic gave a follow-up to read; otherwise "Close".
    if (target === 'thanks' && !this.querySelector(':scope > [slot="thanks"]')) target = 'close';
    if (target) this.renderRoot.querySelector<HTMLElement>(`[data-focus="${target}"]`)?.focus();
  }

  /** Closed by the person, or hidden because they answered or dismissed it lately: never sends. */
  override async submit(): Promise<boolean> {
    if (this.closed !== 'open') return false;
    return super.submit();
  }

  // ---- Settings ------------------------------------------------------------------------------

  private attributeError(message: string): void {
    this.reportError({ code: 'invalid-attribute', message });
  }

  private checkRatingStyle(): void {
    if (!STYLES.includes(this.ratingStyle)) {
      this.attributeError(
        `rating="${String(this.ratingStyle)}" is not faces, stars or scale; using faces.`,
      );
      this.ratingStyle = 'faces';
      return;
    }
    const { min, max } = ratingRange(this.ratingStyle);
    if (this.rating !== null && (this.rating < min || this.rating > max)) {
      this.reportError({
        code: 'invalid-value',
        message: `value.rating ${this.rating} does not fit rating="${this.ratingStyle}" (${min}–${max}); it was cleared.`,
      });
      this.rating = null;
    }
  }

  private readInclude(): void {
    const tokens = String(this.include ?? '')
      .split(/\s+/)
      .filter((t) => t !== '');
    const unknown = tokens.filter((t) => !(PARTS as readonly string[]).includes(t));
    const known = PARTS.filter((p) => tokens.includes(p));
    if (unknown.length > 0 || known.length === 0) {
      this.attributeError(
        known.length === 0
          ? `include="${this.include}" names none of rating, checks, comment, contact; showing all four.`
          : `include: ${unknown.map((t) => `"${t}"`).join(', ')} is not one of rating, checks, comment, contact; ignored.`,
      );
    }
    this.#parts = known.length > 0 ? known : [...PARTS];
  }

  private checkMaxlength(): void {
    if (!Number.isInteger(this.maxlength) || this.maxlength < 1) {
      this.attributeError(
        `maxlength="${String(this.maxlength)}" is not a whole number of at least 1; using ${DEFAULT_MAXLENGTH}.`,
      );
      this.maxlength = DEFAULT_MAXLENGTH;
      return;
    }
    if (this.comment.length > this.maxlength) {
      this.comment = this.comment.slice(0, this.maxlength);
    }
  }

  private readPeriod(): void {
    const text = this.askAgainAfter;
    const parsed = text ? parseDuration(text) : null;
    if (text && !parsed) {
      this.attributeError(
        `ask-again-after="${text}" is not an ISO 8601 duration such as P30D, P2W, P3M or PT12H; using ${DEFAULT_PERIOD}.`,
      );
    }
    this.#period = parsed ?? (parseDuration(DEFAULT_PERIOD) as Duration);
  }

  // ---- Politeness: asking again only after the period ------------------------------------------

  /** Hides the prompt while the person's last answer or dismissal is within the period. */
  private recallPrompt(): void {
    const record = this.promptKey && !this.readonly ? readPromptRecord(this.promptKey) : null;
    const quietUntil = record ? addDuration(Date.parse(record.at), this.#period) : NaN;
    if (quietUntil > Date.now()) {
      this.closed = 'suppressed';
    } else if (this.closed === 'suppressed') {
      this.closed = 'open';
    }
  }

  /** Records the outcome under `prompt-key`; without one nothing is stored. */
  private remember(outcome: PromptOutcome): void {
    if (!this.promptKey || this.readonly) return;
    writePromptRecord(this.promptKey, { outcome, at: isoTime(Date.now()) });
  }

  // ---- The questions -------------------------------------------------------------------------

  private loadQuestions(): void {
    const found = findDefinition(this, this.questions, this.rapportContext?.instruments);
    if (found.kind === 'none') {
      this.useDefaultQuestions();
      return;
    }
    if (found.kind === 'unknown-id') {
      this.questionsFailed(
        'unknown-instrument',
        `questions="${found.id}" is not a registered instrument or one given to <rapport-provider>; showing the default checks.`,
      );
      return;
    }
    if (found.kind === 'invalid-json') {
      this.questionsFailed('invalid-json', `${found.message}; showing the default checks.`);
      return;
    }
    const candidate = found.candidate;
    if (this.loaded.source === 'custom' && found.key === this.#source) return;
    const check = checkInstrumentOnce(candidate);
    const problems = check.ok ? this.unfitForFeedback(check.instrument) : check.problems;
    if (!check.ok || problems.length > 0) {
      this.questionsFailed(
        'invalid-instrument',
        `questions is not valid: ${problems.map((p) => p.message).join('; ')}; showing the default checks.`,
      );
      return;
    }
    this.#source = found.key;
    this.#hashes.clear();
    const kept = this.loaded.source === 'custom' ? this.checkAnswers : {};
    this.loaded = { source: 'custom', instrument: check.instrument };
    const pending = this.#pendingAnswers;
    this.#pendingAnswers = undefined;
    this.checkAnswers = this.acceptAnswers(check.instrument, pending ?? kept);
  }

  /** What a valid instrument has that a feedback prompt cannot show. */
  private unfitForFeedback(instrument: InstrumentDefinition): Array<{ message: string }> {
    const problems: Array<{ message: string }> = [];
    instrument.items.forEach((item, i) => {
      const scale = scaleOf(instrument, item);
      if (scale.type === 'visual-analog') {
        problems.push({
          message: `items[${i}] uses a visual-analog scale; a feedback prompt asks Likert or faces items only`,
        });
      }
      if (RESERVED_IDS.includes(item.id)) {
        problems.push({
          message: `items[${i}].id "${item.id}" is a field name of the prompt itself (${RESERVED_IDS.join(', ')})`,
        });
      }
    });
    return problems;
  }

  private useDefaultQuestions(): void {
    if (this.loaded.source === 'default') return;
    this.#source = undefined;
    this.#hashes.clear();
    this.loaded = { source: 'default' };
    this.checkAnswers = {};
  }

  private questionsFailed(
    code: Extract<RapportErrorCode, 'unknown-instrument' | 'invalid-json' | 'invalid-instrument'>,
    message: string,
  ): void {
    // The safe fallback is the default checks: the person can still say how it went.
    this.useDefaultQuestions();
    this.reportError({ code, message });
  }

  // ---- Values --------------------------------------------------------------------------------

  private checks(): FeedbackChecks {
    if (this.loaded.source === 'custom') return emptyChecks();
    return {
      heard: checkAnswerOf(this.checkAnswers.heard),
      respected: checkAnswerOf(this.checkAnswers.respected),
      whatIWanted: checkAnswerOf(this.checkAnswers['what-i-wanted']),
    };
  }

  private contact(): FeedbackContact {
    if (!this.contactAllowed) return { allowed: false };
    return this.contactDetails.trim() === ''
      ? { allowed: true }
      : { allowed: true, details: this.contactDetails };
  }

  private acceptValue(next: unknown): void {
    const problems: string[] = [];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      problems.push('value must be an object with rating, checks, answers, comment and contact');
      next = {};
    }
    const v = next as Record<string, unknown>;
    const known = ['rating', 'checks', 'answers', 'comment', 'contact'];
    const unknown = Object.keys(v).filter((k) => !known.includes(k));
    if (unknown.length > 0) {
      problems.push(`value.${unknown.join(', value.')} is not part of a feedback prompt`);
    }

    let rating: number | null = null;
    if (v.rating !== undefined && v.rating !== null) {
      const { min, max } = ratingRange(this.ratingStyle);
      if (
        typeof v.rating === 'number' &&
        Number.isInteger(v.rating) &&
        v.rating >= min &&
        v.rating <= max
      ) {
        rating = v.rating;
      } else {
        problems.push(
          `value.rating must be a whole number from ${min} to ${max} for rating="${this.ratingStyle}"`,
        );
      }
    }

    let checkAnswers: Answers = {};
    if (v.checks !== undefined && v.checks !== null) {
      const given = typeof v.checks === 'object' ? (v.checks as Record<string, unknown>) : {};
      if (typeof v.checks !== 'object') problems.push('value.checks must be an object');
      for (const [key, answer] of Object.entries(given)) {
        const item = CHECK_ITEMS.find((id) => CHECK_KEYS[id] === key);
        if (!item) problems.push(`value.checks.${key} is not one of heard, respected, whatIWanted`);
        else if (isCheckAnswer(answer)) checkAnswers[item] = CHECK_VALUES[answer];
        else if (answer !== null)
          problems.push(`value.checks.${key} must be "yes", "partly", "no" or null`);
      }
    }

    let comment = '';
    if (v.comment !== undefined && v.comment !== null) {
      if (typeof v.comment !== 'string') problems.push('value.comment must be a string');
      else if (v.comment.length > this.maxlength) {
        problems.push(
          `value.comment is longer than maxlength (${this.maxlength}); it was shortened`,
        );
        comment = v.comment.slice(0, this.maxlength);
      } else comment = v.comment;
    }

    let allowed = false;
    let details = '';
    if (v.contact !== undefined && v.contact !== null) {
      const c = v.contact as Record<string, unknown>;
      if (typeof c !== 'object' || typeof c.allowed !== 'boolean') {
        problems.push('value.contact must be { allowed: true or false, details?: string }');
      } else {
        allowed = c.allowed;
        // Details without permission are never kept.
        if (allowed && typeof c.details === 'string')
          details = c.details.slice(0, CONTACT_MAXLENGTH);
      }
    }

    if (this.loaded.source === 'custom') {
      if (Object.values(checkAnswers).length > 0) {
        problems.push(
          'value.checks: the clinic’s own questions replace the quick checks; give value.answers',
        );
      }
      checkAnswers = this.acceptAnswers(this.questionSet, v.answers ?? {});
    } else if (v.answers !== undefined && v.answers !== null) {
      const given = v.answers as Record<string, unknown>;
      if (typeof given === 'object' && Object.keys(given).length > 0) {
        // The clinic's questions may not have arrived yet (a child script written later).
        this.#pendingAnswers = given;
      }
    }

    this.rating = rating;
    this.checkAnswers = checkAnswers;
    this.comment = comment;
    this.contactAllowed = allowed;
    this.contactDetails = details;
    this.#announcedAt = undefined;
    this.limitAnnouncement = '';
    if (problems.length > 0) {
      this.reportError({ code: 'invalid-value', message: `${problems.join('; ')}.` });
    }
  }

  private acceptAnswers(instrument: InstrumentDefinition, given: unknown): Answers {
    const kept = sanitizeAnswers(instrument, given);
    if (given && typeof given === 'object') {
      const dropped = Object.keys(given).filter((k) => !(k in kept));
      if (dropped.length > 0) {
        this.reportError({
          code: 'invalid-value',
          message: `value.answers: ${dropped.map((k) => `"${k}"`).join(', ')} dropped (not a question of "${instrument.id}", or a value it cannot take).`,
        });
      }
    }
    return kept;
  }

  private shows(part: FeedbackPart): boolean {
    return this.#parts.includes(part);
  }

  /** Whether anything that counts as feedback was given (the contact choice alone does not). */
  private hasAnswer(): boolean {
    // With only the contact choice shown, ticking it is the answer.
    if (!this.shows('rating') && !this.shows('checks') && !this.shows('comment')) {
      return this.contactAllowed;
    }
    return (
      (this.shows('rating') && this.rating !== null) ||
      (this.shows('checks') && Object.keys(this.checkAnswers).length > 0) ||
      (this.shows('comment') && this.comment.trim() !== '')
    );
  }

  /** The position (from 1) of a question among those shown: the rating is first when shown. */
  private questionPosition(itemIndex: number): number {
    return (this.shows('rating') ? 2 : 1) + itemIndex;
  }

  // ---- RapportFormControl --------------------------------------------------------------------

  protected missingAnswers(): string[] {
    if (this.closed !== 'open') return [];
    if (this.shows('checks')) {
      const inst = this.questionSet;
      const missing = new Set(missingRequired(inst, this.checkAnswers));
      const labels = inst.items.flatMap((item, i) =>
        missing.has(item.id)
          ? [this.localize.term('questionNumber', this.questionPosition(i))]
          : [],
      );
      if (labels.length > 0) return labels;
    }
    return this.hasAnswer() ? [] : [this.localize.term('feedbackAnyQuestion')];
  }

  protected firstMissingControl(): HTMLElement | null {
    const root = this.renderRoot;
    if (this.shows('checks')) {
      const inst = this.questionSet;
      const first = missingRequired(inst, this.checkAnswers)[0];
      if (first !== undefined) {
        const index = inst.items.findIndex((i) => i.id === first);
        return root.querySelector<HTMLElement>(`input[name="q-${index}"]`);
      }
    }
    return root.querySelector<HTMLElement>('input[name="rating"], input[name^="q-"], textarea');
  }

  protected formEntries(): Array<[string, string]> {
    if (this.closed !== 'open') return [];
    const entries: Array<[string, string]> = [];
    if (this.shows('rating') && this.rating !== null) {
      entries.push(['rating', String(this.rating)], ['rating-style', this.ratingStyle]);
    }
    if (this.shows('checks')) {
      for (const item of this.questionSet.items) {
        const answer = this.checkAnswers[item.id];
        if (answer === undefined) continue;
        const text = this.loaded.source === 'default' ? checkAnswerOf(answer) : String(answer);
        entries.push([item.id, text ?? String(answer)]);
      }
    }
    if (this.shows('comment') && this.comment.trim() !== '')
      entries.push(['comment', this.comment]);
    if (this.shows('contact') && this.contactAllowed) {
      entries.push(['contact', 'yes']);
      if (this.contactDetails.trim() !== '') entries.push(['contact-details', this.contactDetails]);
    }
    return entries;
  }

  protected clearAnswers(): void {
    this.rating = null;
    this.checkAnswers = {};
    this.comment = '';
    this.contactAllowed = false;
    this.contactDetails = '';
    this.#announcedAt = undefined;
    this.limitAnnouncement = '';
  }

  /**
   * The canonical text of everything the person was shown, in their language: the heading, each
   * part's question and choices, the clinic's questions (as the instrument format hashes them).
   */
  private canonicalText(lang: string): string {
    const content = feedbackContent(lang);
    const inst = this.questionSet;
    return canonicalJson({
      id: inst.id,
      version: inst.version,
      include: this.#parts,
      title: this.titleText(content, lang),
      intro: this.introText(content, lang) || undefined,
      rating: this.shows('rating')
        ? {
            style: this.ratingStyle,
            question: content.rating.question,
            options: this.ratingOptions(content),
          }
        : undefined,
      questions: this.shows('checks')
        ? (JSON.parse(canonicalInstrumentText(inst, lang)) as unknown)
        : undefined,
      comment: this.shows('comment')
        ? {
            question: content.comment.question,
            hint: content.comment.hint,
            maxlength: this.maxlength,
          }
        : undefined,
      contact: this.shows('contact') ? { ...content.contact } : undefined,
    });
  }

  protected async definitionRef(): Promise<DefinitionRef | null> {
    const lang = this.localize.lang();
    const text = this.canonicalText(lang);
    let hash = this.#hashes.get(text);
    if (!hash) {
      hash = sha256Hex(text);
      this.#hashes.set(text, hash);
    }
    const inst = this.questionSet;
    return { id: inst.id, version: inst.version, contentHash: await hash };
  }

  protected draftData(): Record<string, unknown> {
    return { ...this.value };
  }

  protected buildResult(envelope: EnvelopeParts): FeedbackPromptResult {
    const value = this.value;
    return {
      kind: 'feedback-prompt',
      ...envelope,
      include: [...this.#parts],
      rating: { style: this.ratingStyle, value: this.shows('rating') ? value.rating : null },
      checks: this.shows('checks') ? value.checks : emptyChecks(),
      answers: this.shows('checks') ? value.answers : {},
      comment: this.shows('comment') ? value.comment : '',
      contact: this.shows('contact') ? value.contact : { allowed: false },
    };
  }

  /** Remembers an answer given through a native form post, before the page leaves. */
  protected override formSubmitting(): void {
    if (this.closed === 'open') this.remember('answered');
  }

  // ---- What the person does ------------------------------------------------------------------

  private setRating(value: number): void {
    if (!this.isEditable || this.rating === value) return;
    this.rating = value;
    this.answerChanged();
  }

  private setChoice(item: ItemDefinition, value: number): void {
    if (!this.isEditable || this.checkAnswers[item.id] === value) return;
    this.checkAnswers = { ...this.checkAnswers, [item.id]: value };
    this.answerChanged();
  }

  private onCommentInput(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    // WebKit fires `input` for a key that maxlength refused: nothing changed, nothing to say.
    if (!this.isEditable || text === this.comment) return;
    const shrank = text.length < this.comment.length;
    this.comment = text;
    this.announceRemaining(shrank);
    this.answerChanged();
  }

  /**
   * Says how many characters are left only when a threshold is crossed on the way to the limit
   * (100, 50, 20, 10 left, then the limit itself): a count on every key would drown out the
   * person's own typing in a screen reader. Deleting is silent (and clears what was said), so
   * the count is said again if the person comes back to the limit.
   */
  private announceRemaining(shrank: boolean): void {
    const left = this.maxlength - this.comment.length;
    const crossed = ANNOUNCE_AT.filter((t) => t < this.maxlength && left <= t).at(-1);
    if (crossed === undefined || shrank) {
      this.#announcedAt = crossed;
      this.limitAnnouncement = '';
      return;
    }
    if (crossed === this.#announcedAt) return;
    this.#announcedAt = crossed;
    this.limitAnnouncement =
      left === 0
        ? this.localize.term('feedbackLimitReached', this.localize.number(this.maxlength))
        : this.localize.term('feedbackCharactersLeft', left, this.localize.number(left));
  }

  private onContactChange(event: Event): void {
    if (!this.isEditable) return;
    this.contactAllowed = (event.target as HTMLInputElement).checked;
    // Unticked, the details are forgotten at once, not just hidden.
    if (!this.contactAllowed) this.contactDetails = '';
    this.answerChanged();
  }

  private onDetailsInput(event: Event): void {
    if (!this.isEditable || !this.contactAllowed) return;
    this.contactDetails = (event.target as HTMLInputElement).value;
    this.answerChanged();
  }

  /**
   * Arrow keys move through a group's choices and choose, like native radios, but follow the
   * text direction in every engine: in right-to-left, ArrowLeft goes to the next choice.
   */
  private onChoiceKeydown(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    if (
      input.type !== 'radio' ||
      input.disabled ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey
    ) {
      return;
    }
    const rtl = this.localize.dir() === 'rtl';
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
    };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const group = [
      ...this.renderRoot.querySelectorAll<HTMLInputElement>(
        `input[type="radio"][name="${input.name}"]`,
      ),
    ];
    const next = group[(group.indexOf(input) + step + group.length) % group.length];
    next.focus();
    // click() checks it and fires `change`, the same path as a pointer.
    if (!next.checked) next.click();
  }

  private openCard(): void {
    this.open = true;
    this.#focusAfterUpdate = 'card';
  }

  /** "Not now", "Close" or Escape. Before sending this is a dismissal; after, just closing. */
  private close(reason: 'close-button' | 'escape'): void {
    const answered = this.state === 'submitting' || this.state === 'submitted';
    if (!answered && !this.readonly) {
      this.dismissed(reason);
      this.remember('dismissed');
    }
    if (this.mode === 'floating') {
      this.open = false;
      this.#focusAfterUpdate = 'launcher';
    } else {
      this.closed = 'closed';
    }
  }

  private onCardKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.mode !== 'floating') return;
    // The card is closing: an enclosing dialog of the host's should not close as well.
    event.stopPropagation();
    event.preventDefault();
    this.close('escape');
  }

  // ---- Rendering -----------------------------------------------------------------------------

  private titleText(content: FeedbackContent, lang: string): string {
    return this.loaded.source === 'custom'
      ? resolveText(this.questionSet.title, lang)
      : content.title;
  }

  private introText(content: FeedbackContent, lang: string): string {
    return this.loaded.source === 'custom'
      ? resolveText(this.questionSet.instructions, lang)
      : content.intro;
  }

  private ratingOptions(content: FeedbackContent): RatingOption[] {
    const { min, max } = ratingRange(this.ratingStyle);
    const options: RatingOption[] = [];
    for (let value = min; value <= max; value++) {
      const number = this.localize.number(value);
      let label = number;
      if (this.ratingStyle === 'faces') label = content.rating.faces[value - 1];
      else if (this.ratingStyle === 'stars')
        label = this.localize.term('feedbackStars', value, number);
      else if (value === min) label = `${number} ${content.rating.scaleLow}`;
      else if (value === max) label = `${number} ${content.rating.scaleHigh}`;
      options.push({ value, label });
    }
    return options;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.closed !== 'open') return nothing;
    const floating = this.mode === 'floating';
    if (floating && !this.open) {
      return html`<button
        type="button"
        part="launcher"
        class="launcher"
        data-focus="launcher"
        aria-haspopup="dialog"
        lang=${this.localize.lang()}
        dir=${this.localize.dir()}
        @click=${this.openCard}
      >
        <span class="launcher-icon" aria-hidden="true">${starIcon(false)}</span>
        ${this.localize.term('feedbackOpen')}
      </button>`;
    }
    return this.renderCard(floating);
  }

  private renderCard(floating: boolean): TemplateResult {
    const lang = this.localize.lang();
    const dir = this.localize.dir();
    const content = feedbackContent(lang);
    const level = this.titleLevel;
    const thanks = this.state === 'submitted' && !this.inForm && !this.readonly;
    const intro = this.introText(content, lang);
    return html`<div
      part="base"
      class=${floating ? 'base card' : 'base'}
      role=${floating ? 'dialog' : 'group'}
      aria-labelledby="title"
      tabindex=${floating ? '-1' : nothing}
      data-focus="card"
      lang=${lang}
      dir=${dir}
      @keydown=${this.onCardKeydown}
    >
      <div part="header" class="header">
        <div part="title" class="title" id="title" role="heading" aria-level=${level}>
          ${this.titleText(content, lang)}
        </div>
        ${
          this.readonly && !floating
            ? nothing
            : html`<button
                type="button"
                part="close"
                class="quiet"
                data-focus="close"
                @click=${() => this.close('close-button')}
              >
                ${this.localize.term(
                  this.state === 'submitted' || this.readonly ? 'feedbackClose' : 'feedbackNotNow',
                )}
              </button>`
        }
      </div>
      ${
        thanks
          ? nothing
          : this.readonly
            ? this.renderSummary(content, lang)
            : html`${intro ? html`<p part="intro" class="intro">${intro}</p>` : nothing}
              ${this.renderQuestions(content, lang)}`
      }
      ${this.readonly ? nothing : this.renderStatus()}
      ${
        thanks
          ? html`<div part="thanks" class="thanks" tabindex="-1" data-focus="thanks">
              <slot name="thanks"></slot>
            </div>`
          : html`<div class="actions">${this.renderSend()}</div>`
      }
    </div>`;
  }

  private renderQuestions(content: FeedbackContent, lang: string): TemplateResult {
    const inst = this.questionSet;
    const missing = this.showMissing
      ? new Set(missingRequired(inst, this.checkAnswers))
      : new Set<string>();
    return html`
      ${this.shows('rating') ? this.renderRating(content) : nothing}
      ${
        this.shows('checks')
          ? html`<div class="questions">
              ${inst.items.map((item, i) =>
                this.renderChoices(
                  item,
                  i,
                  scaleOf(inst, item) as LikertScale | FacesScale,
                  lang,
                  missing.has(item.id),
                ),
              )}
            </div>`
          : nothing
      }
      ${this.shows('comment') ? this.renderComment(content) : nothing}
      ${this.shows('contact') ? this.renderContact(content) : nothing}
    `;
  }

  private renderRating(content: FeedbackContent): TemplateResult {
    const style = this.ratingStyle;
    const options = this.ratingOptions(content);
    return html`<fieldset
      part="rating options"
      class=${`options rating ${style}`}
      @keydown=${this.onChoiceKeydown}
    >
      <legend class="legend">${content.rating.question}</legend>
      <div class="fit">
        <div class="choices">
          ${options.map((option, o) => {
            const id = `rating-${option.value}`;
            const filled = this.rating !== null && option.value <= this.rating;
            return html`<span class="choice">
              <input
                type="radio"
                id=${id}
                name="rating"
                .value=${String(option.value)}
                .checked=${this.rating === option.value}
                ?disabled=${!this.isEditable}
                @change=${() => this.setRating(option.value)}
              />
              <label part="option" for=${id}>
                ${
                  style === 'faces'
                    ? html`<span part="face" class="face" aria-hidden="true"
                          >${faceIcon(o, 5)}</span
                        >
                        <span class="label">${option.label}</span>`
                    : style === 'stars'
                      ? html`<span
                            part="star"
                            class=${filled ? 'star filled' : 'star'}
                            aria-hidden="true"
                            >${starIcon(filled)}</span
                          >
                          <span class="label">${option.label}</span>`
                      : this.renderScaleLabel(option, content)
                }
              </label>
            </span>`;
          })}
        </div>
        ${
          style === 'scale'
            ? html`<div class="anchors" aria-hidden="true">
                <span>${this.localize.number(0)} – ${content.rating.scaleLow}</span>
                <span>${this.localize.number(10)} – ${content.rating.scaleHigh}</span>
              </div>`
            : nothing
        }
      </div>
    </fieldset>`;
  }

  /** A 0–10 choice shows its number; the two ends also carry their words for screen readers. */
  private renderScaleLabel(option: RatingOption, content: FeedbackContent): TemplateResult {
    const { min, max } = ratingRange('scale');
    const number = this.localize.number(option.value);
    const anchor =
      option.value === min
        ? content.rating.scaleLow
        : option.value === max
          ? content.rating.scaleHigh
          : '';
    return html`<span class="label">${number}</span>${
        anchor ? html`<span class="visually-hidden"> ${anchor}</span>` : nothing
      }`;
  }

  private renderChoices(
    item: ItemDefinition,
    index: number,
    scale: LikertScale | FacesScale,
    lang: string,
    isMissing: boolean,
  ): TemplateResult {
    const current = this.checkAnswers[item.id];
    const faces = scale.type === 'faces';
    return html`<fieldset
      part="question options"
      class=${`options question ${faces ? 'faces' : 'likert'}${isMissing ? ' missing' : ''}`}
      aria-describedby=${isMissing ? `error-${index}` : nothing}
      @keydown=${this.onChoiceKeydown}
    >
      <legend class="legend">
        ${resolveText(item.text, lang)}${
          this.loaded.source === 'custom' && item.required === false
            ? html` <span class="optional">(${this.localize.term('optional')})</span>`
            : nothing
        }
      </legend>
      <div class="choices">
        ${scale.options.map((option, o) => {
          const id = `q-${index}-${o}`;
          return html`<span class="choice">
            <input
              type="radio"
              id=${id}
              name=${`q-${index}`}
              .value=${String(option.value)}
              .checked=${current === option.value}
              ?disabled=${!this.isEditable}
              aria-invalid=${isMissing ? 'true' : 'false'}
              @change=${() => this.setChoice(item, option.value)}
            />
            <label part="option" for=${id}>
              ${
                faces
                  ? html`<span part="face" class="face" aria-hidden="true"
                      >${faceIcon(o, scale.options.length)}</span
                    >`
                  : nothing
              }
              <span class="label">${resolveText(option.label, lang)}</span>
            </label>
          </span>`;
        })}
      </div>
      ${
        isMissing
          ? html`<p class="item-error" id=${`error-${index}`}>
              ${this.localize.term('notAnswered')}
            </p>`
          : nothing
      }
    </fieldset>`;
  }

  private renderComment(content: FeedbackContent): TemplateResult {
    const count = this.comment.length;
    const atLimit = count >= this.maxlength;
    return html`<div class="field comment">
      <label class="legend" for="comment">${content.comment.question}</label>
      <p class="hint" id="comment-hint">${content.comment.hint}</p>
      <textarea
        id="comment"
        part="comment"
        rows="3"
        maxlength=${this.maxlength}
        aria-describedby="comment-hint comment-count"
        .value=${this.comment}
        ?disabled=${!this.isEditable}
        @input=${this.onCommentInput}
      ></textarea>
      <p part="counter" class=${atLimit ? 'counter at-limit' : 'counter'} id="comment-count">
        ${this.localize.term(
          'feedbackCharacters',
          this.localize.number(count),
          this.localize.number(this.maxlength),
        )}
      </p>
      <p class="visually-hidden" role="status" aria-live="polite" data-announce="comment">
        ${this.limitAnnouncement}
      </p>
    </div>`;
  }

  private renderContact(content: FeedbackContent): TemplateResult {
    return html`<div part="contact" class="field contact">
      <span class="check">
        <input
          type="checkbox"
          id="contact"
          .checked=${this.contactAllowed}
          ?disabled=${!this.isEditable}
          @change=${this.onContactChange}
        />
        <label for="contact">${content.contact.consent}</label>
      </span>
      ${
        this.contactAllowed
          ? html`<div class="details">
              <label class="legend" for="contact-details">${content.contact.details}</label>
              <p class="hint" id="contact-hint">${content.contact.hint}</p>
              <input
                type="text"
                id="contact-details"
                maxlength=${CONTACT_MAXLENGTH}
                aria-describedby="contact-hint"
                .value=${this.contactDetails}
                ?disabled=${!this.isEditable}
                @input=${this.onDetailsInput}
              />
            </div>`
          : nothing
      }
    </div>`;
  }

  /** The finished response, for reading (e.g. by a clinician). */
  private renderSummary(content: FeedbackContent, lang: string): TemplateResult {
    const none = this.localize.term('notAnswered');
    const rows: Array<[string, string]> = [];
    if (this.shows('rating')) {
      const { max } = ratingRange(this.ratingStyle);
      const option = this.ratingOptions(content).find((o) => o.value === this.rating);
      let shown = none;
      if (this.rating !== null) {
        const outOf = this.localize.term(
          'scoreOf',
          this.localize.number(this.rating),
          this.localize.number(max),
        );
        shown = this.ratingStyle === 'faces' ? `${outOf} · ${option?.label ?? ''}` : outOf;
      }
      rows.push([content.rating.question, shown]);
    }
    if (this.shows('checks')) {
      const inst = this.questionSet;
      for (const item of inst.items) {
        const scale = scaleOf(inst, item) as LikertScale | FacesScale;
        const answer = scale.options.find((o) => o.value === this.checkAnswers[item.id]);
        rows.push([resolveText(item.text, lang), answer ? resolveText(answer.label, lang) : none]);
      }
    }
    if (this.shows('comment')) {
      rows.push([content.comment.question, this.comment.trim() === '' ? none : this.comment]);
    }
    if (this.shows('contact')) {
      const c = this.contact();
      const yes = c.details ? `${content.checks.yes} · ${c.details}` : content.checks.yes;
      rows.push([content.contact.consent, c.allowed ? yes : content.checks.no]);
    }
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
}
