import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RapportFormControl, type EnvelopeParts } from '../core/form-control.js';
import { LightDomController, readJsonChild } from '../core/json-child.js';
import './locales/index.js';
import type { RapportErrorCode } from '../core/events.js';
import type { DefinitionRef, RapportResultBase } from '../core/result.js';
import { foldSpace, isLocalizedText, isRecord, resolveText } from '../core/text.js';
import { canonicalJson, sha256Hex } from '../core/hash.js';
import { slottedText } from '../core/slot-text.js';
import type { LocalizedText } from '../instruments/types.js';
import {
  checkAgreement,
  ID_PATTERN,
  type AgreementDefinition,
  type ClauseDefinition,
} from './definition.js';
import { defaultAgreement, defaultCrisisClause, defaultFallbacks } from './content/index.js';
import {
  fillText,
  plainText,
  unfilledIn,
  type FilledText,
  type TextPiece,
} from './placeholders.js';
import {
  PAD_HEIGHT,
  PAD_WIDTH,
  StrokeRecorder,
  checkDrawn,
  padPoint,
  type DrawnSignature,
} from './signature-pad.js';
import styles from './boundary-agreement.styles.js';

// ---- Public types ---------------------------------------------------------------------------

/**
 * What the shown agreement is worked out from, besides the language and texts (a plain
 * requestUpdate(), as a new translation or page language gives, also recomposes).
 */
const COMPOSE_INPUTS = new Set<string>([
  'loaded',
  'childClauses',
  'values',
  'omit',
  'optional',
  'rapportContext',
  'hours',
  'channels',
  'responseTime',
  'crisisPhone',
  'emergencyNumber',
  'sessionLength',
  'noticePeriod',
]);
/** A signature: the typed full name, and a drawing when the person made one. */
export interface AgreementSignature {
  /** The full name as typed. The typed name alone is a complete signature. */
  typedName: string;
  /** The drawn signature as SVG path data, when one was drawn. */
  drawn?: DrawnSignature;
  /** ISO 8601: when the signature was sent and saved. Absent while it is a draft. */
  signedAt?: string;
}

/** A signature in a result: always dated. */
export interface SignedSignature extends AgreementSignature {
  signedAt: string;
}

/** One clause of the agreement, as the person left it. */
export interface ClauseAcknowledgement {
  id: string;
  version: string;
  agreed: boolean;
}

/** The person's signed agreement. */
export interface BoundaryAgreementClientResult extends RapportResultBase<'boundary-agreement'> {
  role: 'client';
  /** Every clause shown, in order, with whether it was agreed. */
  clauses: ClauseAcknowledgement[];
  /** The choice made in each answered clause question, by question id. */
  answers: Record<string, string>;
  /** The typed name (white space tidied), the drawing if any, and when it was signed. */
  signature: SignedSignature;
  /** Milliseconds from the first answer to signing. */
  durationMs: number;
}

/** The clinician's countersignature of a client's agreement: a response of its own. */
export interface BoundaryAgreementCountersignResult extends RapportResultBase<'boundary-agreement'> {
  role: 'clinician';
  /** The `responseId` of the client's signed agreement this countersigns. */
  countersigns: string;
  signature: SignedSignature;
  /** Milliseconds from the first keystroke to countersigning. */
  durationMs: number;
}

/** What `rapport-submit` carries: the client's agreement, or the clinician's countersignature. */
export type BoundaryAgreementResult =
  BoundaryAgreementClientResult | BoundaryAgreementCountersignResult;

declare module '../core/result.js' {
  interface RapportResultKinds {
    'boundary-agreement': BoundaryAgreementResult;
  }
}

/**
 * The element's `value`: a draft, or a signed agreement to show (with `readonly`) or to
 * countersign (with `countersign`). `responseId` and `contentHash` are those of the client's
 * signed response, present once it is signed.
 */
export interface BoundaryAgreementValue {
  /** Ids of the clauses agreed, in the order shown. */
  agreed: string[];
  /** Choices by question id. */
  answers: Record<string, string>;
  /** The client's signature; null until a name is typed or something is drawn. */
  signature: AgreementSignature | null;
  /** The clinician's countersignature; null until begun. */
  countersignature: AgreementSignature | null;
  responseId?: string;
  contentHash?: string;
}

/** `typed`: a typed full name. `both`: a typed full name and, if the person wants, a drawing. */
export type SignatureMode = 'typed' | 'both';

/**
 * Puts a client's result, and its countersignature if there is one, back together as a `value`,
 * e.g. to show a signed agreement from the record with `readonly`.
 */
export function agreementValue(
  client: BoundaryAgreementClientResult,
  countersign?: BoundaryAgreementCountersignResult,
): BoundaryAgreementValue {
  return {
    agreed: client.clauses.filter((c) => c.agreed).map((c) => c.id),
    answers: { ...client.answers },
    signature: copySignature(client.signature),
    countersignature: countersign ? copySignature(countersign.signature) : null,
    responseId: client.responseId,
    contentHash: client.definition.contentHash,
  };
}

// ---- Internals ------------------------------------------------------------------------------

function copySignature(s: AgreementSignature): AgreementSignature {
  return {
    typedName: s.typedName,
    ...(s.drawn
      ? { drawn: { paths: [...s.drawn.paths], width: s.drawn.width, height: s.drawn.height } }
      : {}),
    ...(s.signedAt ? { signedAt: s.signedAt } : {}),
  };
}

/** Named attributes for the built-in placeholders, by placeholder. */
const PLACEHOLDER_ATTRIBUTES = {
  hours: 'hours',
  channels: 'channels',
  responseTime: 'response-time',
  crisisPhone: 'crisis-phone',
  emergencyNumber: 'emergency-number',
  sessionLength: 'session-length',
  noticePeriod: 'notice-period',
} as const;

type NamedPlaceholder = keyof typeof PLACEHOLDER_ATTRIBUTES;

/** Placeholders that hold phone numbers: shown as a link that calls, when they are one. */
const PHONE_PLACEHOLDERS = new Set(['crisisPhone', 'emergencyNumber']);
const PHONE_NUMBER = /^\+?[0-9][0-9 ().-]*[0-9]$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const HEX_HASH = /^[0-9a-f]{64}$/;

interface ShownQuestion {
  id: string;
  label: string;
  required: boolean;
  options: Array<{ value: string; label: string }>;
}

/** A clause as shown: texts in the person's language, placeholders filled. */
interface ShownClause {
  id: string;
  version: string;
  title: string;
  required: boolean;
  crisis: boolean;
  /** Null when the host's child element gives the text through the clause's slot. */
  text: FilledText | null;
  question?: ShownQuestion;
}

interface ShownAgreement {
  id: string;
  version: string;
  title: string;
  intro: FilledText | null;
  clauses: ShownClause[];
}

interface Problem {
  code: RapportErrorCode;
  message: string;
}

/** A clause given as a light-DOM child: `<div slot="clause-x" data-title="…">`. */
interface ChildClause {
  id: string;
  title: string;
  version: string;
  optional: boolean;
}

type Loaded = { status: 'ready'; agreement: AgreementDefinition } | { status: 'invalid' };

type Signer = 'client' | 'clinician';

/** What a sent signature needs to keep once it is saved. */
interface Sent {
  signedAt: string;
  responseId: string;
  contentHash: string;
}

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
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

  static override styles = [...(RapportFormControl.styles as []), styles];

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

  @state() private loaded: Loaded = { status: 'ready', agreement: defaultAgreement };
  @state() private childClauses: ChildClause[] = [];
  @state() private agreedIds: readonly string[] = [];
  @state() private answers: Readonly<Record<string, string>> = {};
  @state() private typedName = '';
  @state() private clientPaths: readonly string[] = [];
  @state() private clientBox = { width: PAD_WIDTH, height: PAD_HEIGHT };
  @state() private signedAt: string | undefined;
  @state() private signedResponseId: string | undefined;
  @state() private signedHash: string | undefined;
  @state() private counterName = '';
  @state() private counterPaths: readonly string[] = [];
  @state() private counterSignedAt: string | undefined;
  @state() private textChanged = false;
  @state() private justSigned = false;

  protected readonly resultKind = 'boundary-agreement';

  #shown: ShownAgreement | null = null;
  #sourceKey: unknown = defaultAgreement;
  #reported = new Set<string>();
  #pendingValue: unknown;
  #hasPendingValue = false;
  #clientPad = new StrokeRecorder();
  #counterPad = new StrokeRecorder();
  #keepClientOnReset = false;
  #sent: Sent | undefined;
  #checkSignedHash = false;
  /** Which signatures' dates and ids came from the host's `value` (not from signing here). */
  #signingGiven = { client: false, clinician: false };
  /** A no-build page may write its script or clause children after the element. */
  protected readonly lightDom = new LightDomController(this, () => this.#readLightDom(), [
    'slot',
    'data-title',
    'data-version',
    'data-optional',
  ]);

  // ---- Public API --------------------------------------------------------------------------

  /**
   * The agreement so far: clauses agreed, answers, the signature and countersignature. Set it
   * to prefill, to restore a draft, to show a signed agreement (`readonly`) or to have one
   * countersigned (`countersign`); a client's result is accepted as it is. Anything that does
   * not fit the agreement shown is dropped with a `rapport-error`.
   */
  get value(): BoundaryAgreementValue {
    this.#applyPendingValue();
    const order = this.#shown?.clauses.map((c) => c.id);
    const agreed = order ? order.filter((id) => this.agreedIds.includes(id)) : [...this.agreedIds];
    // Sending adds nothing to `value`: what signing records (when, which response, which
    // text) is in the result, and is part of `value` only when the host gave it.
    const given = this.#signingGiven;
    const signature = this.#signatureOf('client', given.client);
    const countersignature = this.#signatureOf('clinician', given.clinician);
    return {
      agreed,
      answers: { ...this.answers },
      signature,
      countersignature,
      ...(given.client && this.signedResponseId ? { responseId: this.signedResponseId } : {}),
      ...(given.client && this.signedHash ? { contentHash: this.signedHash } : {}),
    };
  }

  set value(next: BoundaryAgreementValue | BoundaryAgreementClientResult | null | undefined) {
    this.#pendingValue = next;
    this.#hasPendingValue = true;
    if (this.hasUpdated) this.#applyPendingValue();
    else this.requestUpdate();
  }

  /** The agreement's definition in use (the built-in one unless the host gave its own). */
  get definition(): AgreementDefinition | undefined {
    return this.loaded.status === 'ready' ? this.loaded.agreement : undefined;
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
    if (phase === 'client') {
      this.signedAt = sent.signedAt;
      this.signedResponseId = sent.responseId;
      this.signedHash = sent.contentHash;
      this.textChanged = false;
      if (this.countersign) {
        this.#keepClientOnReset = true;
        try {
          this.reset();
        } finally {
          this.#keepClientOnReset = false;
        }
        this.justSigned = true;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#counter-title')?.focus();
      }
    } else {
      this.counterSignedAt = sent.signedAt;
    }
    return saved;
  }

  // ---- Loading -----------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('agreement')) this.#loadDefinition();
    if (changed.has('signature') && this.signature !== 'typed' && this.signature !== 'both') {
      const given = String(this.signature);
      const fallback: SignatureMode = given === 'drawn' ? 'both' : 'typed';
      this.reportError({
        code: 'invalid-attribute',
        message: `signature="${given}" is not one of typed, both (a typed name is always needed, so a drawing alone is not offered); using ${fallback}.`,
      });
      this.signature = fallback;
    }
    if (changed.has('values') && this.values !== undefined && !this.#valuesUsable()) {
      this.reportError({
        code: 'invalid-attribute',
        message:
          'values must be an object of texts (or texts by language) by placeholder name; the entries that are not are ignored.',
      });
    }
  }

  /**
   * What is shown is worked out here rather than in `willUpdate`: the language is settled for
   * the update (by the localize controller's `hostUpdate`) only after `willUpdate`.
   */
  protected override update(changed: PropertyValues<this>): void {
    // Typing a name or drawing changes nothing that is shown: compose only when an input did.
    const lang = this.localize.lang();
    if (
      this.#composedLang !== lang ||
      changed.size === 0 ||
      [...changed.keys()].some((key) => COMPOSE_INPUTS.has(key as string))
    ) {
      this.#composedLang = lang;
      this.#compose();
    }
    this.#applyPendingValue();
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#checkSignedHash) {
      this.#checkSignedHash = false;
      void this.#compareSignedText();
    }
  }

  #readLightDom(): void {
    if (this.agreement === undefined) this.#loadDefinition();
    const children: ChildClause[] = [];
    for (const child of this.children) {
      const slot = child.getAttribute('slot') ?? '';
      if (!slot.startsWith('clause-')) continue;
      children.push({
        id: slot.slice('clause-'.length),
        title: (child.getAttribute('data-title') ?? '').trim(),
        version: (child.getAttribute('data-version') ?? '').trim(),
        optional: child.hasAttribute('data-optional'),
      });
    }
    if (JSON.stringify(children) !== JSON.stringify(this.childClauses)) {
      this.childClauses = children;
    }
  }

  #loadDefinition(): void {
    let key: unknown;
    let candidate: unknown;
    let parseError: string | undefined;
    if (this.agreement !== undefined && this.agreement !== null) {
      key = candidate = this.agreement;
    } else {
      const child = readJsonChild(this);
      if (child.kind === 'none') {
        key = candidate = defaultAgreement;
      } else {
        key = child.text;
        if (child.kind === 'data') candidate = child.value;
        else parseError = child.message;
      }
    }
    if (key === this.#sourceKey) return;
    this.#sourceKey = key;
    if (parseError !== undefined) {
      this.loaded = { status: 'invalid' };
      this.reportError({
        code: 'invalid-json',
        message: parseError,
      });
      return;
    }
    if (candidate === defaultAgreement) {
      this.loaded = { status: 'ready', agreement: defaultAgreement };
      return;
    }
    const check = checkAgreement(candidate);
    if (!check.ok) {
      this.loaded = { status: 'invalid' };
      this.reportError({
        code: 'invalid-definition',
        message: `agreement is not valid: ${check.problems.join('; ')}`,
      });
      return;
    }
    this.loaded = { status: 'ready', agreement: check.agreement };
  }

  #valuesUsable(): boolean {
    const values = this.values as unknown;
    return isRecord(values) && Object.values(values).every(isLocalizedText);
  }

  /** A placeholder's value in the current language, or undefined when it has none. */
  #placeholderValue(
    name: string,
    agreement: AgreementDefinition,
    lang: string,
  ): string | undefined {
    if (name in PLACEHOLDER_ATTRIBUTES) {
      const own = this[name as NamedPlaceholder].trim();
      if (own !== '') return own;
    }
    const fromHost = isRecord(this.values as unknown) ? this.values?.[name] : undefined;
    for (const text of [fromHost, agreement.values?.[name]]) {
      if (isLocalizedText(text)) {
        const resolved = resolveText(text, lang).trim();
        if (resolved !== '') return resolved;
      }
    }
    if (name === 'clinicName' && this.rapportContext?.clinicName) {
      return this.rapportContext.clinicName;
    }
    return undefined;
  }

  #standIn(name: string, lang: string): string {
    const builtIn = (defaultFallbacks as Readonly<Record<string, Record<string, string>>>)[name];
    return builtIn ? resolveText(builtIn, lang) : this.localize.term('agreementAskService');
  }

  /**
   * Works out what is shown from the definition, the clause children, the attributes and the
   * language, and reports each new problem once.
   */
  #composedLang: string | undefined;

  #compose(): void {
    const problems: Problem[] = [];
    this.#shown =
      this.loaded.status === 'ready' ? this.#build(this.loaded.agreement, problems) : null;
    const current = new Set<string>();
    for (const problem of problems) {
      const key = `${problem.code} ${problem.message}`;
      current.add(key);
      if (!this.#reported.has(key)) this.reportError(problem);
    }
    this.#reported = current;
  }

  #build(agreement: AgreementDefinition, problems: Problem[]): ShownAgreement | null {
    const lang = this.localize.lang();
    const valueOf = (name: string) => this.#placeholderValue(name, agreement, lang);
    const standIn = (name: string) => this.#standIn(name, lang);
    const crisisGiven =
      valueOf('crisisPhone') !== undefined || valueOf('emergencyNumber') !== undefined;

    const clauses: ClauseDefinition[] = [...agreement.clauses];
    const known = new Set(clauses.map((c) => c.id));
    const slotted = new Set<string>();
    for (const child of this.childClauses) {
      if (!ID_PATTERN.test(child.id)) {
        problems.push({
          code: 'invalid-definition',
          message: `slot="clause-${child.id}": a clause id is letters, digits, "-" and "_"; the child is not shown.`,
        });
      } else if (known.has(child.id)) {
        slotted.add(child.id);
      } else if (child.title === '') {
        problems.push({
          code: 'invalid-definition',
          message: `the child element with slot="clause-${child.id}" needs a data-title attribute; it is not shown.`,
        });
      } else {
        clauses.push({
          id: child.id,
          title: child.title,
          ...(child.version ? { version: child.version } : {}),
          required: !child.optional,
        });
        known.add(child.id);
        slotted.add(child.id);
      }
    }
    if (crisisGiven && !clauses.some((c) => c.crisis) && !known.has(defaultCrisisClause.id)) {
      // Crisis contacts given to an agreement that does not say what to do in a crisis.
      clauses.unshift(defaultCrisisClause);
      known.add(defaultCrisisClause.id);
    }

    const omit = words(this.omit);
    const optional = words(this.optional);
    for (const [attribute, ids] of [
      ['omit', omit],
      ['optional', optional],
    ] as const) {
      for (const id of ids.filter((i) => !known.has(i))) {
        problems.push({
          code: 'invalid-attribute',
          message: `${attribute}="${this[attribute]}": there is no clause "${id}".`,
        });
      }
    }

    const shown: ShownClause[] = [];
    for (const clause of clauses) {
      const crisis = clause.crisis === true;
      if (omit.includes(clause.id)) {
        if (!(crisis && crisisGiven)) continue;
        problems.push({
          code: 'invalid-attribute',
          message: `omit: the crisis clause "${clause.id}" cannot be left out while crisis contacts are given; it is shown.`,
        });
      }
      let required = clause.required !== false && !optional.includes(clause.id);
      if (crisis && crisisGiven && !required) {
        problems.push({
          code: 'invalid-attribute',
          message: `the crisis clause "${clause.id}" stays required while crisis contacts are given.`,
        });
        required = true;
      }
      if (!slotted.has(clause.id) && clause.text === undefined) {
        problems.push({
          code: 'invalid-definition',
          message: `clause "${clause.id}" has no text and no child element with slot="clause-${clause.id}".`,
        });
        return null;
      }
      const question = clause.question;
      shown.push({
        id: clause.id,
        version: clause.version ?? agreement.version,
        title: resolveText(clause.title, lang),
        required,
        crisis,
        text: slotted.has(clause.id)
          ? null
          : fillText(resolveText(clause.text, lang), valueOf, standIn),
        ...(question
          ? {
              question: {
                id: question.id,
                label: resolveText(question.label, lang),
                required: question.required ?? required,
                options: question.options.map((o) => ({
                  value: o.value,
                  label: resolveText(o.label, lang),
                })),
              },
            }
          : {}),
      });
    }
    if (shown.length === 0) {
      problems.push({
        code: 'invalid-definition',
        message: 'the agreement has no clauses to show.',
      });
      return null;
    }

    const intro = agreement.intro
      ? fillText(resolveText(agreement.intro, lang), valueOf, standIn)
      : null;
    const unfilled = new Map<string, string[]>();
    const note = (names: string[], where: string) => {
      for (const name of names) unfilled.set(name, [...(unfilled.get(name) ?? []), where]);
    };
    if (intro) note(unfilledIn(intro), 'intro');
    for (const clause of shown)
      if (clause.text) note(unfilledIn(clause.text), `clause "${clause.id}"`);
    for (const [name, where] of unfilled) {
      const attribute = PLACEHOLDER_ATTRIBUTES[name as NamedPlaceholder] as string | undefined;
      const how = attribute ? `the ${attribute} attribute or values.${name}` : `values.${name}`;
      problems.push({
        code: 'unfilled-placeholder',
        message: `placeholder {${name}} has no value (${[...new Set(where)].join(', ')}); set ${how}. A neutral stand-in is shown.`,
      });
    }

    return {
      id: agreement.id,
      version: agreement.version,
      title: agreement.title ? resolveText(agreement.title, lang) : '',
      intro,
      clauses: shown,
    };
  }

  // ---- Value -------------------------------------------------------------------------------

  #applyPendingValue(): void {
    if (!this.#hasPendingValue) return;
    if (!this.#shown) {
      if (this.loaded.status === 'invalid') return;
      this.#readLightDom();
      this.#compose();
      if (!this.#shown) return;
    }
    const next = this.#pendingValue;
    this.#hasPendingValue = false;
    this.#pendingValue = undefined;
    this.#accept(next, this.#shown);
  }

  #clearAll(): void {
    this.#signingGiven = { client: false, clinician: false };
    this.agreedIds = [];
    this.answers = {};
    this.typedName = '';
    this.#clientPad.clear();
    this.clientPaths = [];
    this.clientBox = { width: PAD_WIDTH, height: PAD_HEIGHT };
    this.signedAt = undefined;
    this.signedResponseId = undefined;
    this.signedHash = undefined;
    this.#clearCountersignature();
    this.textChanged = false;
    this.justSigned = false;
  }

  #clearCountersignature(): void {
    this.counterName = '';
    this.#counterPad.clear();
    this.counterPaths = [];
    this.counterSignedAt = undefined;
    this.#signingGiven = { ...this.#signingGiven, clinician: false };
  }

  /** Takes a value from the host, keeping what fits the agreement shown. */
  #accept(raw: unknown, shown: ShownAgreement): void {
    this.#clearAll();
    if (raw === null || raw === undefined) return;
    const problems: string[] = [];
    let next: unknown = raw;
    if (isRecord(raw) && raw.kind === 'boundary-agreement') {
      const result = raw as unknown as BoundaryAgreementResult;
      if (
        result.role !== 'client' ||
        !Array.isArray(result.clauses) ||
        !isRecord(result.definition)
      ) {
        this.reportError({
          code: 'invalid-value',
          message:
            'value: only a client result can be shown as it is; combine it with its countersignature using agreementValue(client, countersign).',
        });
        return;
      }
      if (result.definition.id !== shown.id) {
        this.reportError({
          code: 'invalid-value',
          message: `value is a result for agreement "${String(result.definition.id)}", but "${shown.id}" is shown; nothing was taken from it.`,
        });
        return;
      }
      next = agreementValue(result);
    }
    if (!isRecord(next)) {
      this.reportError({
        code: 'invalid-value',
        message: 'value must be an object with agreed, answers, signature and countersignature.',
      });
      return;
    }

    const clauseIds = new Set(shown.clauses.map((c) => c.id));
    if (next.agreed !== undefined && !Array.isArray(next.agreed)) {
      problems.push('value.agreed must be a list of clause ids');
    } else {
      const agreed = (next.agreed ?? []) as unknown[];
      const unknown = agreed.filter((id) => typeof id !== 'string' || !clauseIds.has(id));
      if (unknown.length > 0) {
        problems.push(
          `value.agreed: ${unknown.map((id) => `"${String(id)}"`).join(', ')} ${unknown.length === 1 ? 'is not a clause' : 'are not clauses'} shown`,
        );
      }
      this.agreedIds = shown.clauses.map((c) => c.id).filter((id) => agreed.includes(id));
    }

    if (next.answers !== undefined && !isRecord(next.answers)) {
      problems.push('value.answers must be an object of choices by question id');
    } else {
      const given = (next.answers ?? {}) as Record<string, unknown>;
      const kept: Record<string, string> = {};
      const dropped: string[] = [];
      for (const [id, choice] of Object.entries(given)) {
        const question = shown.clauses.find((c) => c.question?.id === id)?.question;
        if (
          question &&
          typeof choice === 'string' &&
          question.options.some((o) => o.value === choice)
        ) {
          kept[id] = choice;
        } else {
          dropped.push(id);
        }
      }
      if (dropped.length > 0) {
        problems.push(
          `value.answers: ${dropped.map((id) => `"${id}"`).join(', ')} dropped (unknown question or a choice it does not offer)`,
        );
      }
      this.answers = kept;
    }

    const client = this.#acceptSignature(next.signature, 'value.signature', problems);
    if (client) {
      this.typedName = client.typedName;
      this.#clientPad.load(client.drawn?.paths ?? []);
      this.clientPaths = [...(client.drawn?.paths ?? [])];
      if (client.drawn) this.clientBox = { width: client.drawn.width, height: client.drawn.height };
      this.signedAt = client.signedAt;
    }
    const counter = this.#acceptSignature(
      next.countersignature,
      'value.countersignature',
      problems,
    );
    if (counter) {
      this.counterName = counter.typedName;
      this.#counterPad.load(counter.drawn?.paths ?? []);
      this.counterPaths = [...(counter.drawn?.paths ?? [])];
      this.counterSignedAt = counter.signedAt;
    }
    if (next.responseId !== undefined) {
      if (typeof next.responseId === 'string' && next.responseId !== '') {
        this.signedResponseId = next.responseId;
      } else problems.push('value.responseId must be a string');
    }
    if (next.contentHash !== undefined) {
      if (typeof next.contentHash === 'string' && HEX_HASH.test(next.contentHash)) {
        this.signedHash = next.contentHash;
        this.#checkSignedHash = true;
      } else problems.push('value.contentHash must be 64 lowercase hex digits');
    }
    this.#signingGiven = {
      client:
        this.signedAt !== undefined ||
        this.signedResponseId !== undefined ||
        this.signedHash !== undefined,
      clinician: this.counterSignedAt !== undefined,
    };
    if (problems.length > 0) {
      this.reportError({ code: 'invalid-value', message: `${problems.join('; ')}.` });
    }
  }

  #acceptSignature(raw: unknown, path: string, problems: string[]): AgreementSignature | null {
    if (raw === null || raw === undefined) return null;
    if (!isRecord(raw) || typeof raw.typedName !== 'string') {
      problems.push(`${path} must be null or an object with a typedName`);
      return null;
    }
    const signature: AgreementSignature = { typedName: raw.typedName };
    if (raw.drawn !== undefined) {
      const drawn = checkDrawn(raw.drawn);
      if (drawn) signature.drawn = drawn;
      else problems.push(`${path}.drawn must have paths (SVG path data), width and height`);
    }
    if (raw.signedAt !== undefined) {
      if (typeof raw.signedAt === 'string' && ISO_TIME.test(raw.signedAt)) {
        signature.signedAt = raw.signedAt;
      } else problems.push(`${path}.signedAt must be an ISO 8601 time`);
    }
    return signature;
  }

  /** A signature as it stands; `dated` false leaves out when it was signed. */
  #signatureOf(signer: Signer, dated = true): AgreementSignature | null {
    const name = signer === 'client' ? this.typedName : this.counterName;
    const pad = signer === 'client' ? this.#clientPad : this.#counterPad;
    const box = signer === 'client' ? this.clientBox : { width: PAD_WIDTH, height: PAD_HEIGHT };
    const signedAt = dated
      ? signer === 'client'
        ? this.signedAt
        : this.counterSignedAt
      : undefined;
    const finished = pad.finished();
    const paths = finished.length > 0 ? finished : undefined;
    if (name === '' && !paths && !signedAt) return null;
    return {
      typedName: name,
      ...(paths ? { drawn: { paths, width: box.width, height: box.height } } : {}),
      ...(signedAt ? { signedAt } : {}),
    };
  }

  /** After a signed value arrives: is the text shown now the text that was signed? */
  async #compareSignedText(): Promise<void> {
    const expected = this.signedHash;
    if (!expected || this.signedResponseId === undefined) return;
    const ref = await this.definitionRef();
    if (!ref || this.signedHash !== expected) return;
    const changed = ref.contentHash !== expected;
    this.textChanged = changed;
    if (changed) {
      this.reportError({
        code: 'invalid-value',
        message:
          'value.contentHash differs from the hash of the agreement shown: the text has changed since it was signed.',
      });
    }
  }

  // ---- Phase -------------------------------------------------------------------------------

  /** The client signs first; with `countersign`, the clinician's step follows the client's signature. */
  get #phase(): 'client' | 'countersign' {
    return this.countersign && this.signedAt !== undefined && this.signedResponseId !== undefined
      ? 'countersign'
      : 'client';
  }

  /** Read-only, or given an agreement already countersigned: nothing is left to sign. */
  get #recordOnly(): boolean {
    return this.readonly || (this.#signingGiven.clinician && this.counterSignedAt !== undefined);
  }

  // ---- RapportFormControl ------------------------------------------------------------------

  /** What is missing, in the order it is shown, as a list of [control id, label]. */
  #missing(): Array<[string, string]> {
    const shown = this.#shown;
    if (!shown) return [['', this.localize.term('agreementUnavailable')]];
    if (this.#phase === 'countersign') {
      return foldSpace(this.counterName) === ''
        ? [['counter-name', this.localize.term('agreementClinicianName')]]
        : [];
    }
    const missing: Array<[string, string]> = [];
    shown.clauses.forEach((clause, i) => {
      const q = clause.question;
      if (q?.required && this.answers[q.id] === undefined) missing.push([`q-${i}-0`, q.label]);
      if (clause.required && !this.agreedIds.includes(clause.id)) {
        missing.push([`agree-${i}`, clause.title]);
      }
    });
    if (foldSpace(this.typedName) === '') {
      missing.push(['name', this.localize.term('agreementFullName')]);
    }
    return missing;
  }

  protected missingAnswers(): string[] {
    return this.#missing().map(([, label]) => label);
  }

  protected firstMissingControl(): HTMLElement | null {
    const first = this.#missing()[0];
    if (!first || first[0] === '') return null;
    return this.renderRoot.querySelector<HTMLElement>(`#${first[0]}`);
  }

  protected formEntries(): Array<[string, string]> {
    const shown = this.#shown;
    if (!shown) return [];
    const entries: Array<[string, string]> = [];
    for (const clause of shown.clauses) {
      if (this.agreedIds.includes(clause.id)) entries.push([`clause.${clause.id}`, 'agreed']);
    }
    for (const clause of shown.clauses) {
      const q = clause.question;
      if (q && this.answers[q.id] !== undefined)
        entries.push([`answer.${q.id}`, this.answers[q.id]]);
    }
    for (const [signer, prefix] of [
      ['client', 'signature'],
      ['clinician', 'countersignature'],
    ] as const) {
      const s = this.#signatureOf(signer, this.#signingGiven[signer]);
      if (!s) continue;
      if (foldSpace(s.typedName) !== '') entries.push([`${prefix}.name`, foldSpace(s.typedName)]);
      if (s.drawn) entries.push([`${prefix}.drawn`, JSON.stringify(s.drawn)]);
      if (s.signedAt) entries.push([`${prefix}.signedAt`, s.signedAt]);
    }
    return entries;
  }

  protected clearAnswers(): void {
    if (this.#keepClientOnReset) this.#clearCountersignature();
    else this.#clearAll();
  }

  /**
   * The hash input: the agreement as shown, as canonical JSON — its id and version, title,
   * introduction, and each clause's id, version, title, text (placeholders filled, or the
   * host's slotted text) and required flag, with its question and choices.
   */
  protected async definitionRef(): Promise<DefinitionRef | null> {
    const shown = this.#shown;
    if (!shown) return null;
    await this.updateComplete;
    const clauseText = (clause: ShownClause): string => {
      if (clause.text) return plainText(clause.text);
      const slot = this.renderRoot.querySelector<HTMLSlotElement>(
        `slot[name="clause-${clause.id}"]`,
      );
      return slot ? slottedText(slot) : '';
    };
    const canonical = canonicalJson({
      id: shown.id,
      version: shown.version,
      title: shown.title,
      intro: shown.intro ? plainText(shown.intro) : '',
      clauses: shown.clauses.map((clause) => ({
        id: clause.id,
        version: clause.version,
        title: clause.title,
        text: clauseText(clause),
        required: clause.required,
        question: clause.question
          ? {
              id: clause.question.id,
              label: clause.question.label,
              required: clause.question.required,
              options: clause.question.options,
            }
          : undefined,
      })),
    });
    return { id: shown.id, version: shown.version, contentHash: await sha256Hex(canonical) };
  }

  protected draftData(): Record<string, unknown> {
    const { agreed, answers, signature, countersignature } = this.value;
    return {
      role: this.#phase === 'client' ? 'client' : 'clinician',
      agreed,
      answers,
      signature,
      countersignature,
    };
  }

  protected buildResult(envelope: EnvelopeParts): BoundaryAgreementResult {
    const shown = this.#shown as ShownAgreement;
    const { durationMs, ...rest } = envelope;
    const common = { kind: 'boundary-agreement' as const, ...rest };
    this.#sent = {
      signedAt: envelope.completedAt,
      responseId: envelope.responseId,
      contentHash: envelope.definition.contentHash,
    };
    /** A signature as sent: the name as read, the drawing if any, and when. */
    const signed = (signer: Signer): SignedSignature => {
      const s = this.#signatureOf(signer) as AgreementSignature;
      return {
        typedName: foldSpace(s.typedName),
        ...(s.drawn ? { drawn: s.drawn } : {}),
        signedAt: envelope.completedAt,
      };
    };
    if (this.#phase === 'countersign') {
      return {
        ...common,
        role: 'clinician',
        countersigns: this.signedResponseId as string,
        signature: signed('clinician'),
        durationMs,
      };
    }
    const answers: Record<string, string> = {};
    for (const clause of shown.clauses) {
      const q = clause.question;
      if (q && this.answers[q.id] !== undefined) answers[q.id] = this.answers[q.id];
    }
    return {
      ...common,
      role: 'client',
      clauses: shown.clauses.map((c) => ({
        id: c.id,
        version: c.version,
        agreed: this.agreedIds.includes(c.id),
      })),
      answers,
      signature: signed('client'),
      durationMs,
    };
  }

  // ---- Answering ---------------------------------------------------------------------------

  #toggle(clause: ShownClause, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    if (!this.isEditable) return;
    const without = this.agreedIds.filter((id) => id !== clause.id);
    this.agreedIds = checked ? [...without, clause.id] : without;
    this.answerChanged();
  }

  #choose(question: ShownQuestion, choice: string): void {
    if (!this.isEditable || this.answers[question.id] === choice) return;
    this.answers = { ...this.answers, [question.id]: choice };
    this.answerChanged();
  }

  #typed(signer: Signer, event: Event): void {
    if (!this.isEditable) return;
    const text = (event.target as HTMLInputElement).value;
    if (signer === 'client') this.typedName = text;
    else this.counterName = text;
    this.answerChanged();
  }

  #recorder(signer: Signer): StrokeRecorder {
    return signer === 'client' ? this.#clientPad : this.#counterPad;
  }

  #box(signer: Signer): { width: number; height: number } {
    return signer === 'client' ? this.clientBox : { width: PAD_WIDTH, height: PAD_HEIGHT };
  }

  #syncPaths(signer: Signer): void {
    const strokes = [...this.#recorder(signer).strokes];
    if (signer === 'client') this.clientPaths = strokes;
    else this.counterPaths = strokes;
  }

  #point(signer: Signer, event: PointerEvent): [number, number] {
    const { width, height } = this.#box(signer);
    return padPoint(event.currentTarget as Element, event.clientX, event.clientY, width, height);
  }

  #padDown(signer: Signer, event: PointerEvent): void {
    if (!this.isEditable) return;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (!this.#recorder(signer).begin(event.pointerId, this.#point(signer, event))) return;
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not know (a synthetic one) cannot be captured; drawing goes on.
    }
    event.preventDefault();
    this.#syncPaths(signer);
  }

  #padMove(signer: Signer, event: PointerEvent): void {
    if (this.#recorder(signer).extend(event.pointerId, this.#point(signer, event))) {
      this.#syncPaths(signer);
    }
  }

  #padEnd(signer: Signer, event: PointerEvent): void {
    if (this.#recorder(signer).end(event.pointerId)) {
      this.#syncPaths(signer);
      this.answerChanged();
    }
  }

  #clearDrawing(signer: Signer): void {
    if (!this.isEditable || this.#recorder(signer).strokes.length === 0) return;
    this.#recorder(signer).clear();
    this.#syncPaths(signer);
    this.answerChanged();
  }

  // ---- Rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const lang = this.localize.lang();
    const dir = this.localize.dir();
    const shown = this.#shown;
    if (!shown) {
      return html`<div part="base" class="base" lang=${lang} dir=${dir}>
        <p part="error" class="unavailable" role="alert">
          ${this.localize.term('agreementUnavailable')}
        </p>
      </div>`;
    }
    const level = this.titleLevel;
    const sub = Math.min(6, level + 1);
    const view = this.#recordOnly ? 'record' : this.#phase;
    return html`<div
      part="base"
      class="base"
      role=${shown.title ? 'group' : nothing}
      aria-labelledby=${shown.title ? 'title' : nothing}
      lang=${lang}
      dir=${dir}
    >
      <div part="header" class="header">
        ${
          shown.title
            ? html`<div part="title" class="title" id="title" role="heading" aria-level=${level}>
                ${shown.title}
              </div>`
            : nothing
        }
        ${shown.intro ? html`<div part="intro" class="intro">${this.#renderText(shown.intro)}</div>` : nothing}
      </div>
      ${
        this.textChanged
          ? html`<p part="changed" class="changed" role="alert">
              ${this.localize.term('agreementChanged')}
            </p>`
          : nothing
      }
      ${view === 'client' ? this.#renderProgress(shown) : nothing}
      <ol part="clauses" class="clauses">
        ${shown.clauses.map((clause, i) =>
          view === 'client'
            ? this.#renderClause(clause, i, sub)
            : this.#renderClauseRecord(clause, i, sub),
        )}
      </ol>
      ${
        view === 'client'
          ? this.#renderSigningFor('client', sub)
          : html`<div class="records">
              ${this.#renderRecord('client')}
              ${view === 'record' ? this.#renderRecord('clinician') : nothing}
            </div>`
      }
      ${view === 'countersign' ? this.#renderSigningFor('clinician', sub) : nothing}
      ${
        view !== 'record'
          ? html`${this.renderStatus()}
              <div class="actions">${this.renderSend()}</div>`
          : nothing
      }
    </div>`;
  }

  #renderProgress(shown: ShownAgreement): TemplateResult {
    const agreed = shown.clauses.filter((c) => this.agreedIds.includes(c.id)).length;
    return html`<p part="progress" class="progress" aria-live="polite" aria-atomic="true">
      ${this.localize.term('agreementAgreedOf', agreed, shown.clauses.length)}
    </p>`;
  }

  #renderText(text: FilledText): TemplateResult[] {
    return text.map(
      (lines) =>
        html`<p>
          ${lines.map(
            (pieces, i) =>
              html`${i > 0 ? html`<br />` : nothing}${pieces.map((p) => this.#renderPiece(p))}`,
          )}
        </p>`,
    );
  }

  #renderPiece(piece: TextPiece): TemplateResult | string {
    if (piece.kind === 'text') return piece.text;
    // Each value is isolated from the text around it (`dir`), so a Latin value in an Arabic
    // sentence keeps its order, and a phone number is always read left to right.
    if (piece.kind === 'unfilled') {
      return html`<span part="unfilled" class="unfilled" dir="auto">${piece.text}</span>`;
    }
    if (PHONE_PLACEHOLDERS.has(piece.name) && PHONE_NUMBER.test(piece.text)) {
      return html`<a
        part="value"
        class="value"
        dir="ltr"
        href=${`tel:${piece.text.replace(/[^+0-9]/g, '')}`}
        >${piece.text}</a
      >`;
    }
    return html`<span part="value" class="value" dir="auto">${piece.text}</span>`;
  }

  #renderClauseText(clause: ShownClause, i: number): TemplateResult {
    return html`<div part="clause-text" class="clause-text" id=${`clause-${i}-text`}>
      ${clause.text ? this.#renderText(clause.text) : html`<slot name=${`clause-${clause.id}`}></slot>`}
    </div>`;
  }

  #renderClauseTitle(clause: ShownClause, i: number, level: number): TemplateResult {
    return html`<div
      part="clause-title"
      class="clause-title"
      id=${`clause-${i}-title`}
      role="heading"
      aria-level=${level}
    >
      <span class="number" aria-hidden="true">${this.localize.number(i + 1)}.</span>
      <span class="clause-name"
        >${clause.title}${
          clause.required
            ? nothing
            : html` <span class="optional">(${this.localize.term('optional')})</span>`
        }</span
      >
    </div>`;
  }

  #renderClause(clause: ShownClause, i: number, level: number): TemplateResult {
    const agreed = this.agreedIds.includes(clause.id);
    const missing = this.showMissing && clause.required && !agreed;
    const editable = this.isEditable;
    return html`<li
      part="clause"
      class=${`clause${agreed ? ' agreed' : ''}${missing ? ' missing' : ''}`}
    >
      ${this.#renderClauseTitle(clause, i, level)} ${this.#renderClauseText(clause, i)}
      ${clause.question ? this.#renderQuestion(clause.question, i) : nothing}
      <div part="agree" class="agree">
        <input
          type="checkbox"
          id=${`agree-${i}`}
          .checked=${agreed}
          ?disabled=${!editable}
          ?required=${clause.required}
          aria-invalid=${missing ? 'true' : 'false'}
          aria-describedby=${missing ? `agree-${i}-error` : nothing}
          @change=${(e: Event) => this.#toggle(clause, e)}
        />
        <label for=${`agree-${i}`}
          >${this.localize.term('agreementAgree')}<span class="visually-hidden">
            (${clause.title})</span
          ></label
        >
      </div>
      ${
        missing
          ? html`<p class="item-error" id=${`agree-${i}-error`}>
              ${this.localize.term('agreementTickToAgree')}
            </p>`
          : nothing
      }
      <p class=${agreed ? 'print-only clause-status agreed' : 'print-only clause-status'}>
        <span class="mark" aria-hidden="true">${agreed ? '✓' : '–'}</span>
        ${this.localize.term(agreed ? 'agreementAgreed' : 'agreementNotAgreed')}
      </p>
    </li>`;
  }

  #renderQuestion(question: ShownQuestion, i: number): TemplateResult {
    const chosen = this.answers[question.id];
    const missing = this.showMissing && question.required && chosen === undefined;
    const chosenLabel = question.options.find((o) => o.value === chosen)?.label;
    return html`<fieldset
      part="question"
      class=${missing ? 'question missing' : 'question'}
      aria-describedby=${missing ? `q-${i}-error` : nothing}
    >
      <legend>
        ${question.label}${
          question.required
            ? nothing
            : html` <span class="optional">(${this.localize.term('optional')})</span>`
        }
      </legend>
      <div class="options">
        ${question.options.map((option, k) => {
          const id = `q-${i}-${k}`;
          return html`<span class="choice">
            <input
              type="radio"
              id=${id}
              name=${`q-${i}`}
              .value=${option.value}
              .checked=${chosen === option.value}
              ?required=${question.required}
              ?disabled=${!this.isEditable}
              aria-invalid=${missing ? 'true' : 'false'}
              @change=${() => this.#choose(question, option.value)}
            />
            <label part="option" for=${id}>${option.label}</label>
          </span>`;
        })}
      </div>
      ${
        missing
          ? html`<p class="item-error" id=${`q-${i}-error`}>
              ${this.localize.term('agreementChooseOne')}
            </p>`
          : nothing
      }
      <p class="print-only answer">
        <span class="answer-label">${question.label}</span>
        <strong>${chosenLabel ?? this.localize.term('notAnswered')}</strong>
      </p>
    </fieldset>`;
  }

  #renderClauseRecord(clause: ShownClause, i: number, level: number): TemplateResult {
    const agreed = this.agreedIds.includes(clause.id);
    const q = clause.question;
    const chosen = q ? q.options.find((o) => o.value === this.answers[q.id])?.label : undefined;
    return html`<li part="clause" class=${`clause record${agreed ? ' agreed' : ''}`}>
      ${this.#renderClauseTitle(clause, i, level)} ${this.#renderClauseText(clause, i)}
      ${
        q
          ? html`<p class="answer">
              <span class="answer-label">${q.label}</span>
              <strong>${chosen ?? this.localize.term('notAnswered')}</strong>
            </p>`
          : nothing
      }
      <p part="clause-status" class=${agreed ? 'clause-status agreed' : 'clause-status'}>
        <span class="mark" aria-hidden="true">${agreed ? '✓' : '–'}</span>
        ${this.localize.term(agreed ? 'agreementAgreed' : 'agreementNotAgreed')}
      </p>
    </li>`;
  }

  #today(): { iso: string; text: string } {
    const now = new Date();
    const iso = [
      now.getFullYear(),
      String(now.getMonth() + 1).padStart(2, '0'),
      String(now.getDate()).padStart(2, '0'),
    ].join('-');
    return { iso, text: this.localize.date(now, { dateStyle: 'long' }) };
  }

  #renderDate(): TemplateResult {
    const today = this.#today();
    return html`<p part="date" class="date">
      <span class="date-label">${this.localize.term('agreementDate')}</span>
      <time datetime=${today.iso}>${today.text}</time>
    </p>`;
  }

  #renderNameField(signer: Signer): TemplateResult {
    const id = signer === 'client' ? 'name' : 'counter-name';
    const value = signer === 'client' ? this.typedName : this.counterName;
    const missing = this.showMissing && foldSpace(value) === '';
    const describedBy = [signer === 'client' ? 'name-hint' : '', missing ? `${id}-error` : '']
      .filter((x) => x !== '')
      .join(' ');
    return html`<div class="field">
      <label for=${id}
        >${this.localize.term(signer === 'client' ? 'agreementFullName' : 'agreementClinicianName')}</label
      >
      ${
        signer === 'client'
          ? html`<p class="hint" id="name-hint">${this.localize.term('agreementFullNameHint')}</p>`
          : nothing
      }
      <input
        part="name"
        id=${id}
        type="text"
        autocomplete=${signer === 'client' ? 'name' : 'off'}
        spellcheck="false"
        dir="auto"
        .value=${value}
        ?disabled=${!this.isEditable}
        aria-invalid=${missing ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => this.#typed(signer, e)}
      />
      ${
        missing
          ? html`<p class="item-error" id=${`${id}-error`}>
              ${this.localize.term(
                signer === 'client' ? 'agreementTypeName' : 'agreementTypeClinicianName',
              )}
            </p>`
          : nothing
      }
      <p class="print-only paper-line">
        <span class="date-label"
          >${this.localize.term(signer === 'client' ? 'agreementFullName' : 'agreementClinicianName')}</span
        >
        <span class="paper-value">${foldSpace(value)}</span>
      </p>
    </div>`;
  }

  #renderPad(signer: Signer): TemplateResult {
    const paths = signer === 'client' ? this.clientPaths : this.counterPaths;
    const box = this.#box(signer);
    const prefix = signer === 'client' ? 'pad' : 'counter-pad';
    return html`<div class="pad-field">
      <p class="pad-label" id=${`${prefix}-label`}>${this.localize.term('agreementDraw')}</p>
      <p class="hint" id=${`${prefix}-hint`}>${this.localize.term('agreementDrawHint')}</p>
      <svg
        part="pad"
        class=${this.isEditable ? 'pad' : 'pad locked'}
        id=${prefix}
        role="img"
        aria-label=${this.localize.term('agreementDrawingArea', paths.length > 0)}
        aria-describedby=${`${prefix}-hint`}
        viewBox=${`0 0 ${box.width} ${box.height}`}
        preserveAspectRatio="none"
        @pointerdown=${(e: PointerEvent) => this.#padDown(signer, e)}
        @pointermove=${(e: PointerEvent) => this.#padMove(signer, e)}
        @pointerup=${(e: PointerEvent) => this.#padEnd(signer, e)}
        @pointercancel=${(e: PointerEvent) => this.#padEnd(signer, e)}
        @lostpointercapture=${(e: PointerEvent) => this.#padEnd(signer, e)}
      >
        <line
          class="baseline"
          x1=${box.width * 0.05}
          x2=${box.width * 0.95}
          y1=${box.height * 0.78}
          y2=${box.height * 0.78}
        ></line>
        ${paths.map((d) => svg`<path class="stroke" d=${d}></path>`)}
      </svg>
      <button
        type="button"
        class="secondary"
        part="clear"
        ?disabled=${!this.isEditable}
        @click=${() => this.#clearDrawing(signer)}
      >
        ${this.localize.term('agreementClearDrawing')}
      </button>
    </div>`;
  }

  #renderPaperSignature(): TemplateResult {
    return html`<div class="print-only paper">
      <p class="paper-line">
        <span class="date-label">${this.localize.term('agreementPaperSignature')}</span>
        <span class="paper-value"></span>
      </p>
    </div>`;
  }

  /** Where the client signs, or the clinician countersigns (its heading takes focus then). */
  #renderSigningFor(signer: Signer, level: number): TemplateResult {
    const client = signer === 'client';
    const titleId = client ? 'sign-title' : 'counter-title';
    return html`<div
      part=${client ? 'signature' : 'countersignature'}
      class="signing"
      role="group"
      aria-labelledby=${titleId}
    >
      <div
        class="section-title"
        id=${titleId}
        role="heading"
        aria-level=${level}
        tabindex=${client ? nothing : '-1'}
      >
        ${this.localize.term(client ? 'agreementSignatureHeading' : 'agreementCountersignHeading')}
      </div>
      ${this.#renderNameField(signer)}
      ${this.signature === 'both' ? this.#renderPad(signer) : nothing}
      ${this.#renderPaperSignature()} ${this.#renderDate()}
    </div>`;
  }

  #renderRecord(signer: Signer): TemplateResult | typeof nothing {
    const signature = this.#signatureOf(signer);
    if (!signature?.signedAt) {
      return signer === 'client'
        ? html`<p part="signature-record" class="signature-record unsigned">
            ${this.localize.term('agreementNotSigned')}
          </p>`
        : nothing;
    }
    const name = foldSpace(signature.typedName);
    const date = this.localize.date(signature.signedAt, { dateStyle: 'long' });
    const drawn = signature.drawn;
    return html`<div part="signature-record" class="signature-record">
      <p class="signed-by">
        ${this.localize.term(
          signer === 'client' ? 'agreementSignedBy' : 'agreementCountersignedBy',
          name,
          date,
        )}
      </p>
      ${
        drawn
          ? html`<svg
              part="drawn"
              class="drawn"
              role="img"
              aria-label=${this.localize.term('agreementDrawnBy', name)}
              viewBox=${`0 0 ${drawn.width} ${drawn.height}`}
            >
              ${drawn.paths.map((d) => svg`<path class="stroke" d=${d}></path>`)}
            </svg>`
          : nothing
      }
    </div>`;
  }

  #missingMessage(): string {
    const shown = this.#shown;
    if (!shown) return '';
    if (this.#phase === 'countersign') {
      return foldSpace(this.counterName) === ''
        ? this.localize.term('agreementTypeClinicianName')
        : '';
    }
    const unagreed = shown.clauses
      .filter((c) => c.required && !this.agreedIds.includes(c.id))
      .map((c) => c.title);
    const unanswered = shown.clauses
      .filter((c) => c.question?.required && this.answers[c.question.id] === undefined)
      .map((c) => c.title);
    const parts: string[] = [];
    if (unagreed.length > 0)
      parts.push(this.localize.term('agreementAgreeBeforeSigning', unagreed));
    if (unanswered.length > 0) {
      parts.push(this.localize.term('agreementAnswerBeforeSigning', unanswered));
    }
    if (foldSpace(this.typedName) === '') parts.push(this.localize.term('agreementTypeName'));
    return parts.join(' ');
  }

  /** What is missing, by clause title, as one message (see #missingMessage()). */
  protected override missingMessage(): string {
    return this.#missingMessage();
  }

  /** Once the client has signed here, the status says that the clinician's step is next. */
  protected override renderIdleStatus(): TemplateResult | typeof nothing {
    return this.justSigned && this.#phase === 'countersign'
      ? html`<p class="status saved">${this.localize.term('agreementReadyToCountersign')}</p>`
      : nothing;
  }

  protected override sendLabel(): string {
    return this.localize.term(
      this.#phase === 'countersign' ? 'agreementCountersign' : 'agreementSign',
    );
  }
}
