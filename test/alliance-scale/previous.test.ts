// A read-only scale given the result before says how the total changed since then.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/alliance-scale/define.js';
import type { RapportAllianceScale } from '../../src/alliance-scale/alliance-scale.js';
import type { RapportErrorEvent } from '../../src/core/events.js';
import { answersFor, result } from '../alliance-trend/fixtures.js';
import { visibleText } from '../helpers/roles.js';
import { frames, SLOW } from '../helpers/wait.js';

/** The session before: a total of 36 on 28 April (a calendar day, the same in every zone). */
function before(total = 36): ReturnType<typeof result> {
  return { ...result(1, total, '2026-04-28'), completedAt: '2026-04-28' };
}

async function readonly(
  lang: string,
  previous: unknown,
  total = 31.5,
): Promise<RapportAllianceScale> {
  const el = await fixture<RapportAllianceScale>(
    html`<rapport-alliance-scale
      lang=${lang}
      readonly
      instrument="session-check"
      .value=${answersFor(total)}
      .previous=${previous}
    ></rapport-alliance-scale>`,
  );
  await el.updateComplete;
  return el;
}

/** The total's row of the read-only summary, as it is read. */
function totalRow(el: RapportAllianceScale): string {
  const row = el.shadowRoot!.querySelector('[part="score-panel"] .row');
  return `${visibleText(row?.querySelector('dt') ?? null)}: ${visibleText(row?.querySelector('dd') ?? null)}`;
}

describe('alliance scale: the change since a previous result', function () {
  this.timeout(SLOW);

  it('says the fall since the session before, in English and in Spanish', async () => {
    expect(totalRow(await readonly('en', before()))).to.equal(
      'Total: 31.5 of 40, down 4.5 since April 28',
    );
    expect(totalRow(await readonly('es', before()))).to.equal(
      'Total: 31,5 de 40, baja 4,5 desde el 28 de abril',
    );
  });

  it('says a rise, and no change, and is accessible', async () => {
    const up = await readonly('en', before(30));
    expect(totalRow(up)).to.equal('Total: 31.5 of 40, up 1.5 since April 28');
    const same = await readonly('fr', before(31.5));
    expect(totalRow(same)).to.equal('Total: 31,5 sur 40, aucun changement depuis le 28 avril');
    await expect(up).to.be.accessible();
  });

  it('without a previous result, or one without a total, the total stands alone', async () => {
    expect(totalRow(await readonly('en', undefined))).to.equal('Total: 31.5 of 40');
    const unfinished = { ...before(), answers: { 'at-ease': 5 } };
    expect(totalRow(await readonly('en', unfinished))).to.equal('Total: 31.5 of 40');
  });

  it('a previous result it cannot use is named once in rapport-error and left out', async () => {
    const cases: Array<[unknown, string]> = [
      ['last week', 'previous must be a result (an object), not a string'],
      [
        { ...before(), definition: { id: 'working-relationship' } },
        'previous.definition.id "working-relationship" is not the instrument "session-check"',
      ],
      [
        { ...before(), completedAt: 'Tuesday' },
        'previous.completedAt must be an ISO 8601 date such as "2026-03-03"',
      ],
      [
        { ...before(), answers: [5, 5] },
        'previous.answers must be an object of answers by item id',
      ],
      [
        Object.defineProperty({ ...before() }, 'answers', {
          get() {
            throw new Error('no access');
          },
        }),
        'previous could not be read',
      ],
    ];
    for (const [previous, message] of cases) {
      const errors: string[] = [];
      const listen = (e: RapportErrorEvent) => errors.push(`${e.detail.code}: ${e.detail.message}`);
      document.addEventListener('rapport-error', listen);
      try {
        const el = await readonly('en', previous);
        el.requestUpdate();
        await el.updateComplete;
        await frames();
        expect(errors, message).to.deep.equal([`invalid-value: ${message}`]);
        expect(totalRow(el)).to.equal('Total: 31.5 of 40');
      } finally {
        document.removeEventListener('rapport-error', listen);
      }
    }
  });

  it('a new previous result replaces the change shown', async () => {
    const el = await readonly('en', before());
    el.previous = { ...before(33), completedAt: '2026-05-05' };
    await el.updateComplete;
    expect(totalRow(el)).to.equal('Total: 31.5 of 40, down 1.5 since May 5');
  });
});
