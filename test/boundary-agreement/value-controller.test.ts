import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AgreementAnswers } from '../../src/boundary-agreement/answers.js';
import { AgreementValueController } from '../../src/boundary-agreement/value-controller.js';
import type { ShownAgreement } from '../../src/boundary-agreement/types.js';

const shown: ShownAgreement = {
  id: 'own',
  version: '2',
  title: 'Ours',
  intro: null,
  clauses: [
    {
      id: 'a',
      version: '2',
      title: 'A',
      required: true,
      crisis: false,
      text: [[[{ kind: 'text', text: 'A text' }]]],
    },
  ],
};

const HASH = 'a'.repeat(64);
const settled = () => new Promise((resolve) => setTimeout(resolve));
const OTHER = 'b'.repeat(64);

/** A host that counts update requests and keeps its controllers. */
function host() {
  const controllers: ReactiveController[] = [];
  const h = {
    updates: 0,
    controllers,
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {
      h.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return h;
}

function setUp(shownNow: ShownAgreement | null, hash = HASH) {
  const h = host();
  const answers = new AgreementAnswers();
  const reports: string[] = [];
  let current = shownNow;
  const value = new AgreementValueController(h as unknown as ReactiveControllerHost, {
    answers,
    shown: () => current,
    contentHash: () => Promise.resolve(hash),
    report: (message) => reports.push(message),
  });
  return { h, answers, reports, value, show: () => (current = shown) };
}

describe('boundary agreement: a value from the host', () => {
  it('is held until the agreement can be shown, then applied', () => {
    const { h, answers, value, show } = setUp(null);
    expect(h.controllers).to.deep.equal([value]);
    value.apply({ agreed: ['a'], answers: {}, signature: null, countersignature: null });
    expect(answers.agreed).to.deep.equal([]);
    value.shownNow();
    expect(answers.agreed).to.deep.equal([]);
    show();
    value.shownNow();
    expect(answers.agreed).to.deep.equal(['a']);
    expect(h.updates).to.equal(1);
    value.shownNow();
    expect(h.updates).to.equal(1);
  });

  it('keeps what fits and reports what it dropped', () => {
    const { answers, reports, value } = setUp(shown);
    value.apply({ agreed: ['a', 'gone'], answers: {}, signature: null, countersignature: null });
    expect(answers.agreed).to.deep.equal(['a']);
    expect(reports).to.have.length(1);
  });

  it('checks a signed value against the text shown now, once', async () => {
    const signed = {
      agreed: ['a'],
      answers: {},
      signature: { typedName: 'Ann', signedAt: '2026-03-03T10:00:00Z' },
      countersignature: null,
      responseId: 'r1',
    };
    const same = setUp(shown, HASH);
    same.value.apply({ ...signed, contentHash: HASH });
    same.value.hostUpdated();
    await settled();
    expect(same.answers.textChanged).to.equal(false);
    expect(same.reports).to.deep.equal([]);

    const changed = setUp(shown, OTHER);
    changed.value.apply({ ...signed, contentHash: HASH });
    changed.value.hostUpdated();
    changed.value.hostUpdated();
    await settled();
    expect(changed.answers.textChanged).to.equal(true);
    expect(changed.reports).to.deep.equal([
      'value.contentHash differs from the hash of the agreement shown: the text has changed since it was signed.',
    ]);
  });
});
