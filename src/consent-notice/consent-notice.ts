import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RapportFormControl, type EnvelopeParts } from '../core/form-control.js';
import { LightDomController, readJsonChild } from '../core/json-child.js';
import './locales/index.js';
import type { RapportDismissDetail } from '../core/events.js';
import type { DefinitionRef, RapportResultBase } from '../core/result.js';
import { foldSpace, resolveText } from '../core/text.js';
import { canonicalJson, sha256Hex, sha256HexSync } from '../core/hash.js';
import { slottedText } from '../core/slot-text.js';
import type { LocalizedText } from '../instruments/types.js';
import {
  checkChoices,
  isChoiceId,
  LIMITS_ID,
  readValue,
  type ConsentChoice,
  type ConsentNoticeValue,
} from './choices.js';
import {
  DEFAULT_NOTICE,
  SECTION_IDS,
  noticeContent,
  sectionBody,
  type NoticeBlock,
  type NoticeContent,
} from './content/index.js';
import { deepActiveElement, isModal, tabbables } from '../core/focus.js';
import styles from './consent-notice.styles.js';

/** What the person decided: agreed, said no, or took back an earlier agreement. */
export type ConsentStatus = 'granted' | 'declined' | 'withdrawn';

/** How the notice is presented. */
export type ConsentNoticeMode = 'inline' | 'banner' | 'dialog';

/** The result of a consent notice: the envelope, the decision, and each choice. */
export interface ConsentNoticeResult extends RapportResultBase<'consent-notice'> {
  /** `granted` (agreed), `declined` (said no) or `withdrawn` (took back an earlier agreement). */
  status: ConsentStatus;
  /**
   * Every choice of the notice by id. When granted, true for each one ticked; when declined or
   * withdrawn, all false: saying no grants nothing.
   */
  choices: Record<string, boolean>;
  /**
   * The required acknowledgements given, by id, in the order shown: `limits` (the limits of
   * confidentiality, always asked) and the host's required choices. Empty unless granted.
   */
  acknowledged: string[];
}

declare module '../core/result.js' {
  interface RapportResultKinds {
    'consent-notice': ConsentNoticeResult;
  }
}

/** One box to tick: the built-in acknowledgement, or a host's choice. */
interface Item {
  id: string;
  required: boolean;
  builtIn: boolean;
  /** From data; absent for a choice given only as a child element. */
  label?: LocalizedText;
  description?: LocalizedText;
}

/** A choice given as a child element (`slot="choice-<id>"`). */
interface ChildChoice {
  id: string;
  required: boolean;
}

/**
 * Where the person is: asked to decide (`ask`), agreed to this version (`agreed`), looking
 * again at an agreement (`review`), confirming a withdrawal (`confirm`), or said no or withdrew.
 */
type Stage = 'ask' | 'agreed' | 'review' | 'confirm' | 'declined' | 'withdrawn';

const MODES: readonly ConsentNoticeMode[] = ['inline', 'banner', 'dialog'];
const CHOICE_SLOT = 'choice-';

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

  @state() private stage: Stage = 'ask';
  @state() private ticked: ReadonlySet<string> = new Set();
  /** Choices from `choices` or the child script; null when they cannot be used. */
  @state() private dataChoices: readonly ConsentChoice[] | null = [];
  /** Choices from child elements; null when one cannot be used. */
  @state() private childChoices: readonly ChildChoice[] | null = [];
  /** True when the host's unslotted children replace the whole notice. */
  @state() private custom = false;
  @state() private hasChangesSlot = false;
  /** When the agreement shown in the `agreed` stage was made (ISO 8601), if known. */
  @state() private agreedAt: string | null = null;

  protected readonly resultKind = 'consent-notice';

  /** The decision being sent: what Agree, Decline or Withdraw asked for. Kept for a retry. */
  #pending: ConsentStatus = 'granted';
  /** The decision saved in this response, until a new one starts. */
  #saved: { status: ConsentStatus; hash: string } | undefined;
  #completedAt = '';
  /** The content hash of the last response sent. */
  #lastHash = '';
  /** What was ticked when "Review or withdraw" was pressed, for "Back". */
  #reviewSnapshot: ReadonlySet<string> | undefined;
  #pendingValue: unknown;
  #dataKey: unknown = Symbol('unread');
  #childProblems = '';
  #opener: HTMLElement | null = null;
  #resize: ResizeObserver | undefined;
  #scrollPadding: string | undefined;
  #formHash: { text: string; hash: string } | undefined;
  #reportedDate = '';

  // ---- Public API ----------------------------------------------------------------------------

  /**
   * What is ticked: `{ acknowledged: [...ids], choices: { id: boolean } }`. Set it to show a
   * person's current choices (e.g. with `accepted-version`, so "Review" shows them), or with
   * `readonly` to show a record. Unknown ids are dropped with a `rapport-error`.
   */
  get value(): ConsentNoticeValue {
    const items = this.items;
    const ticked =
      this.#pendingValue !== undefined
        ? readValue(
            this.#pendingValue,
            items.filter((i) => i.required).map((i) => i.id),
            items.filter((i) => !i.builtIn).map((i) => i.id),
          ).ticked
        : this.ticked;
    return {
      acknowledged: items.filter((i) => i.required && ticked.has(i.id)).map((i) => i.id),
      choices: Object.fromEntries(
        items.filter((i) => !i.builtIn).map((i) => [i.id, ticked.has(i.id)]),
      ),
    };
  }

  set value(next: ConsentNoticeValue | null | undefined) {
    if (this.hasUpdated) this.applyValue(next, true);
    else this.#pendingValue = next ?? null;
  }

  /** Shows the dialog, or expands the banner, and moves focus to the notice's title. */
  show(): void {
    if (this.open) return;
    this.open = true;
    // A rendered dialog opens at once, so the host can move on knowing it shows.
    if (this.mode === 'dialog') this.syncDialog();
    else if (this.mode === 'banner') void this.focusPart('#title');
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
  override async submit(): Promise<boolean> {
    if (this.state === 'submitting') return false;
    if (this.state !== 'failed') {
      if (this.stage !== 'ask' && this.stage !== 'review') return false;
      this.#pending = 'granted';
    }
    return this.send();
  }

  /** Declines, as pressing "I do not agree": fires `rapport-submit` with `status: 'declined'`. */
  async decline(): Promise<boolean> {
    if (this.state === 'submitting' || this.stage !== 'ask') return false;
    this.#pending = 'declined';
    return this.send();
  }

  /**
   * Withdraws an agreement, as confirming "Withdraw consent": fires `rapport-submit` with
   * `status: 'withdrawn'` and the same notice id and version. Only after an agreement (the
   * `agreed` state, or while reviewing it).
   */
  async withdraw(): Promise<boolean> {
    if (this.state === 'submitting') return false;
    if (this.stage === 'agreed') {
      this.restart('confirm', this.ticked);
      await this.updateComplete;
    } else if (this.stage !== 'review' && this.stage !== 'confirm') {
      return false;
    }
    this.#pending = 'withdrawn';
    return this.send();
  }

  /** Clears every tick and starts a new response; someone who agreed sees the short state again. */
  override reset(): void {
    super.reset();
    this.#pending = 'granted';
    this.#saved = undefined;
    this.stage = this.initialStage();
    this.agreedAt = this.validAcceptedAt();
    // A banner asks by itself; a dialog waits for the host to show it again.
    if (this.mode === 'banner' && this.stage === 'ask') this.open = true;
  }

  // ---- Lifecycle -----------------------------------------------------------------------------

  /** A no-build page may write its script or choices after the element; slotted text may change. */
  protected readonly lightDom = new LightDomController(
    this,
    () => {
      this.readLightDom();
      this.requestUpdate();
    },
    ['slot', 'data-required', 'href', 'hidden', 'aria-hidden'],
  );

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: a removed dialog was closed and the banner's space released.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopBannerSpace();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode') && !MODES.includes(this.mode)) {
      this.reportError({
        code: 'invalid-attribute',
        message: `mode="${String(this.mode)}" is not one of inline, banner, dialog; using inline.`,
      });
      this.mode = 'inline';
    }
    if (changed.has('choices')) this.readLightDom();
    if (changed.has('acceptedAt')) this.checkAcceptedAt();
    if (!this.hasUpdated || changed.has('version') || changed.has('acceptedVersion')) {
      this.stage = this.initialStage();
      this.agreedAt = this.validAcceptedAt();
      if (this.mode === 'banner' && this.stage === 'ask') this.open = true;
    } else if (changed.has('acceptedAt') && this.stage === 'agreed' && !this.#saved) {
      this.agreedAt = this.validAcceptedAt();
    }
    if (changed.has('mode') && this.mode === 'banner' && this.hasUpdated && this.stage === 'ask') {
      this.open = true;
    }
    if (!this.hasUpdated && this.#pendingValue !== undefined) {
      this.applyValue(this.#pendingValue, true);
      this.#pendingValue = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.mode === 'dialog') this.syncDialog();
    if (this.mode === 'banner') this.startBannerSpace();
    else if (changed.has('mode')) this.stopBannerSpace();
  }

  // ---- Reading choices -----------------------------------------------------------------------

  /** The boxes to tick: the limits of confidentiality, then required choices, then optional. */
  private get items(): Item[] {
    // Asked many times per update (value, what is missing, form fields, the text, the render);
    // the choice lists are replaced, never changed in place, so they identify the result.
    const memo = this.#itemsMemo;
    if (memo && memo.data === this.dataChoices && memo.children === this.childChoices) {
      return memo.items;
    }
    const items = this.listItems(this.dataChoices ?? [], this.childChoices ?? []);
    this.#itemsMemo = { data: this.dataChoices, children: this.childChoices, items };
    return items;
  }

  #itemsMemo: { data: unknown; children: unknown; items: Item[] } | undefined;

  private listItems(data: readonly ConsentChoice[], children: readonly ChildChoice[]): Item[] {
    const all: Item[] = [
      ...data.map((c) => ({
        id: c.id,
        required: c.required === true,
        builtIn: false,
        label: c.label,
        description: c.description,
      })),
      ...children
        .filter((c) => !data.some((d) => d.id === c.id))
        .map((c) => ({ id: c.id, required: c.required, builtIn: false })),
    ];
    return [
      { id: LIMITS_ID, required: true, builtIn: true },
      ...all.filter((i) => i.required),
      ...all.filter((i) => !i.required),
    ];
  }

  private get isReady(): boolean {
    return this.dataChoices !== null && this.childChoices !== null;
  }

  /** Reads choices (property or script), child choices, and which slots the host fills. */
  private readLightDom(): void {
    this.readDataChoices();
    const children: ChildChoice[] = [];
    const problems: string[] = [];
    let custom = false;
    let changes = false;
    for (const node of this.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        if ((node.textContent ?? '').trim() !== '') custom = true;
        continue;
      }
      if (!(node instanceof Element)) continue;
      const slot = node.getAttribute('slot');
      if (slot === null) {
        if (!node.matches('script, template, style')) custom = true;
      } else if (slot === 'changes') {
        changes = true;
      } else if (slot.startsWith(CHOICE_SLOT)) {
        const id = slot.slice(CHOICE_SLOT.length);
        if (id === LIMITS_ID) continue;
        if (!isChoiceId(id)) {
          problems.push(
            `the child element with slot="${slot}" needs a choice id of letters, digits, "-", "_" or "."`,
          );
        } else if (children.some((c) => c.id === id)) {
          problems.push(`two child elements have slot="${slot}"`);
        } else {
          children.push({ id, required: node.hasAttribute('data-required') });
        }
      }
    }
    this.custom = custom;
    this.hasChangesSlot = changes;
    const message = problems.join('; ');
    if (message !== this.#childProblems) {
      this.#childProblems = message;
      if (message) {
        this.reportError({ code: 'invalid-definition', message: `choices: ${message}.` });
      }
    }
    if (message) {
      this.childChoices = null;
    } else if (JSON.stringify(children) !== JSON.stringify(this.childChoices)) {
      this.childChoices = children;
      this.keepKnownTicks();
    }
  }

  private readDataChoices(): void {
    let key: unknown;
    let source: unknown;
    let parseError: string | undefined;
    if (this.choices !== undefined) {
      key = source = this.choices;
    } else {
      const child = readJsonChild(this);
      key = child.kind === 'none' ? 'none' : `script:${child.text}`;
      if (child.kind === 'none') source = [];
      else if (child.kind === 'data') source = child.value;
      else parseError = child.message;
    }
    if (key === this.#dataKey) return;
    this.#dataKey = key;
    if (parseError !== undefined) {
      this.dataChoices = null;
      this.reportError({ code: 'invalid-json', message: parseError });
      return;
    }
    const check = checkChoices(source);
    if (!check.ok) {
      this.dataChoices = null;
      this.reportError({
        code: 'invalid-definition',
        message: `choices are not valid: ${check.problems.join('; ')}.`,
      });
      return;
    }
    this.dataChoices = check.choices;
    this.keepKnownTicks();
  }

  /** After the choices change, forget ticks of choices that are gone. */
  private keepKnownTicks(): void {
    const ids = new Set(this.items.map((i) => i.id));
    if ([...this.ticked].some((id) => !ids.has(id))) {
      this.ticked = new Set([...this.ticked].filter((id) => ids.has(id)));
    }
  }

  private applyValue(next: unknown, report: boolean): void {
    const items = this.items;
    const { ticked, dropped, wellFormed } = readValue(
      next,
      items.filter((i) => i.required).map((i) => i.id),
      items.filter((i) => !i.builtIn).map((i) => i.id),
    );
    this.ticked = ticked;
    if (!report) return;
    if (!wellFormed) {
      this.reportError({
        code: 'invalid-value',
        message:
          'value must be { acknowledged: [ids of required boxes], choices: { id: true or false } }.',
      });
    } else if (dropped.length > 0) {
      this.reportError({
        code: 'invalid-value',
        message: `value: ${dropped.join(', ')} dropped (not a box of this notice, or not true or false).`,
      });
    }
  }

  // ---- Stages --------------------------------------------------------------------------------

  private initialStage(): Stage {
    return this.acceptedVersion !== '' && this.acceptedVersion === this.version ? 'agreed' : 'ask';
  }

  private validAcceptedAt(): string | null {
    return this.acceptedAt && !Number.isNaN(Date.parse(this.acceptedAt)) ? this.acceptedAt : null;
  }

  private checkAcceptedAt(): void {
    if (
      this.acceptedAt &&
      this.validAcceptedAt() === null &&
      this.#reportedDate !== this.acceptedAt
    ) {
      this.#reportedDate = this.acceptedAt;
      this.reportError({
        code: 'invalid-attribute',
        message: `accepted-at="${this.acceptedAt}" is not an ISO 8601 date; the date is left out.`,
      });
    }
  }

  /** A new response (new `responseId`) in `stage`, with `ticked` ticked. */
  private restart(stage: Stage, ticked: ReadonlySet<string>): void {
    super.reset();
    this.#pending = 'granted';
    this.#saved = undefined;
    this.ticked = new Set(ticked);
    this.stage = stage;
  }

  private async send(): Promise<boolean> {
    const status = this.#pending;
    const hadFocus = this.shadowRoot?.activeElement != null;
    const saved = await super.submit();
    if (saved) this.decided(status, hadFocus);
    return saved;
  }

  /** After a decision is saved: the short state, and the presentation steps aside. */
  private decided(status: ConsentStatus, hadFocus: boolean): void {
    this.#saved = { status, hash: this.#lastHash };
    if (status === 'granted') {
      this.stage = 'agreed';
      this.agreedAt = this.#completedAt;
    } else {
      this.stage = status;
    }
    if (this.mode === 'dialog') {
      this.open = false;
    } else if (this.mode === 'banner') {
      this.open = false;
      if (hadFocus) void this.focusPart('[part="reopen"]');
    } else if (hadFocus) {
      void this.focusPart('[part="outcome"]');
    }
  }

  private onToggle(item: Item, event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!this.isEditable || this.stage === 'confirm') {
      input.checked = this.ticked.has(item.id);
      return;
    }
    const next = new Set(this.ticked);
    if (input.checked) next.add(item.id);
    else next.delete(item.id);
    this.ticked = next;
    this.#pending = 'granted';
    this.answerChanged();
  }

  private onAgree = (): void => {
    void this.submit();
  };

  private onDecline = (): void => {
    void this.decline();
  };

  private onReview = (): void => {
    // They agreed to this version, so its acknowledgements stand; their choices are `value`'s.
    const required = this.items.filter((i) => i.required).map((i) => i.id);
    this.#reviewSnapshot = new Set(this.ticked);
    this.restart('review', new Set([...this.ticked, ...required]));
    void this.focusPart('#title');
  };

  private onBack = (): void => {
    const before = this.#reviewSnapshot ?? this.ticked;
    this.restart('agreed', before);
    this.agreedAt = this.agreedAt ?? this.validAcceptedAt();
    void this.focusPart('[part="review"]');
  };

  private onAskWithdraw = (): void => {
    if (this.state === 'submitting') return;
    this.stage = 'confirm';
    void this.focusPart('[part="confirm"] .question');
  };

  private onKeep = (): void => {
    this.stage = 'review';
    if (this.state === 'failed') this.state = 'editing';
    void this.focusPart('[part="withdraw"]');
  };

  private onConfirmWithdraw = (): void => {
    void this.withdraw();
  };

  private onReadAgain = (): void => {
    this.restart('ask', new Set());
    void this.focusPart('#title');
  };

  private async focusPart(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- Banner and dialog ---------------------------------------------------------------------

  /** Closing without deciding is not allowed while a required notice is asking, or saving. */
  private get canDismiss(): boolean {
    if (this.state === 'submitting') return false;
    return !(this.required && this.stage === 'ask');
  }

  /** The person closed the banner or dialog without deciding. */
  private personClose(reason: RapportDismissDetail['reason']): void {
    if (!this.open || !this.canDismiss) return;
    const hadFocus = this.shadowRoot?.activeElement != null;
    this.open = false;
    if (this.mode === 'dialog') {
      this.dialogElement?.close();
    } else if (this.mode === 'banner' && hadFocus) {
      void this.focusPart('[part="reopen"]');
    }
    this.dismissed(reason);
  }

  private get dialogElement(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private syncDialog(): void {
    const dialog = this.dialogElement;
    if (!dialog) return;
    if (this.open && this.isConnected && !(dialog.open && isModal(dialog))) {
      // A dialog taken out of the page and put back is no longer modal: show it again.
      if (dialog.open) dialog.close();
      else this.#opener = deepActiveElement();
      try {
        dialog.showModal();
      } catch {
        // Not in a document that can show a modal (e.g. an inert or hidden page): stay closed.
        this.open = false;
        return;
      }
      this.renderRoot.querySelector<HTMLElement>('#title, [part="error"]')?.focus();
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  private onDialogKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Tab') {
      this.keepFocusIn(event);
      return;
    }
    if (event.key !== 'Escape') return;
    // Handled here rather than by the dialog's own cancel, which some engines do not let a page
    // refuse twice: a required notice must stay open until the person decides.
    event.preventDefault();
    event.stopPropagation();
    this.personClose('escape');
  };

  /**
   * Tab from the last control goes to the first, Shift+Tab from the first to the last. A modal
   * dialog makes the page inert, but engines differ on whether Tab may leave it for the
   * document or the browser's own controls.
   */
  private keepFocusIn(event: KeyboardEvent): void {
    const dialog = this.dialogElement;
    if (!dialog?.open) return;
    const order = tabbables(dialog);
    if (order.length === 0) return;
    const active = deepActiveElement();
    const index = active ? order.indexOf(active) : -1;
    let next: HTMLElement | undefined;
    // Shift+Tab from the first control, or from the title (focused on opening, not in the order).
    if (event.shiftKey && index <= 0) next = order[order.length - 1];
    else if (!event.shiftKey && index === order.length - 1) next = order[0];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  private onDialogCancel = (event: Event): void => {
    event.preventDefault();
    this.personClose('escape');
  };

  private onDialogClose = (): void => {
    // The close event comes a task later: the dialog may have been shown again since, or the
    // element taken out of the page (which is the host's doing, not the person's).
    if (this.dialogElement?.open || !this.isConnected) return;
    if (this.open) {
      // Closed by the browser itself (a close request it would not let the page refuse).
      this.open = false;
      this.dismissed('escape');
    }
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  };

  private onBannerKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.canDismiss) return;
    event.preventDefault();
    this.personClose('escape');
  };

  private onReopen = (): void => {
    this.show();
  };

  /**
   * A fixed banner must not hide the page: the element keeps an empty box of the banner's
   * height where it stands (so, placed last in `<body>`, the end of the page can scroll clear),
   * and sets the page's `scroll-padding-block-end` so a focused control is scrolled above it.
   */
  private startBannerSpace(): void {
    if (this.#resize || typeof ResizeObserver === 'undefined') return;
    // Measured in the next frame: resizing the spacer inside the callback would re-trigger it.
    this.#resize = new ResizeObserver(() => requestAnimationFrame(() => this.measureBanner()));
    const fixed = this.renderRoot.querySelector('.fixed');
    if (fixed) this.#resize.observe(fixed);
  }

  private measureBanner(): void {
    const fixed = this.renderRoot.querySelector<HTMLElement>('.fixed');
    const spacer = this.renderRoot.querySelector<HTMLElement>('.spacer');
    if (!fixed || !spacer) return;
    const height = Math.ceil(fixed.getBoundingClientRect().height);
    if (!this.#resize) return;
    spacer.style.setProperty('block-size', `${height}px`);
    const root = document.documentElement.style;
    this.#scrollPadding ??= root.getPropertyValue('scroll-padding-block-end');
    root.setProperty('scroll-padding-block-end', `${height}px`);
  }

  private stopBannerSpace(): void {
    this.#resize?.disconnect();
    this.#resize = undefined;
    if (this.#scrollPadding !== undefined) {
      const root = document.documentElement.style;
      if (this.#scrollPadding) root.setProperty('scroll-padding-block-end', this.#scrollPadding);
      else root.removeProperty('scroll-padding-block-end');
      this.#scrollPadding = undefined;
    }
  }

  // ---- Text and hashing ----------------------------------------------------------------------

  /** The label of a box as a plain text: the host's slotted label, its data label, or ours. */
  private labelText(item: Item, lang: string, content: NoticeContent): string {
    const child = [...this.children].find(
      (c) => c.getAttribute('slot') === `${CHOICE_SLOT}${item.id}`,
    );
    if (child) return foldSpace(child.textContent ?? '');
    if (item.builtIn) return content.limitsAcknowledgement;
    return resolveText(item.label, lang);
  }

  /**
   * The canonical text of what the person is shown, for `contentHash`: the title, the opening,
   * each section (the host's slotted text where it replaces ours), and every box with its label,
   * description and whether it is required. Not the buttons, the version line, or the summary
   * of changes, so everyone who agreed to one wording has the same hash.
   */
  private canonicalText(): string | null {
    if (!this.isReady) return null;
    const lang = this.localize.lang();
    const content = noticeContent(lang);
    const root = this.renderRoot;
    const slotOr = (name: string, fallback: string): string => {
      const slot = root.querySelector<HTMLSlotElement>(`slot[name="${name}"]`);
      return slot && slot.assignedNodes().length > 0 ? slottedText(slot) : fallback;
    };
    const defaultSlot = root.querySelector<HTMLSlotElement>('slot:not([name])');
    const body = this.custom
      ? [{ id: 'notice', text: defaultSlot ? slottedText(defaultSlot) : '' }]
      : [
          { id: 'intro', text: slotOr('intro', foldSpace(content.intro)) },
          ...SECTION_IDS.map((id) => ({
            id,
            heading: content.sections[id].heading,
            text: slotOr(id, sectionBody(content, id)),
          })),
        ];
    return canonicalJson({
      title: slotOr('heading', content.title),
      body,
      boxes: this.items.map((item) => ({
        id: item.id,
        required: item.required,
        label: slotOr(`${CHOICE_SLOT}${item.id}`, this.labelText(item, lang, content)),
        description: item.description ? resolveText(item.description, lang) : undefined,
      })),
    });
  }

  private get definitionId(): { id: string; version: string } {
    return {
      id: this.noticeId || DEFAULT_NOTICE.id,
      version: this.version || DEFAULT_NOTICE.version,
    };
  }

  // ---- RapportFormControl --------------------------------------------------------------------

  /** The required boxes still unticked, by label, while agreeing is what is asked. */
  protected missingAnswers(): string[] {
    if (!this.isReady) return [this.localize.term('consentUnavailable')];
    if (this.#pending !== 'granted') return [];
    if (this.stage !== 'ask' && this.stage !== 'review') return [];
    const lang = this.localize.lang();
    const content = noticeContent(lang);
    return this.items
      .filter((i) => i.required && !this.ticked.has(i.id))
      .map((i) =>
        this.localize.term('consentBox', this.labelText(i, lang, content).replace(/[.。]$/, '')),
      );
  }

  protected firstMissingControl(): HTMLElement | null {
    const first = this.items.find((i) => i.required && !this.ticked.has(i.id));
    if (!first) return null;
    return this.renderRoot.querySelector<HTMLElement>(
      `input[data-choice="${CSS.escape(first.id)}"]`,
    );
  }

  /**
   * Form fields: `status`, `notice`, `version`, `hash`, one `acknowledged` per required box, and
   * `choice.<id>` (`true` or `false`) for every choice. Nothing until a decision exists: the
   * required boxes ticked (granted), or a decision saved in this response.
   */
  protected formEntries(): Array<[string, string]> {
    if (!this.isReady) return [];
    let status: ConsentStatus;
    let hash: string;
    if (this.#saved) {
      status = this.#saved.status;
      hash = this.#saved.hash;
    } else if (
      (this.stage === 'ask' || this.stage === 'review') &&
      this.items.every((i) => !i.required || this.ticked.has(i.id))
    ) {
      status = 'granted';
      hash = this.formHash();
    } else {
      return [];
    }
    const { id, version } = this.definitionId;
    const value = this.value;
    const granted = status === 'granted';
    return [
      ['status', status],
      ['notice', id],
      ['version', version],
      ['hash', hash],
      ...(granted ? value.acknowledged : []).map((a): [string, string] => ['acknowledged', a]),
      ...Object.entries(value.choices).map(([c, yes]): [string, string] => [
        `choice.${c}`,
        String(granted && yes),
      ]),
    ];
  }

  /** The content hash, computed synchronously for the form (the same digest as the result's). */
  private formHash(): string {
    const text = this.canonicalText() ?? '';
    if (this.#formHash?.text !== text) this.#formHash = { text, hash: sha256HexSync(text) };
    return this.#formHash.hash;
  }

  /** Restored answers are applied quietly: a stale state is not the host's error to hear about. */
  protected override restoreFormState(saved: string): void {
    try {
      this.applyValue(JSON.parse(saved), false);
    } catch {
      // A state this version did not write: start empty rather than fail.
    }
  }

  protected clearAnswers(): void {
    this.ticked = new Set();
  }

  protected async definitionRef(): Promise<DefinitionRef | null> {
    const text = this.canonicalText();
    if (text === null) return null;
    const contentHash = await sha256Hex(text);
    this.#lastHash = contentHash;
    return { ...this.definitionId, contentHash };
  }

  protected draftData(): Record<string, unknown> {
    return { ...this.value };
  }

  protected buildResult(envelope: EnvelopeParts): ConsentNoticeResult {
    // A consent is a decision, not a questionnaire: its result has no duration.
    const { durationMs, ...common } = envelope;
    const status = this.#pending;
    const granted = status === 'granted';
    const value = this.value;
    this.#completedAt = envelope.completedAt;
    return {
      kind: 'consent-notice',
      ...common,
      status,
      choices: Object.fromEntries(
        Object.entries(value.choices).map(([id, yes]) => [id, granted && yes]),
      ),
      acknowledged: granted ? value.acknowledged : [],
    };
  }

  // ---- Rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const lang = this.localize.lang();
    const dir = this.localize.dir();
    const panel = this.renderPanel(lang);
    const labelledBy = this.isReady ? 'title' : 'error';
    if (this.mode === 'dialog') {
      return html`<div part="base" class="base" lang=${lang} dir=${dir}>
        <dialog
          part="dialog"
          class="dialog"
          aria-labelledby=${labelledBy}
          @keydown=${this.onDialogKeydown}
          @cancel=${this.onDialogCancel}
          @close=${this.onDialogClose}
        >
          ${panel}
          ${
            this.canDismiss
              ? html`<div class="dismiss">
                  <button
                    type="button"
                    part="close"
                    class="quiet"
                    @click=${() => this.personClose('close-button')}
                  >
                    ${this.localize.term('consentClose')}
                  </button>
                </div>`
              : nothing
          }
        </dialog>
      </div>`;
    }
    if (this.mode === 'banner') {
      return html`<div part="base" class="base" lang=${lang} dir=${dir}>
        <div class="fixed">
          <section
            part="banner"
            class="banner"
            aria-labelledby=${labelledBy}
            ?hidden=${!this.open}
            @keydown=${this.onBannerKeydown}
          >
            <div class="banner-inner">${panel}</div>
            ${
              this.canDismiss
                ? html`<div class="dismiss">
                    <button
                      type="button"
                      part="hide"
                      class="quiet"
                      @click=${() => this.personClose('close-button')}
                    >
                      ${this.localize.term(this.stage === 'ask' ? 'consentNotNow' : 'consentClose')}
                    </button>
                  </div>`
                : nothing
            }
          </section>
          <button
            type="button"
            part="reopen"
            class="reopen"
            aria-expanded="false"
            ?hidden=${this.open}
            @click=${this.onReopen}
          >
            ${this.localize.term('consentPrivacyChoices')}
          </button>
        </div>
        <div class="spacer" aria-hidden="true"></div>
      </div>`;
    }
    return html`<div
      part="base"
      class="base"
      role="group"
      aria-labelledby=${labelledBy}
      lang=${lang}
      dir=${dir}
    >
      ${panel}
    </div>`;
  }

  private renderPanel(lang: string): TemplateResult {
    if (!this.isReady) {
      return html`<p part="error" id="error" class="unavailable" role="alert">
        ${this.localize.term('consentUnavailable')}
      </p>`;
    }
    const content = noticeContent(lang);
    const level = this.titleLevel;
    const stage = this.readonly ? 'ask' : this.stage;
    const short = stage === 'agreed' || stage === 'declined' || stage === 'withdrawn';
    return html`<div class="panel">
      <div part="title" class="title" id="title" role="heading" aria-level=${level} tabindex="-1">
        <slot name="heading">${content.title}</slot>
      </div>
      ${short ? this.renderOutcome(stage) : this.renderNotice(content, lang, level, stage)}
      ${this.renderStatus()}
    </div>`;
  }

  private renderOutcome(stage: 'agreed' | 'declined' | 'withdrawn'): TemplateResult {
    let text: string;
    if (stage === 'agreed') {
      text = this.localize.term(
        'consentAgreedOn',
        this.agreedAt ? this.localize.date(this.agreedAt, { dateStyle: 'long' }) : null,
      );
    } else {
      text = this.localize.term(stage === 'declined' ? 'consentDeclined' : 'consentWithdrawn');
    }
    const button =
      stage === 'agreed'
        ? html`<button
            type="button"
            part="review"
            class="secondary"
            ?disabled=${this.isDisabled}
            @click=${this.onReview}
          >
            ${this.localize.term('consentReview')}
          </button>`
        : html`<button
            type="button"
            part="read-again"
            class="secondary"
            ?disabled=${this.isDisabled}
            @click=${this.onReadAgain}
          >
            ${this.localize.term('consentReadAgain')}
          </button>`;
    return html`<p part="outcome" class="outcome" tabindex="-1">${text}</p>
      <div class="actions">${button}</div>`;
  }

  private renderNotice(
    content: NoticeContent,
    lang: string,
    level: number,
    stage: Stage,
  ): TemplateResult {
    const sub = Math.min(6, level + 1);
    const items = this.items;
    const required = items.filter((i) => i.required);
    const optional = items.filter((i) => !i.required);
    return html`
      ${stage === 'ask' && !this.readonly ? this.renderChanges(lang, sub) : nothing}
      ${
        this.custom
          ? html`<div part="custom" class="custom"><slot></slot></div>`
          : html`<div class="intro">
                <slot name="intro"><p>${content.intro}</p></slot>
              </div>
              ${SECTION_IDS.map(
                (id) =>
                  html`<div part="section section-${id}" class="section">
                    <div class="section-heading" role="heading" aria-level=${sub}>
                      ${content.sections[id].heading}
                    </div>
                    <div class="section-body">
                      <slot name=${id}>${content.sections[id].blocks.map(renderBlock)}</slot>
                    </div>
                  </div>`,
              )}`
      }
      <p part="version" class="version">
        ${this.localize.term('consentVersion', this.definitionId.version)}
      </p>
      <fieldset part="acknowledgements" class="boxes">
        <legend>${this.localize.term('consentConfirm')}</legend>
        ${required.map((item) => this.renderBox(item, lang, content))}
      </fieldset>
      ${
        optional.length > 0
          ? html`<fieldset part="choices" class="boxes" aria-describedby="choices-hint">
              <legend>${this.localize.term('consentChoices')}</legend>
              <p class="hint" id="choices-hint">${this.localize.term('consentChoicesHint')}</p>
              ${optional.map((item) => this.renderBox(item, lang, content))}
            </fieldset>`
          : nothing
      }
      ${this.renderDecisions(stage)}
    `;
  }

  private renderChanges(lang: string, level: number): TemplateResult | typeof nothing {
    if (this.acceptedVersion === '' || this.acceptedVersion === this.version) return nothing;
    const at = this.validAcceptedAt();
    const summary = resolveText(this.changes, lang);
    const hasSummary = this.hasChangesSlot || summary !== '';
    return html`<div part="changes" class="changes">
      <p class="changed">
        ${this.localize.term('consentChanged', at ? this.localize.date(at, { dateStyle: 'long' }) : null)}
      </p>
      ${
        hasSummary
          ? html`<div class="changes-heading" role="heading" aria-level=${level}>
                ${this.localize.term('consentWhatChanged')}
              </div>
              <div class="changes-body">
                <slot name="changes">${summary ? html`<p>${summary}</p>` : nothing}</slot>
              </div>`
          : nothing
      }
    </div>`;
  }

  private renderBox(item: Item, lang: string, content: NoticeContent): TemplateResult {
    const key = `box-${item.id}`;
    const missing =
      this.showMissing &&
      item.required &&
      !this.ticked.has(item.id) &&
      this.#pending === 'granted' &&
      this.state === 'editing';
    const described = [item.description ? `${key}-description` : '', missing ? `${key}-error` : '']
      .filter(Boolean)
      .join(' ');
    const fallbackLabel = item.builtIn
      ? content.limitsAcknowledgement
      : resolveText(item.label, lang);
    return html`<div part="choice" class=${missing ? 'box missing' : 'box'}>
      <input
        type="checkbox"
        id=${key}
        data-choice=${item.id}
        .checked=${this.ticked.has(item.id)}
        ?disabled=${!this.isEditable || this.stage === 'confirm'}
        aria-invalid=${missing ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @change=${(e: Event) => this.onToggle(item, e)}
      />
      <label for=${key}>
        <slot name=${`${CHOICE_SLOT}${item.id}`}>${fallbackLabel}</slot>
        ${
          item.required
            ? html`<span class="needed">(${this.localize.term('consentNeeded')})</span>`
            : nothing
        }
      </label>
      ${
        item.description
          ? html`<p class="description" id=${`${key}-description`}>
              ${resolveText(item.description, lang)}
            </p>`
          : nothing
      }
      ${
        missing
          ? html`<p class="box-error" id=${`${key}-error`}>
              ${this.localize.term('consentNotTicked')}
            </p>`
          : nothing
      }
    </div>`;
  }

  /** Agree and decline (or save and withdraw): the same size, side by side, the same look. */
  private renderDecisions(stage: Stage): TemplateResult | typeof nothing {
    if (this.readonly || this.state === 'submitted' || this.state === 'failed') return nothing;
    const busy = this.state === 'submitting' ? 'true' : 'false';
    const disabled = this.isDisabled;
    /** One decision: every one has the same size, look and busy state. */
    const decision = (part: string, label: string, onClick: () => void) =>
      html`<button
        type="button"
        part=${part}
        class="decision"
        aria-disabled=${busy}
        ?disabled=${disabled}
        @click=${onClick}
      >
        ${label}
      </button>`;
    const term = this.localize.term.bind(this.localize);
    if (stage === 'confirm') {
      return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-q">
        <p class="question" id="confirm-q" tabindex="-1">${term('consentWithdrawQuestion')}</p>
        <p class="explain">${term('consentWithdrawExplain')}</p>
        <div part="decisions" class="decisions">
          ${decision('confirm-withdraw', term('consentWithdrawYes'), this.onConfirmWithdraw)}
          ${decision('keep', term('consentWithdrawNo'), this.onKeep)}
        </div>
      </div>`;
    }
    if (stage === 'review') {
      return html`<div part="decisions" class="decisions">
          ${this.inForm ? nothing : decision('send', term('consentSaveChoices'), this.onAgree)}
          ${decision('withdraw', term('consentWithdraw'), this.onAskWithdraw)}
        </div>
        <div class="actions">
          <button
            type="button"
            part="back"
            class="quiet"
            ?disabled=${disabled}
            @click=${this.onBack}
          >
            ${term('consentBack')}
          </button>
        </div>`;
    }
    // Inside a form the form's own button sends: ticking the required boxes is agreeing.
    if (this.inForm) return nothing;
    return html`<div part="decisions" class="decisions">
      ${decision('send', term('consentAgree'), this.onAgree)}
      ${decision('decline', term('consentDecline'), this.onDecline)}
    </div>`;
  }

  /** Ticking is agreeing: the status names the boxes still to tick. */
  protected override missingMessage(missing: string[]): string {
    return this.localize.term('consentTickToAgree', missing);
  }
}

function renderBlock(block: NoticeBlock): TemplateResult {
  return typeof block === 'string'
    ? html`<p>${block}</p>`
    : html`<ul>
        ${block.map((point) => html`<li>${point}</li>`)}
      </ul>`;
}
