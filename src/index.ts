/**
 * rapport-elements: importing this module defines every element.
 * Import `rapport-elements/<element>.js` instead to define only the ones a page uses.
 */
import './provider/define.js';
import './alliance-scale/define.js';
import './feedback-prompt/define.js';
import './boundary-agreement/define.js';
import './consent-notice/define.js';
import './goal-plan/define.js';
import './alliance-trend/define.js';

export { RapportProvider } from './provider/provider.js';
export { RapportAllianceScale } from './alliance-scale/alliance-scale.js';
export type { AllianceScaleResult } from './alliance-scale/alliance-scale.js';
export { RapportConsentNotice } from './consent-notice/consent-notice.js';
export type {
  ConsentNoticeMode,
  ConsentNoticeResult,
  ConsentStatus,
} from './consent-notice/consent-notice.js';
export type { ConsentChoice, ConsentNoticeValue } from './consent-notice/choices.js';
export type {
  NoticeBlock,
  NoticeContent,
  NoticeSection,
  NoticeSectionId,
} from './consent-notice/locales/index.js';
export { registerNoticeContent } from './consent-notice/locales/index.js';
export { RapportFeedbackPrompt } from './feedback-prompt/feedback-prompt.js';
export type {
  CheckAnswer,
  FeedbackChecks,
  FeedbackContact,
  FeedbackPart,
  FeedbackPromptResult,
  FeedbackPromptValue,
  RatingStyle,
} from './feedback-prompt/types.js';
export {
  RapportBoundaryAgreement,
  agreementValue,
} from './boundary-agreement/boundary-agreement.js';
export type {
  AgreementSignature,
  BoundaryAgreementClientResult,
  BoundaryAgreementCountersignResult,
  BoundaryAgreementResult,
  BoundaryAgreementValue,
  ClauseAcknowledgement,
  SignatureMode,
  SignedSignature,
} from './boundary-agreement/types.js';
export type {
  AgreementDefinition,
  ClauseDefinition,
  ClauseOption,
  ClauseQuestion,
} from './boundary-agreement/definition.js';
export { checkAgreement } from './boundary-agreement/definition.js';
export type { DrawnSignature } from './boundary-agreement/signature-pad.js';
export { DEFAULT_AGREEMENT_ID, DEFAULT_AGREEMENT_VERSION } from './boundary-agreement/builtin.js';
export type { FeedbackContent } from './feedback-prompt/locales/index.js';
export { RapportGoalPlan } from './goal-plan/goal-plan.js';
export type {
  GoalPlanGoal,
  GoalPlanMode,
  GoalPlanResult,
  GoalPlanValue,
  GoalProposer,
  GoalRating,
  GoalStatus,
} from './goal-plan/types.js';
export { RapportAllianceTrend } from './alliance-trend/alliance-trend.js';
export type { ScoreRange, TrendAlert, TrendSeries, TrendSession } from './alliance-trend/series.js';

export { RapportElement } from './core/rapport-element.js';
export { RapportFormControl } from './core/form-control.js';
export type { RapportState, EnvelopeParts } from './core/form-control.js';
export {
  RapportInputEvent,
  RapportSubmitEvent,
  RapportDismissEvent,
  RapportErrorEvent,
  RapportSelectEvent,
} from './core/events.js';
export type {
  RapportDismissDetail,
  RapportErrorCode,
  RapportErrorDetail,
  RapportSelectDetail,
} from './core/events.js';
export type {
  RapportResult,
  RapportResultBase,
  RapportResultKinds,
  RapportDraft,
  RapportSubject,
  DefinitionRef,
} from './core/result.js';
export type { RapportContextValue } from './core/context.js';
export { rapportContext } from './core/context.js';
export { registerTranslation, registeredLanguages } from './core/localize.js';
export type {
  RapportCoreTranslation,
  RapportTranslation,
  RapportTranslationOverrides,
  RapportTranslationTable,
} from './core/localize.js';
export { en } from './core/locales/index.js';
export { sha256Hex } from './core/hash.js';
export * from './instruments/index.js';
