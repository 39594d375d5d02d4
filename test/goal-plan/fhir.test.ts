import { expect } from '@open-wc/testing';
import { toGoals } from '../../src/fhir/index.js';
import type { GoalPlanResult } from '../../src/goal-plan/types.js';
import { resultGoals } from '../../src/goal-plan/value.js';
import { expectValid } from '../fhir/validator.js';
import { PLAN } from './fixtures.js';

const OWN = 'https://rapport-elements.dev/fhir/StructureDefinition';
const AT = '2026-12-01T10:12:40.120Z';
const [SLEEP, SISTER, SWIM] = PLAN.goals;

function review(subject: GoalPlanResult['subject']): GoalPlanResult {
  return {
    kind: 'goal-plan',
    responseId: '3b241101-e2bb-4255-8caf-4136c566a962',
    definition: { id: 'goal-plan', version: '1.0.0', contentHash: 'a'.repeat(64) },
    locale: 'en',
    subject,
    startedAt: '2026-12-01T10:10:00.000Z',
    completedAt: AT,
    durationMs: 160120,
    mode: 'review',
    goals: resultGoals(
      [
        { ...SLEEP, rating: 6 },
        { ...SISTER, status: 'paused', reason: 'Not now' },
        SWIM,
        {
          ...SISTER,
          id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
          text: 'Sing',
          createdAt: '',
          history: [],
          proposedBy: 'clinician',
          rating: 1,
        },
      ],
      AT,
    ),
  };
}

describe('toGoals: a goal plan as FHIR R4 Goal resources', function () {
  // The validator loads the R4 definitions the first time it is asked.
  this.timeout(60_000);

  it('one valid Goal per goal, with status, achievement, history and who proposed it', async () => {
    const goals = toGoals(review({ clientId: 'c-1024', clinicianId: 'alex' }));
    for (const goal of goals) await expectValid(goal, ['Goal.lifecycleStatus']);
    expect(
      goals.map((g) => [g.lifecycleStatus, g.achievementStatus?.coding?.[0].code]),
    ).to.deep.equal([
      ['active', 'improving'],
      ['on-hold', undefined],
      ['completed', 'achieved'],
      ['active', 'in-progress'],
    ]);
    const [sleep, sister, , sing] = goals;
    expect(sleep.identifier).to.deep.equal([
      { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${SLEEP.id}` },
    ]);
    expect(sleep.description).to.deep.equal({ text: SLEEP.text });
    expect(sleep.subject).to.deep.equal({ reference: 'Patient/c-1024' });
    expect(sleep.expressedBy).to.deep.equal({ reference: 'Patient/c-1024' });
    expect(sleep.startDate).to.equal('2026-09-01');
    expect(sleep.note).to.deep.equal([{ text: SLEEP.howWeKnow }, { text: SLEEP.firstStep }]);
    expect(sleep.extension!.filter((e) => e.url === `${OWN}/goal-rating`)).to.deep.equal(
      [...SLEEP.history, { at: AT, rating: 6 }].map((h) => ({
        url: `${OWN}/goal-rating`,
        extension: [
          { url: 'at', valueDateTime: h.at },
          { url: 'rating', valueInteger: h.rating },
        ],
      })),
    );
    expect(sister.statusReason).to.equal('Not now');
    expect(sister.expressedBy).to.equal(undefined);
    expect(sister.extension).to.deep.include({ url: `${OWN}/proposed-by`, valueCode: 'together' });
    expect(sing.expressedBy).to.deep.equal({ reference: 'Practitioner/alex' });
    expect(sing.startDate).to.equal('2026-12-01');
  });

  it('without a client id the subject is named in words, and the Goal is still valid', async () => {
    const [goal] = toGoals(review({}));
    expect(goal.subject).to.deep.equal({ display: 'The person who set the goal' });
    expect(goal.expressedBy).to.equal(undefined);
    await expectValid(goal, ['Goal.lifecycleStatus']);
  });
});
