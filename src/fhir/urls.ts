import type { Extension } from './types.js';
import { isRecord } from '../core/text.js';

/**
 * Where Rapport's own FHIR definitions live. Every URL below is documented in `docs/fhir.md`;
 * they name things, and are not fetched.
 */
export const FHIR_BASE = 'https://rapport-elements.dev/fhir';

const OWN = `${FHIR_BASE}/StructureDefinition`;
const HL7 = 'http://hl7.org/fhir/StructureDefinition';

/** Extension URLs: HL7's where one exists, Rapport's own where none does. */
export const EXT = {
  translation: `${HL7}/translation`,
  ordinalValue: `${HL7}/ordinalValue`,
  itemWeight: `${HL7}/itemWeight`,
  minValue: `${HL7}/minValue`,
  maxValue: `${HL7}/maxValue`,
  maxDecimalPlaces: `${HL7}/maxDecimalPlaces`,
  itemControl: `${HL7}/questionnaire-itemControl`,
  sliderStepValue: `${HL7}/questionnaire-sliderStepValue`,
  variable: `${HL7}/variable`,
  calculatedExpression:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
  signature: `${HL7}/questionnaireresponse-signature`,
  /** Item: the subscale it counts towards (valueString). */
  subscale: `${OWN}/subscale`,
  /** Item: scored as `min + max − value` (valueBoolean). */
  reverse: `${OWN}/reverse`,
  /** Choice item: `likert` or `faces` (valueCode). */
  scaleType: `${OWN}/scale-type`,
  /** Item: its scale is its own, not the instrument's default (valueBoolean). */
  ownScale: `${OWN}/own-scale`,
  /** Decimal item: the step of the line (valueDecimal). */
  step: `${OWN}/step`,
  /** Questionnaire: how scores are combined, and the cutoff rule (complex). */
  scoring: `${OWN}/scoring`,
  /** Questionnaire: who holds the rights (complex: holder, url); the terms are `copyright`. */
  licence: `${OWN}/licence`,
  /** Calculated item: which score it is (valueString: `total` or a subscale). */
  score: `${OWN}/score`,
  /** Response: the definition answered (complex: id, version, contentHash = SHA-256 hex). */
  definition: `${OWN}/definition`,
  /** Response: the subject ids as given to the widget (complex). */
  subject: `${OWN}/subject`,
  /** Response: when the person first answered (valueDateTime). */
  startedAt: `${OWN}/started-at`,
  /** Response: milliseconds from the first answer to sending (valueDecimal). */
  durationMs: `${OWN}/duration-ms`,
  /** Response: the cutoff rule's outcome (complex: score, below, value, flagged). */
  cutoff: `${OWN}/cutoff`,
  /** Agreement clause item: the clause's version (valueString). */
  clauseVersion: `${OWN}/clause-version`,
  /** Countersignature: the client's response it countersigns (valueIdentifier). */
  countersigns: `${OWN}/countersigns`,
  /** Feedback rating item: `faces`, `stars` or `scale` (valueCode). */
  ratingStyle: `${OWN}/rating-style`,
  /** Consent: a required acknowledgement that was given (valueCode, repeated). */
  acknowledged: `${OWN}/acknowledged`,
  /** Goal: whose idea it was: `person`, `clinician` or `together` (valueCode). */
  proposedBy: `${OWN}/proposed-by`,
  /** Goal: one rating of progress, repeated oldest first (complex: at, rating 0–10). */
  goalRating: `${OWN}/goal-rating`,
} as const;

/** Code systems. */
export const SYSTEM = {
  /** An option's numeric value on its instrument's scale, as text (`"3"`, `"2.5"`). */
  optionValue: `${FHIR_BASE}/CodeSystem/option-value`,
  /** A feedback prompt's quick-check answers: yes, partly, no. */
  checkAnswer: `${FHIR_BASE}/CodeSystem/check-answer`,
  /** A consent notice's choices, by the id the notice gave them. */
  consentChoice: `${FHIR_BASE}/CodeSystem/consent-choice`,
  itemControl: 'http://hl7.org/fhir/questionnaire-item-control',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  loinc: 'http://loinc.org',
  signatureType: 'urn:iso-astm:E1762-95:2013',
  uri: 'urn:ietf:rfc:3986',
} as const;

/** The canonical URL of an instrument: its id when that is already a URL, else one under ours. */
export function questionnaireUrl(id: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `${FHIR_BASE}/Questionnaire/${id}`;
}

/** The instrument id a canonical URL stands for: the reverse of {@link questionnaireUrl}. */
export function instrumentId(url: string): string {
  const ours = `${FHIR_BASE}/Questionnaire/`;
  return url.startsWith(ours) && url.length > ours.length ? url.slice(ours.length) : url;
}

/** A response id as an identifier (ids are UUIDs). */
export function uuidIdentifier(id: string): { system: string; value: string } {
  return { system: SYSTEM.uri, value: `urn:uuid:${id}` };
}

/** The response id an identifier carries (the reverse of {@link uuidIdentifier}). */
export function identifierId(value: string | undefined): string | undefined {
  return value?.startsWith('urn:uuid:') ? value.slice('urn:uuid:'.length) : value;
}

/** The first extension with this URL (none in anything that is not a list of extensions). */
export function findExt(
  extensions: readonly Extension[] | undefined,
  url: string,
): Extension | undefined {
  return findExts(extensions, url)[0];
}

/** Every extension with this URL, in order; a resource from outside may hold anything here. */
export function findExts(extensions: readonly Extension[] | undefined, url: string): Extension[] {
  if (!Array.isArray(extensions)) return [];
  return extensions.filter((e: unknown) => isRecord(e) && e.url === url) as Extension[];
}

/** The list, or undefined when it is empty: FHIR forbids empty arrays. */
export function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}
