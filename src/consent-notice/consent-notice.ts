import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { RapportFormControl, type EnvelopeParts } from '../core/form-control.js';
import { DefinitionController } from '../core/definition-controller.js';
import type { DefinitionRef } from '../core/result.js';
import type { LocalizedText } from '../core/text.js';
import './locales/index.js';
import { checkChoices, type ConsentChoice, type ConsentNoticeValue } from './choices.js';
import {
  DEFAULT_NOTICE,
  consentResult,
  formFields,
  validDate,
  type ConsentNoticeResult,
  type ConsentStatus,
} from './compose.js';
import { readValue, valueOf, valueProblem } from './value.js';
import { HostContent } from './light-dom.js';
import { NO_CHOICES, ShownNotice } from './shown-notice.js';
import { PresentationController, type ConsentNoticeMode } from './presentation.js';
import { DecisionController } from './decision.js';
import { renderPanel, renderUnavailable } from './templates.js';
import styles from './consent-notice.styles.js';

export type { ConsentNoticeMode, ConsentNoticeResult, ConsentStatus };

/**
 * @tag rapport-consent-notice
 * @customElement rapport-consent-notice
 * @summary Confidentiality and consent: what stays private, its limits, how records are kept,
 * the person's rights, and granular choices; agree, decline, or withdraw later. Versioned, with
 * a SHA-256 of the exact text shown. Inline, as a banner, or as a modal dialog.
 *
 * @event {RapportInputEvent} rapport-input - The person ticked or unticked a box; `detail.acknowledged`, `detail.choices` and `detail.complete` (every required box ticked).
 * @event {RapportSubmitEvent} rapport-submit - The person agreed, declined or withdrew; `detail` is a `ConsentNoticeResult`. Call `waitUntil(promise)` to show saving / saved / failed.
 * @event {RapportDismissEvent} rapport-dismiss - The person closed the banner or dialog without deciding; `detail.reason` is `close-button` or `escape`.
 * @event {RapportErrorEvent} rapport-error - The choices, `value` or an attribute cannot be used; `detail.code` and a `detail.message` naming the field.
 *
 * @slot heading - Replaces the notice's title.
 * @slot intro - Replaces the opening paragraph.
 * @slot summary - Replaces what a banner shows first, before the whole notice is asked for.
 * @slot confidential - Replaces the text of "What stays private" (its heading stays).
 * @slot limits - Replaces the text of "When we may have to share".
 * @slot records - Replaces the text of "How we keep your records".
 * @slot rights - Replaces the text of "Your rights".
 * @slot - Anything without a slot replaces the whole built-in notice (intro and every section). The acknowledgement of the limits of confidentiality is still asked.
 * @slot changes - What changed since the version the person agreed to; shown when asking again.
 * @slot choice-<id> - A choice's label, as the host's own markup. With no choice of that id in `choices`, the element adds one (optional, or required with `data-required`). `choice-limits` rewords the built-in acknowledgement, which stays required.
 *
 * @csspart base - The whole widget.
 * @csspart title - The notice's title.
 * @csspart changes - "This notice has changed" and the host's summary.
 * @csspart section - Each built-in section; also `section-confidential`, `section-limits`, `section-records`, `section-rights`.
 * @csspart custom - The host's whole notice (default slot).
 * @csspart version - The version line.
 * @csspart acknowledgements - The group of boxes that must be ticked to agree.
 * @csspart choices - The group of optional choices.
 * @csspart choice - One box with its label.
 * @csspart decisions - The row of decision buttons, all the same size.
 * @csspart send - "I agree" (or "Save my choices" when reviewing).
 * @csspart decline - "I do not agree".
 * @csspart withdraw - "Withdraw consent" when reviewing.
 * @csspart back - "Back" when reviewing.
 * @csspart confirm - The question that confirms a withdrawal.
 * @csspart confirm-withdraw - "Yes, withdraw".
 * @csspart keep - "No, keep my consent".
 * @csspart outcome - The short state after a decision, or for someone who already agreed.
 * @csspart review - "Review or withdraw".
 * @csspart read-again - "Read the notice again" after declining or withdrawing.
 * @csspart status - Messages: what is missing, saving, saved, not saved.
 * @csspart retry - The Try again button.
 * @csspart banner - The banner panel fixed to the bottom of the window.
 * @csspart summary - The banner's short version of the notice.
 * @csspart read-full - The banner's "Read the full notice" button.
 * @csspart reopen - The collapsed banner's "Privacy choices" button.
 * @csspart hide - The banner's "Not now" (or "Close") button.
 * @csspart dialog - The native `<dialog>`.
 * @csspart close - The dialog's Close button.
 * @csspart error - The message shown in place of a notice that cannot be used.
 *
 * @cssprop --rapport-color-accent - Borders of the decision buttons, ticked boxes.
 * @cssprop --rapport-color-panel - Background of the banner and the dialog (white, or dark in dark mode).
 * @cssprop --rapport-z-index - Stacking order of the banner (default 1000).
 * @cssprop --rapport-color-surface-raised - Background of the boxes to tick and of the decision buttons.
 * @cssprop --rapport-color-text - Text colour (inherits from the page in light mode).
 * @cssprop --rapport-color-muted - Secondary text.
 * @cssprop --rapport-color-border - Borders.
 * @cssprop --rapport-color-danger - What is missing, what failed.
 * @cssprop --rapport-color-success - Saved.
 * @cssprop --rapport-color-focus - The focus ring.
 * @cssprop --rapport-radius - Corner radius.
 * @cssprop --rapport-space-1 - Smallest spacing; also --rapport-space-2, -3, -4.
 * @cssprop --rapport-target-size - Minimum size of anything pressed (default 2.75rem).
 * @cssprop --rapport-font-size - Base text size.
 */
export class RapportConsentNotice extends RapportFormControl {
  static override localeScope = 'consent-notice';

  static override styles = [...(RapportFormControl.styles as []), styles];

  /** The notice's id, copied to `definition.id`. Set your own when you change the text. */
  @property({ attribute: 'notice-id', reflect: true }) noticeId: string = DEFAULT_NOTICE.id;

  /** The notice's version, copied to `definition.version`. Change it whenever the text changes. */
  @property({ reflect: true }) version: string = DEFAULT_NOTICE.version;

  /**
   * The version this person already agreed to, as the host recorded it. Equal to `version`:
   * a short "you agreed on …" state instead of asking again. Different: asks again and says
   * the notice has changed.
   */
  @property({ attribute: 'accepted-version' }) acceptedVersion = '';

  /** When the person agreed to `accepted-version` (ISO 8601: `2026-03-03` or a full time). */
  @property({ attribute: 'accepted-at' }) acceptedAt = '';

  /**
   * What changed since `accepted-version`, shown when asking again: a text, or texts by
   * language (property). The `changes` slot, for the host's own markup, wins.
   */
  @property({
    converter: { fromAttribute: (v: string | null) => v ?? undefined, toAttribute: () => null },
  })
  changes?: LocalizedText;

  /**
   * The choices to ask about, besides the acknowledgement of the limits of confidentiality that
   * is always asked: `[{ id, label, required?, description? }]`. Without it, a child
   * `<script type="application/json">` may hold the list (or `{ "choices": [...] }`).
   */
  @property({ attribute: false }) choices?: readonly ConsentChoice[];

  /** `inline` (in the page), `banner` (fixed to the bottom of the window) or `dialog` (modal). */
  @property({ reflect: true }) mode: ConsentNoticeMode = 'inline';

  /**
   * Dialog: whether it is showing. Banner: whether it is expanded (else a "Privacy choices"
   * button); a banner expands by itself while it has something to ask. Inline: no effect.
   */
  @property({ type: Boolean, reflect: true }) open = false;

  protected readonly resultKind = 'consent-notice';

  readonly #choices = new DefinitionController<readonly ConsentChoice[]>(this, {
    property: 'choices',
    given: () => this.choices,
    lookUp: () => undefined,
    check: checkChoices,
    fallback: () => NO_CHOICES,
    changed: () => this.#decision.keepKnown(this.#notice.items),
    applyValue: (_, value) => this.#applyValue(value, true),
  });

  readonly #focus = this.focusAfterUpdate;
  /** After a saved decision the decision controller moves focus (to the outcome, or back). */
  protected override focusWhenSaved = null;
  readonly #decision = new DecisionController(this, {
    send: () => super.submit(),
    restart: () => super.reset(),
    changed: () => this.answerChanged(),
    editable: () => this.isEditable,
    items: () => this.#notice.items,
    focus: this.#focus,
  });
  readonly #presentation = new PresentationController(this, {
    canDismiss: () =>
      this.state !== 'submitting' && !(this.required && this.#decision.view.stage === 'ask'),
    dismissed: (reason) => this.dismissed(reason),
    focus: this.#focus,
  });

  /** What the host put inside: child choices, slotted text, the changes slot. */
  readonly #lightDom = new HostContent(this, {
    problem: (problems) =>
      this.reportOnce(`children:${problems}`, {
        code: 'invalid-definition',
        message: `choices: ${problems}.`,
      }),
    changed: () => {
      this.#decision.keepKnown(this.#notice.items);
      this.requestUpdate();
    },
  });

  /** The notice as shown: its boxes, texts and hash. */
  readonly #notice = new ShownNotice(this, {
    localize: this.localize,
    choices: this.#choices,
    light: this.#lightDom,
  });

  // ---- Public API ----------------------------------------------------------------------------

  /**
   * What is ticked: `{ acknowledged: [...ids], choices: { id: boolean } }`. Set it to show a
   * person's current choices (e.g. with `accepted-version`, so "Review" shows them), or with
   * `readonly` to show a record. Unknown ids are dropped with a `rapport-error`.
   */
  get value(): ConsentNoticeValue {
    const items = this.#notice.items;
    const held = this.#choices.heldValue;
    return valueOf(
      items,
      held !== undefined ? readValue(held, items).ticked : this.#decision.view.ticked,
    );
  }

  set value(next: ConsentNoticeValue | null | undefined) {
    this.#choices.holdValue(next ?? null);
  }

  /** Shows the dialog, or expands the banner, and moves focus to the notice's title. */
  show(): void {
    if (this.open) return;
    this.open = true;
    this.#presentation.opened();
  }

  /** Closes the dialog, or collapses the banner. Fires no event: the host did it. */
  hide(): void {
    this.open = false;
  }

  /**
   * Agrees, as pressing "I agree" (or "Save my choices" when reviewing): marks what is missing,
   * or fires `rapport-submit` with `status: 'granted'`. After a failed save it sends the same
   * decision again. Resolves to true once saved.
   */
  override submit(): Promise<boolean> {
    return this.#decision.submit();
  }

  /** Declines, as pressing "I do not agree": fires `rapport-submit` with `status: 'declined'`. */
  decline(): Promise<boolean> {
    return this.#decision.decline();
  }

  /**
   * Withdraws an agreement, as confirming "Withdraw consent": fires `rapport-submit` with
   * `status: 'withdrawn'` and the same notice id and version. Only after an agreement (the
   * `agreed` state, or while reviewing it).
   */
  withdraw(): Promise<boolean> {
    return this.#decision.withdraw();
  }

  /** Clears every tick and starts a new response; someone who agreed sees the short state again. */
  override reset(): void {
    this.#decision.reset();
  }

  // ---- Lifecycle -----------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.checkEnum(changed, 'mode', 'mode', ['inline', 'banner', 'dialog'], 'inline');
    this.#choices.refresh();
    if (changed.has('acceptedAt') && this.acceptedAt && !validDate(this.acceptedAt)) {
      this.reportOnce(`accepted-at:${this.acceptedAt}`, {
        code: 'invalid-attribute',
        message: `accepted-at="${this.acceptedAt}" is not an ISO 8601 date; the date is left out.`,
      });
    }
    this.#decision.willUpdate(changed, !this.hasUpdated);
  }

  // ---- State ---------------------------------------------------------------------------------

  #applyValue(next: unknown, report: boolean): void {
    const read = readValue(next, this.#notice.items);
    this.#decision.set({ ticked: read.ticked });
    const message = report && valueProblem(read);
    if (message) this.reportError({ code: 'invalid-value', message });
  }

  get #definitionId(): { id: string; version: string } {
    return {
      id: this.noticeId || DEFAULT_NOTICE.id,
      version: this.version || DEFAULT_NOTICE.version,
    };
  }

  // ---- RapportFormControl --------------------------------------------------------------------

  /** The required boxes still unticked, by label, while agreeing is what is asked. */
  protected missingAnswers(): string[] {
    if (!this.#notice.ready) return [this.localize.term('consentUnavailable')];
    const { stage, ticked } = this.#decision.view;
    if (this.#decision.pending !== 'granted' || (stage !== 'ask' && stage !== 'review')) return [];
    return this.#notice.items
      .filter((i) => i.required && !ticked.has(i.id))
      .map((i) => this.localize.term('consentBox', this.#notice.label(i).replace(/[.。]$/, '')));
  }

  protected firstMissingControl(): HTMLElement | null {
    const first = this.#notice.items.find(
      (i) => i.required && !this.#decision.view.ticked.has(i.id),
    );
    return first
      ? this.renderRoot.querySelector<HTMLElement>(`input[data-choice="${CSS.escape(first.id)}"]`)
      : null;
  }

  /**
   * Form fields (see `formFields`). Nothing until a decision exists: the required boxes ticked
   * (granted), or a decision saved in this response.
   */
  protected formEntries(): Array<[string, string]> {
    if (!this.#notice.ready) return [];
    const { stage, ticked } = this.#decision.view;
    let decision = this.#decision.saved;
    if (
      !decision &&
      (stage === 'ask' || stage === 'review') &&
      this.#notice.items.every((i) => !i.required || ticked.has(i.id))
    ) {
      decision = { status: 'granted', hash: this.#notice.hash() ?? '' };
    }
    return decision ? formFields({ ...decision, ...this.#definitionId }, this.value) : [];
  }

  /** Restored answers are applied quietly: a stale state is not the host's error to hear about. */
  protected override restoreFormState(saved: string): void {
    try {
      this.#applyValue(JSON.parse(saved), false);
    } catch {
      // A state this version did not write: start empty rather than fail.
    }
  }

  protected clearAnswers(): void {
    this.#decision.set({ ticked: new Set() });
  }

  protected async definitionRef(): Promise<DefinitionRef | null> {
    const hash = this.#notice.hash();
    if (hash === null) return null;
    this.#decision.lastHash = hash;
    return { ...this.#definitionId, contentHash: hash };
  }

  protected draftData(): Record<string, unknown> {
    return { ...this.value };
  }

  protected buildResult(envelope: EnvelopeParts): ConsentNoticeResult {
    this.#decision.completedAt = envelope.completedAt;
    return consentResult(envelope, this.#decision.pending, this.value);
  }

  protected override notSavedText(): string {
    return this.localize.term('consentNotSaved');
  }

  /** Ticking is agreeing: the status names the boxes still to tick. */
  protected override missingMessage(missing: string[]): string {
    return this.localize.term('consentTickToAgree', missing);
  }

  // ---- Rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const lang = this.localize.lang();
    const term = this.localize.term.bind(this.localize);
    return this.#presentation.render(this.#renderPanel(lang), {
      lang,
      dir: this.localize.dir(),
      labelledBy: this.#notice.ready ? 'title' : 'error',
      close: term('consentClose'),
      hide: term(this.#decision.view.stage === 'ask' ? 'consentNotNow' : 'consentClose'),
      reopen: term('consentPrivacyChoices'),
    });
  }

  #renderPanel(lang: string): TemplateResult {
    if (!this.#notice.ready) return renderUnavailable(this.localize.term('consentUnavailable'));
    const decision = this.#decision;
    const { stage: shown, ticked, agreedAt } = decision.view;
    const changed = this.acceptedVersion !== '' && this.acceptedVersion !== this.version;
    return renderPanel(
      {
        localize: this.localize,
        lang,
        content: this.#notice.content,
        level: this.titleLevel,
        stage: this.readonly ? 'ask' : shown,
        items: this.#notice.items,
        ticked,
        markMissing: this.showMissing && decision.pending === 'granted' && this.state === 'editing',
        readonly: this.readonly,
        disabled: this.isDisabled,
        editable: this.isEditable && shown !== 'confirm',
        busy: this.state === 'submitting',
        settled: this.state === 'submitted' || this.state === 'failed',
        inForm: this.inForm,
        custom: this.#lightDom.current.custom,
        version: this.#definitionId.version,
        changed: changed
          ? {
              at: validDate(this.acceptedAt),
              summary: this.changes,
              slot: this.#lightDom.current.hasChanges,
            }
          : null,
        agreedAt,
        readAloud: this.renderReadAloud(),
        // Short unless an optional choice is already ticked (a host's value): it must be seen.
        brief:
          this.#presentation.brief &&
          this.#notice.items.every((i) => i.required || !ticked.has(i.id)),
        readFull: this.#presentation.readFull,
        toggle: decision.toggle,
        on: decision.on,
      },
      this.renderStatus(),
    );
  }
}
