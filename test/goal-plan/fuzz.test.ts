// <rapport-goal-plan> given anything as its value or a setting: nothing throws into the page,
// each problem is one rapport-error naming what it could not use, and value stays plain JSON.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/goal-plan/define.js';
import type { RapportErrorDetail } from '../../src/core/events.js';
import { hostile, runs, throwingProxy } from '../fuzz/arbitraries.js';
import { watchConsole, watchUncaught } from '../contract/watchers.js';
import { SLOW } from '../helpers/wait.js';
import { PLAN } from './fixtures.js';

const TARGETS: Record<string, string> = {
  value: 'value',
  mode: 'mode',
  maxGoals: 'max-goals',
  changeThreshold: 'change-threshold',
  readonly: 'readonly',
  headingLevel: 'heading-level',
};

/** A goal whose fields are anything at all, inside an otherwise good plan. */
const hostileGoal = fc.record(
  {
    id: hostile,
    text: fc.oneof(fc.string(), hostile),
    status: hostile,
    proposedBy: hostile,
    history: hostile,
    rating: hostile,
    createdAt: hostile,
  },
  { requiredKeys: [] },
);

async function mount(mode: string) {
  const el = document.createElement('rapport-goal-plan') as unknown as HTMLElement &
    Record<string, unknown>;
  el.setAttribute('mode', mode);
  const errors: RapportErrorDetail[] = [];
  el.addEventListener('rapport-error', (e) => errors.push(e.detail));
  document.body.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, errors };
}

describe('fuzz: <rapport-goal-plan>', () => {
  it('takes anything as value or a setting without throwing into the page', async function () {
    this.timeout(SLOW * 3);
    const uncaught = watchUncaught();
    const logged = watchConsole();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...Object.keys(TARGETS)),
          fc.oneof(hostile, fc.record({ goals: fc.array(hostileGoal, { maxLength: 12 }) })),
          fc.constantFrom('set', 'review'),
          async (target, given, mode) => {
            const { el, errors } = await mount(mode);
            try {
              el.value = PLAN;
              const before = errors.length;
              expect(() => (el[target] = given)).not.to.throw();
              await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
              for (const e of errors.slice(before)) {
                expect(e.message, e.message).to.contain(TARGETS[target]);
              }
              const back = JSON.parse(JSON.stringify(el.value)) as unknown;
              expect(back).to.deep.equal(el.value);
              expect(el.shadowRoot!.querySelector('[part="base"]')).not.to.equal(null);
            } finally {
              el.remove();
            }
          },
        ),
        runs(120),
      );
    } finally {
      logged.restore();
      uncaught.restore();
    }
    expect(uncaught.errors).to.deep.equal([]);
    expect(logged.calls.error).to.deep.equal([]);
  });

  it('a value that throws when read is reported, not thrown', async () => {
    const { el, errors } = await mount('review');
    const logged = watchConsole();
    try {
      expect(() => (el.value = throwingProxy())).not.to.throw();
      expect(() => (el.value = { goals: [throwingProxy()] })).not.to.throw();
    } finally {
      logged.restore();
    }
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-value', 'invalid-value']);
    expect(errors[0].message).to.match(/^value could not be read: /);
    el.remove();
  });
});
