// Type checks of rapport-elements/react, run by `npm run lint` (tsc --noEmit): each line that
// should not compile carries @ts-expect-error, so a wrapper that loses its types fails the lint.
import { createElement } from 'react';
import {
  RapportAllianceScale,
  RapportAllianceTrend,
  RapportConsentNotice,
  RapportFeedbackPrompt,
  RapportGoalPlan,
  RapportProvider,
} from '../../src/react/index.js';
import type { AllianceScaleResult, FeedbackPromptResult, GoalPlanResult } from '../../src/index.js';

const kinds: string[] = [];

createElement(RapportAllianceScale, {
  instrument: 'session-check',
  onRapportSubmit: (e) => {
    // The event's detail is the scale's own result, without a cast.
    const result: AllianceScaleResult = e.detail;
    kinds.push(result.kind, String(result.scores.total));
    e.waitUntil(Promise.resolve());
  },
  onRapportInput: (e) => kinds.push(String(e.detail.complete)),
  onRapportError: (e) => kinds.push(e.detail.code),
});

createElement(RapportFeedbackPrompt, {
  onRapportSubmit: (e) => {
    const result: FeedbackPromptResult = e.detail;
    kinds.push(result.kind);
  },
  onRapportDismiss: (e) => kinds.push(e.detail.reason),
});

createElement(RapportGoalPlan, {
  onRapportSubmit: (e) => {
    const result: GoalPlanResult = e.detail;
    kinds.push(result.kind, String(result.goals.length));
  },
});

// @ts-expect-error the goal plan is never dismissed, so it has no such prop
createElement(RapportGoalPlan, { onRapportDismiss: () => {} });

createElement(RapportConsentNotice, { onRapportDismiss: (e) => kinds.push(e.detail.reason) });

createElement(RapportAllianceScale, {
  onRapportSubmit: (e) => {
    // @ts-expect-error the scale's result is not a feedback result
    const wrong: FeedbackPromptResult = e.detail;
    kinds.push(wrong.kind);
  },
});

// @ts-expect-error the scale is never dismissed, so it has no such prop
createElement(RapportAllianceScale, { onRapportDismiss: () => {} });

createElement(RapportAllianceTrend, {
  onRapportSelect: (e) => kinds.push(e.detail.responseId ?? 'no id'),
  onRapportError: (e) => kinds.push(e.detail.code),
});

// @ts-expect-error the trend collects nothing, so it sends no result
createElement(RapportAllianceTrend, { onRapportSubmit: () => {} });

// @ts-expect-error the provider sends no result
createElement(RapportProvider, { onRapportSubmit: () => {} });

// One listener on the document hears every result, typed by kind.
document.addEventListener('rapport-submit', (e) => kinds.push(e.detail.kind));
