import { nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RapportElement } from './rapport-element.js';
import { RapportDismissEvent, RapportInputEvent, type RapportDismissDetail } from './events.js';
import type { DefinitionRef, RapportDraft, RapportResult } from './result.js';
import { ResponseController, type EnvelopeParts, type RapportState } from './response.js';
import { DraftSlot } from './draft-slot.js';
import { FocusAfterUpdateController } from './surface.js';
import { DEFAULT_MISSING_AFTER } from './definition-controller.js';
import { sendButton, statusRegion } from './status.js';
import { syncCustomState, syncFormValue, syncValidity } from './form-sync.js';
import common from './common.styles.js';

export type { EnvelopeParts, RapportState } from './response.js';

/**
 * The base of every element that takes answers. It owns what they all share: form association
 * through `ElementInternals` (value, validity, reset, restore, disabled), the status and Send,
 * and a `ResponseController` for the `state` machine around `rapport-submit` and `waitUntil`
 * (one event per response however often Send is pressed, the same `responseId` across retries).
 *
 * An element supplies its answers (`formEntries`, `formState`, `restoreFormState`), what is
 * missing (`missingAnswers`), how to clear itself (`clearAnswers`), the definition it shows
 * (`definitionRef`) and its kind's result (`buildResult`).
 */
export abstract class RapportFormControl extends RapportElement {
  static formAssociated = true;

  /** The tokens, then the rules every form control shares; each element adds its own after. */
  static override styles: CSSResultGroup = [...(RapportElement.styles as []), common];

  /** Submitted with the form: each answer as `name.<id>`. Without a name nothing is submitted. */
  @property({ reflect: true }) name = '';

  /** Nothing can be changed or sent. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shows a finished response (set through `value`) for reading, e.g. by a clinician. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * How long (ms) the widget waits for its definition when none is given (no property, id or
   * child script, e.g. a misspelt attribute) before it says it cannot be shown and sends
   * `rapport-error` `definition-missing`. Widgets with built-in content never wait.
   */
  @property({ type: Number, attribute: 'missing-after' }) missingAfter = DEFAULT_MISSING_AFTER;

  /** Inside a form: the form cannot be submitted until everything required is answered. */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * The heading level of the widget's title (1–6), to fit the page's outline; headings inside
   * it (sections, clauses) are one level below.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `headingLevel` as a valid aria-level: a whole number from 1 to 6, 2 when unusable. */
  protected get titleLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  /**
   * Opts in to drafts: the answers so far are kept in `sessionStorage` under this key (with the
   * element's kind and the definition's id, version and hash) and brought back after a reload,
   * until the response is saved or reset. Without it nothing is stored.
   */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** How long a draft is kept: an ISO 8601 duration (`PT2H`, `PT30M`, `P1D`). */
  @property({ attribute: 'draft-ttl' }) draftTtl = 'PT2H';

  /**
   * Where the response is: `editing`, `submitting` (waiting for the host to save it),
   * `submitted` or `failed` (not saved; every answer kept). Reflected for styling; set by the widget.
   */
  @property({ reflect: true }) state: RapportState = 'editing';

  /** True after Send was pressed with answers missing: the widget then marks what is missing. */
  @state() protected showMissing = false;

  @state() private formDisabled = false;

  protected readonly internals: ElementInternals;

  #form: HTMLFormElement | null = null;
  readonly #response = new ResponseController(this, {
    definitionRef: () => this.definitionRef(),
    envelopeBasics: () => ({ locale: this.localize.lang(), subject: this.subject() }),
    buildResult: (envelope) => this.buildResult(envelope),
  });
  /** Drafts, loaded the first time the host gives a `draft-key`. */
  readonly #draft = new DraftSlot(
    this,
    {
      kind: () => this.resultKind,
      key: () => (typeof this.draftKey === 'string' ? this.draftKey : ''),
      ttl: () => String(this.draftTtl ?? ''),
      definitionRef: () => this.definitionRef(),
      canRestore: () =>
        !this.readonly && this.state === 'editing' && this.#response.startedAt === undefined,
      read: () => this.value,
      restore: (record) => {
        this.value = record.value;
        this.#response.resume(record.responseId, record.startedAt);
      },
      report: (key, detail) => this.reportOnce(key, detail),
    },
    () => ({ responseId: this.responseId, startedAt: this.#response.startedAt }),
  );

  /**
   * Moves focus after a render to `[data-focus="…"]`; the one every element uses, so that the
   * last request before a render wins (an element's own after the base class's).
   */
  protected readonly focusAfterUpdate = new FocusAfterUpdateController(this);

  /**
   * The `data-focus` name that takes focus when a save the person started succeeds: the
   * "Saved" message by default; null for an element that moves focus itself then.
   */
  protected focusWhenSaved: string | null = 'status';

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  // ---- What each element provides ------------------------------------------------------------

  /** The kind of result, e.g. `alliance-scale`. */
  protected abstract readonly resultKind: string;
  /** Labels of what still has to be answered, in order ("question 2"). Empty when complete. */
  protected abstract missingAnswers(): string[];
  /** The control to point at when something is missing. */
  protected abstract firstMissingControl(): HTMLElement | null;
  /** Answers as form fields, without the `name.` prefix. */
  protected abstract formEntries(): Array<[string, string]>;
  /** The answers: set to prefill or restore, read to save. Each element gives it its own type. */
  abstract value: unknown;
  /** The answers as a string, for the browser's form restoration (back navigation). */
  protected formState(): string {
    return JSON.stringify(this.value);
  }

  /** Puts back answers saved by `formState()`. */
  protected restoreFormState(saved: string): void {
    try {
      this.value = JSON.parse(saved);
    } catch {
      // A state this version did not write: start empty rather than fail.
    }
  }

  /** Forgets every answer. */
  protected abstract clearAnswers(): void;
  /** The definition being shown, with the hash of its canonical text; null while there is none. */
  protected abstract definitionRef(): Promise<DefinitionRef | null>;
  /** The kind's data of the draft sent with `rapport-input`. */
  protected abstract draftData(): Record<string, unknown>;
  /** The complete result, from the envelope. */
  protected abstract buildResult(envelope: EnvelopeParts): RapportResult;

  // ---- Public API ----------------------------------------------------------------------------

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** True when nothing required is unanswered (or the element does not require it). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows the browser's message and this widget's own. */
  reportValidity(): boolean {
    const valid = this.internals.checkValidity();
    if (!valid) this.showMissing = true;
    return this.internals.reportValidity();
  }

  /**
   * Sends the response as if the person pressed Send: marks what is missing, or fires
   * `rapport-submit` and follows `waitUntil`. Resolves to true once the response is saved.
   * Calls while a response is being sent, or after it was saved, do nothing and resolve false.
   */
  async submit(): Promise<boolean> {
    if (this.#response.sending || this.state === 'submitted' || this.readonly || this.isDisabled) {
      return false;
    }
    if (this.missingAnswers().length > 0) {
      this.showMissing = true;
      await this.updateComplete;
      this.firstMissingControl()?.focus();
      return false;
    }
    return this.#response.send();
  }

  /** Clears every answer and starts a new response (a new `responseId`). */
  reset(): void {
    this.#draft.clear();
    this.clearAnswers();
    this.showMissing = false;
    this.#response.restart();
  }

  // ---- For subclasses ------------------------------------------------------------------------

  /** Tells the host the person closed the widget without answering. */
  protected dismissed(reason: RapportDismissDetail['reason']): void {
    this.dispatchEvent(new RapportDismissEvent({ reason }));
  }

  /** The id of the response being answered; kept across retries, renewed by `reset()`. */
  protected get responseId(): string {
    return this.#response.responseId;
  }

  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Whether the person can change answers right now. */
  protected get isEditable(): boolean {
    return (
      !this.isDisabled &&
      !this.readonly &&
      this.state !== 'submitting' &&
      this.state !== 'submitted'
    );
  }

  /** Inside a form the form's own button sends, so the widget hides its Send. */
  protected get inForm(): boolean {
    return this.internals.form !== null;
  }

  /**
   * Call after the person changed an answer: starts the clock, and tells the host with
   * `rapport-input`. Never called for programmatic changes to `value`.
   */
  protected answerChanged(): void {
    this.#response.touched();
    this.#draft.save(this.responseId, this.#response.startedAt);
    const draft: RapportDraft = {
      kind: this.resultKind,
      responseId: this.responseId,
      complete: this.missingAnswers().length === 0,
      ...this.draftData(),
    };
    this.dispatchEvent(new RapportInputEvent(draft));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('state')) this.#focusForState();
  }

  /**
   * Send and "Try again" go away while saving and after it: when the person was on them, focus
   * follows to what replaces them (the "Saving…" and "Saved" messages, or "Try again"), so it
   * never falls to the page. A host that calls `submit()` while focus is elsewhere keeps it.
   */
  #focusForState(): void {
    // Focus in a modal dialog of the shadow root does not match :focus-within in Chromium.
    const hasFocus = this.shadowRoot?.activeElement != null || this.matches(':focus-within');
    if (!hasFocus) return;
    if (this.state === 'submitting') {
      this.focusAfterUpdate.request('status', { onlyIfLost: true });
    } else if (this.state === 'failed') {
      this.focusAfterUpdate.request('retry');
    } else if (this.state === 'submitted' && this.focusWhenSaved !== null) {
      this.focusAfterUpdate.request(this.focusWhenSaved);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
    if (changed.has('state')) {
      syncCustomState(this.internals, this.state);
      if (this.state === 'submitted') this.#draft.clear();
    }
    this.#draft.load();
  }

  /** The Send button, hidden inside a form; "disabled" only for show, so pressing it explains. */
  protected renderSend(): TemplateResult | typeof nothing {
    // After a failed save, the status offers "Try again" instead: one button, one action.
    if (this.inForm || this.readonly || this.state === 'submitted' || this.state === 'failed') {
      return nothing;
    }
    const missing = this.missingAnswers();
    const busy = this.state === 'submitting';
    return sendButton({
      label: this.sendLabel(),
      // Not ready: the words beside Send say why, to everyone, and describe it to screen readers.
      why: missing.length > 0 && !busy && !this.isDisabled ? this.notReadyText(missing) : '',
      unavailable: missing.length > 0 || busy || this.isDisabled,
      disabled: this.isDisabled,
      onSend: this.#onSendClick,
    });
  }

  /** Beside a Send that is not ready: what is still to answer. */
  protected notReadyText(missing: string[]): string {
    return this.localize.term('stillToAnswer', missing);
  }

  /** What the alert says after a failed save: what was not saved, and that it is all still here. */
  protected notSavedText(): string {
    return this.localize.term('notSaved');
  }

  /** The words of the Send button. */
  protected sendLabel(): string {
    return this.localize.term('send');
  }

  /** What the status says while `missing` (from `missingAnswers()`) is not empty. */
  protected missingMessage(missing: string[]): string {
    // A long list is hard to hear: the count, and where to start.
    return missing.length > 3
      ? this.localize.term('pleaseAnswerMany', missing.length, missing[0])
      : this.localize.term('pleaseAnswer', missing);
  }

  /** What the status says when there is nothing missing, saving, saved or failed. */
  protected renderIdleStatus(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The status: what is missing, saving, saved or not saved (see `statusRegion`). */
  protected renderStatus(): TemplateResult {
    const missing = this.showMissing ? this.missingAnswers() : [];
    const { localize } = this;
    return statusRegion({
      state: this.state,
      inForm: this.inForm,
      missing: missing.length > 0 ? this.missingMessage(missing) : '',
      saving: localize.term('saving'),
      saved: localize.term('saved'),
      notSaved: this.notSavedText(),
      retry: localize.term('retry'),
      draft: this.#draft.restored
        ? {
            text: localize.term('draftRestored'),
            dismiss: localize.term('draftDismiss'),
            onDismiss: this.#onDraftDismiss,
          }
        : undefined,
      idle: this.renderIdleStatus(),
      onRetry: this.#onSendClick,
    });
  }

  // ---- Form association ----------------------------------------------------------------------

  /** @internal */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#form?.removeEventListener('submit', this.#onFormSubmit);
    this.#form = form;
    form?.addEventListener('submit', this.#onFormSubmit);
    this.requestUpdate();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal */
  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved === 'string') this.restoreFormState(saved);
  }

  /** The note about kept answers goes; focus goes to the first control of the form. */
  #onDraftDismiss = async (): Promise<void> => {
    this.#draft.forgetRestored();
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled]), [tabindex="0"]')
      ?.focus();
  };

  #onSendClick = (): void => {
    void this.submit();
  };

  /** A form's submission is this widget's too: the result goes to `rapport-submit` listeners. */
  #onFormSubmit = (): void => {
    if (this.missingAnswers().length > 0 || this.state === 'submitted') return;
    // A native post may leave the page before the host hears back: the draft goes now.
    this.#draft.clear();
    this.formSubmitting();
    void this.submit();
  };

  /**
   * Called, synchronously, when the widget's form is submitted with the widget complete: the
   * last moment before a native post may leave the page.
   */
  protected formSubmitting(): void {}

  /** Inside a form, whether what is missing stops the form from being sent: `required`. */
  protected blocksForm(): boolean {
    return this.required;
  }

  private syncForm(): void {
    const { internals } = this;
    syncFormValue(internals, {
      name: this.name,
      entries: this.name ? this.formEntries() : [],
      state: this.formState(),
    });
    const missing = this.missingAnswers();
    // Standalone, Send needs every required answer; inside a form only what `blocksForm` says.
    const mustAnswer = (!this.inForm || this.blocksForm()) && !this.readonly;
    syncValidity(
      internals,
      missing.length > 0 && mustAnswer,
      // An element with nothing usable to show may have no words of its own: the list.
      () => this.missingMessage(missing) || this.localize.term('pleaseAnswer', missing),
      () => this.firstMissingControl(),
    );
  }
}
