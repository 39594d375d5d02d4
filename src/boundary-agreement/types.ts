import type { RapportErrorCode } from '../core/events.js';
import type { RapportResultBase } from '../core/result.js';
import type { FilledText } from './placeholders.js';
import type { DrawnSignature } from './signature-pad.js';

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

/** A clause question as shown, in the person's language. */
export interface ShownQuestion {
  id: string;
  label: string;
  required: boolean;
  options: Array<{ value: string; label: string }>;
}

/** A clause as shown: texts in the person's language, placeholders filled. */
export interface ShownClause {
  id: string;
  version: string;
  title: string;
  required: boolean;
  crisis: boolean;
  /** Null when the host's child element gives the text through the clause's slot. */
  text: FilledText | null;
  question?: ShownQuestion;
}

/** The agreement as shown. */
export interface ShownAgreement {
  id: string;
  version: string;
  title: string;
  intro: FilledText | null;
  clauses: ShownClause[];
}

/** Something the widget cannot use, for `rapport-error`. */
export interface Problem {
  code: RapportErrorCode;
  message: string;
}

/** A clause given as a light-DOM child: `<div slot="clause-x" data-title="…">`. */
export interface ChildClause {
  id: string;
  title: string;
  version: string;
  optional: boolean;
}
