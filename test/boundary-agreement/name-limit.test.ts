// The typed name has a limit, shown when reached, and no name widens the page.
import { expect, fixture } from '@open-wc/testing';
import '../../src/boundary-agreement/define.js';
import type { RapportBoundaryAgreement } from '../../src/boundary-agreement/define.js';
import type { RapportErrorEvent } from '../../src/core/events.js';
import { watchConsole } from '../contract/watchers.js';
import { typeText } from '../helpers/keyboard.js';
import { accessibleName, textOf } from '../helpers/roles.js';
import { until } from '../helpers/wait.js';
import { FILLED, CLAUSE_IDS as IDS } from './fixtures.js';

async function agreement(
  value?: RapportBoundaryAgreement['value'],
): Promise<RapportBoundaryAgreement> {
  const el = document.createElement('rapport-boundary-agreement');
  for (const [name, v] of Object.entries(FILLED)) el.setAttribute(name, v);
  if (value !== undefined) el.value = value;
  return fixture<RapportBoundaryAgreement>(el);
}

function nameField(el: RapportBoundaryAgreement): HTMLInputElement {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]')].find(
    (i) => accessibleName(i) === 'Your full name',
  )!;
}

function descriptions(el: RapportBoundaryAgreement, input: HTMLInputElement): string[] {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => textOf(el.shadowRoot!.getElementById(id)));
}

describe('<rapport-boundary-agreement> typed name limit', () => {
  it('takes 120 characters, and says so once the name reaches them', async () => {
    const el = await agreement();
    const input = nameField(el);
    expect(input.maxLength).to.equal(120);
    expect(descriptions(el, input)).to.deep.equal(['Typing your full name is your signature.']);
    // 118 characters arrive at once, as a paste does; then three keys, of which two fit.
    input.focus();
    input.value = 'x'.repeat(118);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(descriptions(el, input)).to.deep.equal(['Typing your full name is your signature.']);
    await typeText('abc');
    await until(() => input.value.length >= 120, 'the field is full');
    await el.updateComplete;
    expect(input.value).to.equal(`${'x'.repeat(118)}ab`);
    expect(el.value.signature!.typedName).to.equal(`${'x'.repeat(118)}ab`);
    expect(descriptions(el, input)).to.deep.equal([
      'Typing your full name is your signature.',
      'A name can be up to 120 characters.',
    ]);
  });

  it('a longer name from value is shortened, and the host told which field', async () => {
    const errors: RapportErrorEvent[] = [];
    const listener = (e: RapportErrorEvent) => errors.push(e);
    document.addEventListener('rapport-error', listener);
    const console = watchConsole();
    let el: RapportBoundaryAgreement;
    try {
      el = await agreement({
        agreed: IDS,
        answers: { 'preferred-contact': 'email' },
        signature: { typedName: 'N'.repeat(10_000) },
        countersignature: null,
      });
    } finally {
      console.restore();
      document.removeEventListener('rapport-error', listener);
    }
    expect(el!.value.signature!.typedName).to.equal('N'.repeat(120));
    expect(errors.map((e) => e.detail)).to.deep.equal([
      {
        code: 'invalid-value',
        message: 'value.signature.typedName is longer than 120 characters; it was shortened.',
      },
    ]);
  });

  it('a signed record with the longest unbroken name stays within a 375 px page', async () => {
    const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
    wrapper.style.inlineSize = '375px';
    const el = document.createElement('rapport-boundary-agreement');
    for (const [name, v] of Object.entries(FILLED)) el.setAttribute(name, v);
    el.value = {
      agreed: IDS,
      answers: { 'preferred-contact': 'email' },
      signature: { typedName: 'W'.repeat(120), signedAt: '2026-12-01T10:00:00.000Z' },
      countersignature: null,
    };
    el.readonly = true;
    wrapper.append(el);
    await el.updateComplete;
    const record = el.shadowRoot!.querySelector<HTMLElement>('[part="signature-record"]')!;
    expect(textOf(record)).to.contain('W'.repeat(120));
    expect(el.getBoundingClientRect().width).to.be.at.most(375);
    expect(record.scrollWidth).to.be.at.most(record.clientWidth);
  });
});
