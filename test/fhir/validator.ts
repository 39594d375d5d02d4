import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** What the `fhir-validate` command (scripts/fhir-validator.mjs) reports for one resource. */
export interface Validation {
  /** Every issue found: validator errors, codes outside a required binding, extension misuse. */
  issues: string[];
  /** The element paths whose required binding was checked. */
  checked: string[];
}

/** Validates a resource in Node, as JSON (what a server would receive). */
export async function validate(resource: object): Promise<Validation> {
  return executeServerCommand<Validation, object>(
    'fhir-validate',
    JSON.parse(JSON.stringify(resource)),
  );
}

/** Counts of resources validated, by type, for the summary a run prints. */
export const validated = new Map<string, number>();

/** Asserts the resource has no issue at all, and that the given bindings were checked. */
export async function expectValid(
  resource: { resourceType: string },
  bindings: string[],
): Promise<void> {
  const { issues, checked } = await validate(resource);
  expect(issues).to.deep.equal([]);
  expect(checked).to.include.members(bindings);
  validated.set(resource.resourceType, (validated.get(resource.resourceType) ?? 0) + 1);
}

/** The required bindings each resource type must have had checked. */
export const BINDINGS = {
  Questionnaire: ['Questionnaire.status', 'Questionnaire.item.type'],
  QuestionnaireResponse: ['QuestionnaireResponse.status'],
  Consent: ['Consent.status', 'Consent.provision.type'],
};

// The R4 definitions load in a worker thread (seconds, more on a busy machine): wait for them
// here, with room to spare, so that no test's own time limit has to allow for it.
before(async function () {
  this.timeout(180_000);
  await waitUntil(
    () => executeServerCommand<boolean, undefined>('fhir-validator-ready'),
    'the FHIR validator did not load',
    {
      interval: 200,
      timeout: 170_000,
    },
  );
});
