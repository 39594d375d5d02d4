// What a clinic's no-build page loads: dist/rapport.js (npm test builds it when it is missing or
// stale), which fetches from beside it the code of each element on the page and each language
// a widget needs, with nothing else on the page.
import { expect } from '@open-wc/testing';
import { bundleFrame } from './helpers/bundle.js';
import { SLOW } from './helpers/wait.js';

const tags = [
  'rapport-provider',
  'rapport-alliance-scale',
  'rapport-consent-notice',
  'rapport-boundary-agreement',
  'rapport-feedback-prompt',
  'rapport-goal-plan',
  'rapport-alliance-trend',
];

describe('dist/rapport.js', function () {
  // Each test loads a page of its own, and its files, in a frame.
  this.timeout(SLOW);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('defines every element the page uses', async () => {
    const win = await bundleFrame(tags.map((t) => `<${t}></${t}>`).join(''));
    expect(tags.filter((t) => !win.customElements.get(t))).to.deep.equal([]);
  });

  it('renders built-in instruments and texts in each built-in language', async function () {
    this.timeout(SLOW);
    const win = await bundleFrame(
      ['en', 'es', 'fr', 'ar']
        .map(
          (l) =>
            `<rapport-alliance-scale lang="${l}" instrument="session-check"></rapport-alliance-scale>`,
        )
        .join(''),
    );
    const els = [...win.document.querySelectorAll('rapport-alliance-scale')];
    await Promise.all(els.map((el) => el.updateComplete));
    const sends = els.map((el) =>
      el.shadowRoot!.querySelector('[part="send"]')!.textContent!.trim(),
    );
    expect(sends).to.deep.equal(['Send', 'Enviar', 'Envoyer', 'إرسال']);
    const arabic = els[3].shadowRoot!.querySelector('[part="base"]')!;
    expect(arabic.getAttribute('dir')).to.equal('rtl');
  });

  it('sends a result heard by a listener on the page', async function () {
    this.timeout(SLOW);
    const win = await bundleFrame(
      '<rapport-alliance-scale instrument="session-check" client-id="c-9"></rapport-alliance-scale>',
    );
    const el = win.document.querySelector('rapport-alliance-scale')!;
    await el.updateComplete;
    el.value = { 'at-ease': 8, 'what-mattered': 7.5, 'way-of-working': 9, 'whole-session': 8.5 };
    const heard: unknown[] = [];
    win.document.addEventListener('rapport-submit', (e) => heard.push(e.detail));
    expect(await el.submit()).to.equal(true);
    expect(heard).to.have.length(1);
    const result = heard[0] as { subject: unknown; scores: { total: number } };
    expect(result.subject).to.deep.equal({ clientId: 'c-9' });
    expect(result.scores.total).to.equal(33);
  });
});
