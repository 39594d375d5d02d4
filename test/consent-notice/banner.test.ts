// The consent banner's first screen: a short summary, the box that must be ticked and both
// decisions, on a laptop, on a phone and at 400 % zoom; the whole notice one press away.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/consent-notice/define.js';
import type { RapportConsentNotice } from '../../src/consent-notice/consent-notice.js';
import type { RapportSubmitEvent } from '../../src/core/events.js';
import type { ConsentNoticeResult } from '../../src/consent-notice/define.js';
import { press } from '../helpers/keyboard.js';
import { textOf } from '../helpers/roles.js';
import { SLOW, until } from '../helpers/wait.js';

const SUMMARY =
  'What you tell us stays private, within the team that helps you. We may have to share something ' +
  'only if someone is at risk of serious harm, or if the law says we must. You can read the full ' +
  'notice before you choose.';
const CHOICES = '[{ "id": "sms", "label": "Contact me by text message" }]';

interface Framed {
  frame: HTMLIFrameElement;
  win: Window;
  el: RapportConsentNotice;
  root: ShadowRoot;
}

/**
 * A page of `width` × `height` CSS pixels (an iframe, so the banner is fixed to its window)
 * with a banner notice on it. 320 × 200 is a 1280 × 800 screen at 400 % zoom.
 */
async function framed(width: number, height: number, inner = ''): Promise<Framed> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>body { margin: 0 }</style></head>
    <body><p>The clinic's page.</p>
    <rapport-consent-notice mode="banner">${inner}</rapport-consent-notice>
    <script type="module" src="/src/consent-notice/define.ts"></script></body></html>`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await until(() => win.customElements.get('rapport-consent-notice') !== undefined, 'loaded');
  const el = win.document.querySelector<RapportConsentNotice>('rapport-consent-notice')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  await until(() => root.querySelector('[part="decisions"]') !== null, 'the banner is shown');
  return { frame, win, el, root };
}

function buttonNamed(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => textOf(b) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Whether a person sees the element: inside the window, and not covered by anything. */
function seen(win: Window, root: ShadowRoot, element: Element): boolean {
  const r = element.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  if (r.top < 0 || r.bottom > win.innerHeight + 0.5 || r.left < 0 || r.right > win.innerWidth) {
    return false;
  }
  const hit = root.elementFromPoint(x, y);
  return hit === element || (hit !== null && element.contains(hit));
}

describe('<rapport-consent-notice mode="banner">: the first screen', () => {
  for (const [width, height, what] of [
    [1280, 800, 'a laptop'],
    [375, 667, 'a phone'],
    [320, 200, '400 % zoom'],
  ] as const) {
    it(`on ${what} (${width} × ${height}) both decisions are on the first screen`, async function () {
      this.timeout(SLOW);
      const { frame, win, root } = await framed(width, height);
      try {
        for (const name of ['I agree', 'I do not agree']) {
          const button = buttonNamed(root, name);
          await until(() => seen(win, root, button), `"${name}" is seen without scrolling`);
        }
        const banner = root.querySelector('[part="banner"]')!.getBoundingClientRect();
        expect(banner.height, 'the banner leaves at least a quarter of the page').to.be.at.most(
          win.innerHeight * 0.75 + 1,
        );
      } finally {
        frame.remove();
      }
    });
  }

  it('shows a summary, not the whole notice, and a way to read it all', async function () {
    this.timeout(SLOW);
    const { frame, root } = await framed(375, 667);
    try {
      expect(textOf(root.querySelector('[part="summary"]'))).to.equal(SUMMARY);
      expect(root.querySelectorAll('[part~="section"]').length).to.equal(0);
      const readFull = root.querySelector<HTMLButtonElement>('[part="read-full"]')!;
      expect(textOf(readFull)).to.equal('Read the full notice');
      expect(readFull.getAttribute('aria-expanded')).to.equal('false');
      // The box that must be ticked is on the short version too: agreeing needs nothing more.
      expect(root.querySelectorAll('input[type="checkbox"]').length).to.equal(1);
      // axe runs on the short banner in test/consent-notice.test.ts, in the page axe runs in.
    } finally {
      frame.remove();
    }
  });

  it('“Read the full notice” by keyboard shows every section and the other choices, and focus goes to its start', async function () {
    this.timeout(SLOW);
    const { frame, el, root } = await framed(
      375,
      667,
      `<script type="application/json">${CHOICES}</script>`,
    );
    try {
      const readFull = buttonNamed(root, 'Read the full notice and your other choices');
      readFull.focus();
      await press('Enter');
      await el.updateComplete;
      const start = root.querySelector<HTMLElement>('.intro')!;
      await until(() => root.activeElement === start, 'focus moves to the start of the notice');
      expect(textOf(start)).to.equal(
        'Please read this before we start. It says what we keep private, when we might have to share something, and the choices you can make.',
      );
      expect(root.querySelectorAll('[part~="section"]').length).to.equal(4);
      expect(root.querySelector('[part="read-full"]')).to.equal(null);
      expect(root.querySelectorAll('input[type="checkbox"]').length).to.equal(2);
      // The decisions stay at the banner's foot while the notice scrolls above them.
      const banner = root.querySelector<HTMLElement>('[part="banner"]')!;
      expect(banner.scrollHeight).to.be.greaterThan(banner.clientHeight);
      const agree = buttonNamed(root, 'I agree');
      expect(agree.getBoundingClientRect().bottom).to.be.at.most(
        banner.getBoundingClientRect().bottom + 0.5,
      );
    } finally {
      frame.remove();
    }
  });

  it('agreeing from the short version gives consent without the optional choices', async function () {
    this.timeout(SLOW);
    const { frame, el, root } = await framed(
      375,
      667,
      `<script type="application/json">${CHOICES}</script>`,
    );
    try {
      root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      const submitted = oneEvent(el, 'rapport-submit') as Promise<
        RapportSubmitEvent<ConsentNoticeResult>
      >;
      buttonNamed(root, 'I agree').click();
      const { detail } = await submitted;
      expect(detail.status).to.equal('granted');
      expect(detail.acknowledged).to.deep.equal(['limits']);
      expect(detail.choices).to.deep.equal({ sms: false });
    } finally {
      frame.remove();
    }
  });

  it('opens with the whole notice when the host’s value already ticks an optional choice', async function () {
    this.timeout(SLOW);
    const { frame, el, root } = await framed(
      375,
      667,
      `<script type="application/json">${CHOICES}</script>`,
    );
    try {
      el.value = { acknowledged: [], choices: { sms: true } };
      await el.updateComplete;
      expect(root.querySelector('[part="read-full"]')).to.equal(null);
      const sms = root.querySelector<HTMLInputElement>('input[data-choice="sms"]')!;
      expect(sms.checked).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('opens short again after “Not now” and “Privacy choices”', async function () {
    this.timeout(SLOW);
    const { frame, el, root } = await framed(375, 667);
    try {
      buttonNamed(root, 'Read the full notice').click();
      await el.updateComplete;
      buttonNamed(root, 'Not now').click();
      await el.updateComplete;
      buttonNamed(root, 'Privacy choices').click();
      await el.updateComplete;
      expect(root.querySelector('[part="read-full"]')).not.to.equal(null);
    } finally {
      frame.remove();
    }
  });
});
