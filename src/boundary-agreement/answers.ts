import type { EnvelopeParts } from '../core/response.js';
import type { LocalizeController } from '../core/localize.js';
import { foldSpace, ownValue } from '../core/text.js';
import {
  answered,
  formEntries,
  missingIn,
  newSigner,
  signatureOf,
  unfinished,
  type ClientAnswers,
  type SignerState,
} from './response.js';
import type { Signer } from './signature-field.js';
import type {
  AgreementSignature,
  BoundaryAgreementResult,
  BoundaryAgreementValue,
  ShownAgreement,
  SignedSignature,
} from './types.js';

/** The client signs first; with `countersign`, the clinician's step follows the client's signature. */
export type Phase = 'client' | 'countersign';

/**
 * Everything the person has done with the agreement: the clauses agreed, the answers, both
 * signers' fields, and what is known of the client's signed response. No DOM: the widget asks it
 * what its value, its result and what is missing are, and tells it what changed.
 */
export class AgreementAnswers implements ClientAnswers {
  agreed: readonly string[] = [];
  answers: Readonly<Record<string, string>> = {};
  readonly signers: Record<Signer, SignerState> = { client: newSigner(), clinician: newSigner() };
  /** The client's signed response, once signed here or given by the host. */
  signedResponseId: string | undefined;
  signedHash: string | undefined;
  /** Which signatures' dates and ids came from the host's `value` (not from signing here). */
  given = { client: false, clinician: false };
  /** Whether the text shown differs from the text that was signed. */
  textChanged = false;
  /** Whether the client has just signed here, and the clinician's step follows. */
  justSigned = false;

  /** Forgets the clinician's fields, or everything. */
  clear(who: 'clinician' | 'all'): void {
    this.signers.clinician = newSigner();
    this.given.clinician = false;
    if (who === 'all') {
      this.signers.client = newSigner();
      this.given.client = false;
      this.agreed = [];
      this.answers = {};
      this.signedResponseId = this.signedHash = undefined;
      this.textChanged = this.justSigned = false;
    }
  }

  /** Starts again from a value already checked against the agreement shown (see `readValue`). */
  apply(value: BoundaryAgreementValue): void {
    this.clear('all');
    this.agreed = value.agreed;
    this.answers = value.answers;
    for (const [who, given] of [
      ['client', value.signature],
      ['clinician', value.countersignature],
    ] as const) {
      if (!given) continue;
      const s = this.signers[who];
      s.name = given.typedName;
      s.pad.load(given.drawn?.paths ?? []);
      if (given.drawn) s.box = { width: given.drawn.width, height: given.drawn.height };
      s.signedAt = given.signedAt;
    }
    this.signedResponseId = value.responseId;
    this.signedHash = value.contentHash;
    this.given = {
      client:
        value.signature?.signedAt !== undefined ||
        value.responseId !== undefined ||
        value.contentHash !== undefined,
      clinician: value.countersignature?.signedAt !== undefined,
    };
  }

  /**
   * The value, its clauses in `order` when the agreement is shown. Sending adds nothing to it:
   * what signing records (when, which response, which text) is in the result, and is part of
   * the value only when the host gave it.
   */
  value(order: readonly string[] | undefined): BoundaryAgreementValue {
    const given = this.given.client;
    return {
      agreed: order ? order.filter((id) => this.agreed.includes(id)) : [...this.agreed],
      answers: { ...this.answers },
      ...this.#signatures(),
      ...(given && this.signedResponseId && { responseId: this.signedResponseId }),
      ...(given && this.signedHash && { contentHash: this.signedHash }),
    };
  }

  /** A signature as it stands; `dated` false leaves out when it was signed. */
  signature(who: Signer, dated = true): AgreementSignature | null {
    return signatureOf(this.signers[who], dated);
  }

  /** Both signatures, dated only when the host gave the date. */
  #signatures() {
    return {
      signature: this.signature('client', this.given.client),
      countersignature: this.signature('clinician', this.given.clinician),
    };
  }

  phase(countersign: boolean): Phase {
    return countersign &&
      this.signers.client.signedAt !== undefined &&
      this.signedResponseId !== undefined
      ? 'countersign'
      : 'client';
  }

  /** Given an agreement already countersigned: nothing is left to sign. */
  get countersigned(): boolean {
    return this.given.clinician && this.signers.clinician.signedAt !== undefined;
  }

  /** Ticks or unticks a clause. */
  toggle(id: string, checked: boolean): void {
    const without = this.agreed.filter((a) => a !== id);
    this.agreed = checked ? [...without, id] : without;
  }

  /** Chooses an answer; false when it was already chosen. */
  choose(question: string, choice: string): boolean {
    if (ownValue(this.answers, question) === choice) return false;
    this.answers = { ...this.answers, [question]: choice };
    return true;
  }

  /** Keeps what signing recorded, once the result is saved. */
  saved(phase: Phase, sent: { signedAt: string; responseId: string; contentHash: string }): void {
    if (phase === 'countersign') {
      this.signers.clinician.signedAt = sent.signedAt;
      return;
    }
    this.signers.client.signedAt = sent.signedAt;
    this.signedResponseId = sent.responseId;
    this.signedHash = sent.contentHash;
    this.textChanged = false;
  }

  /** What is missing in `phase`, in the order it is shown: [control id, label]. */
  missing(
    shown: ShownAgreement,
    phase: Phase,
    localize: Pick<LocalizeController, 'term'>,
  ): Array<[string, string]> {
    const countersign = phase === 'countersign';
    const missing = countersign ? [] : missingIn(shown, this);
    if (this.#unnamed(phase)) {
      missing.push(
        countersign
          ? ['#counter-name', localize.term('agreementClinicianName')]
          : ['#name', localize.term('agreementFullName')],
      );
    }
    return missing;
  }

  /** What is missing in `phase`, by clause title, as one message. */
  missingMessage(
    shown: ShownAgreement,
    phase: Phase,
    localize: Pick<LocalizeController, 'term'>,
  ): string {
    const unnamed = this.#unnamed(phase);
    if (phase === 'countersign') return unnamed ? localize.term('agreementTypeClinicianName') : '';
    const { unagreed, unanswered } = unfinished(shown, this);
    const parts: string[] = [];
    if (unagreed.length > 0) parts.push(localize.term('agreementAgreeBeforeSigning', unagreed));
    if (unanswered.length > 0) {
      parts.push(localize.term('agreementAnswerBeforeSigning', unanswered));
    }
    if (unnamed) parts.push(localize.term('agreementTypeName'));
    return parts.join(' ');
  }

  #unnamed(phase: Phase): boolean {
    return foldSpace(this.signers[phase === 'countersign' ? 'clinician' : 'client'].name) === '';
  }

  /** The answers as form fields (without the `name.` prefix). */
  formEntries(shown: ShownAgreement): Array<[string, string]> {
    return formEntries(shown, this, this.#signatures());
  }

  /** The draft `rapport-input` carries. */
  draft(phase: Phase, order: readonly string[] | undefined): Record<string, unknown> {
    const { agreed, answers, signature, countersignature } = this.value(order);
    const role = phase === 'client' ? 'client' : 'clinician';
    return { role, agreed, answers, signature, countersignature };
  }

  /** The result of signing (or countersigning) the agreement shown. */
  result(shown: ShownAgreement, phase: Phase, envelope: EnvelopeParts): BoundaryAgreementResult {
    const { durationMs, ...rest } = envelope;
    const common = { kind: 'boundary-agreement' as const, ...rest, durationMs };
    /** A signature as sent: the name as read, the drawing if any, and when. */
    const signed = (who: Signer): SignedSignature => {
      const s = this.signature(who) as AgreementSignature;
      return {
        typedName: foldSpace(s.typedName),
        ...(s.drawn && { drawn: s.drawn }),
        signedAt: envelope.completedAt,
      };
    };
    if (phase === 'countersign') {
      return {
        ...common,
        role: 'clinician',
        countersigns: this.signedResponseId as string,
        signature: signed('clinician'),
      };
    }
    return {
      ...common,
      role: 'client',
      clauses: shown.clauses.map((c) => ({
        id: c.id,
        version: c.version,
        agreed: this.agreed.includes(c.id),
      })),
      answers: Object.fromEntries(answered(shown, this)),
      signature: signed('client'),
    };
  }
}
