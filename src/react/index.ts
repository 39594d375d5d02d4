/**
 * rapport-elements/react: React components for every Rapport element, made with `@lit/react`.
 * Importing this module defines the elements it wraps.
 *
 * ```tsx
 * import { RapportAllianceScale } from 'rapport-elements/react';
 *
 * <RapportAllianceScale instrument={myInstrument} onRapportSubmit={(e) => save(e.detail)} />
 * ```
 *
 * Properties (`instrument`, `value`, `questions`, …) are set as properties, not attributes, so
 * objects pass as they are; each `rapport-*` event has a typed `on…` prop. React 19 also renders
 * the plain tags (`<rapport-alliance-scale>`), which suits a page that only listens on `document`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type {
  RapportDismissEvent,
  RapportErrorEvent,
  RapportInputEvent,
  RapportSelectEvent,
  RapportSubmitEvent,
} from '../core/events.js';
import type { RapportResult } from '../core/result.js';
import { RapportAllianceScale as AllianceScaleElement } from '../alliance-scale/define.js';
import { RapportAllianceTrend as AllianceTrendElement } from '../alliance-trend/define.js';
import type { AllianceScaleResult } from '../alliance-scale/define.js';
import { RapportBoundaryAgreement as BoundaryAgreementElement } from '../boundary-agreement/define.js';
import type { BoundaryAgreementResult } from '../boundary-agreement/define.js';
import { RapportConsentNotice as ConsentNoticeElement } from '../consent-notice/define.js';
import type { ConsentNoticeResult } from '../consent-notice/define.js';
import { RapportFeedbackPrompt as FeedbackPromptElement } from '../feedback-prompt/define.js';
import type { FeedbackPromptResult } from '../feedback-prompt/define.js';
import { RapportGoalPlan as GoalPlanElement } from '../goal-plan/define.js';
import type { GoalPlanResult } from '../goal-plan/define.js';
import { RapportProvider as ProviderElement } from '../provider/define.js';

export type { EventName, ReactWebComponent } from '@lit/react';

/** The event props of a widget that takes answers, whose results are `R`. */
function answerEvents<R extends RapportResult>() {
  return {
    onRapportInput: 'rapport-input' as EventName<RapportInputEvent>,
    onRapportSubmit: 'rapport-submit' as EventName<RapportSubmitEvent<R>>,
    onRapportError: 'rapport-error' as EventName<RapportErrorEvent>,
  };
}

/** The prop of a widget that can be closed without an answer. */
const dismissEvent = {
  onRapportDismiss: 'rapport-dismiss' as EventName<RapportDismissEvent>,
};

/** A React component for `tagName`, with one prop per event in `events`. */
function wrap<I extends HTMLElement, E extends Record<string, EventName>>(
  tagName: string,
  elementClass: new () => I,
  events: E,
) {
  return createComponent({ react: React, tagName, elementClass, events });
}

// One statement per element: its tag, its class and the events it sends (see its @event tags).
export const RapportAllianceScale = wrap(
  'rapport-alliance-scale',
  AllianceScaleElement,
  answerEvents<AllianceScaleResult>(),
);
export const RapportAllianceTrend = wrap('rapport-alliance-trend', AllianceTrendElement, {
  onRapportSelect: 'rapport-select' as EventName<RapportSelectEvent>,
  onRapportError: 'rapport-error' as EventName<RapportErrorEvent>,
});
export const RapportBoundaryAgreement = wrap(
  'rapport-boundary-agreement',
  BoundaryAgreementElement,
  answerEvents<BoundaryAgreementResult>(),
);
export const RapportConsentNotice = wrap('rapport-consent-notice', ConsentNoticeElement, {
  ...answerEvents<ConsentNoticeResult>(),
  ...dismissEvent,
});
export const RapportFeedbackPrompt = wrap('rapport-feedback-prompt', FeedbackPromptElement, {
  ...answerEvents<FeedbackPromptResult>(),
  ...dismissEvent,
});
export const RapportGoalPlan = wrap(
  'rapport-goal-plan',
  GoalPlanElement,
  answerEvents<GoalPlanResult>(),
);
export const RapportProvider = wrap('rapport-provider', ProviderElement, {});
