// <rapport-feedback-prompt> runs the contract suite. Each element has a file like this one.
import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/feedback-prompt/define.js';
import type { RapportFeedbackPrompt } from '../../src/feedback-prompt/define.js';
import { runContractSuite, type ContractTarget } from './contract-suite.js';
import { runDraftSuite } from './drafts-suite.js';

async function createElement(
  attributes: Record<string, string>,
  inner = '',
): Promise<RapportFeedbackPrompt> {
  const el = document.createElement('rapport-feedback-prompt');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = inner;
  return fixture<RapportFeedbackPrompt>(el);
}

function radio(el: RapportFeedbackPrompt, selector: string): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
}

/** The overall rating by keyboard: focus the first face, Space chooses it, three arrows to 4. */
async function rateFour(el: RapportFeedbackPrompt): Promise<void> {
  radio(el, 'input[name="rating"]').focus();
  await sendKeys({ press: ' ' });
  for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
  await el.updateComplete;
}

/** The clinic's question "Would you come back to us?": Yes, by keyboard. */
async function comeBackYes(el: RapportFeedbackPrompt): Promise<void> {
  radio(el, 'input[name="q-0"]').focus();
  await sendKeys({ press: ' ' });
  await el.updateComplete;
}

const target: ContractTarget<RapportFeedbackPrompt> = {
  tag: 'rapport-feedback-prompt',
  kind: 'feedback-prompt',
  focusAfterSave: { element: 'close', text: 'Close' },
  emptyValue: {
    rating: null,
    checks: { heard: null, respected: null, whatIWanted: null },
    answers: {},
    comment: '',
    contact: { allowed: false },
  },
  allowEmptyAttribute: 'allow-empty',
  notSaved: 'Your feedback was not sent. It is all still here.',
  notReady: 'Still to answer: question 2, “Would you come back to us?”.',
  definition: { id: 'clinic-visit', version: '3.0.0' },
  // Nothing of the default prompt is required on its own, so the target uses a clinic's own
  // question set (below) with one required question: the rating alone is then "partly answered".
  create: (attributes = {}) => createElement({ include: 'rating checks', ...attributes }, CLINIC),
  complete: async (el) => {
    await rateFour(el);
    await comeBackYes(el);
  },
  answerPart: (el) => rateFour(el),
  completedFormEntries: { rating: '4', 'rating-style': 'faces', 'came-back': '1' },
  badInputs: [
    {
      name: 'ask-again-after that is not an ISO 8601 duration',
      code: 'invalid-attribute',
      create: () => createElement({ 'prompt-key': 'contract', 'ask-again-after': '30 days' }),
    },
    {
      name: 'a rating style that does not exist',
      code: 'invalid-attribute',
      create: () => createElement({ rating: 'hearts' }),
    },
    {
      name: 'a part that does not exist in include',
      code: 'invalid-attribute',
      create: () => createElement({ include: 'rating banana' }),
    },
    {
      name: 'a maxlength that is not a positive whole number',
      code: 'invalid-attribute',
      create: () => createElement({ maxlength: '-5' }),
    },
    {
      name: 'a mode that does not exist',
      code: 'invalid-attribute',
      create: () => createElement({ mode: 'popup' }),
    },
    {
      name: 'questions naming an instrument nobody registered',
      code: 'unknown-instrument',
      create: () => createElement({ questions: 'no-such-questions' }),
    },
    {
      name: 'questions on a visual-analog scale',
      code: 'invalid-instrument',
      create: () => createElement({ questions: 'session-check' }),
    },
    {
      name: 'a child script that is not JSON',
      code: 'invalid-json',
      create: () => createElement({}, '<script type="application/json">{ "id": </script>'),
    },
    {
      name: 'a rating the style cannot take',
      code: 'invalid-value',
      create: async () => {
        const el = document.createElement('rapport-feedback-prompt');
        el.value = { rating: 9 };
        return fixture<RapportFeedbackPrompt>(el);
      },
    },
  ],
};

runContractSuite(target);
runDraftSuite(target);

/**
 * A clinic's own questions as a child script, in the instrument format: one required Likert
 * item, so the contract's "partly answered" state (the rating alone) is not yet complete.
 */
const CLINIC = `<script type="application/json">${JSON.stringify({
  id: 'clinic-visit',
  version: '3.0.0',
  title: 'After your visit',
  scale: {
    type: 'likert',
    options: [
      { value: 1, label: 'Yes' },
      { value: 0, label: 'No' },
    ],
  },
  items: [{ id: 'came-back', text: 'Would you come back to us?' }],
})}</script>`;
