import { html, nothing, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RapportFormControl, type EnvelopeParts } from '../core/form-control.js';
import type { DefinitionRef, RapportResultBase } from '../core/result.js';
import { resolveText } from '../core/text.js';
import { cssVars } from '../core/css-vars.js';
import { LightDomController } from '../core/json-child.js';
import { sha256Hex } from '../core/hash.js';
import { checkDefinitionOnce } from '../instruments/questionnaire.js';
import { findDefinition } from '../instruments/registry.js';
import { canonicalInstrumentText } from '../instruments/canonical.js';
import {
  lineDecimals,
  missingRequired,
  sanitizeAnswers,
  scaleOf,
  scaleRange,
  scoreResponse,
  snapToLine,
  stepOf,
} from '../instruments/scoring.js';
import type {
  Answers,
  InstrumentDefinition,
  ItemDefinition,
  ScaleDefinition,
  Scores,
  VisualAnalogScale,
} from '../instruments/types.js';
import { faceIcon } from '../core/faces.js';
import type { Questionnaire } from '../fhir/types.js';
import styles from './alliance-scale.styles.js';

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

type Loaded =
  | { status: 'none' }
  | { status: 'ready'; instrument: InstrumentDefinition }
  | { status: 'invalid' };

/**
 * A choice question (Likert or faces) is drawn once per language, as a finished fieldset with
 * no bindings inside, and cloned for every widget that asks it: a page of fifty Likert forms
 * holds 3,000 radios, and cloning one fragment per question is the cheapest way to make them.
 * The words that can differ between widgets (the number, the "optional" text a provider may
 * replace) are part of the key. The state (checked, required, invalid, disabled) is set by
 * syncChoices() after each render.
 */
const drawnQuestions = new WeakMap<ItemDefinition, Map<string, DocumentFragment>>();

interface QuestionWords {
  lang: string;
  /** The question's number, formatted. */
  number: string;
  /** The "optional" text, or null for a required question. */
  optional: string | null;
}

/** A question as it is read: its number (not spoken twice), its words, "(optional)". */
function questionWords(item: ItemDefinition, words: QuestionWords): TemplateResult {
  return html`<span class="number" aria-hidden="true">${words.number}.</span>
    <span class="text">${resolveText(item.text, words.lang)}</span>${
      words.optional === null ? nothing : html` <span class="optional">(${words.optional})</span>`
    }`;
}

function questionFragment(
  item: ItemDefinition,
  index: number,
  scale: Exclude<ScaleDefinition, VisualAnalogScale>,
  words: QuestionWords,
): DocumentFragment {
  let drawn = drawnQuestions.get(item);
  if (!drawn) drawnQuestions.set(item, (drawn = new Map()));
  const key = [index, words.lang, words.number, words.optional].join('\u0000');
  let fragment = drawn.get(key);
  if (!fragment) {
    fragment = document.createDocumentFragment();
    const faces = scale.type === 'faces';
    const count = scale.options.length;
    const name = `item-${index}`;
    render(
      html`<fieldset
        part="options"
        class=${faces ? 'options faces' : 'options likert'}
        data-item=${index}
      >
        <legend class="question">${questionWords(item, words)}</legend>
        ${scale.options.map(
          (option, o) =>
            html`<label class="choice"
              ><input
                type="radio"
                name=${name}
                value=${String(option.value)}
                required
                aria-invalid="false"
              /><span part="option" class="answer"
                >${
                  faces
                    ? html`<span part="face" class="face" aria-hidden="true"
                        >${faceIcon(o, count)}</span
                      >`
                    : nothing
                }${resolveText(option.label, words.lang)}</span
              ></label
            >`,
        )}
      </fieldset>`,
      fragment,
    );
    // Nothing is rendered into it again, so the markers Lit left for its bindings can go: every
    // clone is that many nodes smaller.
    const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_COMMENT);
    const markers: Node[] = [];
    while (walker.nextNode()) markers.push(walker.currentNode);
    for (const marker of markers) marker.parentNode?.removeChild(marker);
    drawn.set(key, fragment);
  }
  return fragment;
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
  static override styles = [...(RapportFormControl.styles as []), styles];

  /**
   * The instrument: a definition object, or the id of a built-in example (`session-check`,
   * `working-relationship`, `faces-check`) or of one given to `<rapport-provider>`. Without it,
   * a child `<script type="application/json">` holds the definition. A FHIR R4 Questionnaire
   * is taken as it is; items it cannot ask are named in `rapport-error`.
   */
  @property({
    converter: { fromAttribute: (v: string | null) => v ?? undefined, toAttribute: () => null },
  })
  instrument?: InstrumentDefinition | Questionnaire | string;

  @state() private loaded: Loaded = { status: 'none' };
  @state() private answers: Answers = {};

  #pendingValue: unknown;
  #missingMemo: { answers: Answers; inst: InstrumentDefinition; ids: Set<string> } | undefined;
  #labelsMemo: { ids: Set<string>; lang: string; labels: string[] } | undefined;
  #source: unknown;
  #hashes = new Map<string, Promise<string>>();
  #drag: { pointerId: number; itemId: string } | undefined;
  /** Loads a child script definition when it appears, while no `instrument` is given. */
  protected readonly scriptSource = new LightDomController(this, () => {
    if (this.instrument === undefined) this.loadInstrument();
  });

  protected readonly resultKind = 'alliance-scale';

  /**
   * The answers by item id. Set it to prefill, to restore a draft, or with `readonly` to show a
   * finished response. Values an instrument cannot take are dropped with a `rapport-error`.
   */
  get value(): Answers {
    return { ...this.answers };
  }

  set value(next: Answers | null | undefined) {
    if (this.loaded.status === 'ready') {
      this.answers = this.acceptValue(this.loaded.instrument, next ?? {});
    } else {
      this.#pendingValue = next ?? {};
    }
  }

  /** The instrument being shown, once it is valid. */
  get definition(): InstrumentDefinition | undefined {
    return this.loaded.status === 'ready' ? this.loaded.instrument : undefined;
  }

  /** The current scores; null scores while required items are unanswered. */
  get scores(): Scores | undefined {
    const inst = this.definition;
    return inst ? scoreResponse(inst, this.answers) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('instrument') || changed.has('rapportContext')) this.loadInstrument();
  }

  // ---- Loading -------------------------------------------------------------------------------

  private loadInstrument(): void {
    const found = findDefinition(this, this.instrument, this.rapportContext?.instruments);
    if (found.kind === 'none') {
      this.loaded = { status: 'none' };
      return;
    }
    if (found.kind === 'unknown-id') {
      this.fail(
        'unknown-instrument',
        `instrument "${found.id}" is not a built-in instrument or one given to <rapport-provider>.`,
      );
      return;
    }
    if (found.kind === 'invalid-json') {
      this.fail('invalid-json', found.message);
      return;
    }
    const candidate = found.candidate;
    // The same definition again (e.g. a provider re-rendering) keeps everything as it is.
    if (this.loaded.status !== 'none' && found.key === this.#source) return;
    this.#source = found.key;
    const check = checkDefinitionOnce(candidate);
    if (!check.ok) {
      this.fail(
        'invalid-instrument',
        `instrument is not valid: ${check.problems.map((p) => p.message).join('; ')}`,
      );
      return;
    }
    // A FHIR Questionnaire: the items it could not take are named, the rest is asked.
    if (check.leftOut) {
      this.reportError({
        code: 'invalid-instrument',
        message: `instrument: ${check.leftOut.map((p) => p.message).join(' ')}`,
      });
    }
    const previous = this.loaded.status === 'ready' ? this.loaded.instrument : undefined;
    this.loaded = { status: 'ready', instrument: check.instrument };
    this.#hashes.clear();
    if (this.#pendingValue !== undefined) {
      this.answers = this.acceptValue(check.instrument, this.#pendingValue);
      this.#pendingValue = undefined;
    } else if (previous) {
      this.answers = this.acceptValue(check.instrument, this.answers);
    }
  }

  private fail(
    code: 'unknown-instrument' | 'invalid-json' | 'invalid-instrument',
    message: string,
  ): void {
    this.#source = undefined;
    this.loaded = { status: 'invalid' };
    this.reportError({ code, message });
  }

  private acceptValue(instrument: InstrumentDefinition, next: unknown): Answers {
    const kept = sanitizeAnswers(instrument, next);
    if (next && typeof next === 'object') {
      const dropped = Object.keys(next).filter((k) => !(k in kept));
      if (dropped.length > 0) {
        this.reportError({
          code: 'invalid-value',
          message: `value: answers for ${dropped.map((k) => `"${k}"`).join(', ')} were dropped (unknown item or a value the item cannot take).`,
        });
      }
    } else if (next !== null && next !== undefined) {
      this.reportError({
        code: 'invalid-value',
        message: 'value must be an object of answers by item id.',
      });
    }
    return kept;
  }

  // ---- RapportFormControl --------------------------------------------------------------------

  /**
   * The ids of the required items not answered yet. Asked several times per update (Send,
   * status, validity, marks); answers are replaced, never changed in place, so the objects
   * identify the result.
   */
  private missingIds(inst: InstrumentDefinition): Set<string> {
    const memo = this.#missingMemo;
    if (memo && memo.answers === this.answers && memo.inst === inst) return memo.ids;
    const ids = new Set(missingRequired(inst, this.answers));
    this.#missingMemo = { answers: this.answers, inst, ids };
    return ids;
  }

  protected missingAnswers(): string[] {
    const inst = this.definition;
    if (!inst) return [this.localize.term('questionNumber', 1)];
    const ids = this.missingIds(inst);
    const lang = this.localize.lang();
    const memo = this.#labelsMemo;
    if (memo && memo.ids === ids && memo.lang === lang) return memo.labels;
    const labels = inst.items.flatMap((item, i) =>
      ids.has(item.id) ? [this.localize.term('questionNumber', i + 1)] : [],
    );
    this.#labelsMemo = { ids, lang, labels };
    return labels;
  }

  protected firstMissingControl(): HTMLElement | null {
    const inst = this.definition;
    if (!inst) return null;
    const ids = this.missingIds(inst);
    const index = inst.items.findIndex((i) => ids.has(i.id));
    if (index === -1) return null;
    return this.renderRoot.querySelector<HTMLElement>(
      `[data-item-index="${index}"], [data-item="${index}"] input`,
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
    const lang = this.localize.lang();
    let hash = this.#hashes.get(lang);
    if (!hash) {
      hash = sha256Hex(canonicalInstrumentText(inst, lang));
      this.#hashes.set(lang, hash);
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

  private setAnswer(item: ItemDefinition, value: number): void {
    if (!this.isEditable || this.answers[item.id] === value) return;
    this.answers = { ...this.answers, [item.id]: value };
    this.answerChanged();
  }

  private lineKeydown(event: KeyboardEvent, item: ItemDefinition, scale: VisualAnalogScale): void {
    if (!this.isEditable) return;
    const step = stepOf(scale);
    const page = Math.max(step, (scale.max - scale.min) / 10);
    const forward = this.localize.dir() === 'rtl' ? -1 : 1;
    const deltas: Record<string, number> = {
      ArrowUp: step,
      ArrowDown: -step,
      ArrowRight: step * forward,
      ArrowLeft: -step * forward,
      PageUp: page,
      PageDown: -page,
    };
    const current = this.answers[item.id];
    let next: number;
    if (event.key === 'Home') next = scale.min;
    else if (event.key === 'End') next = scale.max;
    else if (event.key in deltas) {
      const delta = deltas[event.key];
      // Before a mark is set, raising starts from the low end and lowering from the high end.
      const from = current ?? (delta > 0 ? scale.min : scale.max);
      next = from + delta;
    } else return;
    event.preventDefault();
    this.setAnswer(item, snapToLine(scale, next));
  }

  private valueAt(event: PointerEvent, scale: VisualAnalogScale): number {
    const line = event.currentTarget as HTMLElement;
    const track = line.querySelector('.track') as HTMLElement;
    const rect = track.getBoundingClientRect();
    const fraction =
      this.localize.dir() === 'rtl'
        ? (rect.right - event.clientX) / rect.width
        : (event.clientX - rect.left) / rect.width;
    return snapToLine(scale, scale.min + fraction * (scale.max - scale.min));
  }

  private linePointerDown(
    event: PointerEvent,
    item: ItemDefinition,
    scale: VisualAnalogScale,
  ): void {
    if (!this.isEditable || event.button !== 0) return;
    const line = event.currentTarget as HTMLElement;
    event.preventDefault();
    // The value first, while the layout is still clean, so the answer is reported before focus
    // and capture make the browser restyle.
    this.setAnswer(item, this.valueAt(event, scale));
    line.focus();
    try {
      line.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic pointers cannot be captured; the press still counts.
    }
    this.#drag = { pointerId: event.pointerId, itemId: item.id };
  }

  private linePointerMove(
    event: PointerEvent,
    item: ItemDefinition,
    scale: VisualAnalogScale,
  ): void {
    if (this.#drag?.pointerId !== event.pointerId || this.#drag.itemId !== item.id) return;
    this.setAnswer(item, this.valueAt(event, scale));
  }

  private linePointerEnd(event: PointerEvent): void {
    if (this.#drag?.pointerId === event.pointerId) this.#drag = undefined;
  }

  // ---- Rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const lang = this.localize.lang();
    const dir = this.localize.dir();
    if (this.loaded.status !== 'ready') {
      const invalid = this.loaded.status === 'invalid';
      return html`<div part="base" class="base" lang=${lang} dir=${dir}>
        <p
          part="error"
          class=${invalid ? 'unavailable' : 'loading'}
          role=${invalid ? 'alert' : 'status'}
        >
          ${this.localize.term(invalid ? 'unavailable' : 'loading')}
        </p>
      </div>`;
    }
    const inst = this.loaded.instrument;
    const level = this.titleLevel;
    return html`<div
      part="base"
      class="base"
      role="group"
      aria-labelledby="title"
      lang=${lang}
      dir=${dir}
    >
      <div part="header" class="header">
        <div part="title" class="title" id="title" role="heading" aria-level=${level}>
          ${resolveText(inst.title, lang)}
        </div>
        ${
          inst.example
            ? html`<p part="badge" class="badge">${this.localize.term('exampleInstrument')}</p>`
            : nothing
        }
        ${
          inst.licence
            ? html`<p part="licence" class="licence">
                ${this.localize.term('licensedBy', inst.licence.holder)}${
                  inst.licence.terms ? html`. ${resolveText(inst.licence.terms, lang)}` : nothing
                }${this.renderLicenceLink(inst.licence.url)}
              </p>`
            : nothing
        }
        ${
          inst.instructions && !this.readonly
            ? html`<p part="instructions" class="instructions">
                ${resolveText(inst.instructions, lang)}
              </p>`
            : nothing
        }
      </div>
      ${this.readonly ? this.renderReadonly(inst, lang) : this.renderForm(inst, lang)}
    </div>`;
  }

  /** The licence's web page, only for http(s) addresses: a definition is data, not code. */
  private renderLicenceLink(url: string | undefined): TemplateResult | typeof nothing {
    if (!url) return nothing;
    let parsed: URL;
    try {
      parsed = new URL(url, document.baseURI);
    } catch {
      return nothing;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return nothing;
    return html` <a href=${parsed.href} target="_blank" rel="noopener noreferrer"
      >${this.localize.term('licenceTerms')}</a
    >`;
  }

  private renderForm(inst: InstrumentDefinition, lang: string): TemplateResult {
    const answered = inst.items.filter((i) => i.id in this.answers).length;
    const missing = this.showMissing ? this.missingIds(inst) : new Set<string>();
    return html`
      <p part="progress" class="progress">
        ${this.localize.term('answeredOf', answered, inst.items.length)}
      </p>
      <ol part="items" class="items" @change=${this.onChoiceChange}>
        ${inst.items.map((item, index) => {
          const scale = scaleOf(inst, item) as ScaleDefinition;
          const isMissing = missing.has(item.id);
          return html`<li part="item" class=${isMissing ? 'item missing' : 'item'}>
            ${
              scale.type === 'visual-analog'
                ? this.renderLine(item, index, scale, lang, isMissing)
                : this.renderChoices(item, index, scale, lang)
            }
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

  /** The words that identify a question in this widget's language (see questionWords()). */
  private questionWordsOf(item: ItemDefinition, index: number, lang: string): QuestionWords {
    return {
      lang,
      number: this.localize.number(index + 1),
      optional: item.required === false ? this.localize.term('optional') : null,
    };
  }

  private questionText(item: ItemDefinition, index: number, lang: string): TemplateResult {
    return questionWords(item, this.questionWordsOf(item, index, lang));
  }

  private renderLine(
    item: ItemDefinition,
    index: number,
    scale: VisualAnalogScale,
    lang: string,
    isMissing: boolean,
  ): TemplateResult {
    const value = this.answers[item.id];
    const has = value !== undefined;
    const low = resolveText(item.anchors?.low, lang);
    const high = resolveText(item.anchors?.high, lang);
    const digits = lineDecimals(scale);
    const format = (n: number) =>
      this.localize.number(n, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    let valueText: string;
    if (!has) {
      valueText = this.localize.term('lineEmpty', low, high);
    } else {
      const middle = (scale.min + scale.max) / 2;
      const nearer = value === middle ? null : value < middle ? low : high;
      valueText = this.localize.term(
        'lineValue',
        format(value),
        this.localize.number(scale.max),
        nearer,
      );
    }
    const position = has ? (value - scale.min) / (scale.max - scale.min) : 0;
    return html`<div class="question" id=${`q-${index}`}>
        ${this.questionText(item, index, lang)}
      </div>
      <div
        part="line"
        class=${has ? 'line set' : 'line'}
        role="slider"
        data-item-index=${index}
        tabindex=${this.isEditable ? 0 : -1}
        aria-labelledby=${`q-${index}`}
        aria-describedby=${isMissing ? `error-${index}` : nothing}
        aria-valuemin=${scale.min}
        aria-valuemax=${scale.max}
        aria-valuenow=${has ? value : scale.min}
        aria-valuetext=${valueText}
        aria-invalid=${isMissing ? 'true' : 'false'}
        aria-disabled=${this.isEditable ? 'false' : 'true'}
        aria-orientation="horizontal"
        ${cssVars({ '--_position': String(position) })}
        @keydown=${(e: KeyboardEvent) => this.lineKeydown(e, item, scale)}
        @pointerdown=${(e: PointerEvent) => this.linePointerDown(e, item, scale)}
        @pointermove=${(e: PointerEvent) => this.linePointerMove(e, item, scale)}
        @pointerup=${this.linePointerEnd}
        @pointercancel=${this.linePointerEnd}
        @lostpointercapture=${this.linePointerEnd}
      >
        <div part="track" class="track">
          ${has ? html`<div part="mark" class="mark"></div>` : nothing}
        </div>
      </div>
      <div part="anchors" class="anchors" aria-hidden="true">
        <span class="low">${low}</span>
        <span class="value">${has ? format(value) : ''}</span>
        <span class="high">${high}</span>
      </div>`;
  }

  /** Each question's cloned fieldset, kept across renders while its words stay the same. */
  #questions = new WeakMap<ItemDefinition, { from: DocumentFragment; node: HTMLFieldSetElement }>();
  #refocus: HTMLElement | undefined;

  /** A choice question: its fieldset, cloned (see questionFragment()). */
  private renderChoices(
    item: ItemDefinition,
    index: number,
    scale: Exclude<ScaleDefinition, VisualAnalogScale>,
    lang: string,
  ): HTMLFieldSetElement {
    const from = questionFragment(item, index, scale, this.questionWordsOf(item, index, lang));
    const kept = this.#questions.get(item);
    if (kept?.from === from) return kept.node;
    const node = (from.cloneNode(true) as DocumentFragment)
      .firstElementChild as HTMLFieldSetElement;
    // New words (another language) replace the radios: the one that had focus hands it on.
    if (kept) {
      const focused = [...kept.node.querySelectorAll('input')].findIndex(
        (radio) => radio === this.shadowRoot?.activeElement,
      );
      if (focused !== -1) this.#refocus = node.querySelectorAll('input')[focused];
    }
    this.#questions.set(item, { from, node });
    return node;
  }

  /** The state of each choice question, from the answers: checked, required, invalid, disabled. */
  private syncChoices(): void {
    const inst = this.definition;
    if (!inst || this.readonly) return;
    const missing = this.showMissing ? this.missingIds(inst) : undefined;
    for (const group of this.renderRoot.querySelectorAll<HTMLFieldSetElement>(
      'fieldset[data-item]',
    )) {
      const item = inst.items[Number(group.dataset.item)];
      const scale = item && scaleOf(inst, item);
      if (!scale || scale.type === 'visual-analog') continue;
      const current = this.answers[item.id];
      const required = item.required !== false;
      const invalid = missing?.has(item.id) ?? false;
      group.disabled = !this.isEditable;
      if (invalid) group.setAttribute('aria-describedby', `error-${group.dataset.item}`);
      else group.removeAttribute('aria-describedby');
      group.querySelectorAll('input').forEach((radio, o) => {
        const checked = scale.options[o]?.value === current;
        if (radio.checked !== checked) radio.checked = checked;
        if (radio.required !== required) radio.required = required;
        // Always said, never left out: a required radio group with no choice yet is invalid
        // to the browser, and without "false" it is announced so before anyone pressed Send.
        const said = invalid ? 'true' : 'false';
        if (radio.getAttribute('aria-invalid') !== said) radio.setAttribute('aria-invalid', said);
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncChoices();
    this.#refocus?.focus();
    this.#refocus = undefined;
  }

  private onChoiceChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const group = input.closest<HTMLElement>('fieldset[data-item]');
    const inst = this.definition;
    if (!group) return;
    const item = inst?.items[Number(group.dataset.item)];
    const scale = inst && item && scaleOf(inst, item);
    if (!scale || scale.type === 'visual-analog' || !input.checked) return;
    const o = [...group.querySelectorAll('input')].indexOf(input);
    const option = scale.options[o];
    if (option) this.setAnswer(item, option.value);
  };

  private renderReadonly(inst: InstrumentDefinition, lang: string): TemplateResult {
    const scores = scoreResponse(inst, this.answers);
    const fmt = (n: number | null) =>
      n === null ? this.localize.term('notAnswered') : this.localize.number(n);
    const maxTotal = this.maxScore(inst, inst.items, inst.scoring?.total ?? 'sum');
    return html`<dl part="summary" class="summary">
        ${inst.items.map((item, index) => {
          const scale = scaleOf(inst, item) as ScaleDefinition;
          const value = this.answers[item.id];
          let shown: string;
          if (value === undefined) shown = this.localize.term('notAnswered');
          else if (scale.type === 'visual-analog') {
            shown = this.localize.term(
              'scoreOf',
              this.localize.number(value),
              this.localize.number(scale.max),
            );
          } else {
            const option = scale.options.find((o) => o.value === value);
            shown = `${this.localize.number(value)} · ${resolveText(option?.label, lang)}`;
          }
          return html`<div class="row">
            <dt>${this.questionText(item, index, lang)}</dt>
            <dd>${shown}</dd>
          </div>`;
        })}
      </dl>
      <div part="score-panel" class="scores">
        <p class="scores-title">${this.localize.term('scores')}</p>
        <dl>
          <div class="row">
            <dt>${this.localize.term('total')}</dt>
            <dd>
              ${
                scores.total === null
                  ? fmt(null)
                  : this.localize.term('scoreOf', fmt(scores.total), this.localize.number(maxTotal))
              }
            </dd>
          </div>
          ${Object.entries(scores.subscales).map(
            ([name, score]) =>
              html`<div class="row">
                <dt>${name}</dt>
                <dd>${fmt(score)}</dd>
              </div>`,
          )}
        </dl>
        ${
          scores.cutoff
            ? html`<p class=${scores.cutoff.flagged ? 'cutoff flagged' : 'cutoff'}>
                <strong
                  >${this.localize.term(scores.cutoff.flagged ? 'flagged' : 'notFlagged')}</strong
                >
                (${this.localize.term(
                  'cutoffRule',
                  scores.cutoff.score === 'total'
                    ? this.localize.term('theTotal')
                    : scores.cutoff.score,
                  this.localize.number(scores.cutoff.below),
                )})${
                  scores.cutoff.flagged && inst.scoring?.cutoff
                    ? html`: ${resolveText(inst.scoring.cutoff.message, lang)}`
                    : nothing
                }
              </p>`
            : nothing
        }
      </div>`;
  }

  private maxScore(
    inst: InstrumentDefinition,
    items: readonly ItemDefinition[],
    how: 'sum' | 'mean',
  ): number {
    const maxima = items.map((item) => scaleRange(scaleOf(inst, item) as ScaleDefinition).max);
    return how === 'sum' ? maxima.reduce((a, b) => a + b, 0) : Math.max(...maxima);
  }
}
