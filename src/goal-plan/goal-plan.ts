import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { RapportFormControl, type EnvelopeParts } from '../core/form-control.js';
import { unreadableValue } from '../core/definition-controller.js';
import { renderDefinitionStatus } from '../core/definition-status.js';
import { canonicalJson, sha256Hex } from '../core/hash.js';
import type { DefinitionRef } from '../core/result.js';
import './locales/index.js';
import { goalCard, type GoalView } from './goal.js';
import { adoptViewStyles, afterViews, views } from './views.js';
import {
  GOALS_MAX,
  TEXT_MAX,
  blankGoal,
  copyGoal,
  formEntries,
  isBlank,
  isCurrent,
  missingParts,
  readValue,
  resultGoals,
} from './value.js';
import type { GoalPlanGoal, GoalPlanMode, GoalPlanResult, GoalPlanValue } from './types.js';
import styles from './goal-plan.styles.js';
import sharedChoiceStyles from '../core/choices.styles.js';
import fieldStyles from '../core/fields.styles.js';

const DEFAULT_MAX = 3;

/**
 * @tag rapport-goal-plan
 * @customElement rapport-goal-plan
 * @summary Goals set together, in the person's own words, and progress on each rated 0–10 at
 * every review.
 *
 * `mode="set"` (default): the person writes up to `max-goals` goals (default 3, at most 10),
 * each with how we will know it is working, a first small step, and whose idea it was; goals can
 * be added, reordered (Move up / Move down) and removed before sending. Each goal has a UUID
 * for its whole life.
 *
 * `mode="review"` with the plan as `value` (a previous result will do): each current goal shows
 * its ratings so far as a small chart and in words ("Started at 2, now 6"), is rated 0–10 today,
 * and can be marked achieved, paused or stopped, with an optional reason. A goal can be added.
 *
 * `readonly` shows the plan as a record for the clinician, with each goal's change since its
 * first rating, marked when at or above `change-threshold` (if given).
 *
 * @event {RapportInputEvent} rapport-input - The person changed the plan; `detail.goals` so far and `complete`.
 * @event {RapportSubmitEvent} rapport-submit - The person sent the plan; `detail` is a `GoalPlanResult`. Call `waitUntil(promise)` to show saving / saved / failed.
 * @event {RapportErrorEvent} rapport-error - An attribute or the `value` cannot be used; `detail.message` names the field.
 *
 * @csspart base - The widget.
 * @csspart title - The heading.
 * @csspart intro - The line under the heading.
 * @csspart goal - One goal.
 * @csspart goal-text - A goal's words (its box while written, its text under review).
 * @csspart note - The box of "How will we know it is working?", "A first small step" or a reason.
 * @csspart counter - A goal's character count.
 * @csspart proposed - Whose idea the goal was.
 * @csspart status - Where a goal stands (under review); also the widget's messages.
 * @csspart rating - The 0–10 rating.
 * @csspart options - A radio group's choices.
 * @csspart option - One choice.
 * @csspart chart - A goal's ratings so far, drawn.
 * @csspart progress - A goal's ratings so far, in words.
 * @csspart change - The record: change since the first rating.
 * @csspart up - Move a goal up.
 * @csspart down - Move a goal down.
 * @csspart remove - Remove a goal written now.
 * @csspart add - Add a goal.
 * @csspart send - The Send button.
 * @csspart retry - The Try again button.
 *
 * @cssprop --rapport-color-accent - Chosen answers, the chart and the Send button.
 * @cssprop --rapport-color-on-accent - Text on the accent colour.
 * @cssprop --rapport-color-surface - Background.
 * @cssprop --rapport-color-surface-raised - Background of each goal.
 * @cssprop --rapport-color-text - Text colour.
 * @cssprop --rapport-color-muted - Hints, counts and the chart's lines.
 * @cssprop --rapport-color-border - Borders.
 * @cssprop --rapport-color-danger - What is missing, what failed, a goal at its limit.
 * @cssprop --rapport-color-success - Saved.
 * @cssprop --rapport-color-focus - The focus ring.
 * @cssprop --rapport-radius - Corner radius.
 * @cssprop --rapport-space-1 - Smallest spacing; also --rapport-space-2, -3, -4.
 * @cssprop --rapport-target-size - Minimum size of anything pressed (default 2.75rem).
 */
export class RapportGoalPlan extends RapportFormControl {
  static override localeScope = 'goal-plan';

  static override styles = [
    ...(RapportFormControl.styles as []),
    sharedChoiceStyles,
    fieldStyles,
    styles,
  ];

  /** `set` (default): the person writes their goals. `review`: they rate the plan's goals today. */
  @property({ reflect: true }) mode: GoalPlanMode = 'set';

  /** The most goals being worked on at once: 1–10, default 3. */
  @property({ type: Number, attribute: 'max-goals' }) maxGoals = DEFAULT_MAX;

  /**
   * The record (`readonly`): a change since the first rating this large or larger (either way)
   * is marked. No default: without it nothing is marked.
   */
  @property({ type: Number, attribute: 'change-threshold' }) changeThreshold: number | null = null;

  protected readonly resultKind = 'goal-plan';

  /** The goals being written or reviewed, in order (blank ones included). */
  #goals: GoalPlanGoal[] = [];
  /** Goals the plan brought already achieved or stopped: shown, carried, not changed. */
  #finished: GoalPlanGoal[] = [];
  /** The plan's goals as given, for reset(). */
  #given: GoalPlanGoal[] = [];
  /** What the polite live region last said (a move, a removal, a limit). */
  #said = '';

  constructor() {
    super();
    this.#fill();
  }

  /**
   * The plan: set it to start a review (a previous `rapport-submit` result will do: its ratings
   * become history), to restore a draft, or with `readonly` to show the record. Goals it cannot
   * take, or fields of them, are named in a `rapport-error` (`invalid-value`).
   */
  get value(): GoalPlanValue {
    return { goals: [...this.#plan(), ...this.#finished].map(copyGoal) };
  }

  set value(next: Partial<GoalPlanValue> | null | undefined) {
    let goals: GoalPlanGoal[] = [];
    try {
      const read = readValue(next, this.#max);
      goals = read.goals;
      if (read.problems.length > 0) {
        this.reportError({ code: 'invalid-value', message: `${read.problems.join('; ')}.` });
      }
    } catch (error) {
      this.reportError(unreadableValue(error));
    }
    const finished = (g: GoalPlanGoal) => g.createdAt !== '' && !isCurrent(g);
    this.#goals = goals.filter((g) => !finished(g));
    this.#finished = goals.filter(finished);
    this.#given = this.#goals
      .filter((g) => g.createdAt !== '')
      .map((g) => ({ ...copyGoal(g), rating: null }));
    this.#said = '';
    this.#fill();
    this.requestUpdate();
  }

  /** `max-goals` as used: a whole number from 1 to 10. */
  get #max(): number {
    const max = this.maxGoals;
    return Number.isInteger(max) && max >= 1 && max <= GOALS_MAX ? max : DEFAULT_MAX;
  }

  /** The goals that are part of the plan: those with anything in them. */
  #plan(): GoalPlanGoal[] {
    return this.#goals.filter((g) => !isBlank(g));
  }

  /** While setting goals there is always one to write in. */
  #fill(): void {
    if (this.mode === 'set' && !this.#goals.some(isCurrent))
      this.#goals = [...this.#goals, blankGoal()];
  }

  /** A review, a record or a plan with finished goals waits for the views of review.ts. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const needs = this.mode === 'review' || this.readonly || this.#finished.length > 0;
    return afterViews(this, needs, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    adoptViewStyles(this.shadowRoot, RapportGoalPlan.elementStyles);
    this.checkEnum(changed, 'mode', 'mode', ['set', 'review'], 'set');
    if (changed.has('mode')) this.#fill();
    if (changed.has('maxGoals') && this.#max !== this.maxGoals) {
      this.reportOnce(`max:${this.maxGoals}`, {
        code: 'invalid-attribute',
        message: `max-goals="${String(this.maxGoals)}" is not a whole number from 1 to ${GOALS_MAX}; using ${DEFAULT_MAX}.`,
      });
    }
    const threshold = this.changeThreshold;
    if (changed.has('changeThreshold') && threshold !== null && !(threshold >= 0)) {
      this.reportOnce(`threshold:${threshold}`, {
        code: 'invalid-attribute',
        message: `change-threshold="${String(threshold)}" is not a number of 0 or more; nothing is marked.`,
      });
      this.changeThreshold = null;
    }
  }

  // ---- RapportFormControl --------------------------------------------------------------------

  #missing(): Array<[number, 'text' | 'rating']> {
    if (this.readonly) return [];
    return missingParts(this.#goals, this.mode === 'review').filter(
      ([n]) => !isBlank(this.#goals[n - 1]),
    );
  }

  protected missingAnswers(): string[] {
    const { localize } = this;
    if (this.mode === 'set' && !this.readonly && this.#plan().length === 0) {
      return [localize.term('goalNone')];
    }
    return this.#missing().map(([n, what]) =>
      what === 'text' ? localize.term('goalMissingText', n) : localize.term('goalMissingRating', n),
    );
  }

  protected firstMissingControl(): HTMLElement | null {
    const [n, what] = this.#missing()[0] ?? [1, 'text'];
    return this.renderRoot.querySelector<HTMLElement>(
      what === 'text' ? `#text-${n - 1}` : `input[name="rating-${n - 1}"]`,
    );
  }

  protected formEntries(): Array<[string, string]> {
    return formEntries(this.value.goals);
  }

  protected clearAnswers(): void {
    this.#goals = this.#given.map(copyGoal);
    this.#said = '';
    this.#fill();
    this.requestUpdate();
  }

  /**
   * The wording the person saw, and in a review the words of each goal reviewed (goals written
   * now are the person's answers, not what they were shown).
   */
  protected async definitionRef(): Promise<DefinitionRef | null> {
    const t = this.localize;
    const review = this.mode === 'review';
    const text = canonicalJson({
      mode: this.mode,
      lang: t.lang(),
      title: this.#title(),
      texts: (
        [
          review ? 'goalRateToday' : 'goalRateStart',
          'goalScaleLow',
          'goalScaleHigh',
          'goalText',
          'goalHowWeKnow',
          'goalFirstStep',
        ] as const
      ).map((key) => t.term(key)),
      proposers: t.content('goalProposers'),
      statuses: review ? t.content('goalStatuses') : undefined,
      maxlength: TEXT_MAX,
      goals: review
        ? this.#goals.filter((g) => g.createdAt !== '').map(({ id, text }) => ({ id, text }))
        : [],
    });
    return { id: 'goal-plan', version: '1.0.0', contentHash: await sha256Hex(text) };
  }

  protected draftData(): Record<string, unknown> {
    return { ...this.value };
  }

  protected buildResult(envelope: EnvelopeParts): GoalPlanResult {
    return {
      kind: 'goal-plan',
      ...envelope,
      mode: this.mode,
      goals: resultGoals(this.value.goals, envelope.completedAt),
    };
  }

  // ---- What the person does ------------------------------------------------------------------

  #edit(i: number, change: Partial<GoalPlanGoal>): void {
    if (!this.isEditable || !this.#goals[i]) return;
    this.#goals = this.#goals.map((g, j) => (j === i ? { ...g, ...change } : g));
    this.requestUpdate();
    this.answerChanged();
  }

  #input(i: number, field: 'text' | 'howWeKnow' | 'firstStep' | 'reason', event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    const before = this.#goals[i]?.[field] ?? '';
    // WebKit fires `input` for a key that maxlength refused: nothing changed, nothing to say.
    if (text === before) return;
    const t = this.localize;
    if (text.length >= TEXT_MAX && before.length < TEXT_MAX) {
      this.#said = t.term('goalLimitReached', t.number(TEXT_MAX));
    }
    this.#edit(i, { [field]: text });
  }

  /** Moves a goal one place; focus stays with it, and where it went is said. */
  #move(i: number, step: -1 | 1): void {
    const j = i + step;
    const count = this.#goals.length;
    if (!this.isEditable || j < 0 || j >= count) return;
    const goals = [...this.#goals];
    [goals[i], goals[j]] = [goals[j], goals[i]];
    this.#goals = goals;
    this.#said = this.localize.term('goalMoved', j + 1, count);
    // The same button, unless the goal reached that end: then the other one.
    const end = step < 0 ? j === 0 : j === count - 1;
    const name = step < 0 !== end ? 'up' : 'down';
    this.focusAfterUpdate.request(`${name}-${j}`);
    this.answerChanged();
  }

  #remove(i: number): void {
    if (!this.isEditable) return;
    this.#goals = this.#goals.filter((_, j) => j !== i);
    this.#said = this.localize.term('goalRemoved');
    this.#fill();
    this.focusAfterUpdate.request('add');
    this.answerChanged();
  }

  #add(): void {
    if (!this.isEditable) return;
    this.#goals = [...this.#goals, blankGoal()];
    this.#said = '';
    this.focusAfterUpdate.request(`text-${this.#goals.length - 1}`);
  }

  // ---- Rendering -----------------------------------------------------------------------------

  #title(): string {
    return this.localize.term(
      this.readonly
        ? 'goalTitleRecord'
        : this.mode === 'review'
          ? 'goalTitleReview'
          : 'goalTitleSet',
    );
  }

  protected override notSavedText(): string {
    return this.localize.term('goalNotSaved');
  }

  protected override render(): TemplateResult {
    const t = this.localize;
    const level = Math.min(6, this.titleLevel + 1);
    const today = new Date().toISOString();
    const review = this.mode === 'review';
    let body: unknown;
    const shown = views;
    // Only when review.js could not be fetched (scheduleUpdate waits for it otherwise).
    if ((review || this.readonly) && !shown) {
      return renderDefinitionStatus('invalid', t, t.term('goalUnavailable'));
    }
    if (this.readonly) {
      const goals = this.value.goals;
      body = goals.length
        ? goals.map((g, i) =>
            shown!.goalRecord({ g, i, t, level, today, threshold: this.changeThreshold }),
          )
        : html`<p>${t.term('goalEmpty')}</p>`;
    } else {
      const missing = this.showMissing ? this.#missing() : [];
      const room = this.#goals.filter(isCurrent).length < this.#max;
      const editable = this.isEditable;
      body = html`<p part="intro" class="hint">
          ${review ? t.term('goalIntroReview') : t.term('goalIntroSet', t.number(this.#max))}
        </p>
        ${this.#goals.map((g, i) => {
          const view: GoalView = {
            g,
            i,
            count: this.#goals.length,
            t,
            dir: t.dir(),
            disabled: !editable,
            level,
            missing: missing.find(([n]) => n === i + 1)?.[1],
            review,
            removable: g.createdAt === '',
            edit: (change) => this.#edit(i, change),
            input: (field, event) => this.#input(i, field, event),
            move: (from, step) => this.#move(from, step),
            remove: (at) => this.#remove(at),
            views: shown ?? undefined,
          };
          return goalCard(view, today);
        })}
        ${
          room
            ? editable
              ? html`<button
                  type="button"
                  class="quiet"
                  part="add"
                  data-focus="add"
                  @click=${this.#add}
                >
                  ${t.term('goalAdd')}
                </button>`
              : nothing
            : html`<p class="hint">${t.term('goalFull', t.number(this.#max))}</p>`
        }
        ${shown ? shown.finishedGoals(this.#finished, t, level) : nothing}
        <p class="visually-hidden" role="status" aria-live="polite">${this.#said}</p>`;
    }
    return html`<div
      part="base"
      class="base"
      role="group"
      aria-labelledby="title"
      lang=${t.lang()}
      dir=${t.dir()}
    >
      <div part="title" class="title" id="title" role="heading" aria-level=${this.titleLevel}>
        ${this.#title()}
      </div>
      ${this.renderReadAloud()} ${body} ${this.readonly ? nothing : this.renderStatus()}
      <div class="actions">${this.renderSend()}</div>
    </div>`;
  }
}
