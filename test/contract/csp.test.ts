// Hosts may serve their portal under a strict Content-Security-Policy with Trusted Types
// enforced. The widget is loaded into a frame that enforces exactly that policy, answered, and
// must cause no violation.
import { expect } from '@open-wc/testing';
import { strictPage } from '../helpers/csp.js';
import { SLOW, until } from '../helpers/wait.js';

interface FrameWindow extends Window {
  violations: string[];
}

async function strictFrame(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  // The policy is the frame's first element, so it governs everything after it.
  frame.srcdoc = strictPage('/src/alliance-scale/define.ts', body);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  await until(
    () => frame.contentWindow!.customElements.get('rapport-alliance-scale') !== undefined,
    'the element module loaded under the policy',
    30_000,
  );
  return frame;
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders, takes answers and sends with no policy violation', async function () {
    this.timeout(SLOW);
    frame = await strictFrame(
      '<rapport-alliance-scale instrument="session-check"></rapport-alliance-scale>',
    );
    const win = frame.contentWindow as FrameWindow;
    const el = win.document.querySelector('rapport-alliance-scale')!;
    await el.updateComplete;
    const lines = el.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]');
    expect(lines).to.have.length(4);

    el.value = { 'at-ease': 7.3, 'what-mattered': 2, 'way-of-working': 10, 'whole-session': 5 };
    await el.updateComplete;
    // The mark's position is set through the CSSOM, which the policy allows.
    const mark = el.shadowRoot!.querySelector<HTMLElement>('[part="mark"]')!;
    expect(
      getComputedStyle(mark.parentElement!.parentElement!).getPropertyValue('--_position').trim(),
    ).to.equal('0.73');
    let sent: unknown;
    el.addEventListener('rapport-submit', (e) => (sent = e.detail));
    expect(await el.submit()).to.equal(true);
    expect((sent as { answers: unknown }).answers).to.deep.equal(el.value);
    expect(win.violations).to.deep.equal([]);
  });

  it('a definition from a child script renders as text under Trusted Types', async function () {
    this.timeout(SLOW);
    const definition = {
      id: 'x',
      version: '1',
      title: '<img src=x onerror="parent.__cspPwned=1">Title',
      scale: {
        type: 'likert',
        options: [
          { value: 1, label: 'No' },
          { value: 2, label: 'Yes' },
        ],
      },
      items: [{ id: 'a', text: '<b>bold?</b>' }],
    };
    frame = await strictFrame(
      `<rapport-alliance-scale><script type="application/json">${JSON.stringify(definition)}</script></rapport-alliance-scale>`,
    );
    const win = frame.contentWindow as FrameWindow;
    const el = win.document.querySelector('rapport-alliance-scale')!;
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.textContent!.trim()).to.equal(definition.title);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __cspPwned?: number }).__cspPwned).to.equal(undefined);
    expect(win.violations).to.deep.equal([]);
  });
});
