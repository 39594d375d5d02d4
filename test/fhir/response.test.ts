import { expect } from '@open-wc/testing';
import {
  fromQuestionnaireResponse,
  toConsent,
  toQuestionnaire,
  toQuestionnaireResponse,
} from '../../src/fhir/index.js';
import type { QuestionnaireResponse } from '../../src/fhir/index.js';
import { sessionCheck, workingRelationship } from '../../src/instruments/index.js';
import {
  agreementCountersigned,
  agreementSigned,
  allianceResult,
  consentDeclined,
  consentGranted,
  consentNoChoices,
  consentWithdrawn,
  feedbackFull,
  feedbackOwnQuestions,
  sessionComplete,
  sessionPartial,
  workingComplete,
} from './results.js';
import { clinicQuestionnaire } from './fixtures.js';
import { BINDINGS, expectValid } from './validator.js';

const OWN = 'https://rapport-elements.dev/fhir/StructureDefinition';

function json<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('toQuestionnaireResponse: alliance scale', () => {
  const cases = [
    ['working-relationship, complete', workingComplete, workingRelationship],
    ['session-check, complete', sessionComplete, sessionCheck],
    ['session-check, one line unanswered', sessionPartial, sessionCheck],
  ] as const;
  for (const [name, result, instrument] of cases) {
    it(`${name}: valid R4, and back to the same result`, async () => {
      const qr = toQuestionnaireResponse(result, instrument);
      await expectValid(qr, BINDINGS.QuestionnaireResponse);
      expect(fromQuestionnaireResponse(json(qr), instrument)).to.deep.equal(result);
      // The Questionnaire as an EHR holds it reads the same answers.
      expect(fromQuestionnaireResponse(json(qr), toQuestionnaire(instrument))).to.deep.equal(
        result,
      );
    });
  }

  it('writes the envelope: questionnaire canonical, status, authored, subject, encounter, ids', () => {
    const qr = toQuestionnaireResponse(sessionComplete, sessionCheck);
    expect(qr.questionnaire).to.equal(
      'https://rapport-elements.dev/fhir/Questionnaire/session-check|1.0.0',
    );
    expect(qr.status).to.equal('completed');
    expect(qr.authored).to.equal('2026-03-02T10:04:30.000Z');
    expect(qr.language).to.equal('es');
    expect(qr.identifier).to.deep.equal({
      system: 'urn:ietf:rfc:3986',
      value: 'urn:uuid:0b6f2d5e-6a1c-4a8e-9d6b-3f1e2c4b5a69',
    });
    expect(qr.subject).to.deep.equal({ reference: 'Patient/client-7' });
    expect(qr.encounter).to.deep.equal({ reference: 'Encounter/enc-3' });
    expect(qr.extension?.[0]).to.deep.equal({
      url: `${OWN}/definition`,
      extension: [
        { url: 'id', valueString: 'session-check' },
        { url: 'version', valueString: '1.0.0' },
        { url: 'contentHash', valueString: 'a'.repeat(64) },
      ],
    });
    expect(qr.item).to.deep.equal([
      { linkId: 'at-ease', answer: [{ valueDecimal: 7.3 }] },
      { linkId: 'what-mattered', answer: [{ valueDecimal: 0 }] },
      { linkId: 'way-of-working', answer: [{ valueDecimal: 10 }] },
      { linkId: 'whole-session', answer: [{ valueDecimal: 9.9 }] },
      { linkId: 'total', answer: [{ valueDecimal: 27.2 }] },
    ]);
    expect(qr.extension?.at(-1)).to.deep.equal({
      url: `${OWN}/cutoff`,
      extension: [
        { url: 'score', valueString: 'total' },
        { url: 'below', valueDecimal: 36 },
        { url: 'value', valueDecimal: 27.2 },
        { url: 'flagged', valueBoolean: true },
      ],
    });
  });

  it('an unknown cutoff flag (no total) is left out, never written as false', () => {
    expect(sessionPartial.scores.cutoff?.flagged).to.equal(null);
    const qr = toQuestionnaireResponse(sessionPartial, sessionCheck);
    expect(qr.extension?.at(-1)).to.deep.equal({
      url: `${OWN}/cutoff`,
      extension: [
        { url: 'score', valueString: 'total' },
        { url: 'below', valueDecimal: 36 },
      ],
    });
  });

  it('answers Likert items with the coding the Questionnaire uses, and gives the subscale scores', () => {
    const qr = toQuestionnaireResponse(workingComplete, workingRelationship);
    expect(qr.item?.[0]).to.deep.equal({
      linkId: 'bond-1',
      answer: [
        {
          valueCoding: {
            extension: [
              { url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 1 },
            ],
            system: 'https://rapport-elements.dev/fhir/CodeSystem/option-value',
            code: '1',
            display: 'Never',
          },
        },
      ],
    });
    expect(qr.item?.slice(-4)).to.deep.equal([
      { linkId: 'total', answer: [{ valueDecimal: workingComplete.scores.total }] },
      {
        linkId: 'subscale-bond',
        answer: [{ valueDecimal: workingComplete.scores.subscales.bond }],
      },
      {
        linkId: 'subscale-goals',
        answer: [{ valueDecimal: workingComplete.scores.subscales.goals }],
      },
      {
        linkId: 'subscale-tasks',
        answer: [{ valueDecimal: workingComplete.scores.subscales.tasks }],
      },
    ]);
    expect(workingComplete.scores.total).to.equal(41);
  });

  it("reuses a clinic Questionnaire's own codings and canonical, and reads them back", async () => {
    const result = allianceResult(
      {
        ...sessionCheck,
        id: 'http://clinic.example/fhir/Questionnaire/after-visit',
        version: '3',
        items: [],
      },
      { explained: 2, time: 1, return: 3 },
    );
    const answers = { explained: 2, time: 1, return: 3 };
    const scored = { ...result, scores: { total: 6, subscales: {} }, answers };
    const qr = toQuestionnaireResponse(scored, clinicQuestionnaire);
    await expectValid(qr, BINDINGS.QuestionnaireResponse);
    expect(qr.questionnaire).to.equal('http://clinic.example/fhir/Questionnaire/after-visit|3');
    expect(qr.item).to.deep.equal([
      {
        linkId: 'explained',
        answer: [
          {
            valueCoding: {
              extension: [
                { url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 2 },
              ],
              system: 'http://clinic.example/fhir/CodeSystem/agreement',
              code: 'agree',
              display: 'Agree',
            },
          },
        ],
      },
      {
        linkId: 'time',
        answer: [
          {
            valueCoding: {
              extension: [
                { url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 1 },
              ],
              system: 'http://clinic.example/fhir/CodeSystem/agreement',
              code: 'unsure',
              display: 'Not sure',
            },
          },
        ],
      },
      { linkId: 'return', answer: [{ valueInteger: 3 }] },
      { linkId: 'score', answer: [{ valueDecimal: 6 }] },
    ]);
    const back = fromQuestionnaireResponse(json(qr), clinicQuestionnaire);
    expect(back.answers).to.deep.equal(answers);
    expect(back.scores).to.deep.equal({ total: 6, subscales: {} });
  });

  it("reads an EHR's response without our extensions: codes through the Questionnaire, ids from references", () => {
    const qr: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      id: 'qr-1',
      status: 'completed',
      subject: { reference: 'Patient/p-9' },
      authored: '2026-04-01T09:00:00Z',
      item: [
        {
          linkId: 'visit',
          item: [
            {
              linkId: 'explained',
              answer: [
                {
                  valueCoding: {
                    system: 'http://clinic.example/fhir/CodeSystem/agreement',
                    code: 'unsure',
                  },
                },
              ],
            },
            {
              linkId: 'time',
              answer: [
                {
                  valueCoding: {
                    system: 'http://clinic.example/fhir/CodeSystem/agreement',
                    code: 'agree',
                  },
                },
              ],
            },
          ],
        },
        { linkId: 'return', answer: [{ valueInteger: 4 }] },
        { linkId: 'else', answer: [{ valueString: 'not an answer we score' }] },
      ],
    };
    const back = fromQuestionnaireResponse(qr, clinicQuestionnaire);
    expect(back.responseId).to.equal('qr-1');
    expect(back.subject).to.deep.equal({ clientId: 'p-9' });
    expect(back.definition.id).to.equal('http://clinic.example/fhir/Questionnaire/after-visit');
    expect(back.definition.contentHash).to.match(/^[0-9a-f]{64}$/);
    expect(back.answers).to.deep.equal({ explained: 1, time: 2, return: 4 });
    expect(back.scores).to.deep.equal({ total: 7, subscales: {} });
    expect(back.startedAt).to.equal('2026-04-01T09:00:00Z');
    expect(back.durationMs).to.equal(0);
  });
});

describe('toQuestionnaireResponse: feedback prompt and boundary agreement', () => {
  it('feedback with the default checks, a comment and contact', async () => {
    const qr = toQuestionnaireResponse(feedbackFull);
    await expectValid(qr, BINDINGS.QuestionnaireResponse);
    expect(qr.questionnaire).to.equal(
      'https://rapport-elements.dev/fhir/Questionnaire/rapport-feedback|1.0.0',
    );
    expect(qr.source).to.deep.equal({ reference: 'Patient/client-7' });
    expect(qr.item).to.deep.equal([
      {
        extension: [{ url: `${OWN}/rating-style`, valueCode: 'faces' }],
        linkId: 'rating',
        answer: [{ valueInteger: 4 }],
      },
      {
        linkId: 'checks',
        item: [
          {
            linkId: 'heard',
            answer: [
              {
                valueCoding: {
                  system: 'https://rapport-elements.dev/fhir/CodeSystem/check-answer',
                  code: 'yes',
                  display: 'Yes',
                },
              },
            ],
          },
          {
            linkId: 'respected',
            answer: [
              {
                valueCoding: {
                  system: 'https://rapport-elements.dev/fhir/CodeSystem/check-answer',
                  code: 'partly',
                  display: 'Partly',
                },
              },
            ],
          },
        ],
      },
      { linkId: 'comment', answer: [{ valueString: 'The waiting room was cold.' }] },
      {
        linkId: 'contact',
        item: [
          { linkId: 'allowed', answer: [{ valueBoolean: true }] },
          { linkId: 'details', answer: [{ valueString: 'phone after 5pm' }] },
        ],
      },
    ]);
  });

  it("feedback with a clinic's own questions, coded as their Questionnaire codes them", async () => {
    const qr = toQuestionnaireResponse(feedbackOwnQuestions, workingRelationship);
    await expectValid(qr, BINDINGS.QuestionnaireResponse);
    expect(qr.item?.map((i) => i.linkId)).to.deep.equal(['rating', 'questions']);
    expect(
      qr.item?.[1].item?.map((i) => [i.linkId, i.answer?.[0].valueCoding?.code]),
    ).to.deep.equal([
      ['bond-1', '5'],
      ['goals-1', '2'],
    ]);
    const plain = toQuestionnaireResponse(feedbackOwnQuestions);
    await expectValid(plain, BINDINGS.QuestionnaireResponse);
    expect(plain.item?.[1].item).to.deep.equal([
      { linkId: 'bond-1', answer: [{ valueDecimal: 5 }] },
      { linkId: 'goals-1', answer: [{ valueDecimal: 2 }] },
    ]);
  });

  it("the client's signed agreement: clauses, answers and the signature", async () => {
    const qr = toQuestionnaireResponse(agreementSigned);
    await expectValid(qr, BINDINGS.QuestionnaireResponse);
    expect(qr.author).to.deep.equal({ reference: 'Patient/client-7' });
    expect(qr.item).to.deep.equal([
      {
        linkId: 'clauses',
        item: [
          {
            extension: [{ url: `${OWN}/clause-version`, valueString: '1' }],
            linkId: 'contact-hours',
            answer: [{ valueBoolean: true }],
          },
          {
            extension: [{ url: `${OWN}/clause-version`, valueString: '3' }],
            linkId: 'gifts',
            answer: [{ valueBoolean: false }],
          },
        ],
      },
      {
        linkId: 'answers',
        item: [{ linkId: 'preferred-contact', answer: [{ valueString: 'text' }] }],
      },
      {
        linkId: 'signature',
        item: [
          { linkId: 'typed-name', answer: [{ valueString: 'Ana María Ruiz' }] },
          { linkId: 'signed-at', answer: [{ valueDateTime: '2026-03-02T10:04:30.000Z' }] },
        ],
      },
    ]);
    const signature = qr.extension?.at(-1)?.valueSignature;
    expect(signature?.type).to.deep.equal([
      { system: 'urn:iso-astm:E1762-95:2013', code: '1.2.840.10065.1.12.1.7' },
    ]);
    expect(signature?.who).to.deep.equal({
      reference: 'Patient/client-7',
      display: 'Ana María Ruiz',
    });
    expect(signature?.sigFormat).to.equal('image/svg+xml');
    expect(atob(signature?.data ?? '')).to.equal(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100" fill="none" stroke="black" stroke-width="2"><path d="M 10 40 L 60 20 L 120 45"/></svg>',
    );
  });

  it("the clinician's countersignature names the response it countersigns", async () => {
    const qr = toQuestionnaireResponse(agreementCountersigned);
    await expectValid(qr, BINDINGS.QuestionnaireResponse);
    expect(qr.author).to.deep.equal({ reference: 'Practitioner/dr.lee' });
    expect(qr.extension?.find((e) => e.url === `${OWN}/countersigns`)).to.deep.equal({
      url: `${OWN}/countersigns`,
      valueIdentifier: {
        system: 'urn:ietf:rfc:3986',
        value: 'urn:uuid:0b6f2d5e-6a1c-4a8e-9d6b-3f1e2c4b5a69',
      },
    });
    expect(qr.extension?.at(-1)?.valueSignature).to.deep.equal({
      type: [{ system: 'urn:iso-astm:E1762-95:2013', code: '1.2.840.10065.1.12.1.3' }],
      when: '2026-03-02T11:00:00.000Z',
      who: { reference: 'Practitioner/dr.lee', display: 'Dr Lee' },
    });
  });
});

describe('toConsent', () => {
  const cases = [
    ['granted', consentGranted, 'active', 'permit'],
    ['declined', consentDeclined, 'rejected', 'deny'],
    ['withdrawn', consentWithdrawn, 'inactive', 'deny'],
    ['granted, no choices and no client id', consentNoChoices, 'active', 'permit'],
  ] as const;
  for (const [name, result, status, root] of cases) {
    it(`${name}: valid R4 with status ${status}`, async () => {
      const consent = toConsent(result);
      await expectValid(
        consent,
        name.includes('no choices') ? ['Consent.status'] : BINDINGS.Consent,
      );
      expect(consent.status).to.equal(status);
      expect(consent.provision?.type).to.equal(root);
      expect(
        consent.provision?.provision?.map((p) => [p.code?.[0].coding?.[0].code, p.type]),
      ).to.deep.equal(
        Object.keys(result.choices).length > 0
          ? Object.entries(result.choices).map(([id, allowed]) => [id, allowed ? 'permit' : 'deny'])
          : undefined,
      );
    });
  }

  it('writes scope, category, patient, dateTime, policy and the notice hash (not Attachment.hash)', () => {
    const consent = toConsent(consentGranted);
    expect(consent.scope).to.deep.equal({
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/consentscope',
          code: 'patient-privacy',
          display: 'Privacy Consent',
        },
      ],
    });
    expect(consent.category).to.deep.equal([
      { coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] },
    ]);
    expect(consent.patient).to.deep.equal({ reference: 'Patient/client-7' });
    expect(consent.dateTime).to.equal('2026-03-02T10:04:30.000Z');
    expect(consent.policy).to.deep.equal([
      { uri: 'https://rapport-elements.dev/fhir/notice/clinic-privacy|2026-01' },
    ]);
    expect(consent.identifier).to.deep.equal([
      { system: 'urn:ietf:rfc:3986', value: 'urn:uuid:0b6f2d5e-6a1c-4a8e-9d6b-3f1e2c4b5a69' },
    ]);
    expect(consent.extension?.[0].extension?.[2]).to.deep.equal({
      url: 'contentHash',
      valueString: 'a'.repeat(64),
    });
    expect(consent.extension?.at(-1)).to.deep.equal({
      url: `${OWN}/acknowledged`,
      valueCode: 'limits',
    });
    expect(JSON.stringify(consent)).not.to.contain('"hash"');
    expect(consent.provision?.provision?.[0].code).to.deep.equal([
      {
        coding: [
          {
            system: 'https://rapport-elements.dev/fhir/CodeSystem/consent-choice',
            code: 'share-gp',
          },
        ],
      },
    ]);
  });
});
