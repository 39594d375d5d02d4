import type {
  BoundaryAgreementResult,
  CheckAnswer,
  FeedbackPromptResult,
  SignedSignature,
} from '../index.js';
import type { InstrumentDefinition } from '../instruments/types.js';
import { allianceResponse } from './alliance-response.js';
import { canonicalOf, referenceTo, responseEnvelope } from './envelope.js';
import type {
  Coding,
  Extension,
  QuestionnaireResponseItem,
  QuestionnaireResponse,
  Reference,
} from './types.js';
import { EXT, SYSTEM, uuidIdentifier } from './urls.js';

const CHECK_LINK_IDS = {
  heard: 'heard',
  respected: 'respected',
  whatIWanted: 'what-i-wanted',
} as const;
const CHECK_DISPLAY: Record<CheckAnswer, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

function group(linkId: string, item: QuestionnaireResponseItem[]): QuestionnaireResponseItem[] {
  return item.length > 0 ? [{ linkId, item }] : [];
}

/**
 * A feedback prompt's result. The rating carries its style; the quick checks are coded yes,
 * partly or no; a clinic's own questions are answered as their instrument's Questionnaire asks
 * them when `questions` is given, else as decimals.
 */
export function feedbackResponse(
  result: FeedbackPromptResult,
  questions?: InstrumentDefinition,
): QuestionnaireResponse {
  const rating = result.rating.value;
  const checks = (Object.keys(CHECK_LINK_IDS) as Array<keyof typeof CHECK_LINK_IDS>).flatMap(
    (key) => {
      const answer = result.checks[key];
      if (answer === null) return [];
      const valueCoding: Coding = {
        system: SYSTEM.checkAnswer,
        code: answer,
        display: CHECK_DISPLAY[answer],
      };
      return [{ linkId: CHECK_LINK_IDS[key], answer: [{ valueCoding }] }];
    },
  );
  const own =
    questions !== undefined
      ? (allianceResponse(
          {
            ...result,
            kind: 'alliance-scale',
            answers: result.answers,
            scores: { total: null, subscales: {} },
          },
          questions,
        ).item ?? [])
      : Object.entries(result.answers).map(([linkId, value]) => ({
          linkId,
          answer: [{ valueDecimal: value }],
        }));
  const contact: QuestionnaireResponseItem[] = result.include.includes('contact')
    ? [
        { linkId: 'allowed', answer: [{ valueBoolean: result.contact.allowed }] },
        ...(result.contact.details
          ? [{ linkId: 'details', answer: [{ valueString: result.contact.details }] }]
          : []),
      ]
    : [];
  const item: QuestionnaireResponseItem[] = [
    ...(rating !== null
      ? [
          {
            extension: [{ url: EXT.ratingStyle, valueCode: result.rating.style }],
            linkId: 'rating',
            answer: [
              Number.isInteger(rating) ? { valueInteger: rating } : { valueDecimal: rating },
            ],
          },
        ]
      : []),
    ...group('checks', checks),
    ...group('questions', own),
    ...(result.comment !== ''
      ? [{ linkId: 'comment', answer: [{ valueString: result.comment }] }]
      : []),
    ...group('contact', contact),
  ];
  const envelope = responseEnvelope(result, canonicalOf(result), result.durationMs);
  return {
    ...envelope,
    ...(result.subject.clientId !== undefined ? { source: envelope.subject } : {}),
    ...(item.length > 0 ? { item } : {}),
  };
}

/** `signatureType` codes (ASTM E1762): the person consenting, and a countersigning participant. */
const CONSENT_SIGNATURE = '1.2.840.10065.1.12.1.7';
const COPARTICIPANT_SIGNATURE = '1.2.840.10065.1.12.1.3';

/** Base64 of UTF-8 text, without the deprecated `unescape` trick. */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function signatureExtension(signature: SignedSignature, code: string, who: Reference): Extension {
  const drawn = signature.drawn;
  const svg = drawn
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawn.width} ${drawn.height}" fill="none" stroke="black" stroke-width="2">${drawn.paths.map((d) => `<path d="${d}"/>`).join('')}</svg>`
    : undefined;
  return {
    url: EXT.signature,
    valueSignature: {
      type: [{ system: SYSTEM.signatureType, code }],
      when: signature.signedAt,
      who: { ...who, display: signature.typedName },
      ...(svg !== undefined ? { sigFormat: 'image/svg+xml', data: base64(svg) } : {}),
    },
  };
}

function signatureItems(signature: SignedSignature): QuestionnaireResponseItem[] {
  return group('signature', [
    { linkId: 'typed-name', answer: [{ valueString: signature.typedName }] },
    { linkId: 'signed-at', answer: [{ valueDateTime: signature.signedAt }] },
  ]);
}

/**
 * A boundary agreement's result: the client's agreement (each clause with its version and
 * whether it was agreed, the answers to clause questions, the signature), or the clinician's
 * countersignature, which names the client's response it countersigns.
 */
export function agreementResponse(result: BoundaryAgreementResult): QuestionnaireResponse {
  const envelope = responseEnvelope(result, canonicalOf(result), result.durationMs);
  const { clientId, clinicianId } = result.subject;
  if (result.role === 'clinician') {
    const clinician = clinicianId !== undefined ? referenceTo('Practitioner', clinicianId) : {};
    envelope.extension?.push(
      { url: EXT.countersigns, valueIdentifier: uuidIdentifier(result.countersigns) },
      signatureExtension(result.signature, COPARTICIPANT_SIGNATURE, clinician),
    );
    return {
      ...envelope,
      ...(clinicianId !== undefined ? { author: clinician } : {}),
      item: signatureItems(result.signature),
    };
  }
  const client = clientId !== undefined ? referenceTo('Patient', clientId) : {};
  envelope.extension?.push(signatureExtension(result.signature, CONSENT_SIGNATURE, client));
  const item: QuestionnaireResponseItem[] = [
    ...group(
      'clauses',
      result.clauses.map((clause) => ({
        extension: [{ url: EXT.clauseVersion, valueString: clause.version }],
        linkId: clause.id,
        answer: [{ valueBoolean: clause.agreed }],
      })),
    ),
    ...group(
      'answers',
      Object.entries(result.answers).map(([linkId, choice]) => ({
        linkId,
        answer: [{ valueString: choice }],
      })),
    ),
    ...signatureItems(result.signature),
  ];
  return {
    ...envelope,
    ...(clientId !== undefined ? { author: client, source: client } : {}),
    item,
  };
}
