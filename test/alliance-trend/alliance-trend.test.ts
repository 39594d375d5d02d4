// <rapport-alliance-trend> as a clinician and a host use it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendMouse,
} from '@web/test-runner-commands';
import { highlightColour } from '../helpers/colours.js';
import '../../src/alliance-trend/define.js';
import type { RapportAllianceTrend } from '../../src/alliance-trend/alliance-trend.js';
import type { RapportErrorEvent, RapportSelectEvent } from '../../src/core/events.js';
import { workingRelationship } from '../../src/instruments/examples/working-relationship.js';
import { accessibleName, allByRole, getByRole, visibleText } from '../helpers/roles.js';
import { press } from '../helpers/keyboard.js';
import { SLOW, until } from '../helpers/wait.js';
import { result } from './fixtures.js';
import { generateSessions } from '../../demo/sessions.js';

const TAG = 'rapport-alliance-trend';

/** Eight sessions, 3 March to 12 May 2026; the last two fall below 36, the last by 4.5. */
const TOTALS = [30, 33.5, 36, 38, 37.5, 38, 36, 31.5];
const DATES = [
  '2026-03-03',
  '2026-03-10',
  '2026-03-17',
  '2026-03-31',
  '2026-04-14',
  '2026-04-28',
  '2026-05-05',
  '2026-05-12',
];
const EIGHT = TOTALS.map((total, i) => result(i + 1, total, DATES[i]));

async function trend(
  results: unknown[] = EIGHT,
  attrs: { lang?: string; instrument?: unknown; dropAlert?: string } = {},
): Promise<RapportAllianceTrend> {
  const el = await fixture<RapportAllianceTrend>(
    html`<rapport-alliance-trend
      lang=${attrs.lang ?? 'en'}
      drop-alert=${attrs.dropAlert ?? '1'}
      .instrument=${attrs.instrument ?? 'session-check'}
      .results=${results}
    ></rapport-alliance-trend>`,
  );
  await el.updateComplete;
  return el;
}

const rootOf = (el: Element) => el.shadowRoot!;
const summary = (el: Element) => visibleText(rootOf(el).querySelector('[part="summary"]'));
const live = (el: Element) => visibleText(rootOf(el).querySelector('[aria-live]'));
const chart = (el: Element) => rootOf(el).querySelector<HTMLElement>('[part="chart"]')!;

function tableRows(el: Element): string[][] {
  return [...rootOf(el).querySelectorAll('table tr')].map((tr) =>
    [...tr.children].map((cell) => visibleText(cell)),
  );
}

describe('<rapport-alliance-trend>', function () {
  this.timeout(SLOW);
  afterEach(() => resetMouse());

  describe('in words', () => {
    it('says the trend in a sentence: sessions, dates, the last total, the cutoff, the change', async () => {
      const el = await trend();
      expect(summary(el)).to.equal(
        '8 sessions, March 3, 2026 to May 12, 2026. Last total 31.5, below 36. Down 4.5 since the session before.',
      );
    });

    it('in Spanish, with its dates and decimal comma', async () => {
      const el = await trend(EIGHT, { lang: 'es' });
      expect(summary(el)).to.equal(
        '8 sesiones, del 3 de marzo de 2026 al 12 de mayo de 2026. Último total: 31,5, por debajo de 36. Baja 4,5 desde la sesión anterior.',
      );
    });

    it('one session; none', async () => {
      expect(summary(await trend([EIGHT[3]]))).to.equal(
        '1 session, March 31, 2026. Last total 38, at or above 36.',
      );
      const empty = await trend([]);
      expect(summary(empty)).to.equal('No sessions to show yet.');
      expect(rootOf(empty).querySelector('[part="chart"]')).to.equal(null);
      expect(allByRole(rootOf(empty), 'button')).to.have.length(0);
    });

    it('exposes the computed series and alerts, read only', async () => {
      const el = await trend();
      const series = el.series!;
      expect(series.sessions.map((s) => s.total)).to.deep.equal(TOTALS);
      expect(series.alerts.map((a) => [a.kind, a.session, a.responseId, a.value])).to.deep.equal([
        ['below-cutoff', 1, 'r-1', 30],
        ['below-cutoff', 2, 'r-2', 33.5],
        ['drop', 7, 'r-7', 2],
        ['below-cutoff', 8, 'r-8', 31.5],
        ['drop', 8, 'r-8', 4.5],
      ]);
      expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'series')?.set).to.equal(
        undefined,
      );
    });
  });

  describe('the chart', () => {
    it('one point a session, alerts marked by shape, a labelled cutoff line, a legend in words', async () => {
      const el = await trend();
      const svg = rootOf(el).querySelector('svg')!;
      expect(svg.querySelectorAll('circle.mark')).to.have.length(4);
      expect(svg.querySelectorAll('rect.below:not(.ring)')).to.have.length(2);
      expect(svg.querySelectorAll('path.drop')).to.have.length(2);
      expect(svg.querySelectorAll('rect.ring')).to.have.length(1);
      expect(visibleText(svg.querySelector('.cutoff-label'))).to.equal('Cutoff 36');
      const legend = [...rootOf(el).querySelectorAll('[part="legend"] li')].map(visibleText);
      expect(legend).to.deep.equal([
        'Total',
        'Cutoff 36',
        'Below the cutoff of 36',
        'A fall of 1 or more',
      ]);
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
    });

    it('marks a change of wording on the axis', async () => {
      const el = await trend([
        result(1, 38, '2026-03-03'),
        result(2, 38, '2026-03-10', { version: '2.0.0' }),
      ]);
      const svg = rootOf(el).querySelector('svg')!;
      expect([...svg.querySelectorAll('.wording-label')].map(visibleText)).to.deep.equal([
        'Wording changed',
      ]);
      expect([...rootOf(el).querySelectorAll('[part="legend"] li')].map(visibleText)).to.include(
        'Wording changed',
      );
    });

    it('fits 320 px without overflowing, and is drawn for the width it has', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <rapport-alliance-trend
            instrument="session-check"
            .results=${EIGHT}
          ></rapport-alliance-trend>
        </div>`,
      );
      const el = box.querySelector<RapportAllianceTrend>(TAG)!;
      await el.updateComplete;
      await until(() => rootOf(el).querySelector('svg')?.getAttribute('width') === '320', 'width');
      expect(el.scrollWidth).to.be.at.most(320);
      box.style.width = '900px';
      await until(() => rootOf(el).querySelector('svg')?.getAttribute('width') === '900', 'wide');
    });

    it('subscales: a toggle adds one line for each, named by its label', async () => {
      const ids = workingRelationship.items.map((i) => i.id);
      const el = await trend(
        [3, 4, 5].map((v, i) => ({
          completedAt: DATES[i],
          answers: Object.fromEntries(ids.map((id) => [id, v])),
          responseId: `w-${i}`,
        })),
        { instrument: 'working-relationship' },
      );
      const toggle = getByRole(rootOf(el), 'button', 'Show subscales');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(rootOf(el).querySelectorAll('path.subscale')).to.have.length(0);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(rootOf(el).querySelectorAll('path.subscale')).to.have.length(3);
      const legend = [...rootOf(el).querySelectorAll('[part="legend"] li')].map(visibleText);
      expect(legend.slice(-3)).to.deep.equal(['Bond', 'Agreement on goals', 'Agreement on tasks']);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard and screen readers', () => {
    it('is one tab stop; arrows, Home and End move between sessions, each announced', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <rapport-alliance-trend
            instrument="session-check"
            .results=${EIGHT}
          ></rapport-alliance-trend>
          <button id="after">After</button>
        </div>`,
      );
      const el = page.querySelector<RapportAllianceTrend>(TAG)!;
      await el.updateComplete;
      expect(accessibleName(chart(el))).to.equal("How was today's session?: total by session");
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      // "Show as table", then the chart: one stop.
      await press('Tab');
      expect(accessibleName(rootOf(el).activeElement!)).to.equal('Show as table');
      await press('Tab');
      expect(rootOf(el).activeElement).to.equal(chart(el));
      await until(() => live(el) !== '', 'announced on focus');
      expect(live(el)).to.equal(
        'Session 8, May 12, 2026. Total 31.5. Below the cutoff of 36. Down 4.5.',
      );
      await press('ArrowLeft');
      await until(() => live(el).startsWith('Session 7'), 'session 7');
      expect(live(el)).to.equal('Session 7, May 5, 2026. Total 36. Down 2.');
      await press('Home');
      await until(() => live(el).startsWith('Session 1'), 'session 1');
      expect(live(el)).to.equal('Session 1, March 3, 2026. Total 30. Below the cutoff of 36.');
      await press('ArrowLeft');
      await el.updateComplete;
      expect(live(el)).to.match(/^Session 1,/);
      await press('ArrowRight');
      await until(() => live(el).startsWith('Session 2'), 'session 2');
      await press('End');
      await until(() => live(el).startsWith('Session 8'), 'session 8');
      await press('Tab');
      expect(document.activeElement).to.equal(page.querySelector('#after'));
    });

    it('Enter fires rapport-select with the session’s responseId', async () => {
      const el = await trend();
      chart(el).focus();
      await press('Home', 'ArrowRight');
      const selected = oneEvent(el, 'rapport-select') as Promise<RapportSelectEvent>;
      await press('Enter');
      const event = await selected;
      expect(event.detail).to.deep.equal({
        responseId: 'r-2',
        session: 2,
        completedAt: '2026-03-10T10:05:00.000Z',
      });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('a click chooses the nearest session', async () => {
      const el = await trend();
      const svg = rootOf(el).querySelector('svg')!;
      const point = svg.querySelectorAll('rect.below')[1].getBoundingClientRect();
      const selected = oneEvent(el, 'rapport-select') as Promise<RapportSelectEvent>;
      await sendMouse({
        type: 'click',
        position: [Math.round(point.x + point.width / 2), Math.round(point.y - 30)],
      });
      expect((await selected).detail.responseId).to.equal('r-2');
      await until(() => live(el).startsWith('Session 2'), 'announced');
    });

    it('right to left: the sessions run from the right, and ArrowLeft goes to a later one', async () => {
      const el = await trend(EIGHT, { lang: 'ar' });
      expect(rootOf(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      const svg = rootOf(el).querySelector('svg')!;
      const [first, second] = [...svg.querySelectorAll('rect.below')].map(
        (r) => r.getBoundingClientRect().x,
      );
      expect(first).to.be.greaterThan(second);
      chart(el).focus();
      await press('Home');
      await until(() => live(el) !== '', 'announced');
      const selected = oneEvent(el, 'rapport-select') as Promise<RapportSelectEvent>;
      await press('ArrowLeft', 'Enter');
      expect((await selected).detail.session).to.equal(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('the table', () => {
    it('"Show as table" gives the same data as a real table', async () => {
      const el = await trend(EIGHT.slice(5));
      const toggle = getByRole(rootOf(el), 'button', 'Show as table');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(chart(el).getClientRects()).to.have.length(0);
      const table = rootOf(el).querySelector('table')!;
      expect(visibleText(table.querySelector('caption'))).to.equal("How was today's session?");
      expect(tableRows(el)).to.deep.equal([
        ['Session', 'Date', 'Total', 'Flags'],
        ['1', 'April 28, 2026', '38', ''],
        ['2', 'May 5, 2026', '36', 'Down 2'],
        ['3', 'May 12, 2026', '31.5', 'Below the cutoff of 36; Down 4.5'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('with subscales, one column each, by label', async () => {
      const ids = workingRelationship.items.map((i) => i.id);
      const el = await trend(
        [{ completedAt: '2026-03-03', answers: Object.fromEntries(ids.map((id) => [id, 4])) }],
        { instrument: 'working-relationship' },
      );
      getByRole(rootOf(el), 'button', 'Show as table').click();
      await el.updateComplete;
      expect(tableRows(el)).to.deep.equal([
        ['Session', 'Date', 'Total', 'Bond', 'Agreement on goals', 'Agreement on tasks', 'Flags'],
        ['1', 'March 3, 2026', '42', '3.5', '3.5', '3.5', ''],
      ]);
    });
  });

  describe('bad input', () => {
    it('each bad entry is named once by position and field; the others still show', async () => {
      const errors: string[] = [];
      const listen = (e: RapportErrorEvent) => errors.push(`${e.detail.code}: ${e.detail.message}`);
      document.addEventListener('rapport-error', listen);
      try {
        const el = await trend([
          EIGHT[0],
          { ...EIGHT[1], completedAt: 'soon' },
          { ...EIGHT[2], answers: { 'at-ease': 12 } },
          EIGHT[3],
        ]);
        expect(el.series!.sessions.map((s) => s.responseId)).to.deep.equal(['r-1', 'r-4']);
        el.requestUpdate();
        await el.updateComplete;
        expect(errors).to.deep.equal([
          'invalid-value: results[1].completedAt must be an ISO 8601 date such as "2026-03-03"',
          // The field is named; the answer itself is not repeated.
          'invalid-value: results[2].answers["at-ease"] is not a value the item can take',
        ]);
        expect(summary(el)).to.match(/^2 sessions,/);
      } finally {
        document.removeEventListener('rapport-error', listen);
      }
    });

    it('an unknown instrument id, and a bad drop-alert, are errors, not exceptions', async () => {
      const errors: string[] = [];
      const listen = (e: RapportErrorEvent) => errors.push(e.detail.code);
      document.addEventListener('rapport-error', listen);
      try {
        const el = await trend(EIGHT, { instrument: 'no-such-thing' });
        await until(() => errors.includes('unknown-instrument'), 'unknown id reported');
        expect(visibleText(rootOf(el).querySelector('[role="alert"]'))).to.equal(
          'This questionnaire cannot be shown right now.',
        );
        const drop = await trend(EIGHT, { dropAlert: '-2' });
        await until(() => errors.includes('invalid-attribute'), 'drop-alert reported');
        expect(drop.series!.dropAlert).to.equal(1);
      } finally {
        document.removeEventListener('rapport-error', listen);
      }
    });

    it('a label with markup in it is shown as text', async () => {
      const inst = {
        id: 'session-check',
        version: '1',
        title: '<img src=x onerror="window.__pwned=1">Check',
        scale: { type: 'visual-analog', min: 0, max: 10 },
        items: [{ id: 'a', text: 'A', anchors: { low: 'l', high: 'h' } }],
      };
      const el = await trend([{ completedAt: '2026-03-03', answers: { a: 5 } }], {
        instrument: inst,
      });
      await until(() => el.definition !== undefined, 'instrument checked');
      await el.updateComplete;
      expect(rootOf(el).querySelector('img')).to.equal(null);
      expect(accessibleName(chart(el))).to.equal(
        '<img src=x onerror="window.__pwned=1">Check: total by session',
      );
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('print', () => {
    function printSheet(el: Element): CSSStyleSheet {
      const rules = rootOf(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print',
        );
      expect(rules, 'one @media print block').to.have.length(1);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync([...rules[0].cssRules].map((r) => r.cssText).join('\n'));
      return sheet;
    }

    function expectPrinted(el: RapportAllianceTrend): void {
      const root = rootOf(el);
      const rendered = (e: Element | null) => e !== null && e.getClientRects().length > 0;
      expect(rendered(root.querySelector('[part="controls"]')), 'no controls').to.equal(false);
      expect(rendered(root.querySelector('svg')), 'the chart').to.equal(true);
      expect(rendered(root.querySelector('table')), 'the table').to.equal(true);
      expect(getComputedStyle(root.querySelector('.total')!).stroke).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(root.querySelector('.mark')!).fill).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    }

    it('prints black on white, the chart and the table, no controls', async () => {
      const el = await trend();
      const root = rootOf(el);
      const onScreen = [...root.adoptedStyleSheets];
      root.adoptedStyleSheets = [...onScreen, printSheet(el)];
      try {
        expectPrinted(el);
        // A dark theme on screen still prints black on white.
        el.theme = 'dark';
        await el.updateComplete;
        expectPrinted(el);
        el.theme = 'auto';
        await el.updateComplete;
      } finally {
        root.adoptedStyleSheets = onScreen;
      }
      expect(root.querySelector('[part="controls"]')!.getClientRects().length).to.be.greaterThan(0);
      // Chromium: the print medium itself (the other launchers cannot emulate media).
      if (!/\bChrome\//.test(navigator.userAgent)) return;
      await emulateMedia({ media: 'print' });
      try {
        expectPrinted(el);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('forced colours (Windows High Contrast)', () => {
    // Emulated through the DevTools protocol, so in Chromium only.
    if (/Chrome\//.test(navigator.userAgent)) {
      afterEach(() => executeServerCommand('forced-colors', { active: false }));

      it('lines in the text colour, alerts in Highlight, the shapes unchanged', async () => {
        await executeServerCommand('forced-colors', { active: true });
        const el = await trend();
        const svg = rootOf(el).querySelector('svg')!;
        const text = (() => {
          const probe = document.createElement('div');
          probe.style.color = 'CanvasText';
          document.body.append(probe);
          const colour = getComputedStyle(probe).color;
          probe.remove();
          return colour;
        })();
        expect(getComputedStyle(svg.querySelector('.total')!).stroke).to.equal(text);
        expect(getComputedStyle(svg.querySelector('.mark.below')!).fill).to.equal(
          highlightColour(),
        );
        expect(getComputedStyle(svg.querySelector('.cutoff')!).stroke).to.equal(highlightColour());
        // The same marks as in ordinary colours: squares, triangles, one ringed.
        expect(svg.querySelectorAll('circle.mark')).to.have.length(4);
        expect(svg.querySelectorAll('rect.below:not(.ring)')).to.have.length(2);
        expect(svg.querySelectorAll('path.drop')).to.have.length(2);
        expect(svg.querySelectorAll('rect.ring')).to.have.length(1);
      });
    }
  });

  describe('accessibility', () => {
    it('axe finds nothing: chart, a session chosen, dark, empty, unavailable', async () => {
      const el = await trend();
      await expect(el).to.be.accessible();
      chart(el).focus();
      await press('Home');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await expect(await trend([])).to.be.accessible();
      const broken = await trend(EIGHT, { instrument: { id: 'x' } });
      await until(() => rootOf(broken).querySelector('[role="alert"]') !== null, 'unavailable');
      await expect(broken).to.be.accessible();
    });

    it('axe finds nothing: subscales shown, the table, Arabic, 200 sessions', async () => {
      const ids = workingRelationship.items.map((i) => i.id);
      const subscales = await trend(
        [2, 4, 5].map((v, i) => ({
          completedAt: DATES[i],
          answers: Object.fromEntries(ids.map((id) => [id, v])),
        })),
        { instrument: workingRelationship },
      );
      getByRole(rootOf(subscales), 'button', 'Show subscales').click();
      await subscales.updateComplete;
      await expect(subscales).to.be.accessible();
      getByRole(rootOf(subscales), 'button', 'Show as table').click();
      await subscales.updateComplete;
      await expect(subscales).to.be.accessible();
      const arabic = await trend(EIGHT, { lang: 'ar' });
      expect(summary(arabic)).not.to.contain('sessions');
      await expect(arabic).to.be.accessible();
      const many = await trend(generateSessions(200));
      expect(many.series!.sessions).to.have.length(200);
      await expect(many).to.be.accessible();
    });
  });
});
