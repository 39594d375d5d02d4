/**
 * The result envelope every widget's `rapport-submit` carries. A result is plain JSON (no DOM
 * nodes, no class instances), so a host can store or post it as it is.
 */

/** Who and what a response is about; ids come from attributes or from `<rapport-provider>`. */
export interface RapportSubject {
  clientId?: string;
  sessionId?: string;
  clinicianId?: string;
  encounterId?: string;
}

/** Which definition (instrument, notice, agreement) the person answered, and exactly which text. */
export interface DefinitionRef {
  id: string;
  version: string;
  /** SHA-256, lowercase hex, of the canonical text the person saw. */
  contentHash: string;
}

/** Fields every result shares, whatever its kind. */
export interface RapportResultBase<K extends string = string> {
  kind: K;
  /** A UUID, the same across retries of one response, so a host can drop duplicates. */
  responseId: string;
  definition: DefinitionRef;
  /** The BCP 47 tag of the language the person answered in. */
  locale: string;
  subject: RapportSubject;
  /** ISO 8601: when the person first answered. */
  startedAt: string;
  /** ISO 8601: when the person sent the response. */
  completedAt: string;
}

/**
 * Result kinds by `kind`. Each element adds its own with a `declare module` augmentation, so
 * `RapportResult` stays one discriminated union however many elements there are.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RapportResultKinds {}

/** Any widget's finished response, discriminated by `kind`. */
export type RapportResult = RapportResultKinds[keyof RapportResultKinds] extends never
  ? RapportResultBase
  : RapportResultKinds[keyof RapportResultKinds];

/** What `rapport-input` carries: the response so far. */
export interface RapportDraft {
  kind: string;
  responseId: string;
  /** True when everything required has been answered. */
  complete: boolean;
}

/** Milliseconds since the epoch as ISO 8601, in UTC. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
