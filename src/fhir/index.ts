/**
 * FHIR R4 in and out: pure functions with no dependency at run time and no element code. Entry
 * point `rapport-elements/fhir.js`. The mapping is documented in `docs/fhir.md`.
 */
export type * from './types.js';
export { toQuestionnaire } from './to-questionnaire.js';
export { fromQuestionnaire } from './from-questionnaire.js';
export type {
  FromQuestionnaireResult,
  QuestionnaireProblem,
  QuestionnaireProblemCode,
} from './from-questionnaire.js';
export { toQuestionnaireResponse } from './response.js';
export type { QuestionnaireResponseResult } from './response.js';
export { fromQuestionnaireResponse } from './alliance-response.js';
export type { InstrumentSource } from './alliance-response.js';
export { toConsent } from './consent.js';
export { toGoals } from './goal.js';
export type { Goal } from './goal.js';
export { EXT as FHIR_EXTENSIONS, SYSTEM as FHIR_SYSTEMS, FHIR_BASE } from './urls.js';
