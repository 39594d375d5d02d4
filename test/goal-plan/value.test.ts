import { expect } from '@open-wc/testing';
import {
  formEntries,
  isBlank,
  missingParts,
  readValue,
  resultGoals,
} from '../../src/goal-plan/value.js';
import { PLAN, goal } from './fixtures.js';

describe('goal plan: reading and writing a plan (value.ts)', () => {
  it('takes a plan as given, every field kept', () => {
    expect(readValue(PLAN, 3)).to.deep.equal({ goals: PLAN.goals, problems: [] });
    expect(readValue(undefined, 3)).to.deep.equal({ goals: [], problems: [] });
  });

  it('names a value that is not a plan', () => {
    for (const bad of ['goals', 3, [], { goals: 'all' }]) {
      expect(readValue(bad, 3).problems).to.deep.equal([
        'value must be an object with an array of goals',
      ]);
    }
  });

  it('keeps at most max-goals current goals; finished ones do not count', () => {
    const four = { goals: ['a', 'b', 'c', 'd'].map((id) => goal({ id, text: id })) };
    const read = readValue(four, 3);
    expect(read.goals.map((g) => g.id)).to.deep.equal(['a', 'b', 'c']);
    expect(read.problems).to.deep.equal([
      'value.goals has 4 current goals, more than max-goals (3): the last 1 left out',
    ]);
    const done = {
      goals: [...four.goals.slice(0, 3), goal({ id: 'e', text: 'e', status: 'stopped' })],
    };
    expect(readValue(done, 3).problems).to.deep.equal([]);
  });

  it('shortens a text over 300 characters and says so', () => {
    const read = readValue(
      { goals: [goal({ text: 'a'.repeat(301), firstStep: 7 as unknown as string })] },
      3,
    );
    expect(read.goals[0].text).to.have.length(300);
    expect(read.problems).to.deep.equal([
      'value.goals[0].text is longer than 300 characters (shortened)',
      'value.goals[0].firstStep must be a string',
    ]);
  });

  it('ids of any spelling are kept, toString and __proto__ included; a repeat gets a new one', () => {
    const read = readValue(
      {
        goals: [
          goal({ id: 'toString', text: 'a' }),
          goal({ id: '__proto__', text: 'b' }),
          goal({ id: 'toString', text: 'c' }),
        ],
      },
      3,
    );
    expect(read.goals.map((g) => g.id).slice(0, 2)).to.deep.equal(['toString', '__proto__']);
    expect(read.goals[2].id).to.match(/^[0-9a-f-]{36}$/);
  });

  it('a previous result starts the next review: its ratings are history, today has none', () => {
    const at = '2026-12-01T09:00:00.000Z';
    const result = {
      kind: 'goal-plan',
      completedAt: at,
      goals: resultGoals([goal({ text: 'New', rating: 4 }), { ...PLAN.goals[0], rating: 6 }], at),
    };
    const { goals, problems } = readValue(result, 3);
    expect(problems).to.deep.equal([]);
    expect(goals.map((g) => [g.rating, g.createdAt, g.history.at(-1)])).to.deep.equal([
      [null, at, { at, rating: 4 }],
      [null, PLAN.goals[0].createdAt, { at, rating: 6 }],
    ]);
  });

  it('form fields are goal.<n>.<field>, numbered from 1, notes only when written', () => {
    expect(formEntries([goal({ text: 'Rest', rating: 0, firstStep: 'Nap' })])).to.deep.equal([
      ['goal.1.id', goal({}).id],
      ['goal.1.text', 'Rest'],
      ['goal.1.proposed-by', 'together'],
      ['goal.1.status', 'active'],
      ['goal.1.first-step', 'Nap'],
      ['goal.1.rating', '0'],
    ]);
  });

  it('what is missing: words for every goal, and a rating for each active goal at a review', () => {
    const goals = [
      goal({ text: 'A' }),
      goal({ text: ' ' }),
      goal({ text: 'C', status: 'paused' }),
      goal({ text: 'D', rating: 3 }),
    ];
    expect(missingParts(goals, false)).to.deep.equal([[2, 'text']]);
    expect(missingParts(goals, true)).to.deep.equal([
      [1, 'rating'],
      [2, 'text'],
    ]);
  });

  it('a goal written now with nothing in it is blank; one from the plan never is', () => {
    expect(isBlank(goal({}))).to.equal(true);
    expect(isBlank(goal({ proposedBy: 'person' }))).to.equal(false);
    expect(isBlank(goal({ createdAt: PLAN.goals[0].createdAt }))).to.equal(false);
  });
});
