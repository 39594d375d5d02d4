import { expect } from '@open-wc/testing';
import { fromQuestionnaire, toQuestionnaire } from '../../src/fhir/index.js';
import type { Questionnaire, QuestionnaireItem } from '../../src/fhir/index.js';
import {
  checkInstrument,
  facesCheck,
  sessionCheck,
  workingRelationship,
} from '../../src/instruments/index.js';
import type { InstrumentDefinition } from '../../src/instruments/index.js';
import { clinicQuestionnaire } from './fixtures.js';
import { BINDINGS, expectValid } from './validator.js';

const HL7 = 'http://hl7.org/fhir/StructureDefinition';
const OWN = 'https://rapport-elements.dev/fhir/StructureDefinition';
const SDC_CALCULATED =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

function translations(pairs: Record<string, string>) {
  return {
    extension: Object.entries(pairs).map(([lang, content]) => ({
      url: `${HL7}/translation`,
      extension: [
        { url: 'lang', valueCode: lang },
        { url: 'content', valueString: content },
      ],
    })),
  };
}

function item(q: Questionnaire, linkId: string): QuestionnaireItem {
  const found = q.item?.find((i) => i.linkId === linkId);
  if (!found) throw new Error(`no item ${linkId}`);
  return found;
}

/** The instrument with its easy-read texts left out, as a Questionnaire carries it. */
function withoutEasyRead(instrument: InstrumentDefinition): InstrumentDefinition {
  return JSON.parse(
    JSON.stringify(instrument, (key, value: unknown) => (key === 'easyRead' ? undefined : value)),
  ) as InstrumentDefinition;
}

describe('toQuestionnaire / fromQuestionnaire', () => {
  for (const example of [sessionCheck, workingRelationship, facesCheck]) {
    it(`${example.id}: valid R4, and back to the same instrument`, async () => {
      const q = toQuestionnaire(example);
      await expectValid(q, BINDINGS.Questionnaire);
      // Through JSON, as an EHR would store it.
      const back = fromQuestionnaire(JSON.parse(JSON.stringify(q)) as Questionnaire);
      expect(back.problems).to.deep.equal([]);
      // Easy-read texts are not carried in a Questionnaire (docs/fhir.md): all else comes back.
      expect(back.instrument).to.deep.equal(withoutEasyRead(example));
    });
  }

  it('writes the header: canonical url, name, version, status, language, example mark', () => {
    const q = toQuestionnaire(sessionCheck);
    expect(q.resourceType).to.equal('Questionnaire');
    expect(q.url).to.equal('https://rapport-elements.dev/fhir/Questionnaire/session-check');
    expect(q.name).to.equal('SessionCheck');
    expect(q.version).to.equal('1.0.0');
    expect(q.status).to.equal('active');
    expect(q.experimental).to.equal(true);
    expect(q.language).to.equal('en');
    expect(q.title).to.equal("How was today's session?");
    expect(q._title).to.deep.equal(
      translations({
        en: "How was today's session?",
        es: '¿Cómo fue la sesión de hoy?',
        fr: "Comment s'est passée la séance d'aujourd'hui\u00a0?",
        ar: 'كيف كانت جلسة اليوم؟',
      }),
    );
    expect(q.item?.map((i) => [i.linkId, i.type])).to.deep.equal([
      ['instructions', 'display'],
      ['at-ease', 'decimal'],
      ['what-mattered', 'decimal'],
      ['way-of-working', 'decimal'],
      ['whole-session', 'decimal'],
      ['total', 'decimal'],
    ]);
  });

  it('writes a line as a decimal slider with its range, step and anchors', () => {
    const line = item(toQuestionnaire(sessionCheck), 'at-ease');
    expect(line.required).to.equal(true);
    expect(line.extension).to.deep.equal([
      {
        url: `${HL7}/questionnaire-itemControl`,
        valueCodeableConcept: {
          coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'slider' }],
        },
      },
      { url: `${HL7}/minValue`, valueDecimal: 0 },
      { url: `${HL7}/maxValue`, valueDecimal: 10 },
      { url: `${HL7}/maxDecimalPlaces`, valueInteger: 1 },
      { url: `${OWN}/step`, valueDecimal: 0.1 },
    ]);
    expect(line.item?.map((i) => [i.linkId, i.type, i.text])).to.deep.equal([
      ['at-ease.low', 'display', 'Not comfortable at all'],
      ['at-ease.high', 'display', 'Completely comfortable'],
    ]);
    expect(
      line.item?.map((i) => i.extension?.[0].valueCodeableConcept?.coding?.[0].code),
    ).to.deep.equal(['lower', 'upper']);
  });

  it('writes Likert options as codings carrying their scores; subscales and reverse scoring kept', () => {
    const q = toQuestionnaire(workingRelationship);
    const reversed = item(q, 'bond-3');
    expect(reversed.type).to.equal('choice');
    expect(reversed.extension?.slice(1)).to.deep.equal([
      { url: `${OWN}/scale-type`, valueCode: 'likert' },
      { url: `${OWN}/subscale`, valueString: 'bond' },
      { url: `${OWN}/reverse`, valueBoolean: true },
    ]);
    expect(reversed.answerOption?.[1]).to.deep.equal({
      extension: [
        { url: `${HL7}/ordinalValue`, valueDecimal: 2 },
        { url: `${HL7}/itemWeight`, valueDecimal: 2 },
      ],
      valueCoding: {
        system: 'https://rapport-elements.dev/fhir/CodeSystem/option-value',
        code: '2',
        display: 'Rarely',
        _display: translations({ en: 'Rarely', es: 'Pocas veces', fr: 'Rarement', ar: 'نادرًا' }),
      },
    });
    expect(item(q, 'total').readOnly).to.equal(true);
    expect(q.item?.slice(-4).map((i) => [i.linkId, i.text])).to.deep.equal([
      ['total', 'Total'],
      ['subscale-bond', 'Bond'],
      ['subscale-goals', 'Agreement on goals'],
      ['subscale-tasks', 'Agreement on tasks'],
    ]);
    // Each label in every language, so it comes back as it went out.
    expect(item(q, 'subscale-goals')._text).to.deep.equal(
      translations({
        en: 'Agreement on goals',
        es: 'Acuerdo sobre los objetivos',
        fr: 'Accord sur les objectifs',
        ar: 'الاتفاق على الأهداف',
      }),
    );
  });

  it('computes the total with a calculatedExpression that reverses and weighs as the scoring does', () => {
    const total = item(toQuestionnaire(workingRelationship), 'total');
    expect(total.extension?.[0]).to.deep.equal({ url: `${OWN}/score`, valueString: 'total' });
    const scores = total.extension?.[1].valueExpression?.expression ?? '';
    expect(
      scores.startsWith(
        "(%resource.repeat(item).where(linkId = 'bond-1').answer.value.weight()).combine(",
      ),
    ).to.equal(true);
    expect(scores).to.contain(
      "%resource.repeat(item).where(linkId = 'bond-3').answer.value.weight().select(6 - $this)",
    );
    expect(total.extension?.[2].url).to.equal(SDC_CALCULATED);
    expect(total.extension?.[2].valueExpression?.expression).to.match(
      /^iif\(%scores\.exists\(\) and %resource\.repeat\(item\)\.where\(linkId in \('bond-1' \| .*\)\)\.answer\.count\(\) = 12, %scores\.aggregate\(\$this \+ \$total, 0\)\.round\(2\)\)$/,
    );
  });

  it('keeps a licence, a plain-string text and per-item scales exactly', async () => {
    const licensed: InstrumentDefinition = {
      id: 'https://clinic.example/fhir/Questionnaire/licensed',
      version: '2',
      title: 'A licensed check',
      licence: {
        holder: 'A rights holder',
        terms: { en: 'Used under licence.', fr: 'Sous licence.' },
        url: 'https://clinic.example/licence',
      },
      items: [
        {
          id: 'a',
          text: 'First',
          required: false,
          scale: {
            type: 'faces',
            options: [1, 2, 3].map((value) => ({ value, label: `F${value}` })),
          },
        },
        {
          id: 'b',
          text: { en: 'Second' },
          anchors: { low: 'low', high: 'high' },
          scale: { type: 'visual-analog', min: 1, max: 7, step: 1 },
        },
      ],
      scoring: { total: 'mean', cutoff: { score: 'total', below: 2.5, message: 'Talk.' } },
    };
    expect(checkInstrument(licensed).ok).to.equal(true);
    const q = toQuestionnaire(licensed);
    expect(q.url).to.equal(licensed.id);
    expect(q.name).to.equal('Licensed');
    expect(q.copyright).to.equal('Used under licence.');
    expect(item(q, 'a').required).to.equal(false);
    expect(item(q, 'b').extension?.slice(-2)).to.deep.equal([
      { url: `${HL7}/questionnaire-sliderStepValue`, valueInteger: 1 },
      { url: `${OWN}/own-scale`, valueBoolean: true },
    ]);
    await expectValid(q, BINDINGS.Questionnaire);
    expect(fromQuestionnaire(q)).to.deep.equal({ instrument: licensed, problems: [] });
  });
});

describe('fromQuestionnaire: a questionnaire written elsewhere', () => {
  it('is valid R4 as written (the fixture itself)', async () => {
    await expectValid(clinicQuestionnaire, BINDINGS.Questionnaire);
  });

  it('becomes an instrument: groups flattened, display as instructions, scores from weights, total not asked', () => {
    const { instrument } = fromQuestionnaire(clinicQuestionnaire);
    const agree = {
      type: 'likert',
      options: [
        { value: 0, label: 'Disagree' },
        { value: 1, label: 'Not sure' },
        { value: 2, label: 'Agree' },
      ],
    };
    expect(instrument).to.deep.equal({
      id: 'http://clinic.example/fhir/Questionnaire/after-visit',
      version: '3',
      title: 'After your visit',
      instructions: 'Tell us how today went.',
      items: [
        { id: 'explained', text: 'Things were explained in a way I understood.', scale: agree },
        { id: 'time', text: 'There was enough time for my questions.', scale: agree },
        {
          id: 'return',
          text: 'How ready are you to come back?',
          anchors: { low: '0', high: '4' },
          scale: { type: 'visual-analog', min: 0, max: 4, step: 1 },
        },
      ],
    });
    expect(checkInstrument(instrument).ok).to.equal(true);
  });

  it('names each item it leaves out by linkId', () => {
    expect(fromQuestionnaire(clinicQuestionnaire).problems).to.deep.equal([
      {
        code: 'unscored-choice',
        linkId: 'room',
        message:
          'item "room" has answers without a score (ordinalValue or itemWeight); it is left out.',
      },
      {
        code: 'free-text',
        linkId: 'else',
        message: 'item "else" asks for free text (type text); it is left out.',
      },
    ]);
  });

  it('reports enableWhen, repeats, free text, value sets, unbounded numbers and other types', async () => {
    const scored = {
      extension: [{ url: `${HL7}/ordinalValue`, valueDecimal: 1 }],
      valueCoding: { code: 'y', display: 'Yes' },
    };
    const q: Questionnaire = {
      resourceType: 'Questionnaire',
      status: 'draft',
      contained: [
        {
          resourceType: 'ValueSet',
          id: 'yn',
          status: 'active',
          compose: {
            include: [
              {
                system: 'http://clinic.example/yn',
                concept: [
                  {
                    extension: [{ url: `${HL7}/ordinalValue`, valueDecimal: 0 }],
                    code: 'n',
                    display: 'No',
                  },
                  {
                    extension: [{ url: `${HL7}/ordinalValue`, valueDecimal: 1 }],
                    code: 'y',
                    display: 'Yes',
                  },
                ],
              },
            ],
          },
        },
      ],
      item: [
        { linkId: 'kept', text: 'Kept', type: 'choice', answerValueSet: '#yn' },
        {
          linkId: 'when',
          text: 'Only sometimes',
          type: 'choice',
          enableWhen: [{ question: 'kept', operator: 'exists', answerBoolean: true }],
          answerOption: [scored],
        },
        {
          linkId: 'again',
          text: 'Again and again',
          type: 'choice',
          repeats: true,
          answerOption: [scored],
        },
        { linkId: 'words', text: 'In your words', type: 'string' },
        { linkId: 'open', text: 'Or say', type: 'open-choice', answerOption: [scored] },
        {
          linkId: 'outside',
          text: 'Outside',
          type: 'choice',
          answerValueSet: 'http://clinic.example/ValueSet/yn',
        },
        { linkId: 'count', text: 'How many', type: 'integer' },
        { linkId: 'day', text: 'Which day', type: 'date' },
      ],
    };
    await expectValid(q, BINDINGS.Questionnaire);
    const { instrument, problems } = fromQuestionnaire(q);
    expect(problems.map((p) => [p.code, p.linkId])).to.deep.equal([
      ['enable-when', 'when'],
      ['repeats', 'again'],
      ['free-text', 'words'],
      ['free-text', 'open'],
      ['value-set', 'outside'],
      ['no-range', 'count'],
      ['unsupported-type', 'day'],
    ]);
    expect(problems.every((p) => p.message.includes(`"${p.linkId}"`))).to.equal(true);
    expect(instrument?.items).to.deep.equal([{ id: 'kept', text: 'Kept', required: false }]);
    expect(instrument?.scale).to.deep.equal({
      type: 'likert',
      options: [
        { value: 0, label: 'No' },
        { value: 1, label: 'Yes' },
      ],
    });
  });

  it('gives no instrument when nothing can be asked', () => {
    expect(
      fromQuestionnaire({
        resourceType: 'Questionnaire',
        status: 'active',
        item: [{ linkId: 'only', type: 'text', text: 'Say anything' }],
      }),
    ).to.deep.equal({
      instrument: undefined,
      problems: [
        {
          code: 'free-text',
          linkId: 'only',
          message: 'item "only" asks for free text (type text); it is left out.',
        },
        { code: 'no-items', message: 'The Questionnaire has no item that can be asked.' },
      ],
    });
  });
});
