// Subscales are shown by their labels, in the widget's language; the format checks the labels.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/alliance-scale/define.js';
import type { RapportAllianceScale } from '../../src/alliance-scale/alliance-scale.js';
import { checkInstrument } from '../../src/instruments/validate.js';
import type { InstrumentDefinition } from '../../src/instruments/types.js';
import { visibleText } from '../helpers/roles.js';
import { SLOW } from '../helpers/wait.js';

const IDS = ['bond-1', 'goals-1', 'tasks-1', 'bond-2', 'goals-2', 'tasks-2'];
const IDS_ALL = [...IDS, 'bond-3', 'goals-3', 'tasks-3', 'bond-4', 'goals-4', 'tasks-4'];

function scoreRows(el: RapportAllianceScale): string[][] {
  const panel = el.shadowRoot!.querySelector('[part="score-panel"]')!;
  return [...panel.querySelectorAll('.row')].map((row) => [
    visibleText(row.querySelector('dt')),
    visibleText(row.querySelector('dd')),
  ]);
}

async function readonly(lang: string, instrument: unknown): Promise<RapportAllianceScale> {
  const el = await fixture<RapportAllianceScale>(
    html`<rapport-alliance-scale
      lang=${lang}
      readonly
      .instrument=${instrument}
      .value=${Object.fromEntries(IDS_ALL.map((id) => [id, 4]))}
    ></rapport-alliance-scale>`,
  );
  await el.updateComplete;
  return el;
}

/** Two subscales, one labelled in English and French, one left without a label. */
const partly: InstrumentDefinition = {
  id: 'labelled',
  version: '1',
  title: 'Labelled',
  scale: {
    type: 'likert',
    options: [
      { value: 1, label: 'One' },
      { value: 2, label: 'Two' },
    ],
  },
  items: [
    { id: 'a', text: 'A', subscale: 'near' },
    { id: 'b', text: 'B', subscale: 'far' },
  ],
  subscales: { near: { label: { en: 'Closeness', fr: 'Proximité' } } },
  scoring: { cutoff: { score: 'near', below: 2, message: 'Talk' } },
};

describe('subscale labels', function () {
  this.timeout(SLOW);

  it('the read-only view shows each subscale by its label, in English and in Spanish', async () => {
    expect(scoreRows(await readonly('en', 'working-relationship'))).to.deep.equal([
      // One statement of each subscale is reverse-scored: 4 counts as 2.
      ['Total', '42 of 60'],
      ['Bond', '3.5'],
      ['Agreement on goals', '3.5'],
      ['Agreement on tasks', '3.5'],
    ]);
    expect(scoreRows(await readonly('es', 'working-relationship'))).to.deep.equal([
      ['Total', '42 de 60'],
      ['Vínculo', '3,5'],
      ['Acuerdo sobre los objetivos', '3,5'],
      ['Acuerdo sobre las tareas', '3,5'],
    ]);
  });

  it('a subscale without a label is shown by its name; a cutoff on a subscale names its label', async () => {
    const el = await fixture<RapportAllianceScale>(
      html`<rapport-alliance-scale
        lang="fr"
        readonly
        .instrument=${partly}
        .value=${{ a: 1, b: 2 }}
      ></rapport-alliance-scale>`,
    );
    await el.updateComplete;
    expect(scoreRows(el).slice(1)).to.deep.equal([
      ['Proximité', '1'],
      ['far', '2'],
    ]);
    const cutoff = visibleText(el.shadowRoot!.querySelector('.cutoff'));
    expect(cutoff).to.contain('Proximité');
    expect(cutoff).not.to.contain('near');
  });

  it('the validator names a bad label, an unknown subscale and an unknown field', () => {
    const check = checkInstrument({
      ...partly,
      subscales: {
        near: { label: { en: ' ' } },
        far: { label: 7, colour: 'red' },
        nowhere: { label: 'Nobody uses me' },
        __proto__: 'x',
      },
    });
    expect(check.ok).to.equal(false);
    if (check.ok) return;
    expect(check.problems.map((p) => p.message)).to.deep.equal([
      'subscales.near.label.en must not be blank',
      'subscales.far.colour is not a known field',
      'subscales.far.label must be a text, or an object of texts by language',
      'subscales.nowhere is not the subscale of any item',
    ]);
  });

  it('subscales must be an object, and each entry one with a label', () => {
    const asList = checkInstrument({ ...partly, subscales: ['near'] });
    expect(asList.ok ? [] : asList.problems.map((p) => p.message)).to.deep.equal([
      'subscales must be an object, not an array',
    ]);
    const noLabel = checkInstrument({ ...partly, subscales: { near: {} } });
    expect(noLabel.ok ? [] : noLabel.problems.map((p) => p.message)).to.deep.equal([
      'subscales.near.label is missing',
    ]);
  });
});
