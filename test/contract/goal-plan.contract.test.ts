// <rapport-goal-plan> runs the contract suite while goals are set, with the drafts suite.
import '../../src/goal-plan/define.js';
import '../../src/provider/define.js';
import type { RapportGoalPlan } from '../../src/goal-plan/define.js';
import { typeText } from '../helpers/keyboard.js';
import { runContractSuite, type ContractTarget } from './contract-suite.js';
import { runDraftSuite } from './drafts-suite.js';
import { FIRST_ID, TAG, createPlan, goal } from '../goal-plan/fixtures.js';

/** The host names the first goal's slot, so its form fields are known. */
const create = (attributes: Record<string, string> = {}) =>
  createPlan(attributes, { goals: [goal({})] });

async function typeInto(el: RapportGoalPlan, id: string, text: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#${id}`)!.focus();
  await typeText(text);
  await el.updateComplete;
}

const target: ContractTarget<RapportGoalPlan> = {
  tag: TAG,
  kind: 'goal-plan',
  focusAfterSave: { element: 'p', text: 'Saved. Thank you.' },
  notSaved: 'Your goals were not saved. Everything you wrote is still here.',
  emptyValue: { goals: [] },
  definition: { id: 'goal-plan', version: '1.0.0' },
  create,
  complete: (el) => typeInto(el, 'text-0', 'Sleep'),
  // A first step, but not yet the goal itself.
  answerPart: (el) => typeInto(el, 'firstStep-0', 'Walk'),
  completedFormEntries: {
    'goal.1.id': FIRST_ID,
    'goal.1.text': 'Sleep',
    'goal.1.proposed-by': 'together',
    'goal.1.status': 'active',
  },
  badInputs: [
    {
      name: 'a value that is not a plan',
      code: 'invalid-value',
      create: () => createPlan({}, 'three goals'),
    },
    {
      name: 'more goals than max-goals',
      code: 'invalid-value',
      create: () =>
        createPlan(
          { 'max-goals': '1' },
          { goals: [goal({ text: 'A' }), goal({ id: 'b', text: 'B' })] },
        ),
    },
    {
      name: 'a goal with a status that does not exist',
      code: 'invalid-value',
      create: () => createPlan({}, { goals: [goal({ text: 'A', status: 'done' as 'active' })] }),
    },
    {
      name: 'a goal whose text is not a string',
      code: 'invalid-value',
      create: () => createPlan({}, { goals: [{ id: 'x', text: 42 }] }),
    },
    {
      name: 'a mode that does not exist',
      code: 'invalid-attribute',
      create: () => createPlan({ mode: 'plan' }),
    },
    {
      name: 'max-goals above 10',
      code: 'invalid-attribute',
      create: () => createPlan({ 'max-goals': '12' }),
    },
    {
      name: 'a change-threshold that is not a number',
      code: 'invalid-attribute',
      create: () => createPlan({ readonly: '', 'change-threshold': 'big' }),
    },
  ],
};

runContractSuite(target);
runDraftSuite(target);
