// Ids a host chooses are keys in every widget's maps: ids that are also names on
// Object.prototype (`toString`, `constructor`, `__proto__`, …) must work like any other.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type {
  RapportAllianceScale,
  RapportBoundaryAgreement,
  RapportConsentNotice,
  RapportErrorDetail,
  RapportFeedbackPrompt,
} from '../../src/index.js';
import { PROTO_IDS, runs } from './arbitraries.js';

/** Runs per element: each mounts a widget, so few; the ids come from a small set anyway. */
const ID_RUNS = 60;

/** Some of the prototype's names, and plain ids beside them, in any order. */
const ids = fc.uniqueArray(fc.constantFrom(...PROTO_IDS, 'plain', 'b-2'), {
  minLength: 1,
  maxLength: 5,
});

/** For each id, whether it is answered. */
const answeredIds = ids.chain((list) =>
  fc.tuple(
    fc.constant(list),
    fc.array(fc.boolean(), { minLength: list.length, maxLength: list.length }),
  ),
);

async function mount<E extends HTMLElement>(
  tag: string,
  set: (el: E) => void,
): Promise<{ el: E; errors: RapportErrorDetail[] }> {
  const el = document.createElement(tag) as E;
  const errors: RapportErrorDetail[] = [];
  el.addEventListener('rapport-error', (e) => errors.push(e.detail));
  set(el);
  document.body.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, errors };
}

const YES_NO = {
  type: 'likert' as const,
  options: [
    { value: 1, label: 'No' },
    { value: 2, label: 'Yes' },
  ],
};

/** Keyed by the ids, each defined as the object's own (`__proto__` too). */
function keyed<T>(entries: Array<[string, T]>): Record<string, T> {
  return Object.fromEntries(entries);
}

describe('fuzz: ids that are names on Object.prototype', () => {
  it('<rapport-alliance-scale> keeps answers by such item ids, and misses the rest', async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(answeredIds, async ([list, answered]) => {
        const answers = keyed(
          list.flatMap((id, i) => (answered[i] ? [[id, 2] as [string, number]] : [])),
        );
        const { el, errors } = await mount<RapportAllianceScale>('rapport-alliance-scale', (e) => {
          e.instrument = {
            id: 'ids',
            version: '1',
            title: 'Ids',
            scale: YES_NO,
            items: list.map((id) => ({ id, text: id })),
          };
          e.value = answers;
        });
        try {
          expect(errors).to.deep.equal([]);
          expect(el.value).to.deep.equal(answers);
          const complete = answered.every(Boolean);
          expect(el.scores?.total).to.equal(complete ? 2 * list.length : null);
          expect(el.checkValidity()).to.equal(complete);
        } finally {
          el.remove();
        }
      }),
      runs(ID_RUNS),
    );
  });

  it("<rapport-feedback-prompt> keeps answers to a clinic's questions by such ids", async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(answeredIds, async ([list, answered]) => {
        const answers = keyed(
          list.flatMap((id, i) => (answered[i] ? [[id, 1] as [string, number]] : [])),
        );
        const { el, errors } = await mount<RapportFeedbackPrompt>(
          'rapport-feedback-prompt',
          (e) => {
            e.questions = {
              id: 'ids',
              version: '1',
              title: 'Ids',
              scale: YES_NO,
              items: list.map((id) => ({ id, text: id, required: false })),
            };
            e.value = { answers };
          },
        );
        try {
          expect(errors).to.deep.equal([]);
          expect(el.value.answers).to.deep.equal(answers);
        } finally {
          el.remove();
        }
      }),
      runs(ID_RUNS),
    );
  });

  it('<rapport-consent-notice> keeps choices by such ids', async function () {
    this.timeout(60_000);
    // A choice id starts with a letter or digit, so `__proto__` is not one.
    const choiceIds = answeredIds.filter(([list]) => !list.includes('__proto__'));
    await fc.assert(
      fc.asyncProperty(choiceIds, async ([list, ticked]) => {
        const choices = keyed(list.map((id, i) => [id, ticked[i]] as [string, boolean]));
        const { el, errors } = await mount<RapportConsentNotice>('rapport-consent-notice', (e) => {
          e.choices = list.map((id) => ({ id, label: id }));
          e.value = { acknowledged: [], choices };
        });
        try {
          expect(errors).to.deep.equal([]);
          expect(el.value).to.deep.equal({ acknowledged: [], choices });
        } finally {
          el.remove();
        }
      }),
      runs(ID_RUNS),
    );
  });

  it('<rapport-boundary-agreement> keeps clauses and answers by such ids, and misses the rest', async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(answeredIds, async ([list, answered]) => {
        const agreed = list.filter((_, i) => answered[i]);
        const answers = keyed(agreed.map((id) => [id, 'yes'] as [string, string]));
        const { el, errors } = await mount<RapportBoundaryAgreement>(
          'rapport-boundary-agreement',
          (e) => {
            e.agreement = {
              id: 'ids',
              version: '1',
              clauses: list.map((id) => ({
                id,
                title: id,
                text: 'Agreed.',
                question: {
                  id,
                  label: id,
                  options: [
                    { value: 'yes', label: 'Yes' },
                    { value: 'no', label: 'No' },
                  ],
                },
              })),
            };
            e.value = { agreed, answers, signature: { typedName: 'Sam' }, countersignature: null };
          },
        );
        try {
          expect(errors).to.deep.equal([]);
          expect(el.value.agreed).to.deep.equal(agreed);
          expect(el.value.answers).to.deep.equal(answers);
          expect(el.checkValidity()).to.equal(agreed.length === list.length);
        } finally {
          el.remove();
        }
      }),
      runs(ID_RUNS),
    );
  });
});
