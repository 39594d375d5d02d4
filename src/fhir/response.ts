import type {
  AllianceScaleResult,
  BoundaryAgreementResult,
  FeedbackPromptResult,
} from '../index.js';
import type { InstrumentDefinition } from '../instruments/types.js';
import { allianceResponse, type InstrumentSource } from './alliance-response.js';
import { agreementResponse, feedbackResponse } from './other-responses.js';
import type { QuestionnaireResponse } from './types.js';

/** The results that become a QuestionnaireResponse (a consent notice's becomes a Consent). */
export type QuestionnaireResponseResult =
  AllianceScaleResult | FeedbackPromptResult | BoundaryAgreementResult;

/**
 * A result as a FHIR R4 QuestionnaireResponse: `questionnaire` is the definition's canonical URL
 * and version, `status` completed, `authored` when it was sent, `subject` and `encounter` from
 * the ids; the definition's id, version and SHA-256 content hash, the subject ids and the start
 * time travel in extensions (see `docs/fhir.md`).
 *
 * An alliance scale's result needs its instrument (or the Questionnaire it came from): lines
 * are answered as `valueDecimal` and Likert and faces items with the same coding the
 * Questionnaire's options use, followed by the total and subscale scores.
 */
export function toQuestionnaireResponse(
  result: AllianceScaleResult,
  instrument: InstrumentSource,
): QuestionnaireResponse;
/** A feedback prompt's result; `questions` is the clinic's own instrument, when it used one. */
export function toQuestionnaireResponse(
  result: FeedbackPromptResult,
  questions?: InstrumentDefinition,
): QuestionnaireResponse;
/** A boundary agreement's result: the client's signed agreement or a countersignature. */
export function toQuestionnaireResponse(result: BoundaryAgreementResult): QuestionnaireResponse;
export function toQuestionnaireResponse(
  result: QuestionnaireResponseResult,
  source?: InstrumentSource,
): QuestionnaireResponse {
  switch (result.kind) {
    case 'alliance-scale':
      if (source === undefined) {
        throw new TypeError(
          'toQuestionnaireResponse: an alliance scale result needs its instrument.',
        );
      }
      return allianceResponse(result, source);
    case 'feedback-prompt':
      return feedbackResponse(result, source as InstrumentDefinition | undefined);
    case 'boundary-agreement':
      return agreementResponse(result);
  }
}
