import { expect } from '@open-wc/testing';
import en from '../../src/feedback-prompt/locales/en.js';
import type { InstrumentDefinition } from '../../src/instruments/types.js';
import {
  checkQuestions,
  defaultChecks,
  formEntries,
  hasAnswer,
  isDefaultChecks,
  missingQuestions,
  PARTS,
  ratingOptions,
  readInclude,
  summaryRows,
  withFallback,
} from '../../src/feedback-prompt/compose.js';
import { canonicalText } from '../../src/feedback-prompt/canonical.js';
import { EMPTY_DRAFT } from '../../src/feedback-prompt/value.js';
import { checkerReady } from '../../src/instruments/checker.js';

const W = en.feedbackContent;
const number = (n: number) => String(n);
const stars = (n: number, f: string) => `${f} star${n === 1 ? '' : 's'}`;

const CLINIC: InstrumentDefinition = {
  id: 'clinic',
  version: '1.0.0',
  title: 'Clinic',
  scale: {
    type: 'likert',
    options: [
      { value: 1, label: 'Yes' },
      { value: 0, label: 'No' },
    ],
  },
  items: [
    { id: 'toString', text: 'Required' },
    { id: '__proto__', text: 'Optional', required: false },
  ],
};

describe('feedback prompt: compose', () => {
  // A clinic's own questions are checked by the validator, which a widget fetches on demand.
  before(() => checkerReady());
  it('include: the parts named in the usual order; unknown names and none are problems', () => {
    expect(readInclude('comment rating')).to.deep.equal({ parts: ['rating', 'comment'] });
    expect(readInclude('rating banana').parts).to.deep.equal(['rating']);
    expect(readInclude('rating banana').problem).to.contain('"banana"');
    expect(readInclude('').parts).to.deep.equal(PARTS);
    expect(readInclude(null).problem).to.contain('names none');
  });

  it('rating options: faces, stars and 0–10 with words at both ends only', () => {
    expect(ratingOptions('faces', W, number, stars).map((o) => o.label)).to.deep.equal(
      W.rating.faces,
    );
    expect(ratingOptions('stars', W, number, stars)[0].label).to.equal('1 star');
    const scale = ratingOptions('scale', W, number, stars);
    expect(scale.map((o) => o.label)).to.deep.equal([
      '0 Very bad',
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      '10 Very good',
    ]);
    expect(scale[5]).to.deep.equal({ value: 5, number: '5', words: '', label: '5' });
  });

  it('the quick checks are one instrument per wording, and pass the questions check', () => {
    const checks = defaultChecks(W);
    expect(defaultChecks(W)).to.equal(checks);
    expect(isDefaultChecks(checks)).to.equal(true);
    expect(isDefaultChecks(CLINIC)).to.equal(false);
    expect(checks.items.map((i) => i.id)).to.deep.equal(['heard', 'respected', 'what-i-wanted']);
    expect(checkQuestions(checks).ok).to.equal(true);
  });

  it('questions: a reserved id or a visual-analog item is refused, naming the field', () => {
    const reserved = checkQuestions({ ...CLINIC, items: [{ id: 'comment', text: 'A' }] });
    expect(reserved.ok).to.equal(false);
    expect(!reserved.ok && reserved.message).to.contain('items[0].id "comment"');
    const line = checkQuestions({
      ...CLINIC,
      scale: { type: 'visual-analog', min: 0, max: 10 },
      items: [{ id: 'a', text: 'A', anchors: { low: 'Low', high: 'High' } }],
    });
    expect(!line.ok && line.message).to.contain('items[0] uses a visual-analog scale');
    expect(checkQuestions(CLINIC).ok).to.equal(true);
  });

  it('a language that lacks some wording gets English for it', () => {
    const partial = { title: 'Ihre Meinung', rating: { question: 'Wie war es?' } };
    const merged = withFallback(partial as never, W);
    expect(merged.title).to.equal('Ihre Meinung');
    expect(merged.rating.question).to.equal('Wie war es?');
    expect(merged.rating.faces).to.deep.equal(W.rating.faces);
    expect(merged.comment).to.deep.equal(W.comment);
    expect(withFallback(undefined, W)).to.equal(W);
  });

  it('missing questions, answers and form fields, with ids like toString and __proto__', () => {
    const shown = { parts: PARTS, questions: CLINIC, draft: EMPTY_DRAFT };
    expect(missingQuestions(shown)).to.deep.equal([0]);
    expect(hasAnswer(shown)).to.equal(false);
    expect(formEntries(shown, 'faces')).to.deep.equal([]);
    const answers = JSON.parse('{"toString": 1, "__proto__": 0}') as Record<string, number>;
    const draft = { ...EMPTY_DRAFT, rating: 3, answers, contact: true, details: 'x' };
    expect(missingQuestions({ ...shown, draft })).to.deep.equal([]);
    expect(formEntries({ ...shown, draft }, 'stars')).to.deep.equal([
      ['rating', '3'],
      ['rating-style', 'stars'],
      ['toString', '1'],
      ['__proto__', '0'],
      ['contact', 'yes'],
      ['contact-details', 'x'],
    ]);
    const checks = { parts: PARTS, questions: defaultChecks(W), draft: EMPTY_DRAFT };
    const words = formEntries(
      { ...checks, draft: { ...EMPTY_DRAFT, answers: { heard: 0 } } },
      'faces',
    );
    expect(words).to.deep.equal([['heard', 'no']]);
    // Only the contact box shown: ticking it is the answer.
    const contactOnly = {
      ...checks,
      parts: ['contact'] as const,
      draft: { ...EMPTY_DRAFT, contact: true },
    };
    expect(hasAnswer({ ...contactOnly, parts: [...contactOnly.parts] })).to.equal(true);
  });

  it('summary rows say each answer, or that it is not answered', () => {
    const questions = defaultChecks(W);
    const draft = { ...EMPTY_DRAFT, rating: 4, answers: { heard: 2 }, comment: ' ' };
    const rows = summaryRows(
      {
        parts: PARTS,
        questions,
        draft,
        style: 'faces',
        options: ratingOptions('faces', W, number, stars),
        w: W,
        lang: 'en',
      },
      '—',
      (r, max) => `${r}/${max}`,
    );
    expect(rows).to.deep.equal([
      [W.rating.question, '4/5 · Good'],
      [W.checks.heard, 'Yes'],
      [W.checks.respected, '—'],
      [W.checks.whatIWanted, '—'],
      [W.comment.question, '—'],
      [W.contact.consent, 'No'],
    ]);
  });

  it('the canonical text follows what is shown, and only that', () => {
    const base = {
      parts: PARTS,
      questions: defaultChecks(W),
      title: W.title,
      intro: W.intro,
      style: 'faces' as const,
      options: ratingOptions('faces', W, number, stars),
      maxlength: 1000,
      w: W,
      lang: 'en',
    };
    const text = canonicalText(base);
    expect(canonicalText({ ...base })).to.equal(text);
    expect(canonicalText({ ...base, maxlength: 500 })).not.to.equal(text);
    expect(canonicalText({ ...base, parts: ['rating'] })).not.to.equal(text);
    const ratingOnly = JSON.parse(canonicalText({ ...base, parts: ['rating'] })) as Record<
      string,
      unknown
    >;
    expect(Object.keys(ratingOnly).sort()).to.deep.equal(
      ['id', 'include', 'intro', 'rating', 'title', 'version'].sort(),
    );
  });
});
