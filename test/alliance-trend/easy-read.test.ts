// <rapport-alliance-trend easy-read>: the trend in easy-read words, for a person and their
// clinician looking at it together; a picture by the summary; plain texts in other languages.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/alliance-trend/define.js';
import '../../src/provider/define.js';
import type { RapportAllianceTrend } from '../../src/alliance-trend/alliance-trend.js';
import type { RapportErrorEvent } from '../../src/core/events.js';
import type { InstrumentDefinition } from '../../src/instruments/types.js';
import type { TrendTerms } from '../../src/alliance-trend/locales/index.js';
import easyTerms from '../../src/alliance-trend/locales/easy-en.js';
import en from '../../src/alliance-trend/locales/en.js';
import { sessionCheck } from '../../src/instruments/examples/session-check.js';
import { accessibleName, getByRole, visibleText } from '../helpers/roles.js';
import { SLOW, until } from '../helpers/wait.js';
import { watchConsole } from '../contract/watchers.js';
import { result } from './fixtures.js';

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

const EASY_SUMMARY =
  'There are 8 meetings to show. The first was on March 3, 2026. The last was on May 12, 2026. ' +
  'The last total was 31.5. This is below 36. ' +
  'A total below 36 means it is good to talk about how we work together. ' +
  'The total went down by 4.5 since the meeting before.';

const rootOf = (el: Element) => el.shadowRoot!;
const summary = (el: Element) => visibleText(rootOf(el).querySelector('[part="summary"]'));
const chart = (el: Element) => rootOf(el).querySelector<HTMLElement>('[part="chart"]')!;
const pictures = (el: Element) => [...rootOf(el).querySelectorAll('[part="easy-picture"]')];

/** A trend, once its summary is `words` (easy read loads its texts and pictures first). */
async function trend(
  words: string | RegExp,
  {
    easy = true,
    lang = 'en',
    instrument = 'session-check' as InstrumentDefinition | string,
    results = EIGHT as readonly unknown[],
  } = {},
): Promise<RapportAllianceTrend> {
  const el = await fixture<RapportAllianceTrend>(
    html`<rapport-alliance-trend
      lang=${lang}
      ?easy-read=${easy}
      .instrument=${instrument}
      .results=${results}
    ></rapport-alliance-trend>`,
  );
  const matches = () =>
    typeof words === 'string' ? summary(el) === words : words.test(summary(el));
  await until(matches, `the summary "${String(words)}"`);
  return el;
}

describe('alliance trend: easy read', function () {
  this.timeout(SLOW);

  it('says the trend in easy-read words: meetings, the total, what below the line means', async () => {
    const el = await trend(EASY_SUMMARY);
    expect(accessibleName(chart(el))).to.equal(
      'How was our meeting today?: the total at each meeting',
    );
    expect(accessibleName(getByRole(rootOf(el), 'button', 'Show the numbers in a table'))).to.equal(
      'Show the numbers in a table',
    );
    const legend = [...rootOf(el).querySelectorAll('[part="legend"] li')].map((li) =>
      visibleText(li),
    );
    expect(legend).to.deep.equal([
      'Total',
      'The line at 36',
      'The total is below 36',
      'The total went down by 1 or more',
    ]);
    const one = await trend(/^There is 1 meeting/, { results: [EIGHT[3]] });
    expect(summary(one)).to.equal(
      'There is 1 meeting to show. It was on March 31, 2026. The last total was 38. This is 36 or more.',
    );
    const none = await trend('There are no meetings to show yet.', { results: [] });
    expect(chart(none)).to.equal(null);
  });

  it('names the table in easy-read words', async () => {
    const el = await trend(EASY_SUMMARY);
    getByRole(rootOf(el), 'button', 'Show the numbers in a table').click();
    await el.updateComplete;
    const head = [...rootOf(el).querySelectorAll('table thead th')].map((th) => visibleText(th));
    expect(head).to.deep.equal(['Meeting', 'Date', 'Total', 'Things to notice']);
    const cells = [...rootOf(el).querySelectorAll('table tbody td, table tbody th')].map((c) =>
      visibleText(c),
    );
    expect(cells.join(' | ')).to.contain('The total is below 36');
  });

  it('in Spanish shows the plain Spanish texts', async () => {
    const el = await trend(/^8 sesiones/, { lang: 'es' });
    expect(summary(el)).to.equal(
      '8 sesiones, del 3 de marzo de 2026 al 12 de mayo de 2026. Último total: 31,5, por debajo de 36. Baja 4,5 desde la sesión anterior.',
    );
    expect(accessibleName(chart(el))).to.contain('¿Cómo fue la sesión de hoy?');
  });

  it("names the chart by the instrument's easy-read title only in easy read", async () => {
    const plain = await trend(/^8 sessions/, { easy: false });
    expect(accessibleName(chart(plain))).to.equal("How was today's session?: total by session");
    const easy = await trend(EASY_SUMMARY);
    expect(accessibleName(chart(easy))).not.to.equal(accessibleName(chart(plain)));
  });

  it('puts a picture, hidden from screen readers, by the summary; none outside easy read', async () => {
    const el = await trend(EASY_SUMMARY);
    const shown = pictures(el);
    expect(shown).to.have.length(1);
    expect(shown[0].getAttribute('aria-hidden')).to.equal('true');
    expect(shown[0].closest('.easy-point')?.querySelector('[part="summary"]')).to.not.equal(null);
    const plain = await trend(/^8 sessions/, { easy: false });
    expect(pictures(plain)).to.have.length(0);
  });

  it('is accessible in easy read', async () => {
    const el = await trend(EASY_SUMMARY);
    await expect(el).to.be.accessible();
  });

  it("shows a definition's easyRead title in easy read, and reports a bad one naming the field", async () => {
    const own = { ...sessionCheck, easyRead: { title: 'Our meetings' } };
    const easy = await trend(EASY_SUMMARY, { instrument: own });
    expect(accessibleName(chart(easy))).to.equal('Our meetings: the total at each meeting');
    const errors: RapportErrorEvent[] = [];
    const listener = (e: Event) => errors.push(e as RapportErrorEvent);
    document.addEventListener('rapport-error', listener);
    const console = watchConsole();
    try {
      await fixture(
        html`<rapport-alliance-trend
          easy-read
          .instrument=${{ ...own, easyRead: { title: { 'en US': 'x' } } }}
          .results=${EIGHT}
        ></rapport-alliance-trend>`,
      );
      await until(() => errors.length > 0, 'rapport-error for the bad easyRead');
      expect(errors[0].detail.code).to.equal('invalid-instrument');
      expect(errors[0].detail.message).to.contain('easyRead.title["en US"]');
    } finally {
      console.restore();
      document.removeEventListener('rapport-error', listener);
    }
  });

  it('is turned on by <rapport-provider easy-read> around it', async () => {
    const provider = await fixture(
      html`<rapport-provider easy-read
        ><rapport-alliance-trend
          instrument="session-check"
          .results=${EIGHT}
        ></rapport-alliance-trend
      ></rapport-provider>`,
    );
    const el = provider.querySelector<RapportAllianceTrend>('rapport-alliance-trend')!;
    await until(() => summary(el) === EASY_SUMMARY, 'the easy-read summary');
    expect(pictures(el)).to.have.length(1);
  });

  it('keeps every easy-read sentence short (at most 20 words)', () => {
    const terms = easyTerms as TrendTerms;
    const texts = [
      terms.trendSessions(1, '1', 'March 31, 2026', null),
      terms.trendSessions(12, '12', 'March 3, 2026', 'December 12, 2026'),
      terms.trendLast('31.5', '36', true),
      terms.trendLast('38', '36', false),
      terms.trendLast('38', null, false),
      terms.trendChange(-4.5, '4.5'),
      terms.trendChange(0, '0'),
      terms.trendEmpty,
      terms.trendKeys,
      terms.trendChart('How was our meeting today?'),
      terms.trendDropRule('1'),
    ];
    for (const text of texts) {
      for (const sentence of text.split(/(?<=[.?!])\s+/)) {
        expect(sentence.split(/\s+/).length, sentence).to.be.at.most(20);
      }
    }
    // Every text of the trend has its easy-read version.
    expect(Object.keys(easyTerms).sort()).to.deep.equal(Object.keys(en).sort());
  });
});
