// The boundary agreement's draft holds what is hardest to give twice: the typed name and the
// drawn signature, stroke for stroke.
import { expect, fixture } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/boundary-agreement/define.js';
import type { RapportBoundaryAgreement } from '../../src/boundary-agreement/define.js';
import { typeText } from '../helpers/keyboard.js';
import { accessibleName } from '../helpers/roles.js';
import { SLOW, until } from '../helpers/wait.js';
import { FILLED } from './fixtures.js';

const ATTRIBUTES = {
  ...FILLED,
  signature: 'both',
  'draft-key': 'intake-3',
};

async function agreement(): Promise<RapportBoundaryAgreement> {
  const el = document.createElement('rapport-boundary-agreement');
  for (const [name, value] of Object.entries(ATTRIBUTES)) el.setAttribute(name, value);
  return fixture<RapportBoundaryAgreement>(el);
}

function drafts(): string[] {
  return Object.keys(sessionStorage).filter((k) => k.startsWith('rapport-draft:'));
}

function paths(el: RapportBoundaryAgreement): string[] {
  const pad = el.shadowRoot!.querySelector('svg[part="pad"]')!;
  return [...pad.querySelectorAll('path')].map((p) => p.getAttribute('d')!);
}

describe('<rapport-boundary-agreement> draft', function () {
  this.timeout(SLOW);
  beforeEach(() => drafts().forEach((k) => sessionStorage.removeItem(k)));
  afterEach(async () => {
    drafts().forEach((k) => sessionStorage.removeItem(k));
    await resetMouse();
  });

  it('brings back the typed name and every drawn stroke', async () => {
    const first = await agreement();
    const name = [
      ...first.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]'),
    ].find((i) => accessibleName(i) === 'Your full name')!;
    name.focus();
    await typeText('Sam Taylor');
    const pad = first.shadowRoot!.querySelector('svg[part="pad"]')!;
    pad.scrollIntoView({ block: 'center' });
    await first.updateComplete;
    const box = pad.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 40), Math.round(box.y + 30)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.x + 90), Math.round(box.y + 50)] });
    await sendMouse({ type: 'move', position: [Math.round(box.x + 140), Math.round(box.y + 40)] });
    await sendMouse({ type: 'up' });
    await until(() => paths(first).length === 1, 'a stroke is drawn');
    const signature = first.value.signature!;
    expect(signature.typedName).to.equal('Sam Taylor');
    expect(signature.drawn!.paths).to.have.length(1);
    await until(
      () =>
        drafts().length === 1 &&
        JSON.stringify(JSON.parse(sessionStorage.getItem(drafts()[0])!).value.signature) ===
          JSON.stringify(signature),
      'the draft holds the signature',
    );
    first.remove();

    const again = await agreement();
    await until(
      () => JSON.stringify(again.value.signature) === JSON.stringify(signature),
      'the signature is back',
    );
    await again.updateComplete;
    expect(paths(again)).to.deep.equal(signature.drawn!.paths);
    const typed = [
      ...again.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]'),
    ].find((i) => accessibleName(i) === 'Your full name')!;
    expect(typed.value).to.equal('Sam Taylor');
    expect(accessibleName(again.shadowRoot!.querySelector('svg[part="pad"]')!)).to.equal(
      'Signature drawing area, with a drawing',
    );
  });
});
