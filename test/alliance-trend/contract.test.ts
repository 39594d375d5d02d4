// The Rapport contracts that apply to an element that collects nothing: registration, events
// that reach the document, privacy, and bad input reported once, never thrown.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/alliance-trend/define.js';
import { RapportAllianceTrend } from '../../src/alliance-trend/alliance-trend.js';
import type { RapportErrorEvent, RapportSelectEvent } from '../../src/core/events.js';
import { press } from '../helpers/keyboard.js';
import { frames, SLOW, until } from '../helpers/wait.js';
import { watchConsole, watchNetworkAndStorage, watchUncaught } from '../contract/watchers.js';
import { generateSessions } from '../../demo/sessions.js';
import { result } from './fixtures.js';

const TAG = 'rapport-alliance-trend';
const YEAR = generateSessions(52);

async function trend(
  results: unknown,
  instrument: unknown = 'session-check',
  dropAlert = '1',
): Promise<RapportAllianceTrend> {
  const el = await fixture<RapportAllianceTrend>(
    html`<rapport-alliance-trend
      lang="en"
      drop-alert=${dropAlert}
      .instrument=${instrument}
      .results=${results}
    ></rapport-alliance-trend>`,
  );
  await el.updateComplete;
  return el;
}

const chart = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];

describe(`<${TAG}> keeps the Rapport contracts`, function () {
  this.timeout(SLOW);

  it('is defined by its module; a second definition warns once and does not throw', async () => {
    expect(customElements.get(TAG)).to.equal(RapportAllianceTrend);
    const console = watchConsole();
    try {
      class SecondCopy extends RapportAllianceTrend {}
      expect(() => SecondCopy.define(TAG)).not.to.throw();
      expect(() => RapportAllianceTrend.define(TAG)).not.to.throw();
    } finally {
      console.restore();
    }
    expect(console.calls.warn).to.have.length(1);
    expect(String(console.calls.warn[0][0])).to.contain(`<${TAG}> is already defined`);
  });

  it('rapport-select bubbles out of the shadow root to one listener on document', async () => {
    const el = await trend(YEAR.slice(0, 5));
    const heard: RapportSelectEvent[] = [];
    const listen = (e: RapportSelectEvent) => heard.push(e);
    document.addEventListener('rapport-select', listen);
    try {
      chart(el).focus();
      await press('Home', 'Enter');
      await until(() => heard.length > 0, 'rapport-select');
    } finally {
      document.removeEventListener('rapport-select', listen);
    }
    expect(heard.map((e) => [e.bubbles, e.composed, e.target, e.detail])).to.deep.equal([
      [
        true,
        true,
        el,
        { responseId: YEAR[0].responseId, session: 1, completedAt: YEAR[0].completedAt },
      ],
    ]);
  });

  it('makes no network request, stores nothing and writes nothing to the console', async () => {
    const network = watchNetworkAndStorage();
    const console = watchConsole();
    try {
      const el = await trend(YEAR);
      chart(el).focus();
      await press('Home', 'ArrowRight', 'End', 'Enter');
      for (const button of buttons(el)) button.click();
      await el.updateComplete;
      await frames();
    } finally {
      console.restore();
      network.restore();
    }
    expect(network.requests()).to.deep.equal([]);
    expect(network.storageChanges()).to.deep.equal([]);
    expect(console.all()).to.deep.equal([]);
  });

  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('no access');
      },
      ownKeys() {
        throw new Error('no access');
      },
    },
  );

  const bad: Array<{ name: string; create: () => Promise<RapportAllianceTrend>; said: string[] }> =
    [
      {
        name: 'results that are not a list',
        create: () => trend('all of them'),
        said: ['invalid-value: results must be an array, not a string'],
      },
      {
        name: 'an entry whose fields throw when read',
        create: () => trend([YEAR[0], throwing, YEAR[1]]),
        said: ['invalid-value: results[1] could not be read'],
      },
      {
        name: 'two entries with one responseId',
        create: () => trend([result(1, 30, '2026-03-03'), result(1, 32, '2026-03-10')]),
        said: ['invalid-value: results[1].responseId "r-1" is already shown'],
      },
      {
        name: 'more than 200 sessions',
        create: () =>
          trend([
            ...generateSessions(200),
            ...generateSessions(3, '2030-01-07').map((r, i) => ({ ...r, responseId: `late-${i}` })),
          ]),
        said: ['invalid-value: results has 203 usable entries; the latest 200 are shown'],
      },
      {
        name: 'a drop-alert that is not a number',
        create: () => trend(YEAR.slice(0, 3), 'session-check', 'a lot'),
        said: [
          'invalid-attribute: drop-alert="a lot" must be a number of points above 0; using 1.',
        ],
      },
    ];

  for (const { name, create, said } of bad) {
    it(`${name}: rapport-error once for each problem, told once on the console, no exception`, async () => {
      const uncaught = watchUncaught();
      const console = watchConsole();
      const errors: string[] = [];
      const listen = (e: RapportErrorEvent) => errors.push(`${e.detail.code}: ${e.detail.message}`);
      document.addEventListener('rapport-error', listen);
      let el: RapportAllianceTrend;
      try {
        el = await create();
        await until(() => errors.length >= said.length, 'rapport-error');
        // Later renders (a toggle, a key) do not report the same problem again.
        for (const button of buttons(el)) button.click();
        el.requestUpdate();
        await el.updateComplete;
        await frames();
      } finally {
        document.removeEventListener('rapport-error', listen);
        console.restore();
        uncaught.restore();
      }
      expect(uncaught.errors).to.deep.equal([]);
      expect(errors).to.deep.equal(said);
      expect(console.calls.warn.length).to.equal(errors.length);
      expect(console.all().length).to.equal(errors.length);
      // What can be shown still is.
      expect(el!.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    });
  }
});
