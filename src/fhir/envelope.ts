import type { RapportResultBase, RapportSubject } from '../core/result.js';
import type { Extension, QuestionnaireResponse, Reference } from './types.js';
import { EXT, findExt, identifierId, questionnaireUrl, uuidIdentifier } from './urls.js';

/** A FHIR resource id: what `Patient/<id>` may hold. */
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

/** A reference to a resource by its id, or by identifier when the id is not a FHIR id. */
export function referenceTo(type: string, id: string): Reference {
  return FHIR_ID.test(id) ? { reference: `${type}/${id}` } : { identifier: { value: id } };
}

const SUBJECT_KEYS = ['clientId', 'sessionId', 'clinicianId', 'encounterId'] as const;

/** The extensions every resource made from a result carries: definition, subject ids, timing. */
export function resultExtensions(result: RapportResultBase, durationMs?: number): Extension[] {
  const { id, version, contentHash } = result.definition;
  const ids = SUBJECT_KEYS.flatMap((key) => {
    const value = result.subject[key];
    return value !== undefined ? [{ url: key, valueString: value }] : [];
  });
  return [
    {
      url: EXT.definition,
      extension: [
        { url: 'id', valueString: id },
        { url: 'version', valueString: version },
        { url: 'contentHash', valueString: contentHash },
      ],
    },
    ...(ids.length > 0 ? [{ url: EXT.subject, extension: ids }] : []),
    { url: EXT.startedAt, valueDateTime: result.startedAt },
    ...(durationMs !== undefined ? [{ url: EXT.durationMs, valueDecimal: durationMs }] : []),
  ];
}

/** The fields of a QuestionnaireResponse that come from the result envelope. */
export function responseEnvelope(
  result: RapportResultBase,
  questionnaire: string,
  durationMs?: number,
): QuestionnaireResponse {
  const { clientId, encounterId } = result.subject;
  return {
    resourceType: 'QuestionnaireResponse',
    language: result.locale,
    extension: resultExtensions(result, durationMs),
    identifier: uuidIdentifier(result.responseId),
    questionnaire,
    status: 'completed',
    ...(clientId !== undefined ? { subject: referenceTo('Patient', clientId) } : {}),
    ...(encounterId !== undefined ? { encounter: referenceTo('Encounter', encounterId) } : {}),
    authored: result.completedAt,
  };
}

/** The canonical a response answers: the definition's URL and version. */
export function canonicalOf(result: RapportResultBase): string {
  return `${questionnaireUrl(result.definition.id)}|${result.definition.version}`;
}

/** The envelope fields of a result, read back from a response (the reverse of the above). */
export function readEnvelope(qr: QuestionnaireResponse): {
  responseId: string | undefined;
  definition: { id?: string; version?: string; contentHash?: string };
  subject: RapportSubject;
  startedAt: string | undefined;
  durationMs: number | undefined;
} {
  const part = (ext: Extension | undefined, url: string) =>
    findExt(ext?.extension, url)?.valueString;
  const definition = findExt(qr.extension, EXT.definition);
  const subjectExt = findExt(qr.extension, EXT.subject);
  const subject: RapportSubject = {};
  for (const key of SUBJECT_KEYS) {
    const value = part(subjectExt, key);
    if (value !== undefined) subject[key] = value;
  }
  if (!subjectExt) {
    const fromRef = (ref: Reference | undefined, type: string) =>
      ref?.reference?.startsWith(`${type}/`)
        ? ref.reference.slice(type.length + 1)
        : ref?.identifier?.value;
    const clientId = fromRef(qr.subject, 'Patient');
    const encounterId = fromRef(qr.encounter, 'Encounter');
    if (clientId !== undefined) subject.clientId = clientId;
    if (encounterId !== undefined) subject.encounterId = encounterId;
  }
  const id = part(definition, 'id');
  const version = part(definition, 'version');
  const contentHash = part(definition, 'contentHash');
  return {
    responseId: identifierId(qr.identifier?.value) ?? qr.id,
    definition: {
      ...(id !== undefined ? { id } : {}),
      ...(version !== undefined ? { version } : {}),
      ...(contentHash !== undefined ? { contentHash } : {}),
    },
    subject,
    startedAt: findExt(qr.extension, EXT.startedAt)?.valueDateTime,
    durationMs: findExt(qr.extension, EXT.durationMs)?.valueDecimal,
  };
}
