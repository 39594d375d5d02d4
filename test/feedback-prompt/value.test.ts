import { expect } from '@open-wc/testing';
import type { InstrumentDefinition } from '../../src/instruments/types.js';
import {
  acceptAnswers,
  checkAnswerOf,
  checksOf,
  contactOf,
  EMPTY_DRAFT,
  readValue,
  valueOf,
} from '../../src/feedback-prompt/value.js';

const FACES = { style: 'faces', maxlength: 10, custom: false } as const;

const ODD_IDS: InstrumentDefinition = {
  id: 'odd-ids',
  version: '1.0.0',
  title: 'Odd ids',
  scale: {
    type: 'likert',
    options: [
      { value: 1, label: 'Yes' },
      { value: 0, label: 'No' },
    ],
  },
  items: [
    { id: 'toString', text: 'A' },
    { id: '__proto__', text: 'B' },
  ],
};

describe('feedback prompt: value', () => {
  it('reads every part of a whole value, with no problem', () => {
    const read = readValue(
      {
        rating: 4,
        checks: { heard: 'yes', respected: 'partly', whatIWanted: null },
        comment: 'Good',
        contact: { allowed: true, details: 'sam@example.org' },
      },
      FACES,
    );
    expect(read.problems).to.deep.equal([]);
    expect(read.draft).to.deep.equal({
      rating: 4,
      answers: { heard: 2, respected: 1 },
      comment: 'Good',
      contact: true,
      details: 'sam@example.org',
    });
  });

  it('names each part it cannot take and keeps the rest', () => {
    const read = readValue(
      { rating: 6, checks: { heard: 'maybe', toString: 'yes' }, comment: 42, extra: 1 },
      FACES,
    );
    expect(read.draft).to.deep.equal(EMPTY_DRAFT);
    expect(read.problems).to.deep.equal([
      'value.extra is not part of a feedback prompt',
      'value.rating must be a whole number from 1 to 5 for rating="faces"',
      'value.checks.heard must be "yes", "partly", "no" or null',
      'value.checks.toString is not one of heard, respected, whatIWanted',
      'value.comment must be a string',
    ]);
  });

  it('takes 0–10 for the scale, shortens a long comment, drops details without permission', () => {
    const read = readValue(
      { rating: 0, comment: 'abcdefghijkl', contact: { allowed: false, details: 'x' } },
      { ...FACES, style: 'scale' },
    );
    expect(read.draft.rating).to.equal(0);
    expect(read.draft.comment).to.equal('abcdefghij');
    expect(read.draft.details).to.equal('');
    expect(read.problems).to.deep.equal([
      'value.comment is longer than maxlength (10); it was shortened',
    ]);
  });

  it('with a clinic’s own questions, quick checks are refused and answers passed on', () => {
    const read = readValue(
      { checks: { heard: 'yes' }, answers: { a: 1 } },
      { ...FACES, custom: true },
    );
    expect(read.draft.answers).to.deep.equal({});
    expect(read.answers).to.deep.equal({ a: 1 });
    expect(read.problems).to.have.length(1);
  });

  it('a value that is not an object is an empty one, with a problem', () => {
    for (const given of [null, 'rating', [1]]) {
      const read = readValue(given, FACES);
      expect(read.draft).to.deep.equal(EMPTY_DRAFT);
      expect(read.problems).to.have.length(1);
    }
  });

  it('answers keep ids like toString and __proto__, and name what they drop', () => {
    const given = JSON.parse('{"toString": 1, "__proto__": 0, "other": 1}') as unknown;
    const { answers, problem } = acceptAnswers(ODD_IDS, given);
    expect(Object.getPrototypeOf(answers)).to.equal(Object.prototype);
    expect(Object.entries(answers)).to.deep.equal([
      ['toString', 1],
      ['__proto__', 0],
    ]);
    expect(problem).to.equal(
      'value.answers: "other" dropped (not a question of "odd-ids", or a value it cannot take)',
    );
  });

  it('quick checks as words, and nothing for an inherited name', () => {
    expect(checkAnswerOf(2)).to.equal('yes');
    expect(checkAnswerOf(1)).to.equal('partly');
    expect(checkAnswerOf(0)).to.equal('no');
    expect(checkAnswerOf(3)).to.equal(null);
    expect(checksOf({ 'what-i-wanted': 0 })).to.deep.equal({
      heard: null,
      respected: null,
      whatIWanted: 'no',
    });
  });

  it('contact details only when allowed and not blank; value by kind of questions', () => {
    expect(contactOf({ ...EMPTY_DRAFT, contact: true, details: '  ' })).to.deep.equal({
      allowed: true,
    });
    expect(contactOf({ ...EMPTY_DRAFT, details: 'x' })).to.deep.equal({ allowed: false });
    const draft = { ...EMPTY_DRAFT, answers: { heard: 2 } };
    expect(valueOf(draft, false).checks.heard).to.equal('yes');
    expect(valueOf(draft, false).answers).to.deep.equal({});
    expect(valueOf(draft, true).answers).to.deep.equal({ heard: 2 });
    expect(valueOf(draft, true).checks.heard).to.equal(null);
  });
});
