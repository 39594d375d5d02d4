import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { RapportFormControl, type EnvelopeParts } from '../core/form-control.js';
import { DefinitionController } from '../core/definition-controller.js';
import type { DefinitionRef } from '../core/result.js';
import type { LocalizedText } from '../core/text.js';
import { sha256Hex } from '../core/hash.js';
import { slottedText } from '../core/slot-text.js';
import './locales/index.js';
import { builtInAgreement, DEFAULT_AGREEMENT_ID } from './builtin.js';
import { checkAgreement, type AgreementDefinition } from './definition.js';
import { valuesUsable } from './compose.js';
import { AgreementValueController } from './value-controller.js';
import { ShownAgreementController } from './shown.js';
import { canonicalText } from './canonical.js';
import { SigningController } from './signing.js';
import { AgreementAnswers, type Phase } from './answers.js';
import { agreementView, unavailableView } from './view.js';
import type {
  BoundaryAgreementClientResult,
  BoundaryAgreementResult,
  BoundaryAgreementValue,
  ShownAgreement,
  SignatureMode,
} from './types.js';
import styles from './boundary-agreement.styles.js';
import choiceStyles from '../core/choices.styles.js';
import signingStyles from './signing.styles.js';
import printStyles from './print.styles.js';

export type * from './types.js';
export { agreementValue } from './value.js';

/** What a sent signature keeps once it is saved. */
interface Sent {
  signedAt: string;
  responseId: string;
  contentHash: string;
}

/**
 * @tag rapport-boundary-agreement
 * @customElement rapport-boundary-agreement
 * @summary Professional boundaries agreed clause by clause, then signed with a typed name (and,
 * if wanted, a drawing); optionally countersigned by the clinician as a second step.
 *
 * Without an `agreement`, it shows the built-in agreement (in English, Spanish, French and
 * Arabic): getting in touch, crisis and out of hours, gifts, social media, meeting outside
 * sessions, sessions and cancelling, recording, and ending. Fill its placeholders with the
 * named attributes (`hours`, `crisis-phone`, …) or `values`.
 *
 * @event {RapportInputEvent} rapport-input - The person ticked a clause, chose an answer, typed or drew; `detail` holds the draft (`agreed`, `answers`, `signature`, `countersignature`, `role`) and `complete`.
 * @event {RapportSubmitEvent} rapport-submit - The person signed (`detail.role` is `client`) or the clinician countersigned (`role` is `clinician`, `countersigns` is the client's `responseId`); `detail` is a `BoundaryAgreementResult`. Call `waitUntil(promise)` to show saving / saved / failed.
 * @event {RapportErrorEvent} rapport-error - The agreement, a placeholder, an attribute or `value` cannot be used; `detail.code` and a `detail.message` naming the field.
 *
 * @slot clause-{id} - Rich text for the clause with that id (the clause's `text` is then not shown), or, with `data-title` (and optionally `data-version`, `data-optional`), a clause of the clinic's own added after the others.
 *
 * @csspart base - The whole widget.
 * @csspart header - Title and introduction.
 * @csspart title - The agreement's title.
 * @csspart intro - The introduction.
 * @csspart progress - "5 of 8 agreed".
 * @csspart clauses - The list of clauses.
 * @csspart clause - One clause.
 * @csspart clause-title - A clause's title.
 * @csspart clause-text - A clause's text.
 * @csspart value - A placeholder filled with the host's value.
 * @csspart unfilled - The stand-in for a placeholder with no value.
 * @csspart question - A clause's question.
 * @csspart option - One choice of a question.
 * @csspart agree - A clause's "I understand and agree" box and its label.
 * @csspart clause-status - A clause's state in the signed record: agreed or not.
 * @csspart signature - The signing fields (typed name, drawing, date).
 * @csspart name - The typed-name field.
 * @csspart pad - The drawing pad (an SVG).
 * @csspart clear - The Clear the drawing button.
 * @csspart date - The date of signing.
 * @csspart countersignature - The clinician's countersigning fields.
 * @csspart signature-record - A signature in the record: who signed, when, and the drawing.
 * @csspart drawn - A drawn signature in the record.
 * @csspart changed - The warning that the text differs from the text that was signed.
 * @csspart status - Messages: what is missing, saving, saved, not saved.
 * @csspart send - The Sign (or Countersign) button.
 * @csspart retry - The Try again button.
 * @csspart error - The message shown in place of an agreement that cannot be used.
 *
 * @cssprop --rapport-color-accent - Ticked boxes, chosen answers and the Sign button.
 * @cssprop --rapport-color-on-accent - Text on the accent colour.
 * @cssprop --rapport-color-surface - The widget's background.
 * @cssprop --rapport-color-surface-raised - Background of clauses and the drawing pad.
 * @cssprop --rapport-color-text - Text colour (inherits from the page in light mode).
 * @cssprop --rapport-color-muted - Secondary text.
 * @cssprop --rapport-color-border - Borders.
 * @cssprop --rapport-color-danger - What is missing, what failed.
 * @cssprop --rapport-color-success - Saved, agreed.
 * @cssprop --rapport-color-focus - The focus ring.
 * @cssprop --rapport-radius - Corner radius.
 * @cssprop --rapport-space-1 - Smallest spacing; also --rapport-space-2, -3, -4.
 * @cssprop --rapport-target-size - Minimum size of anything pressed (default 2.75rem).
 * @cssprop --rapport-font-size - Base text size.
 */
export class RapportBoundaryAgreement extends RapportFormControl {
  static override localeScope = 'boundary-agreement';

  static override styles = [
    ...(RapportFormControl.styles as []),
    choiceStyles,
    styles,
    signingStyles,
    printStyles,
  ];

  /**
   * The clinic's own agreement (see `AgreementDefinition`). Without it, a child
   * `<script type="application/json">` holds the definition; without that, the built-in one.
   */
  @property({ attribute: false }) agreement?: AgreementDefinition;

  /**
   * Placeholder values by name, each a text or texts by language: `{ hours: '9am to 5pm' }`.
   * The named attributes win over these; these win over the definition's own `values`.
   */
  @property({ attribute: false }) values?: Readonly<Record<string, LocalizedText>>;

  /** Fills `{hours}`: when the person can get in touch, e.g. "Monday to Friday, 9am to 5pm". */
  @property() hours = '';
  /** Fills `{channels}`: the ways to get in touch, e.g. "phone or portal messages". */
  @property() channels = '';
  /** Fills `{responseTime}`: how soon a reply comes, e.g. "within two working days". */
  @property({ attribute: 'response-time' }) responseTime = '';
  /**
   * Fills `{crisisPhone}`: the crisis line. While it (or `emergency-number`) is given, the
   * crisis clause is always shown and always required.
   */
  @property({ attribute: 'crisis-phone' }) crisisPhone = '';
  /** Fills `{emergencyNumber}`: the emergency number, e.g. "999" or "112". */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';
  /** Fills `{sessionLength}`, e.g. "50 minutes". */
  @property({ attribute: 'session-length' }) sessionLength = '';
  /** Fills `{noticePeriod}`: the notice needed to cancel, e.g. "24 hours". */
  @property({ attribute: 'notice-period' }) noticePeriod = '';

  /** Clause ids to leave out, space-separated (never the crisis clause while crisis contacts are given). */
  @property() omit = '';

  /** Clause ids to make optional, space-separated (never the crisis clause while crisis contacts are given). */
  @property() optional = '';

  /**
   * How to sign: `typed` (a typed full name) or `both` (a typed full name and, if the person
   * wants, a drawing). The typed name is always there and always enough on its own: it is the
   * way to sign by keyboard, and never a lesser one.
   */
  @property({ reflect: true }) signature: SignatureMode = 'typed';

  /** After the client signs, a second step where the clinician countersigns. */
  @property({ type: Boolean, reflect: true }) countersign = false;

  protected readonly resultKind = 'boundary-agreement';

  readonly #definitions = new DefinitionController<AgreementDefinition>(this, {
    property: 'agreement',
    given: () => this.agreement,
    lookUp: (id) => (id === DEFAULT_AGREEMENT_ID ? this.#builtIn() : undefined),
    check: (raw) => {
      const checked = checkAgreement(raw);
      return checked.ok
        ? { ok: true, value: checked.agreement }
        : { ok: false, message: checked.problems.join('; ') };
    },
    fallback: () => this.#builtIn(),
    applyValue: (_, value) => this.#value.apply(value),
  });
  /** The agreement as shown; added after the definitions, so it is worked out after them. */
  readonly #shown = new ShownAgreementController(this, {
    definitions: this.#definitions,
    localize: this.localize,
    shownNow: () => this.#value.shownNow(),
  });
  readonly #focus = this.focusAfterUpdate;
  /** What the person has agreed, answered and signed. */
  readonly #answers = new AgreementAnswers();
  readonly #value = new AgreementValueController(this, {
    answers: this.#answers,
    shown: () => this.#shown.refresh(),
    contentHash: async () => (await this.definitionRef())?.contentHash,
    report: (message) => this.reportError({ code: 'invalid-value', message }),
  });
  readonly #signing = new SigningController(this, {
    answers: this.#answers,
    editable: () => this.isEditable,
    changed: () => this.#changed(),
  });

  #keepClientOnReset = false;
  /** What was sent, kept by `buildResult` for `submit()`. */
  #sent: Sent | undefined;

  // ---- Public API --------------------------------------------------------------------------

  /**
   * The agreement so far: clauses agreed, answers, the signature and countersignature. Set it
   * to prefill, to restore a draft, to show a signed agreement (`readonly`) or to have one
   * countersigned (`countersign`); a client's result is accepted as it is. Anything that does
   * not fit the agreement shown is dropped with a `rapport-error`.
   */
  get value(): BoundaryAgreementValue {
    return this.#answers.value(this.#shown.refresh()?.clauses.map((c) => c.id));
  }

  set value(next: BoundaryAgreementValue | BoundaryAgreementClientResult | null | undefined) {
    this.#definitions.holdValue(next);
    this.requestUpdate();
  }

  /** The agreement's definition in use (the built-in one unless the host gave its own). */
  get definition(): AgreementDefinition | undefined {
    return this.#definitions.definition;
  }

  /**
   * Sends the signature (or countersignature) as if Sign were pressed. Once the client's
   * signature is saved and `countersign` is set, the clinician's step begins, as a new response.
   */
  override async submit(): Promise<boolean> {
    if (this.#recordOnly) return false;
    const phase = this.#phase;
    this.#sent = undefined;
    const saved = await super.submit();
    const sent = this.#sent as Sent | undefined;
    this.#sent = undefined;
    if (!saved || !sent) return saved;
    this.#answers.saved(phase, sent);
    if (phase === 'client' && this.countersign) {
      this.#keepClientOnReset = true;
      try {
        this.reset();
      } finally {
        this.#keepClientOnReset = false;
      }
      this.#answers.justSigned = true;
      this.#focus.request('counter-title');
    }
    this.requestUpdate();
    await this.updateComplete;
    return saved;
  }

  // ---- What is shown -----------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.checkEnum(
      changed,
      'signature',
      'signature',
      ['typed', 'both'],
      (this.signature as string) === 'drawn' ? 'both' : 'typed',
    );
    if (changed.has('values') && this.values !== undefined && !valuesUsable(this.values)) {
      this.reportError({
        code: 'invalid-attribute',
        message:
          'values must be an object of texts (or texts by language) by placeholder name; the entries that are not are ignored.',
      });
    }
  }

  #builtIn(): AgreementDefinition | undefined {
    const wording = this.localize.content('agreementContent');
    return wording && builtInAgreement(wording);
  }

  // ---- Phase --------------------------------------------------------------------------------

  get #phase(): Phase {
    return this.#answers.phase(this.countersign);
  }

  /** Read-only, or given an agreement already countersigned: nothing is left to sign. */
  get #recordOnly(): boolean {
    return this.readonly || this.#answers.countersigned;
  }

  // ---- RapportFormControl ------------------------------------------------------------------

  /** What is missing, in the order it is shown, as a list of [selector of its control, label]. */
  #missing(): Array<[string, string]> {
    const shown = this.#shown.agreement;
    return shown
      ? this.#answers.missing(shown, this.#phase, this.localize)
      : [['', this.localize.term('agreementUnavailable')]];
  }

  protected missingAnswers(): string[] {
    return this.#missing().map(([, label]) => label);
  }

  protected firstMissingControl(): HTMLElement | null {
    const first = this.#missing()[0];
    if (!first || first[0] === '') return null;
    return this.renderRoot.querySelector<HTMLElement>(first[0]);
  }

  protected formEntries(): Array<[string, string]> {
    return this.#shown.agreement ? this.#answers.formEntries(this.#shown.agreement) : [];
  }

  protected clearAnswers(): void {
    this.#answers.clear(this.#keepClientOnReset ? 'clinician' : 'all');
    this.requestUpdate();
  }

  /** The agreement shown and the hash of its canonical text (see `canonicalText`). */
  protected async definitionRef(): Promise<DefinitionRef | null> {
    const shown = this.#shown.agreement;
    if (!shown) return null;
    await this.updateComplete;
    const text = canonicalText(shown, (clause) => {
      const slot = this.renderRoot.querySelector<HTMLSlotElement>(
        `slot[name="clause-${clause.id}"]`,
      );
      return slot ? slottedText(slot) : '';
    });
    return { id: shown.id, version: shown.version, contentHash: await sha256Hex(text) };
  }

  protected draftData(): Record<string, unknown> {
    return this.#answers.draft(
      this.#phase,
      this.#shown.refresh()?.clauses.map((c) => c.id),
    );
  }

  protected buildResult(envelope: EnvelopeParts): BoundaryAgreementResult {
    this.#sent = {
      signedAt: envelope.completedAt,
      responseId: envelope.responseId,
      contentHash: envelope.definition.contentHash,
    };
    return this.#answers.result(this.#shown.agreement as ShownAgreement, this.#phase, envelope);
  }

  /** What is missing, by clause title, as one message. */
  protected override missingMessage(): string {
    const shown = this.#shown.agreement;
    return shown ? this.#answers.missingMessage(shown, this.#phase, this.localize) : '';
  }

  protected override notSavedText(): string {
    return this.localize.term('agreementNotSaved');
  }

  /** Once the client has signed here, the status says that the clinician's step is next. */
  protected override renderIdleStatus(): TemplateResult | typeof nothing {
    return this.#answers.justSigned && this.#phase === 'countersign'
      ? html`<p class="status saved">${this.localize.term('agreementReadyToCountersign')}</p>`
      : nothing;
  }

  protected override sendLabel(): string {
    return this.localize.term(
      this.#phase === 'countersign' ? 'agreementCountersign' : 'agreementSign',
    );
  }

  // ---- Answering ---------------------------------------------------------------------------

  #changed(): void {
    this.requestUpdate();
    this.answerChanged();
  }

  #toggle = (clause: { id: string }, checked: boolean): void => {
    if (!this.isEditable) return;
    this.#answers.toggle(clause.id, checked);
    this.#changed();
  };

  #choose = (question: string, choice: string): void => {
    if (this.isEditable && this.#answers.choose(question, choice)) this.#changed();
  };

  // ---- Rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const shown = this.#shown.agreement;
    if (!shown) return unavailableView(this.localize);
    const answers = this.#answers;
    const clause = {
      localize: this.localize,
      dir: this.localize.dir(),
      level: Math.min(6, this.titleLevel + 1),
      agreed: answers.agreed,
      answers: answers.answers,
      showMissing: this.showMissing,
      editable: this.isEditable,
      toggle: this.#toggle,
      choose: this.#choose,
    };
    return agreementView(shown, {
      localize: this.localize,
      mode: this.#recordOnly ? 'record' : this.#phase,
      titleLevel: this.titleLevel,
      clause,
      textChanged: answers.textChanged,
      signature: (who) => answers.signature(who),
      signing: (who) => this.#signing.field(who, { ...clause, draw: this.signature === 'both' }),
      readAloud: this.renderReadAloud(),
      status: () =>
        html`${this.renderStatus()}
          <div class="actions">${this.renderSend()}</div>`,
    });
  }
}
