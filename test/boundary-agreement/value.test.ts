import { expect } from '@open-wc/testing';
import { agreementValue, readValue } from '../../src/boundary-agreement/value.js';
import { canonicalText } from '../../src/boundary-agreement/canonical.js';
import type {
  BoundaryAgreementClientResult,
  ShownAgreement,
} from '../../src/boundary-agreement/types.js';

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
        required: false,
        options: [
          { value: 'x', label: 'X' },
          { value: 'y', label: 'Y' },
        ],
      },
    },
  ],
};

const HASH = 'a'.repeat(64);
const EMPTY = { agreed: [], answers: {}, signature: null, countersignature: null };

describe('boundary agreement: value', () => {
  it('null and undefined clear it without a message', () => {
    expect(readValue(null, shown)).to.deep.equal({ value: EMPTY });
    expect(readValue(undefined, shown)).to.deep.equal({ value: EMPTY });
  });

  it('keeps what fits, in the order shown', () => {
    expect(
      readValue(
        {
          agreed: ['b', 'a'],
          answers: { q: 'y' },
          signature: { typedName: 'Ann', signedAt: '2026-03-03T10:00:00Z' },
          countersignature: null,
          responseId: 'r1',
          contentHash: HASH,
        },
        shown,
      ),
    ).to.deep.equal({
      value: {
        agreed: ['a', 'b'],
        answers: { q: 'y' },
        signature: { typedName: 'Ann', signedAt: '2026-03-03T10:00:00Z' },
        countersignature: null,
        responseId: 'r1',
        contentHash: HASH,
      },
    });
  });

  it('drops what does not fit and names it, ids like toString and __proto__ included', () => {
    const answers = JSON.parse('{"__proto__": "x", "toString": "x", "q": "z"}') as unknown;
    expect(
      readValue(
        {
          agreed: ['a', 'toString', '__proto__', 7],
          answers,
          signature: { typedName: 'Ann', drawn: { paths: ['<script>'], width: 1, height: 1 } },
          countersignature: 'Bob',
          responseId: '',
          contentHash: 'ABC',
        },
        shown,
      ),
    ).to.deep.equal({
      value: {
        agreed: ['a'],
        answers: {},
        signature: { typedName: 'Ann' },
        countersignature: null,
      },
      message:
        'value.agreed: "toString", "__proto__", "7" are not clauses shown; value.answers: "__proto__", "toString", "q" dropped (unknown question or a choice it does not offer); value.signature.drawn must have paths (SVG path data), width and height; value.countersignature must be null or an object with a typedName; value.responseId must be a string; value.contentHash must be 64 lowercase hex digits.',
    });
  });

  it('rejects what is not a value', () => {
    expect(readValue('yes', shown).message).to.equal(
      'value must be an object with agreed, answers, signature and countersignature.',
    );
    expect(readValue({ agreed: 'a' }, shown)).to.deep.equal({
      value: EMPTY,
      message: 'value.agreed must be a list of clause ids.',
    });
  });

  it('takes a client result as it is, for its own agreement only', () => {
    const result = {
      kind: 'boundary-agreement',
      role: 'client',
      responseId: 'r1',
      definition: { id: 'own', version: '2', contentHash: HASH },
      clauses: [
        { id: 'a', version: '2', agreed: true },
        { id: 'b', version: '3', agreed: false },
      ],
      answers: { q: 'x' },
      signature: { typedName: 'Ann', signedAt: '2026-03-03T10:00:00Z' },
    } as unknown as BoundaryAgreementClientResult;
    const value = agreementValue(result);
    expect(readValue(result, shown)).to.deep.equal({ value });
    expect(value).to.deep.equal({
      agreed: ['a'],
      answers: { q: 'x' },
      signature: { typedName: 'Ann', signedAt: '2026-03-03T10:00:00Z' },
      countersignature: null,
      responseId: 'r1',
      contentHash: HASH,
    });
    const other = { ...result, definition: { id: 'other', version: '1', contentHash: HASH } };
    expect(readValue(other, shown).message).to.equal(
      'value is a result for agreement "other", but "own" is shown; nothing was taken from it.',
    );
    expect(readValue({ ...result, role: 'clinician' }, shown).value).to.deep.equal(EMPTY);
  });
});

describe('boundary agreement: canonical text', () => {
  it('is the agreement as shown, with the slotted text where the host gives it', () => {
    expect(canonicalText(shown, (c) => `slotted ${c.id}`)).to.equal(
      '{"clauses":[{"id":"a","required":true,"text":"A text","title":"A","version":"2"},{"id":"b","question":{"id":"q","label":"Which?","options":[{"label":"X","value":"x"},{"label":"Y","value":"y"}],"required":false},"required":false,"text":"slotted b","title":"B","version":"3"}],"id":"own","intro":"","title":"Ours","version":"2"}',
    );
  });
});
