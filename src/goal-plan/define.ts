import { RapportGoalPlan } from './goal-plan.js';

RapportGoalPlan.define('rapport-goal-plan');

export { RapportGoalPlan };
export type {
  GoalPlanGoal,
  GoalPlanMode,
  GoalPlanResult,
  GoalPlanValue,
  GoalProposer,
  GoalRating,
  GoalStatus,
} from './types.js';

declare global {
  interface HTMLElementTagNameMap {
    'rapport-goal-plan': RapportGoalPlan;
  }
}
