// Focus rings and "missing" marks that a person can see: one ring on a focused checkbox, and in
// forced colours (Windows High Contrast) a missing box or clause marked by a line in the text
// colour, not by pale yellow.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/consent-notice/define.js';
import type { RapportConsentNotice } from '../../src/consent-notice/consent-notice.js';
import { press } from '../helpers/keyboard.js';
import { until } from '../helpers/wait.js';

const chromium = /Chrome\//.test(navigator.userAgent);

async function notice(): Promise<RapportConsentNotice> {
  return fixture<RapportConsentNotice>(html`<rapport-consent-notice></rapport-consent-notice>`);
}

function firstBox(el: RapportConsentNotice): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
}

/** Presses "I agree" with a required box unticked, so that box is marked missing. */
async function markMissing(el: RapportConsentNotice): Promise<HTMLElement> {
  const agree = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.trim() === 'I agree',
  )!;
  agree.focus();
  await press('Enter');
  await until(() => el.shadowRoot!.querySelector('.box.missing') !== null, 'a box is marked');
  return el.shadowRoot!.querySelector<HTMLElement>('.box.missing')!;
}

describe('focus rings and missing marks', () => {
  it('a focused checkbox has one ring, on the box, none around its words', async () => {
    const el = await notice();
    const box = firstBox(el);
    // Focus by keyboard, so :focus-visible applies: Tab from a button before the notice.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    for (let i = 0; i < 12 && el.shadowRoot!.activeElement !== box; i++) {
      await sendKeys({ press: 'Tab' });
    }
    await until(() => el.shadowRoot!.activeElement === box, 'the first box has focus');
    expect(box.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(box).outlineStyle).to.equal('solid');
    expect(getComputedStyle(box.nextElementSibling!).outlineStyle).to.equal('none');
  });

  if (chromium) {
    describe('forced colours', () => {
      afterEach(() => executeServerCommand('forced-colors', { active: false }));

      it('a missing consent box is marked by a thick dashed line in the text colour', async () => {
        await executeServerCommand('forced-colors', { active: true });
        const el = await notice();
        const missing = await markMissing(el);
        const style = getComputedStyle(missing);
        expect(style.borderTopStyle).to.equal('dashed');
        expect(style.borderTopWidth).to.equal('3px');
        // CanvasText: the same colour as the text around it.
        expect(style.borderTopColor).to.equal(getComputedStyle(missing).color);
      });
    });
  }
});
