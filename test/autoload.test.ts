// dist/rapport.js on a page without a build: each element's code, each language and each example
// instrument is fetched from beside it the first time the page needs it, and never before.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundleFrame } from './helpers/bundle.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The library files the frame fetched, by name within dist/. */
function fetched(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/'))
    .map((p) => p.slice('/dist/'.length))
    .sort();
}

function sendText(el: Element): string {
  return el.shadowRoot!.querySelector('[part="send"]')!.textContent!.trim();
}

describe('dist/rapport.js loads what the page shows, when it shows it', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a page with one feedback prompt in English fetches that element and no other, and no other language', async () => {
    const win = await bundleFrame('<rapport-feedback-prompt></rapport-feedback-prompt>');
    const files = fetched(win);
    expect(files).to.include('rapport.js');
    expect(files).to.include('rapport/feedback-prompt.js');
    for (const other of ['alliance-scale', 'consent-notice', 'boundary-agreement']) {
      expect(files).not.to.include(`rapport/${other}.js`);
    }
    expect(files.filter((f) => /\.(es|fr|ar)\.js$/.test(f))).to.deep.equal([]);
    expect(files.filter((f) => f.includes('example.'))).to.deep.equal([]);
    expect(files, 'drafts are code only draft-key pages load').not.to.include('rapport/draft.js');
    for (const other of ['rapport-alliance-scale', 'rapport-consent-notice']) {
      expect(win.customElements.get(other)).to.equal(undefined);
    }
  });

  it('a tag added later is loaded when it appears', async () => {
    const win = await bundleFrame('<p>Nothing yet</p>');
    expect(win.customElements.get('rapport-consent-notice')).to.equal(undefined);
    const notice = win.document.createElement('rapport-consent-notice') as Widget;
    win.document.body.append(notice);
    await waitUntil(() => win.customElements.get('rapport-consent-notice'), 'loaded', {
      timeout: 20_000,
    });
    await notice.updateComplete;
    expect(notice.shadowRoot!.querySelector('[part="base"]')).to.not.equal(null);
  });

  it('an example instrument is fetched only when a widget asks for it by id', async () => {
    const win = await bundleFrame(
      '<rapport-alliance-scale instrument="faces-check"></rapport-alliance-scale>',
    );
    const el = win.document.querySelector<Widget>('rapport-alliance-scale')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="send"]'), 'the instrument shows', {
      timeout: 20_000,
    });
    const files = fetched(win);
    expect(files).to.include('rapport/example.faces-check.js');
    expect(files).not.to.include('rapport/example.session-check.js');
    expect(files).not.to.include('rapport/example.working-relationship.js');
  });

  it('a widget in Spanish first renders in Spanish: it waits for its language', async () => {
    const win = await bundleFrame('');
    const seen: string[] = [];
    const el = win.document.createElement('rapport-alliance-scale') as Widget & {
      instrument: unknown;
    };
    el.setAttribute('lang', 'es');
    el.instrument = {
      id: 'una-linea',
      version: '1',
      title: { en: 'One line', es: 'Una línea' },
      scale: { type: 'visual-analog', min: 0, max: 10 },
      items: [{ id: 'a', text: 'A', anchors: { low: 'bajo', high: 'alto' } }],
    };
    // Every text the Send button ever shows, from the first render on.
    new (win as unknown as typeof globalThis).MutationObserver(() => {
      const send = el.shadowRoot?.querySelector('[part="send"]');
      if (send) seen.push(send.textContent!.trim());
    }).observe(win.document.body, { subtree: true, childList: true });
    win.document.body.append(el);
    await waitUntil(() => win.customElements.get('rapport-alliance-scale'), 'loaded', {
      timeout: 20_000,
    });
    await el.updateComplete;
    expect(sendText(el)).to.equal('Enviar');
    expect(seen.filter((t) => t !== 'Enviar')).to.deep.equal([]);
    expect(fetched(win)).to.include.members(['rapport/core.es.js']);
  });

  it('with draft-key the answers so far survive a reload of the page', async () => {
    for (let i = sessionStorage.length - 1; i >= 0; i--) {
      if (sessionStorage.key(i)!.startsWith('rapport-draft:')) {
        sessionStorage.removeItem(sessionStorage.key(i)!);
      }
    }
    const body =
      '<rapport-alliance-scale instrument="session-check" draft-key="visit-7"></rapport-alliance-scale>';
    const win = await bundleFrame(body);
    const scale = () =>
      win.document.querySelector('rapport-alliance-scale') as Widget & {
        value: Record<string, number>;
      };
    await waitUntil(() => scale().shadowRoot?.querySelector('[role="slider"]'), 'shown', {
      timeout: 20_000,
    });
    const line = scale().shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
    line.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => scale().value['at-ease'] === 10, 'answered');
    expect(fetched(win)).to.include('rapport/draft.js');
    await waitUntil(
      () => Object.keys(sessionStorage).some((k) => k.startsWith('rapport-draft:')),
      'the draft is kept',
    );

    const frame = document.querySelector('iframe')!;
    const reloaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    win.location.reload();
    await reloaded;
    const after = frame.contentWindow!;
    await waitUntil(() => after.customElements.get('rapport-alliance-scale'), 'loaded again', {
      timeout: 20_000,
    });
    const fresh = after.document.querySelector('rapport-alliance-scale') as Widget & {
      value: Record<string, number>;
    };
    await waitUntil(() => fresh.value?.['at-ease'] === 10, 'the answer is back', {
      timeout: 20_000,
    });
    // The note, once the draft code has loaded (Firefox may have put the value back first,
    // through its own form restoration on reload).
    const note = () =>
      fresh.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
    await waitUntil(() => note() === 'We kept your answers from before. Dismiss', note(), {
      timeout: 20_000,
    });
    expect(
      fresh.shadowRoot!.querySelector('[role="slider"]')!.getAttribute('aria-valuenow'),
    ).to.equal('10');
  });
});
