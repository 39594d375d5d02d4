import type {
  AllianceScaleResult,
  BoundaryAgreementClientResult,
  BoundaryAgreementCountersignResult,
  ConsentNoticeResult,
  FeedbackPromptResult,
} from '../../src/index.js';
import { scoreResponse, workingRelationship, sessionCheck } from '../../src/instruments/index.js';
import type { Answers, InstrumentDefinition } from '../../src/instruments/index.js';

const HASH = 'a'.repeat(64);
const subject = {
  clientId: 'client-7',
  sessionId: 's 12',
  clinicianId: 'dr.lee',
  encounterId: 'enc-3',
};
const envelope = {
  responseId: '0b6f2d5e-6a1c-4a8e-9d6b-3f1e2c4b5a69',
  locale: 'es',
  subject,
  startedAt: '2026-03-02T10:00:00.000Z',
  completedAt: '2026-03-02T10:04:30.000Z',
};

export function allianceResult(
  instrument: InstrumentDefinition,
  answers: Answers,
): AllianceScaleResult {
  return {
    kind: 'alliance-scale',
    ...envelope,
    definition: { id: instrument.id, version: instrument.version, contentHash: HASH },
    answers,
    scores: scoreResponse(instrument, answers),
    durationMs: 270000,
  };
}

/** Every item answered, two of them reverse-scored low. */
export const workingComplete = allianceResult(
  workingRelationship,
  Object.fromEntries(workingRelationship.items.map((item, i) => [item.id, (i % 5) + 1])),
);
/** Lines with decimals; one line unanswered, so the total is null and the cutoff unknown. */
export const sessionPartial = allianceResult(sessionCheck, {
  'at-ease': 7.3,
  'what-mattered': 0,
  'whole-session': 9.9,
});
export const sessionComplete = allianceResult(sessionCheck, {
  'at-ease': 7.3,
  'what-mattered': 0,
  'way-of-working': 10,
  'whole-session': 9.9,
});

export const feedbackFull: FeedbackPromptResult = {
  kind: 'feedback-prompt',
  ...envelope,
  definition: { id: 'rapport-feedback', version: '1.0.0', contentHash: HASH },
  durationMs: 12000,
  include: ['rating', 'checks', 'comment', 'contact'],
  rating: { style: 'faces', value: 4 },
  checks: { heard: 'yes', respected: 'partly', whatIWanted: null },
  answers: {},
  comment: 'The waiting room was cold.',
  contact: { allowed: true, details: 'phone after 5pm' },
};

export const feedbackOwnQuestions: FeedbackPromptResult = {
  ...feedbackFull,
  include: ['rating', 'checks'],
  rating: { style: 'scale', value: 8 },
  checks: { heard: null, respected: null, whatIWanted: null },
  answers: { 'bond-1': 5, 'goals-1': 2 },
  comment: '',
  contact: { allowed: false },
};

export const agreementSigned: BoundaryAgreementClientResult = {
  kind: 'boundary-agreement',
  role: 'client',
  ...envelope,
  definition: { id: 'rapport-boundaries', version: '2', contentHash: HASH },
  clauses: [
    { id: 'contact-hours', version: '1', agreed: true },
    { id: 'gifts', version: '3', agreed: false },
  ],
  answers: { 'preferred-contact': 'text' },
  signature: {
    typedName: 'Ana María Ruiz',
    signedAt: '2026-03-02T10:04:30.000Z',
    drawn: { paths: ['M 10 40 L 60 20 L 120 45'], width: 300, height: 100 },
  },
  durationMs: 270000,
};

export const agreementCountersigned: BoundaryAgreementCountersignResult = {
  kind: 'boundary-agreement',
  role: 'clinician',
  ...envelope,
  responseId: '5a0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4',
  locale: 'en',
  definition: { id: 'rapport-boundaries', version: '2', contentHash: HASH },
  countersigns: envelope.responseId,
  signature: { typedName: 'Dr Lee', signedAt: '2026-03-02T11:00:00.000Z' },
  durationMs: 9000,
};

function consent(
  status: ConsentNoticeResult['status'],
  choices: Record<string, boolean>,
  acknowledged: string[],
): ConsentNoticeResult {
  return {
    kind: 'consent-notice',
    ...envelope,
    definition: { id: 'clinic-privacy', version: '2026-01', contentHash: HASH },
    status,
    choices,
    acknowledged,
  };
}

export const consentGranted = consent(
  'granted',
  { 'share-gp': true, 'text-reminders': false, research: true },
  ['limits'],
);
export const consentDeclined = consent(
  'declined',
  { 'share-gp': false, 'text-reminders': false, research: false },
  [],
);
export const consentWithdrawn = consent(
  'withdrawn',
  { 'share-gp': false, 'text-reminders': false, research: false },
  [],
);
export const consentNoChoices: ConsentNoticeResult = {
  ...consent('granted', {}, ['limits']),
  subject: {},
};
