import { isRecord } from '../core/text.js';
import { checkDrawn } from './signature-pad.js';
import type {
  AgreementSignature,
  BoundaryAgreementClientResult,
  BoundaryAgreementCountersignResult,
  BoundaryAgreementValue,
  ShownAgreement,
} from './types.js';

/** The longest typed name a signature takes, in characters: far beyond any real name. */
export const NAME_MAX = 120;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const HEX_HASH = /^[0-9a-f]{64}$/;

/** A copy of a signature, with only the fields a signature has. */
export function copySignature(s: AgreementSignature): AgreementSignature {
  return {
    typedName: s.typedName,
    ...(s.drawn && {
      drawn: { paths: [...s.drawn.paths], width: s.drawn.width, height: s.drawn.height },
    }),
    ...(s.signedAt && { signedAt: s.signedAt }),
  };
}

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

/** What a `value` from the host gives: what fits, and why the rest was dropped. */
export interface ReadValue {
  /** The value kept (empty when nothing could be taken). */
  value: BoundaryAgreementValue;
  /** The `rapport-error` message, when anything was dropped; it never repeats a person's answers. */
  message?: string;
}

const empty = (): BoundaryAgreementValue => ({
  agreed: [],
  answers: {},
  signature: null,
  countersignature: null,
});

function readSignature(raw: unknown, path: string, problems: string[]): AgreementSignature | null {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw) || typeof raw.typedName !== 'string') {
    problems.push(`${path} must be null or an object with a typedName`);
    return null;
  }
  const signature: AgreementSignature = { typedName: raw.typedName.slice(0, NAME_MAX) };
  if (raw.typedName.length > NAME_MAX) {
    problems.push(`${path}.typedName is longer than ${NAME_MAX} characters; it was shortened`);
  }
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

/** Answers kept: only choices a question shown offers. */
function readAnswers(given: Record<string, unknown>, shown: ShownAgreement, problems: string[]) {
  const kept: Array<[string, string]> = [];
  const dropped: string[] = [];
  for (const [id, choice] of Object.entries(given)) {
    const question = shown.clauses.find((c) => c.question?.id === id)?.question;
    if (question?.options.some((o) => o.value === choice)) kept.push([id, choice as string]);
    else dropped.push(id);
  }
  if (dropped.length > 0) {
    problems.push(
      `value.answers: ${dropped.map((id) => `"${id}"`).join(', ')} dropped (unknown question or a choice it does not offer)`,
    );
  }
  // fromEntries: a question may be called anything, `__proto__` included.
  return Object.fromEntries(kept);
}

/**
 * Reads a `value` given by the host (a value, or a client's result as it is) against the
 * agreement shown: keeps what fits, in the order shown, and names what it dropped.
 */
export function readValue(raw: unknown, shown: ShownAgreement): ReadValue {
  if (raw === null || raw === undefined) return { value: empty() };
  let next: unknown = raw;
  if (isRecord(raw) && raw.kind === 'boundary-agreement') {
    if (raw.role !== 'client' || !Array.isArray(raw.clauses) || !isRecord(raw.definition)) {
      return {
        value: empty(),
        message:
          'value: only a client result can be shown as it is; combine it with its countersignature using agreementValue(client, countersign).',
      };
    }
    if (raw.definition.id !== shown.id) {
      return {
        value: empty(),
        message: `value is a result for agreement "${String(raw.definition.id)}", but "${shown.id}" is shown; nothing was taken from it.`,
      };
    }
    next = agreementValue(raw as unknown as BoundaryAgreementClientResult);
  }
  if (!isRecord(next)) {
    return {
      value: empty(),
      message: 'value must be an object with agreed, answers, signature and countersignature.',
    };
  }

  const problems: string[] = [];
  const value = empty();
  const order = shown.clauses.map((c) => c.id);
  if (next.agreed !== undefined && !Array.isArray(next.agreed)) {
    problems.push('value.agreed must be a list of clause ids');
  } else {
    const agreed = (next.agreed ?? []) as unknown[];
    const unknown = agreed.filter((id) => typeof id !== 'string' || !order.includes(id));
    if (unknown.length > 0) {
      problems.push(
        `value.agreed: ${unknown.map((id) => `"${String(id)}"`).join(', ')} ${unknown.length === 1 ? 'is not a clause' : 'are not clauses'} shown`,
      );
    }
    value.agreed = order.filter((id) => agreed.includes(id));
  }

  if (next.answers !== undefined && !isRecord(next.answers)) {
    problems.push('value.answers must be an object of choices by question id');
  } else {
    value.answers = readAnswers(next.answers ?? {}, shown, problems);
  }

  value.signature = readSignature(next.signature, 'value.signature', problems);
  value.countersignature = readSignature(next.countersignature, 'value.countersignature', problems);
  if (next.responseId !== undefined) {
    if (typeof next.responseId === 'string' && next.responseId !== '') {
      value.responseId = next.responseId;
    } else problems.push('value.responseId must be a string');
  }
  if (next.contentHash !== undefined) {
    if (typeof next.contentHash === 'string' && HEX_HASH.test(next.contentHash)) {
      value.contentHash = next.contentHash;
    } else problems.push('value.contentHash must be 64 lowercase hex digits');
  }
  return problems.length > 0 ? { value, message: `${problems.join('; ')}.` } : { value };
}
