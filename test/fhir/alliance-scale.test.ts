// <rapport-alliance-scale> given a FHIR Questionnaire written elsewhere, answered by keyboard.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/alliance-scale/define.js';
import type { RapportAllianceScale } from '../../src/index.js';
import { toQuestionnaireResponse } from '../../src/fhir/index.js';
import { getByRole, getRadio } from '../helpers/roles.js';
import { press, repeat } from '../helpers/keyboard.js';
import { clinicQuestionnaire } from './fixtures.js';

describe('<rapport-alliance-scale> with a FHIR Questionnaire', () => {
  it('names the items it cannot ask, asks the rest, and scores them exactly', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <label>Before <input /></label>
      </div>`,
    );
    const el = document.createElement('rapport-alliance-scale') as RapportAllianceScale;
    const errors: Array<{ code: string; message: string }> = [];
    el.addEventListener('rapport-error', (e) => errors.push(e.detail));
    el.instrument = clinicQuestionnaire;
    page.append(el);
    await el.updateComplete;

    expect(errors).to.deep.equal([
      {
        code: 'invalid-instrument',
        message:
          'instrument: item "room" has answers without a score (ordinalValue or itemWeight); it is left out. item "else" asks for free text (type text); it is left out.',
      },
    ]);
    const root = el.shadowRoot!;
    const ready = getByRole(root, 'slider', 'How ready are you to come back?');
    expect(root.textContent).not.to.contain('Which room were you seen in?');
    expect(root.textContent).not.to.contain('Anything else?');

    page.querySelector('input')!.focus();
    await press('Tab');
    expect(root.activeElement).to.equal(
      getRadio(root, 'Things were explained in a way I understood.', 'Disagree'),
    );
    await press(...repeat('ArrowRight', 2));
    await press('Tab');
    expect(root.activeElement).to.equal(
      getRadio(root, 'There was enough time for my questions.', 'Disagree'),
    );
    await press('ArrowRight');
    await press('Tab');
    expect(root.activeElement).to.equal(ready);
    await press('Home', ...repeat('ArrowRight', 3));
    await el.updateComplete;
    expect(ready.getAttribute('aria-valuenow')).to.equal('3');

    await press('Tab');
    expect(root.activeElement?.textContent?.trim()).to.equal('Send');
    const submitted = oneEvent(el, 'rapport-submit');
    await press('Enter');
    const { detail } = await submitted;
    expect(detail.definition.id).to.equal('http://clinic.example/fhir/Questionnaire/after-visit');
    expect(detail.definition.version).to.equal('3');
    expect(detail.answers).to.deep.equal({ explained: 2, time: 1, return: 3 });
    expect(detail.scores).to.deep.equal({ total: 6, subscales: {} });

    // The same response validated as R4 is in response.test.ts; here, that it maps the same.
    const qr = toQuestionnaireResponse(detail, clinicQuestionnaire);
    expect(qr.questionnaire).to.equal('http://clinic.example/fhir/Questionnaire/after-visit|3');
    expect(
      qr.item?.map((i) => [
        i.linkId,
        i.answer?.[0].valueCoding?.code ?? i.answer?.[0].valueInteger ?? i.answer?.[0].valueDecimal,
      ]),
    ).to.deep.equal([
      ['explained', 'agree'],
      ['time', 'unsure'],
      ['return', 3],
      ['score', 6],
    ]);
  });
});
