import { expect } from '@open-wc/testing';
import { AgreementAnswers } from '../../src/boundary-agreement/answers.js';
import { childClause } from '../../src/boundary-agreement/compose.js';
import type { EnvelopeParts } from '../../src/core/response.js';
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
    {
      id: 'b',
      version: '3',
      title: 'B',
      required: false,
      crisis: false,
      text: null,
      question: {
        id: 'q',
        label: 'Which?',
        required: true,
        options: [
          { value: 'x', label: 'X' },
          { value: 'y', label: 'Y' },
        ],
      },
    },
  ],
};

const HASH = 'a'.repeat(64);
const SIGNED_AT = '2026-03-03T10:00:00Z';

/** Terms as keys and arguments, so a test reads which message was chosen. */
const localize = {
  term: (key: string, ...args: unknown[]) =>
    args.length > 0 ? `${key}(${JSON.stringify(args)})` : key,
} as unknown as Parameters<AgreementAnswers['missing']>[2];

const envelope = {
  responseId: 'r2',
  completedAt: '2026-03-04T09:00:00Z',
  durationMs: 1200,
  definition: { id: 'own', version: '2', contentHash: HASH },
} as unknown as EnvelopeParts;

describe('boundary agreement: answers', () => {
  it('starts empty, in the client phase', () => {
    const a = new AgreementAnswers();
    expect(a.value(['a', 'b'])).to.deep.equal({
      agreed: [],
      answers: {},
      signature: null,
      countersignature: null,
    });
    expect(a.phase(true)).to.equal('client');
    expect(a.countersigned).to.equal(false);
  });

  it('keeps ticks in the order shown, and an answer once', () => {
    const a = new AgreementAnswers();
    a.toggle('b', true);
    a.toggle('a', true);
    expect(a.value(['a', 'b']).agreed).to.deep.equal(['a', 'b']);
    expect(a.value(undefined).agreed).to.deep.equal(['b', 'a']);
    a.toggle('b', false);
    expect(a.value(['a', 'b']).agreed).to.deep.equal(['a']);
    expect(a.choose('q', 'x')).to.equal(true);
    expect(a.choose('q', 'x')).to.equal(false);
    expect(a.value(['a', 'b']).answers).to.deep.equal({ q: 'x' });
  });

  it('lists what is missing, in the order shown, and says it as one message', () => {
    const a = new AgreementAnswers();
    expect(a.missing(shown, 'client', localize)).to.deep.equal([
      ['#agree-0', 'A'],
      ['input[name="q-1"]', 'Which?'],
      ['#name', 'agreementFullName'],
    ]);
    expect(a.missingMessage(shown, 'client', localize)).to.equal(
      'agreementAgreeBeforeSigning([["A"]]) agreementAnswerBeforeSigning([["B"]]) agreementTypeName',
    );
    a.toggle('a', true);
    a.choose('q', 'y');
    a.signers.client.name = '  Ann  Lee ';
    expect(a.missing(shown, 'client', localize)).to.deep.equal([]);
    expect(a.missingMessage(shown, 'client', localize)).to.equal('');
    expect(a.missing(shown, 'countersign', localize)).to.deep.equal([
      ['#counter-name', 'agreementClinicianName'],
    ]);
    expect(a.missingMessage(shown, 'countersign', localize)).to.equal('agreementTypeClinicianName');
  });

  it('gives form fields and the client result, the name read without extra spaces', () => {
    const a = new AgreementAnswers();
    a.toggle('a', true);
    a.choose('q', 'y');
    a.signers.client.name = '  Ann  Lee ';
    expect(a.formEntries(shown)).to.deep.equal([
      ['clause.a', 'agreed'],
      ['answer.q', 'y'],
      ['signature.name', 'Ann Lee'],
    ]);
    expect(a.draft('client', ['a', 'b'])).to.deep.equal({
      role: 'client',
      agreed: ['a'],
      answers: { q: 'y' },
      signature: { typedName: '  Ann  Lee ' },
      countersignature: null,
    });
    expect(a.result(shown, 'client', envelope)).to.deep.equal({
      kind: 'boundary-agreement',
      responseId: 'r2',
      completedAt: '2026-03-04T09:00:00Z',
      definition: { id: 'own', version: '2', contentHash: HASH },
      durationMs: 1200,
      role: 'client',
      clauses: [
        { id: 'a', version: '2', agreed: true },
        { id: 'b', version: '3', agreed: false },
      ],
      answers: { q: 'y' },
      signature: { typedName: 'Ann Lee', signedAt: '2026-03-04T09:00:00Z' },
    });
  });

  it('once the client has signed, the clinician countersigns that response', () => {
    const a = new AgreementAnswers();
    a.signers.client.name = 'Ann';
    a.saved('client', { signedAt: SIGNED_AT, responseId: 'r1', contentHash: HASH });
    expect(a.phase(false)).to.equal('client');
    expect(a.phase(true)).to.equal('countersign');
    a.clear('clinician');
    a.signers.clinician.name = 'Dr Bo';
    expect(a.result(shown, 'countersign', envelope)).to.deep.equal({
      kind: 'boundary-agreement',
      responseId: 'r2',
      completedAt: '2026-03-04T09:00:00Z',
      definition: { id: 'own', version: '2', contentHash: HASH },
      durationMs: 1200,
      role: 'clinician',
      countersigns: 'r1',
      signature: { typedName: 'Dr Bo', signedAt: '2026-03-04T09:00:00Z' },
    });
    // Signed here, not given by the host: the value says nothing of when or which response.
    expect(a.value(['a', 'b'])).to.deep.equal({
      agreed: [],
      answers: {},
      signature: { typedName: 'Ann' },
      countersignature: { typedName: 'Dr Bo' },
    });
    a.saved('countersign', { signedAt: SIGNED_AT, responseId: 'r2', contentHash: HASH });
    expect(a.signers.clinician.signedAt).to.equal(SIGNED_AT);
    expect(a.countersigned).to.equal(false);
  });

  it('applies a value given by the host, and clear("all") forgets it', () => {
    const a = new AgreementAnswers();
    a.apply({
      agreed: ['a'],
      answers: { q: 'x' },
      signature: {
        typedName: 'Ann',
        drawn: { paths: ['M 1 1 L 2 2'], width: 300, height: 100 },
        signedAt: SIGNED_AT,
      },
      countersignature: { typedName: 'Dr Bo', signedAt: SIGNED_AT },
      responseId: 'r1',
      contentHash: HASH,
    });
    expect(a.value(['a', 'b'])).to.deep.equal({
      agreed: ['a'],
      answers: { q: 'x' },
      signature: {
        typedName: 'Ann',
        drawn: { paths: ['M 1 1 L 2 2'], width: 300, height: 100 },
        signedAt: SIGNED_AT,
      },
      countersignature: { typedName: 'Dr Bo', signedAt: SIGNED_AT },
      responseId: 'r1',
      contentHash: HASH,
    });
    expect(a.countersigned).to.equal(true);
    expect(a.phase(true)).to.equal('countersign');
    a.clear('clinician');
    expect(a.value(['a', 'b']).countersignature).to.equal(null);
    expect(a.value(['a', 'b']).responseId).to.equal('r1');
    a.clear('all');
    expect(a.value(['a', 'b'])).to.deep.equal({
      agreed: [],
      answers: {},
      signature: null,
      countersignature: null,
    });
  });
});

describe('boundary agreement: child clauses', () => {
  const child = (attributes: Record<string, string>) => {
    const el = document.createElement('div');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  };

  it('reads a clause of the clinic own from its slot and data attributes', () => {
    expect(
      childClause(
        child({
          slot: 'clause-parking',
          'data-title': ' Parking ',
          'data-version': ' 2 ',
          'data-optional': '',
        }),
      ),
    ).to.deep.equal({ id: 'parking', title: 'Parking', version: '2', optional: true });
    expect(childClause(child({ slot: 'clause-x' }))).to.deep.equal({
      id: 'x',
      title: '',
      version: '',
      optional: false,
    });
  });

  it('leaves out other children', () => {
    expect(childClause(child({}))).to.equal(null);
    expect(childClause(child({ slot: 'intro' }))).to.equal(null);
  });
});
