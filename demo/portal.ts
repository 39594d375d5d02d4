// The demo portal's own script: what a host page writes around Rapport.
import '../src/index.js';
import type {
  AllianceScaleResult,
  GoalPlanResult,
  RapportAllianceScale,
  RapportAllianceTrend,
  RapportResult,
} from '../src/index.js';
import { toConsent, toGoals, toQuestionnaireResponse } from '../src/fhir/index.js';
import { sha256Hex } from '../src/core/hash.js';
import { canonicalInstrumentText } from '../src/instruments/canonical.js';
import { sessionCheck } from '../src/instruments/examples/session-check.js';
import { generateSessions } from './sessions.js';

const scale = document.querySelector<RapportAllianceScale>('#scale')!;
const provider = document.querySelector('#provider')!;
const log = document.querySelector<HTMLOListElement>('#events')!;
const failSave = document.querySelector<HTMLInputElement>('#fail-save')!;
const asFhir = document.querySelector<HTMLInputElement>('#as-fhir')!;

/** A result as the FHIR R4 resource an EHR would store (rapport-elements/fhir). */
function fhirOf(result: RapportResult, from: EventTarget | null): unknown {
  switch (result.kind) {
    case 'consent-notice':
      return toConsent(result);
    case 'alliance-scale':
      return toQuestionnaireResponse(result, (from as RapportAllianceScale).definition!);
    case 'feedback-prompt':
      return toQuestionnaireResponse(result);
    case 'boundary-agreement':
      return toQuestionnaireResponse(result);
    case 'goal-plan':
      return toGoals(result);
    default:
      return null;
  }
}

function record(event: Event & { detail?: unknown }): void {
  const item = document.createElement('li');
  const name = document.createElement('strong');
  name.textContent = `${new Date().toLocaleTimeString()} ${event.type}`;
  const body = document.createElement('pre');
  let shown = event.detail;
  if (asFhir.checked && event.type === 'rapport-submit') {
    try {
      shown = fhirOf(event.detail as RapportResult, event.target);
      name.textContent += ' (as FHIR R4)';
    } catch (error) {
      shown = { error: (error as Error).message };
    }
  }
  body.textContent = JSON.stringify(shown, null, 2);
  item.append(name, body);
  log.prepend(item);
}

for (const type of [
  'rapport-input',
  'rapport-submit',
  'rapport-dismiss',
  'rapport-select',
  'rapport-error',
] as const) {
  document.addEventListener(type, record);
}

// A host saving the result: pretend the server takes a moment, and fails when asked to.
document.addEventListener('rapport-submit', (event) => {
  event.waitUntil(
    new Promise((resolve, reject) =>
      setTimeout(() => (failSave.checked ? reject(new Error('offline')) : resolve(null)), 800),
    ),
  );
});

document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());

document.querySelector<HTMLSelectElement>('#language')!.addEventListener('change', (e) => {
  provider.setAttribute('locale', (e.target as HTMLSelectElement).value);
});

// Easy read for every widget: the provider passes it down.
document.querySelector<HTMLInputElement>('#easy-read')!.addEventListener('change', (e) => {
  provider.toggleAttribute('easy-read', (e.target as HTMLInputElement).checked);
});

document.querySelector<HTMLSelectElement>('#instrument')!.addEventListener('change', (e) => {
  scale.reset();
  scale.instrument = (e.target as HTMLSelectElement).value;
});

document.querySelector<HTMLInputElement>('#readonly')!.addEventListener('change', (e) => {
  const readonly = (e.target as HTMLInputElement).checked;
  scale.readonly = readonly;
  document.querySelector('rapport-boundary-agreement')!.readonly = readonly;
});

// The privacy notice: the clinic's own choices, and remembering what the person agreed to.
const consent = document.querySelector('rapport-consent-notice')!;
consent.choices = [
  { id: 'gp', label: 'Share a summary with my GP' },
  { id: 'sms', label: 'Contact me by text message' },
  { id: 'email', label: 'Contact me by email' },
  { id: 'research', label: 'Use my answers, without my name, to improve the service' },
];
consent.addEventListener('rapport-submit', (e) => {
  if (e.detail.kind !== 'consent-notice') return;
  if (e.detail.status === 'granted') {
    consent.acceptedVersion = e.detail.definition.version;
    consent.acceptedAt = e.detail.completedAt;
    consent.value = { acknowledged: e.detail.acknowledged, choices: e.detail.choices };
  } else {
    consent.acceptedVersion = '';
  }
});
document.querySelector<HTMLSelectElement>('#consent-mode')!.addEventListener('change', (e) => {
  consent.mode = (e.target as HTMLSelectElement).value as 'inline' | 'banner' | 'dialog';
  if (consent.mode !== 'inline') consent.show();
});
document.querySelector('#open-consent')!.addEventListener('click', () => consent.show());

// Goals: set once; each later review starts from the last result the host kept.
const goals = document.querySelector('rapport-goal-plan')!;
const nextReview = document.querySelector<HTMLButtonElement>('#next-review')!;
let lastPlan: GoalPlanResult | undefined;
goals.addEventListener('rapport-submit', (e) => {
  if (e.detail.kind === 'goal-plan') lastPlan = e.detail;
});
goals.addEventListener('rapport-input', () => (nextReview.hidden = true));
new MutationObserver(() => {
  nextReview.hidden = !(goals.state === 'submitted' && lastPlan);
}).observe(goals, { attributes: true, attributeFilter: ['state'] });
nextReview.addEventListener('click', () => {
  goals.mode = 'review';
  goals.value = lastPlan;
  goals.reset();
  nextReview.hidden = true;
});
document.querySelector('#example-plan')!.addEventListener('click', () => {
  const at = (month: number) => new Date(Date.UTC(2026, month, 2, 10)).toISOString();
  const goal = (id: string, text: string, ratings: number[]) => ({
    id,
    text,
    howWeKnow: '',
    firstStep: '',
    proposedBy: 'together' as const,
    status: 'active' as const,
    reason: '',
    createdAt: at(8),
    history: ratings.map((rating, i) => ({ at: at(8 + i), rating })),
    rating: null,
  });
  goals.mode = 'review';
  goals.value = {
    goals: [
      goal('6f1d2a9e-3b4c-4d5e-8f60-718293a4b5c6', 'Sleep through the night more often', [2, 4, 5]),
      goal('9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', 'Feel calmer before work meetings', [3, 3]),
    ],
  };
  goals.reset();
});

// The clinician's panel: a year of sessions before today's, and today's once it is sent (a
// retry of the same response replaces it). Choosing a session opens it, with the one before.
const trend = document.querySelector<RapportAllianceTrend>('#trend')!;
const viewer = document.querySelector<RapportAllianceScale>('#session-view')!;
let sessions: AllianceScaleResult[] = [];
void sha256Hex(canonicalInstrumentText(sessionCheck, 'en')).then((hash) => {
  sessions = [...generateSessions(52, '2025-11-24', 'client-0042', hash), ...sessions];
  trend.results = sessions;
});
scale.addEventListener('rapport-submit', (e) => {
  const result = e.detail;
  if (result.kind !== 'alliance-scale' || result.definition.id !== 'session-check') return;
  sessions = [...sessions.filter((s) => s.responseId !== result.responseId), result];
  trend.results = sessions;
});
trend.addEventListener('rapport-select', (e) => {
  const index = sessions.findIndex((s) => s.responseId === e.detail.responseId);
  if (index === -1) return;
  viewer.value = sessions[index].answers;
  viewer.previous = sessions[index - 1] ?? null;
  viewer.hidden = false;
});
