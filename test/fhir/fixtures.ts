import type { Questionnaire } from '../../src/fhir/index.js';

const WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const AGREE = 'http://clinic.example/fhir/CodeSystem/agreement';

const agreeCodes = [
  ['disagree', 'Disagree'],
  ['unsure', 'Not sure'],
  ['agree', 'Agree'],
] as const;

/**
 * A questionnaire written the way another tool writes one (our own words): a display item,
 * a group, scores as itemWeight on the options and as ordinalValue on the codings, an integer
 * 0–10 item, a computed total, an unscored choice and a free-text item.
 */
export const clinicQuestionnaire: Questionnaire = {
  resourceType: 'Questionnaire',
  url: 'http://clinic.example/fhir/Questionnaire/after-visit',
  version: '3',
  name: 'AfterVisit',
  title: 'After your visit',
  status: 'active',
  item: [
    { linkId: 'intro', type: 'display', text: 'Tell us how today went.' },
    {
      linkId: 'visit',
      type: 'group',
      text: 'About the visit',
      item: [
        {
          linkId: 'explained',
          type: 'choice',
          text: 'Things were explained in a way I understood.',
          required: true,
          answerOption: agreeCodes.map(([code, display], i) => ({
            extension: [{ url: WEIGHT, valueDecimal: i }],
            valueCoding: { system: AGREE, code, display },
          })),
        },
        {
          linkId: 'time',
          type: 'choice',
          text: 'There was enough time for my questions.',
          required: true,
          answerOption: agreeCodes.map(([code, display], i) => ({
            valueCoding: {
              extension: [{ url: ORDINAL, valueDecimal: i }],
              system: AGREE,
              code,
              display,
            },
          })),
        },
        {
          linkId: 'room',
          type: 'choice',
          text: 'Which room were you seen in?',
          answerOption: [
            {
              valueCoding: { system: 'http://clinic.example/rooms', code: 'a', display: 'Room A' },
            },
            {
              valueCoding: { system: 'http://clinic.example/rooms', code: 'b', display: 'Room B' },
            },
          ],
        },
      ],
    },
    {
      linkId: 'return',
      type: 'integer',
      text: 'How ready are you to come back?',
      required: true,
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
        { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 4 },
      ],
    },
    { linkId: 'else', type: 'text', text: 'Anything else?' },
    {
      linkId: 'score',
      type: 'decimal',
      text: 'Score',
      readOnly: true,
      extension: [
        {
          url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
          valueExpression: {
            language: 'text/fhirpath',
            expression: '%resource.repeat(item).answer.value.weight().aggregate($this + $total, 0)',
          },
        },
      ],
    },
  ],
};
