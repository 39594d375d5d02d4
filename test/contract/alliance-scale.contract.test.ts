// <rapport-alliance-scale> runs the contract suite. Each element has a file like this one.
import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RapportAllianceScale } from '../../src/index.js';
import { runContractSuite, type ContractTarget } from './contract-suite.js';
import { runDraftSuite } from './drafts-suite.js';

async function createElement<E extends HTMLElement>(
  tag: string,
  attributes: Record<string, string>,
  inner = '',
): Promise<E> {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = inner;
  return fixture<E>(el);
}

/** Sets each visual-analog line with the keyboard: focus, then End (the top of the line). */
async function answerLines(el: RapportAllianceScale, count: number): Promise<void> {
  const lines = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')].slice(
    0,
    count,
  );
  for (const line of lines) {
    line.focus();
    await sendKeys({ press: 'End' });
  }
  await el.updateComplete;
}

const target: ContractTarget<RapportAllianceScale> = {
  tag: 'rapport-alliance-scale',
  kind: 'alliance-scale',
  focusAfterSave: { element: 'p', text: 'Saved. Thank you.' },
  emptyValue: {},
  notSaved: 'Your answers were not saved. They are all still here.',
  notReady: '4 answers still needed.',
  definition: { id: 'session-check', version: '1.0.0' },
  create: (attributes = {}) =>
    createElement('rapport-alliance-scale', { instrument: 'session-check', ...attributes }),
  complete: (el) => answerLines(el, 4),
  answerPart: (el) => answerLines(el, 1),
  completedFormEntries: {
    'at-ease': '10',
    'what-mattered': '10',
    'way-of-working': '10',
    'whole-session': '10',
    total: '40',
  },
  badInputs: [
    {
      name: 'an unknown instrument id',
      code: 'unknown-instrument',
      create: () => createElement('rapport-alliance-scale', { instrument: 'no-such-thing' }),
      shows: 'This questionnaire cannot be shown right now.',
    },
    {
      name: 'a misspelt instrument attribute (instrumnet), after missing-after ms',
      code: 'definition-missing',
      create: () =>
        createElement('rapport-alliance-scale', {
          instrumnet: 'session-check',
          'missing-after': '40',
        }),
      shows: 'This questionnaire cannot be shown right now.',
    },
    {
      name: 'a definition missing an anchor',
      code: 'invalid-instrument',
      create: async () => {
        const el = document.createElement('rapport-alliance-scale');
        el.instrument = {
          id: 'x',
          version: '1',
          title: 'X',
          scale: { type: 'visual-analog', min: 0, max: 10 },
          items: [{ id: 'a', text: 'A', anchors: { low: 'low' } }],
        } as unknown as RapportAllianceScale['instrument'];
        return fixture<RapportAllianceScale>(el);
      },
      shows: 'This questionnaire cannot be shown right now.',
    },
    {
      name: 'a child script that is not JSON',
      code: 'invalid-json',
      create: () =>
        createElement(
          'rapport-alliance-scale',
          {},
          '<script type="application/json">{ "id": </script>',
        ),
      shows: 'This questionnaire cannot be shown right now.',
    },
    {
      name: 'a value the instrument cannot take',
      code: 'invalid-value',
      create: async () => {
        const el = document.createElement('rapport-alliance-scale');
        el.instrument = 'session-check';
        el.value = { 'at-ease': 14, 'not-an-item': 3 };
        return fixture<RapportAllianceScale>(el);
      },
    },
    {
      name: 'a theme that does not exist',
      code: 'invalid-attribute',
      create: () =>
        createElement('rapport-alliance-scale', { instrument: 'session-check', theme: 'purple' }),
    },
  ],
};

runContractSuite(target);
runDraftSuite(target);
