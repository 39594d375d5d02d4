import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RapportFormControl, type EnvelopeParts } from '../core/form-control.js';
import type { DefinitionRef, RapportResultBase } from '../core/result.js';
import { shortText } from '../core/text.js';
import { sha256Hex } from '../core/hash.js';
import { DefinitionController } from '../core/definition-controller.js';
import { renderDefinitionStatus } from '../core/definition-status.js';
import { PointerDragController } from '../core/pointer-drag.js';
import { instrumentSource } from '../instruments/source.js';
import type { Questionnaire } from '../fhir/types.js';
import { canonicalInstrumentText } from '../instruments/canonical.js';
import { missingRequired, scaleOf, scoreResponse } from '../instruments/scoring.js';
import type {
  Answers,
  InstrumentDefinition,
  ItemDefinition,
  Scores,
  VisualAnalogScale,
} from '../instruments/types.js';
import { lineKeyValue, lineValueAt, lineWords, renderLine } from './line.js';
import { readPrevious, renderSummary, type Earlier } from './summary.js';
import { renderHeader } from './header.js';
import type { RadioGroupView } from '../core/radio-group.js';
import { renderChoices, renderQuestion, shownTexts, type ShownTexts } from './shown.js';
import { readAnswers } from './value.js';
import styles from './alliance-scale.styles.js';
import choiceStyles from '../core/choices.styles.js';

/** The finished response of an alliance scale. */
export interface AllianceScaleResult extends RapportResultBase<'alliance-scale'> {
  /** The value given to each answered item, by item id, before reverse scoring. */
  answers: Answers;
  scores: Scores;
  /** Milliseconds from the first answer to sending. */
  durationMs: number;
}

declare module '../core/result.js' {
  interface RapportResultKinds {
    'alliance-scale': AllianceScaleResult;
  }
}

/**
 * @tag rapport-alliance-scale
 * @customElement rapport-alliance-scale
 * @summary A rating scale driven by an instrument definition: visual-analog lines, Likert items
 * or faces, scored with totals, subscales, reverse items and a cutoff.
 *
 * @event {RapportInputEvent} rapport-input - The person changed an answer; `detail.answers` and `detail.complete`.
 * @event {RapportSubmitEvent} rapport-submit - The person sent a complete response; `detail` is an `AllianceScaleResult`. Call `waitUntil(promise)` to show saving / saved / failed.
 * @event {RapportErrorEvent} rapport-error - The instrument or `value` cannot be used; `detail.code` and a `detail.message` naming the field.
 *
 * @csspart base - The whole widget.
 * @csspart header - Title, labels and instructions.
 * @csspart title - The instrument's title.
 * @csspart badge - The "example" label of the library's own instruments.
 * @csspart licence - The licence line of a clinic's licensed instrument.
 * @csspart instructions - What the person is asked to do.
 * @csspart progress - "3 of 4 answered".
 * @csspart items - The list of items.
 * @csspart item - One item.
 * @csspart line - A visual-analog line (the slider).
 * @csspart track - The line's track.
 * @csspart mark - The mark the person set on a line.
 * @csspart anchors - The words at either end of a line.
 * @csspart options - A Likert or faces item's choices.
 * @csspart option - One choice.
 * @csspart face - A face picture.
 * @csspart status - Messages: what is missing, saving, saved, not saved.
 * @csspart send - The Send button.
 * @csspart retry - The Try again button.
 * @csspart summary - The read-only list of answers.
 * @csspart score-panel - The read-only scores and the cutoff.
 * @csspart error - The message shown in place of an instrument that cannot be used.
 * @csspart easy-picture - In easy read, the picture beside the instructions.
 * @csspart read-aloud - In easy read, "Read this to me" and its Pause and Stop buttons.
 *
 * @cssprop --rapport-color-accent - Marks, selected choices and the Send button.
 * @cssprop --rapport-color-on-accent - Text on the accent colour.
 * @cssprop --rapport-color-surface - The widget's background.
 * @cssprop --rapport-color-surface-raised - Background of items and choices.
 * @cssprop --rapport-color-text - Text colour (inherits from the page in light mode).
 * @cssprop --rapport-color-muted - Secondary text.
 * @cssprop --rapport-color-border - Borders.
 * @cssprop --rapport-color-track - The line's track.
 * @cssprop --rapport-color-danger - What is missing, what failed.
 * @cssprop --rapport-color-success - Saved.
 * @cssprop --rapport-color-focus - The focus ring.
 * @cssprop --rapport-radius - Corner radius.
 * @cssprop --rapport-space-1 - Smallest spacing; also --rapport-space-2, -3, -4.
 * @cssprop --rapport-target-size - Minimum size of anything pressed (default 2.75rem).
 * @cssprop --rapport-font-size - Base text size.
 */
export class RapportAllianceScale extends RapportFormControl {
  static override localeScope = 'alliance-scale';
  static override styles = [...(RapportFormControl.styles as []), choiceStyles, styles];

  /**
   * The instrument: a definition object, or the id of a built-in example (`session-check`,
   * `working-relationship`, `faces-check`) or of one given to `<rapport-provider>`. Without it,
   * a child `<script type="application/json">` holds the definition. A FHIR R4 Questionnaire
   * is taken as it is; the items it cannot ask are named in `rapport-error`.
   */
  @property({
    converter: { fromAttribute: (v: string | null) => v ?? undefined, toAttribute: () => null },
  })
  instrument?: InstrumentDefinition | Questionnaire | string;

  /**
   * An earlier result of the same instrument, e.g. the session before. With `readonly`, the
   * total says how it changed since then ("down 4.5 since 28 April"). A result that cannot be
   * used is named in `rapport-error` and left out.
   */
  @property({ attribute: false }) previous?: AllianceScaleResult | null;

  @state() private answers: Answers = {};

  #missingMemo: { answers: Answers; inst: InstrumentDefinition; ids: Set<string> } | undefined;
  #labelsMemo: { ids: Set<string>; lang: string; easy: boolean; labels: string[] } | undefined;
  #hashes = new Map<string, Promise<string>>();

  readonly #source = new DefinitionController<InstrumentDefinition>(
    this,
    instrumentSource(this, {
      changed: (next, previous) => {
        this.#hashes.clear();
        // Another definition keeps the answers it can take.
        if (next && previous) this.answers = this.#read(next, this.answers);
      },
      applyValue: (inst, value) => (this.answers = this.#read(inst, value)),
    }),
  );

  readonly #drag = new PointerDragController<number>(this, {
    touch: 'tap-or-drag',
    canStart: () => this.isEditable,
    start: (index, event) => this.#dragTo(index, event),
    move: (index, event) => this.#dragTo(index, event),
    // One rapport-input per drag, when the line is let go: the host hears where it settled.
    // Then the line takes focus: its restyling does not hold up the press or the event.
    end: (index) => {
      if (this.#dragChanged) {
        this.#dragChanged = false;
        this.answerChanged();
      }
      this.renderRoot.querySelector<HTMLElement>(`[data-item-index="${index}"]`)?.focus();
    },
  });
  /** A drag moved a line's mark; said once the pointer is let go. */
  #dragChanged = false;
  /** A pointer moved a line's mark: the redraw waits for a task of its own (see scheduleUpdate). */
  #pointerMoved = false;

  protected readonly resultKind = 'alliance-scale';

  /**
   * The answers by item id. Set it to prefill, to restore a draft, or with `readonly` to show a
   * finished response. Values an instrument cannot take are dropped with a `rapport-error`.
   */
  get value(): Answers {
    return { ...this.answers };
  }

  set value(next: Answers | null | undefined) {
    this.#source.holdValue(next ?? {});
  }

  /** The instrument being shown, once it is valid. */
  get definition(): InstrumentDefinition | undefined {
    return this.#source.definition;
  }

  /** The current scores; null scores while required items are unanswered. */
  get scores(): Scores | undefined {
    const inst = this.definition;
    return inst ? scoreResponse(inst, this.answers) : undefined;
  }

  #read(inst: InstrumentDefinition, given: unknown): Answers {
    const { answers, problem } = readAnswers(inst, given);
    if (problem) this.reportError({ code: 'invalid-value', message: problem });
    return answers;
  }

  /** The `previous` result's total and date, or undefined; a problem is reported once. */
  #earlier(inst: InstrumentDefinition): Earlier | undefined {
    const read = readPrevious(inst, this.previous);
    if (typeof read !== 'string') return read;
    this.reportOnce(`previous:${read}`, { code: 'invalid-value', message: read });
    return undefined;
  }

  // ---- RapportFormControl --------------------------------------------------------------------

  /**
   * The ids of the required items not answered yet. Asked several times per update (Send,
   * status, validity, marks); answers are replaced, never changed in place, so the objects
   * identify the result.
   */
  #missingIds(inst: InstrumentDefinition): Set<string> {
    const memo = this.#missingMemo;
    if (memo && memo.answers === this.answers && memo.inst === inst) return memo.ids;
    const ids = new Set(missingRequired(inst, this.answers));
    this.#missingMemo = { answers: this.answers, inst, ids };
    return ids;
  }

  protected missingAnswers(): string[] {
    const inst = this.definition;
    if (!inst) return [this.localize.term('questionNumber', 1)];
    const ids = this.#missingIds(inst);
    const shown = shownTexts(this.localize);
    const { lang, easy } = shown;
    const memo = this.#labelsMemo;
    if (memo && memo.ids === ids && memo.lang === lang && memo.easy === easy) return memo.labels;
    const labels = inst.items.flatMap((item, i) =>
      ids.has(item.id)
        ? [this.localize.term('questionNumber', i + 1, shortText(shown.item(item)))]
        : [],
    );
    this.#labelsMemo = { ids, lang, easy, labels };
    return labels;
  }

  protected firstMissingControl(): HTMLElement | null {
    const inst = this.definition;
    if (!inst) return null;
    const ids = this.#missingIds(inst);
    const index = inst.items.findIndex((i) => ids.has(i.id));
    if (index === -1) return null;
    return this.renderRoot.querySelector<HTMLElement>(
      `[data-item-index="${index}"], input[name="item-${index}"]`,
    );
  }

  protected formEntries(): Array<[string, string]> {
    const entries: Array<[string, string]> = Object.entries(this.answers).map(([k, v]) => [
      k,
      String(v),
    ]);
    const total = this.scores?.total;
    if (total !== null && total !== undefined) entries.push(['total', String(total)]);
    return entries;
  }

  protected clearAnswers(): void {
    this.answers = {};
  }

  protected async definitionRef(): Promise<DefinitionRef | null> {
    const inst = this.definition;
    if (!inst) return null;
    // The person answered the words they saw: easy read has a hash of its own.
    const { lang, easy } = shownTexts(this.localize);
    const key = easy ? `${lang} easy` : lang;
    let hash = this.#hashes.get(key);
    if (!hash) {
      hash = sha256Hex(canonicalInstrumentText(inst, lang, easy));
      this.#hashes.set(key, hash);
    }
    return { id: inst.id, version: inst.version, contentHash: await hash };
  }

  protected draftData(): Record<string, unknown> {
    return { answers: { ...this.answers } };
  }

  protected buildResult(envelope: EnvelopeParts): AllianceScaleResult {
    const inst = this.definition as InstrumentDefinition;
    return {
      kind: 'alliance-scale',
      ...envelope,
      answers: { ...this.answers },
      scores: scoreResponse(inst, this.answers),
    };
  }

  // ---- Answering -----------------------------------------------------------------------------

  /** Sets an answer; `dragging`: said when the drag ends, not on every move. */
  #setAnswer(item: ItemDefinition, value: number, dragging = false): void {
    if (!this.isEditable) return;
    if (Object.hasOwn(this.answers, item.id) && this.answers[item.id] === value) return;
    this.answers = { ...this.answers, [item.id]: value };
    // A pointer's change is said when it lets go, and redrawn after the rest of the press.
    if (dragging) this.#dragChanged = this.#pointerMoved = true;
    else this.answerChanged();
  }

  #line(index: number): { item: ItemDefinition; scale: VisualAnalogScale } | undefined {
    const inst = this.definition;
    const item = inst?.items[index];
    const scale = inst && item && scaleOf(inst, item);
    return item && scale?.type === 'visual-analog' ? { item, scale } : undefined;
  }

  #dragTo(index: number, event: PointerEvent): void {
    const line = this.#line(index);
    const track = this.renderRoot.querySelector(`[data-item-index="${index}"] .track`);
    if (!line || !track) return;
    const at = lineValueAt(
      event.clientX,
      track.getBoundingClientRect(),
      line.scale,
      this.localize.dir(),
    );
    this.#setAnswer(line.item, at, true);
  }

  /**
   * A line's mark moved by a pointer is redrawn in a task of its own, after the browser has
   * handled the rest of the press (its pointerup, and the `rapport-input` that sends), and
   * before the next frame is painted.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#pointerMoved) return super.scheduleUpdate();
    this.#pointerMoved = false;
    return new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }).then(() => super.scheduleUpdate());
  }

  #lineKeydown(event: KeyboardEvent, index: number): void {
    const line = this.#line(index);
    if (!line || !this.isEditable) return;
    const current = Object.hasOwn(this.answers, line.item.id)
      ? this.answers[line.item.id]
      : undefined;
    const next = lineKeyValue(event.key, current, line.scale, this.localize.dir());
    if (next === null) return;
    event.preventDefault();
    this.#setAnswer(line.item, next);
  }

  // ---- Rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize;
    const shown = shownTexts(t);
    const lang = shown.lang;
    const inst = this.definition;
    if (!inst) return renderDefinitionStatus(this.#source.status, t);
    return html`<div
      part="base"
      class="base"
      role="group"
      aria-labelledby="title"
      lang=${lang}
      dir=${t.dir()}
    >
      ${renderHeader(inst, shown, t, this.titleLevel, !this.readonly, this.renderReadAloud())}
      ${
        this.readonly
          ? renderSummary(
              inst,
              this.answers,
              shown,
              t,
              (item, i) => renderQuestion(item, i, shown, t),
              this.#earlier(inst),
            )
          : this.#renderForm(inst, shown)
      }
    </div>`;
  }

  #renderForm(inst: InstrumentDefinition, shown: ShownTexts): TemplateResult {
    const answered = inst.items.filter((i) => Object.hasOwn(this.answers, i.id)).length;
    const missing = this.showMissing ? this.#missingIds(inst) : new Set<string>();
    return html`
      <p part="progress" class="progress">
        ${this.localize.term('answeredOf', answered, inst.items.length)}
      </p>
      <ol
        part="items"
        class="items"
        @pointermove=${this.#drag.move}
        @pointerup=${this.#drag.up}
        @pointercancel=${this.#drag.cancel}
        @lostpointercapture=${this.#drag.cancel}
      >
        ${inst.items.map((item, index) => {
          const isMissing = missing.has(item.id);
          return html`<li part="item" class=${isMissing ? 'item missing' : 'item'}>
            ${this.#renderItem(inst, item, index, shown, isMissing)}
            ${
              isMissing
                ? html`<p class="item-error" id=${`error-${index}`}>
                    ${this.localize.term('notAnswered')}
                  </p>`
                : nothing
            }
          </li>`;
        })}
      </ol>
      ${this.renderStatus()}
      <div class="actions">${this.renderSend()}</div>
    `;
  }

  #renderItem(
    inst: InstrumentDefinition,
    item: ItemDefinition,
    index: number,
    texts: ShownTexts,
    missing: boolean,
  ): TemplateResult | RadioGroupView {
    const t = this.localize;
    const scale = scaleOf(inst, item);
    const value = Object.hasOwn(this.answers, item.id) ? this.answers[item.id] : undefined;
    if (scale.type !== 'visual-analog') {
      return renderChoices({
        item,
        index,
        scale,
        value,
        shown: texts,
        t,
        editable: this.isEditable,
        missing,
        choose: (chosen) => this.#setAnswer(item, chosen),
      });
    }
    const { low, high } = texts.anchors(item);
    const { shown, spoken } = lineWords(value, scale, low, high, this.localize);
    return renderLine({
      index,
      value,
      scale,
      question: renderQuestion(item, index, texts, t),
      low,
      high,
      shown,
      spoken,
      missing,
      editable: this.isEditable,
      keydown: (e) => this.#lineKeydown(e, index),
      pointerdown: this.#drag.down(index),
    });
  }
}
