// <rapport-boundary-agreement> runs the contract suite, with the built-in agreement and every
// placeholder filled.
import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/boundary-agreement/define.js';
import '../../src/provider/define.js';
import type { RapportBoundaryAgreement } from '../../src/boundary-agreement/define.js';
import { typeText } from '../helpers/keyboard.js';
import { runContractSuite, type ContractTarget } from './contract-suite.js';
import { runDraftSuite } from './drafts-suite.js';
import { FILLED, CLAUSE_IDS as CLAUSES } from '../boundary-agreement/fixtures.js';

const TAG = 'rapport-boundary-agreement';

async function createElement(
  attributes: Record<string, string>,
  inner = '',
): Promise<RapportBoundaryAgreement> {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = inner;
  return fixture<RapportBoundaryAgreement>(el);
}

function boxes(el: RapportBoundaryAgreement): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

/** Ticks a box the way a keyboard user does: focus it, press Space. */
async function tick(box: HTMLInputElement): Promise<void> {
  box.focus();
  await sendKeys({ press: ' ' });
}

const target: ContractTarget<RapportBoundaryAgreement> = {
  tag: TAG,
  kind: 'boundary-agreement',
  focusAfterSave: { element: 'p', text: 'Saved. Thank you.' },
  emptyValue: { agreed: [], answers: {}, signature: null, countersignature: null },
  notSaved: 'The agreement was not saved. Your answers and signature are all still here.',
  definition: { id: 'rapport-boundaries', version: '1.0.0' },
  create: (attributes = {}) => createElement({ ...FILLED, ...attributes }),
  async complete(el) {
    const root = el.shadowRoot!;
    await tick(root.querySelector<HTMLInputElement>('input[type="radio"]')!);
    for (const box of boxes(el)) if (!box.checked) await tick(box);
    const name = root.querySelector<HTMLInputElement>('input[type="text"]')!;
    name.focus();
    name.select();
    await typeText('Sam Taylor');
    await el.updateComplete;
  },
  async answerPart(el) {
    await tick(boxes(el)[0]);
    await el.updateComplete;
  },
  completedFormEntries: {
    ...Object.fromEntries(CLAUSES.map((id) => [`clause.${id}`, 'agreed'])),
    'answer.preferred-contact': 'phone',
    'signature.name': 'Sam Taylor',
  },
  badInputs: [
    {
      name: 'a child script that is not JSON',
      code: 'invalid-json',
      create: () => createElement(FILLED, '<script type="application/json">{ "id": </script>'),
      shows: 'This agreement cannot be shown right now.',
    },
    {
      name: 'an agreement with a clause that has no title',
      code: 'invalid-definition',
      create: async () => {
        const el = document.createElement(TAG);
        el.agreement = {
          id: 'clinic',
          version: '1',
          clauses: [{ id: 'gifts', text: 'No gifts.' }],
        } as unknown as RapportBoundaryAgreement['agreement'];
        return fixture<RapportBoundaryAgreement>(el);
      },
      shows: 'This agreement cannot be shown right now.',
    },
    {
      name: 'a placeholder with no value',
      code: 'unfilled-placeholder',
      create: () => {
        const { 'crisis-phone': _left, ...rest } = FILLED;
        void _left;
        return createElement(rest);
      },
    },
    {
      name: 'a value with a clause the agreement does not have',
      code: 'invalid-value',
      create: async () => {
        const el = document.createElement(TAG);
        for (const [name, value] of Object.entries(FILLED)) el.setAttribute(name, value);
        el.value = {
          agreed: ['gifts', 'no-such-clause'],
          answers: {},
          signature: null,
          countersignature: null,
        };
        return fixture<RapportBoundaryAgreement>(el);
      },
    },
    {
      name: 'a signature mode that does not exist',
      code: 'invalid-attribute',
      create: () => createElement({ ...FILLED, signature: 'scribble' }),
    },
    {
      name: 'leaving out the crisis clause while crisis contacts are given',
      code: 'invalid-attribute',
      create: () => createElement({ ...FILLED, omit: 'crisis' }),
    },
    {
      name: 'a theme that does not exist',
      code: 'invalid-attribute',
      create: () => createElement({ ...FILLED, theme: 'purple' }),
    },
  ],
};

runContractSuite(target);
runDraftSuite(target);
