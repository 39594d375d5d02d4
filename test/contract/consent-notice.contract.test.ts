// <rapport-consent-notice> runs the contract suite, with two choices given in a child script.
import { fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/consent-notice/define.js';
import '../../src/provider/define.js';
import type { RapportConsentNotice } from '../../src/consent-notice/consent-notice.js';
import type { RapportSubmitEvent } from '../../src/core/events.js';
import { runContractSuite, type ContractTarget } from './contract-suite.js';
import { runDraftSuite } from './drafts-suite.js';

const TAG = 'rapport-consent-notice';
const CHOICES = [
  { id: 'gp', label: 'Share a summary with my GP' },
  { id: 'sms', label: 'Contact me by text message' },
];
const SCRIPT = `<script type="application/json">${JSON.stringify(CHOICES)}</script>`;
const BASE = { 'notice-id': 'clinic-privacy', version: '2.0.0' };

function build(attributes: Record<string, string>, inner = SCRIPT): RapportConsentNotice {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = inner;
  return el;
}

async function createElement(
  attributes: Record<string, string>,
  inner = SCRIPT,
): Promise<RapportConsentNotice> {
  return fixture<RapportConsentNotice>(build(attributes, inner));
}

/**
 * Ticks the box for `id` with the keyboard: focus it, then Space. A banner opens short, with
 * only the boxes that must be ticked: for another, "Read the full notice" first, as a person would.
 */
async function tick(el: RapportConsentNotice, id: string): Promise<void> {
  const box = () => el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-choice="${id}"]`);
  if (!box()) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="read-full"]')!.click();
    await el.updateComplete;
  }
  box()!.focus();
  await sendKeys({ press: ' ' });
  await el.updateComplete;
}

/** A dialog closes once a decision is saved; a host shows it again to ask again. */
function showIfClosed(el: RapportConsentNotice): void {
  if (el.mode === 'dialog' && !el.open) el.show();
}

/**
 * The hash the form carries must be the one the result carries: read it from a result. The
 * hash covers the text shown, not the ticks, so any complete response gives the same one.
 */
async function hashOfThisNotice(): Promise<string> {
  const el = build(BASE);
  document.body.append(el);
  try {
    await el.updateComplete;
    el.value = { acknowledged: ['limits'], choices: { gp: false, sms: false } };
    const submitted = oneEvent(el, 'rapport-submit') as unknown as Promise<RapportSubmitEvent>;
    await el.submit();
    return (await submitted).detail.definition.contentHash;
  } finally {
    el.remove();
  }
}

const HASH = await hashOfThisNotice();

/** The same contracts hold however the notice is presented. */
const MODES: Array<Record<string, string>> = [{}, { mode: 'banner' }, { mode: 'dialog', open: '' }];

for (const presentation of MODES) {
  const label = presentation.mode ? `mode="${presentation.mode}"` : 'inline';
  describe(label, () => runSuite(presentation));
}

function runSuite(presentation: Record<string, string>): void {
  const target: ContractTarget<RapportConsentNotice> = {
    tag: TAG,
    kind: 'consent-notice',
    emptyValue: { acknowledged: [], choices: { gp: false, sms: false } },
    notSaved: 'Your choices were not saved. They are all still here.',
    definition: { id: 'clinic-privacy', version: '2.0.0' },
    create: (attributes = {}) => createElement({ ...BASE, ...presentation, ...attributes }),
    complete: async (el) => {
      showIfClosed(el);
      await tick(el, 'limits');
      await tick(el, 'gp');
    },
    answerPart: (el) => {
      showIfClosed(el);
      return tick(el, 'sms');
    },
    completedFormEntries: {
      status: 'granted',
      notice: 'clinic-privacy',
      version: '2.0.0',
      hash: HASH,
      acknowledged: 'limits',
      'choice.gp': 'true',
      'choice.sms': 'false',
    },
    badInputs: [
      {
        name: 'a child script that is not JSON',
        code: 'invalid-json',
        create: () => createElement(BASE, '<script type="application/json">[{ "id": </script>'),
        shows: 'This privacy notice cannot be shown right now.',
      },
      {
        name: 'a choice without a label',
        code: 'invalid-definition',
        create: async () => {
          const el = build(BASE, '');
          el.choices = [{ id: 'gp' }] as unknown as RapportConsentNotice['choices'];
          return fixture<RapportConsentNotice>(el);
        },
        shows: 'This privacy notice cannot be shown right now.',
      },
      {
        name: 'a choice that would replace the acknowledgement of the limits',
        code: 'invalid-definition',
        create: () =>
          createElement(
            BASE,
            `<script type="application/json">[{ "id": "limits", "label": "Skip this" }]</script>`,
          ),
        shows: 'This privacy notice cannot be shown right now.',
      },
      {
        name: 'a child choice element whose slot names no usable id',
        code: 'invalid-definition',
        create: () => createElement(BASE, '<span slot="choice-not ok">Call me</span>'),
        shows: 'This privacy notice cannot be shown right now.',
      },
      {
        name: 'a value that ticks a choice the notice does not have',
        code: 'invalid-value',
        create: async () => {
          const el = build(BASE);
          el.value = { acknowledged: ['limits'], choices: { gp: true, fax: true } };
          return fixture<RapportConsentNotice>(el);
        },
      },
      {
        name: 'a mode that does not exist',
        code: 'invalid-attribute',
        create: () => createElement({ ...BASE, mode: 'popup' }),
      },
      {
        name: 'an accepted-at that is not a date',
        code: 'invalid-attribute',
        create: () =>
          createElement({ ...BASE, 'accepted-version': '1.0.0', 'accepted-at': 'last Tuesday' }),
      },
      {
        name: 'a theme that does not exist',
        code: 'invalid-attribute',
        create: () => createElement({ ...BASE, theme: 'purple' }),
      },
    ],
  };
  runContractSuite(target);
  // Drafts once, inline: how the notice is presented does not change what is kept.
  if (!presentation.mode) runDraftSuite(target);
}
