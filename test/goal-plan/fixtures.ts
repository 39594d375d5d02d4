import { fixture } from '@open-wc/testing';
import '../../src/goal-plan/define.js';
import type { RapportGoalPlan } from '../../src/goal-plan/define.js';
import type { GoalPlanGoal, GoalPlanValue } from '../../src/goal-plan/types.js';

export const TAG = 'rapport-goal-plan';

/** The id the host gives the first goal slot, so that results and form fields are exact. */
export const FIRST_ID = '0b6f3c52-8f7e-4c11-9a43-5d2e8f1a7c10';

/** A goal as the widget keeps one, with `changes` over an empty one. */
export function goal(changes: Partial<GoalPlanGoal>): GoalPlanGoal {
  return {
    id: FIRST_ID,
    text: '',
    howWeKnow: '',
    firstStep: '',
    proposedBy: 'together',
    status: 'active',
    reason: '',
    createdAt: '',
    history: [],
    rating: null,
    ...changes,
  };
}

/** A widget in the document with these attributes and, when given, this value. */
export async function createPlan(
  attributes: Record<string, string> = {},
  value?: unknown,
): Promise<RapportGoalPlan> {
  const el = document.createElement(TAG);
  for (const [name, v] of Object.entries(attributes)) el.setAttribute(name, v);
  if (value !== undefined) el.value = value as GoalPlanValue;
  return fixture<RapportGoalPlan>(el);
}

/** The plan of an earlier session: three goals, two of them rated twice, one finished. */
export const PLAN: GoalPlanValue = {
  goals: [
    goal({
      id: '6f1d2a9e-3b4c-4d5e-8f60-718293a4b5c6',
      text: 'Sleep through the night more often',
      howWeKnow: 'Fewer nights awake after 3 am',
      firstStep: 'No phone in the bedroom',
      proposedBy: 'person',
      createdAt: '2026-09-01T10:00:00.000Z',
      history: [
        { at: '2026-09-01T10:00:00.000Z', rating: 2 },
        { at: '2026-10-06T10:00:00.000Z', rating: 4 },
      ],
    }),
    goal({
      id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
      text: 'Talk to my sister again',
      proposedBy: 'together',
      createdAt: '2026-09-01T10:00:00.000Z',
      history: [{ at: '2026-09-01T10:00:00.000Z', rating: 1 }],
    }),
    goal({
      id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      text: 'Get back to the swimming club',
      proposedBy: 'clinician',
      status: 'achieved',
      reason: 'Going every Tuesday now',
      createdAt: '2026-09-01T10:00:00.000Z',
      history: [
        { at: '2026-09-01T10:00:00.000Z', rating: 3 },
        { at: '2026-10-06T10:00:00.000Z', rating: 10 },
      ],
    }),
  ],
};
