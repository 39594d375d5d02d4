import type { GoalPlanResult, GoalStatus } from '../goal-plan/types.js';
import { referenceTo, resultExtensions } from './envelope.js';
import type { CodeableConcept, Extension, Identifier, Reference } from './types.js';
import { EXT, uuidIdentifier } from './urls.js';

/** A FHIR R4 Goal, as `toGoals` writes it. */
export interface Goal {
  resourceType: 'Goal';
  language?: string;
  extension?: Extension[];
  identifier?: Identifier[];
  lifecycleStatus: 'active' | 'on-hold' | 'completed' | 'cancelled';
  achievementStatus?: CodeableConcept;
  description: CodeableConcept;
  subject: Reference;
  startDate?: string;
  target?: Array<{ measure: CodeableConcept; detailInteger: number }>;
  statusDate?: string;
  statusReason?: string;
  expressedBy?: Reference;
  note?: Array<{ text: string }>;
}

const LIFECYCLE: Record<GoalStatus, Goal['lifecycleStatus']> = {
  active: 'active',
  paused: 'on-hold',
  achieved: 'completed',
  stopped: 'cancelled',
};

const ACHIEVEMENT = 'http://terminology.hl7.org/CodeSystem/goal-achievement';

/** Where a goal has got to, from its status and the change between its first and last rating. */
function achievement(status: GoalStatus, ratings: number[]): CodeableConcept | undefined {
  let code: string | undefined;
  if (status === 'achieved') code = 'achieved';
  else if (status === 'active' && ratings.length > 1) {
    const change = ratings[ratings.length - 1] - ratings[0];
    code = change > 0 ? 'improving' : change < 0 ? 'worsening' : 'no-change';
  } else if (status === 'active') code = 'in-progress';
  return code ? { coding: [{ system: ACHIEVEMENT, code }] } : undefined;
}

/**
 * A goal plan's result as FHIR R4 Goal resources, one per goal, in the plan's order: the goal's
 * words as `description.text`, its status as `lifecycleStatus` (paused: `on-hold`; stopped:
 * `cancelled`; achieved: `completed`), `achievementStatus` from the change since the first
 * rating, the 0–10 scale as the `target` (10, fully reached), the person's or the clinician's
 * idea as `expressedBy`, the two notes and the reason as `note` / `statusReason`. Every rating
 * so far travels in the `goal-rating` extension (complex: `at`, `rating`), and whose idea it
 * was in `proposed-by` (`together` has no FHIR equivalent). The goal's UUID is its identifier.
 */
export function toGoals(result: GoalPlanResult): Goal[] {
  const { clientId, clinicianId } = result.subject;
  const patient = clientId !== undefined ? referenceTo('Patient', clientId) : undefined;
  const clinician =
    clinicianId !== undefined ? referenceTo('Practitioner', clinicianId) : undefined;
  return result.goals.map((goal) => {
    const ratings = goal.history.map((h) => h.rating);
    const expressedBy =
      goal.proposedBy === 'person'
        ? patient
        : goal.proposedBy === 'clinician'
          ? clinician
          : undefined;
    const notes = [goal.howWeKnow, goal.firstStep].filter((t) => t.trim() !== '');
    const resource: Goal = {
      resourceType: 'Goal',
      language: result.locale,
      extension: [
        ...resultExtensions(result),
        { url: EXT.proposedBy, valueCode: goal.proposedBy },
        ...goal.history.map((h) => ({
          url: EXT.goalRating,
          extension: [
            { url: 'at', valueDateTime: h.at },
            { url: 'rating', valueInteger: h.rating },
          ],
        })),
      ],
      identifier: [uuidIdentifier(goal.id)],
      lifecycleStatus: LIFECYCLE[goal.status],
      achievementStatus: achievement(goal.status, ratings),
      description: { text: goal.text },
      // A Goal must name its subject: without a client id, the person is named in words.
      subject: patient ?? { display: 'The person who set the goal' },
      startDate: goal.createdAt.slice(0, 10),
      target: [
        {
          measure: { text: 'Progress towards the goal, 0 (none) to 10 (fully reached)' },
          detailInteger: 10,
        },
      ],
      statusDate: result.completedAt.slice(0, 10),
      statusReason: goal.reason.trim() !== '' ? goal.reason : undefined,
      expressedBy,
      note: notes.length > 0 ? notes.map((text) => ({ text })) : undefined,
    };
    // Plain JSON: no keys whose value is undefined.
    return JSON.parse(JSON.stringify(resource)) as Goal;
  });
}
