import { expect } from '@open-wc/testing';
import { validate } from './validator.js';

// The validator itself must catch what it is there to catch, or its silence proves nothing.
describe('FHIR validator (test rig)', () => {
  it('reports a missing required field and a broken invariant', async () => {
    const { issues } = await validate({
      resourceType: 'Questionnaire',
      status: 'active',
      item: [{ linkId: 'a', type: 'display', text: 'Hello', required: true }, { type: 'decimal' }],
    });
    expect(issues).to.have.length(2);
    expect(issues[0]).to.match(/que-6/);
    expect(issues[1]).to.match(/Questionnaire\.item\[1\]\.linkId/);
  });

  it('reports codes outside a required binding, which the base validator lets through', async () => {
    const { issues, checked } = await validate({
      resourceType: 'Consent',
      status: 'granted',
      scope: { text: 'privacy' },
      category: [{ text: 'consent' }],
      policyRule: { text: 'notice' },
      provision: { type: 'allow', provision: [{ type: 'permit' }, { type: 'refuse' }] },
    });
    expect(issues).to.have.members([
      'error Consent.status: "granted" is not in http://hl7.org/fhir/ValueSet/consent-state-codes|4.0.1 (required)',
      'error Consent.provision.type: "allow" is not in http://hl7.org/fhir/ValueSet/consent-provision-type|4.0.1 (required)',
      'error Consent.provision.provision[1].type: "refuse" is not in http://hl7.org/fhir/ValueSet/consent-provision-type|4.0.1 (required)',
    ]);
    expect(checked).to.deep.equal(['Consent.provision.type', 'Consent.status']);
  });

  it('reports an HL7 extension with the wrong value type or an unknown part', async () => {
    const { issues } = await validate({
      resourceType: 'Questionnaire',
      status: 'active',
      _title: {
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/translation',
            extension: [{ url: 'language', valueCode: 'es' }],
          },
        ],
      },
      title: 'T',
      item: [
        {
          linkId: 'a',
          type: 'decimal',
          extension: [
            { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueString: '0' },
          ],
        },
      ],
    });
    expect(issues).to.deep.equal([
      'error Questionnaire._title.extension[0] (http://hl7.org/fhir/StructureDefinition/translation): unknown part "language"',
      'error Questionnaire.item[0].extension[0] (http://hl7.org/fhir/StructureDefinition/minValue): valueString is not allowed',
    ]);
  });
});
