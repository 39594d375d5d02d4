import { expect } from '@open-wc/testing';
import en from '../../src/feedback-prompt/locales/en.js';
import { PromptAnswers } from '../../src/feedback-prompt/answers.js';
import {
  defaultChecks,
  missingNamed,
  PARTS,
  shownPrompt,
} from '../../src/feedback-prompt/compose.js';
import { EMPTY_DRAFT } from '../../src/feedback-prompt/value.js';
import type { RatingStyle } from '../../src/feedback-prompt/types.js';
import type { InstrumentDefinition } from '../../src/instruments/types.js';

const W = en.feedbackContent;

const CLINIC: InstrumentDefinition = {
  id: 'clinic',
  version: '1.0.0',
  title: { en: 'Our questions', fr: 'Nos questions' },
  instructions: 'Tell us',
  easyRead: { title: 'A few questions' },
  scale: {
    type: 'likert',
    options: [
      { value: 1, label: 'Yes' },
      { value: 0, label: 'No' },
    ],
  },
  items: [
    { id: 'kind', text: 'Were we kind to you during the whole of the visit today, as you saw it?' },
    { id: 'clear', text: 'Clear?', easyRead: 'Did you understand?' },
  ],
};

/** Answers with a host whose settings and questions a test changes as it goes. */
function answersWith(questions?: InstrumentDefinition) {
  const host = {
    style: 'faces' as RatingStyle,
    limit: 10,
    questions,
    problems: [] as string[],
  };
  const answers = new PromptAnswers({
    style: () => host.style,
    limit: () => host.limit,
    questions: () => host.questions,
    invalid: (message) => host.problems.push(message),
  });
  return { host, answers };
}

describe('feedback prompt: answers', () => {
  it('takes a value, cutting the comment to the limit, and says so', () => {
    const { host, answers } = answersWith(defaultChecks(W));
    answers.take({ rating: 4, checks: { heard: 'yes' }, comment: 'Thank you all' });
    expect(answers.draft).to.deep.equal({
      ...EMPTY_DRAFT,
      rating: 4,
      answers: { heard: 2 },
      comment: 'Thank you ',
    });
    expect(host.problems).to.deep.equal([
      'value.comment is longer than maxlength (10); it was shortened.',
    ]);
  });

  it('holds answers for a clinic’s questions until they arrive, then keeps those that fit', () => {
    const { host, answers } = answersWith(defaultChecks(W));
    answers.take({ answers: { kind: 1, gone: 0 } });
    expect(answers.draft.answers).to.deep.equal({});
    const checks = host.questions;
    host.questions = CLINIC;
    answers.questionsChanged(CLINIC, checks);
    expect(answers.draft.answers).to.deep.equal({ kind: 1 });
    expect(host.problems).to.deep.equal([
      'value.answers: "gone" dropped (not a question of "clinic", or a value it cannot take).',
    ]);
  });

  it('the quick checks in another language keep their answers; other questions drop them', () => {
    const { host, answers } = answersWith(defaultChecks(W));
    answers.take({ checks: { heard: 'no' } });
    const french = defaultChecks({ ...W, checks: { ...W.checks, yes: 'Oui' } });
    answers.questionsChanged(french, host.questions);
    expect(answers.draft.answers).to.deep.equal({ heard: 0 });
    host.questions = CLINIC;
    answers.questionsChanged(CLINIC, french);
    expect(answers.draft.answers).to.deep.equal({});
    expect(host.problems).to.deep.equal([]);
  });

  it('a rating the new style cannot show is cleared and reported; one it can show stays', () => {
    const { host, answers } = answersWith(defaultChecks(W));
    host.style = 'scale';
    answers.take({ rating: 9 });
    answers.fitRating();
    expect(answers.draft.rating).to.equal(9);
    host.style = 'stars';
    answers.fitRating();
    expect(answers.draft.rating).to.equal(null);
    expect(host.problems.at(-1)).to.equal(
      'value.rating 9 does not fit rating="stars" (1–5); it was cleared.',
    );
  });

  it('a shorter limit cuts the comment; a longer one leaves it', () => {
    const { host, answers } = answersWith();
    answers.take({ comment: 'Kind words' });
    host.limit = 4;
    answers.fitComment();
    expect(answers.draft.comment).to.equal('Kind');
    host.limit = 100;
    answers.fitComment();
    expect(answers.draft.comment).to.equal('Kind');
  });
});

describe('feedback prompt: what is shown', () => {
  const t = (lang: string, easy = false) => ({
    term: (_key: 'feedbackStars', _n: number, formatted: string) => `${formatted}★`,
    number: (n: number) => `#${n}`,
    lang: () => lang,
    easyRead: () => easy,
  });
  const shown = { parts: PARTS, questions: CLINIC, draft: EMPTY_DRAFT };

  it('gives the title and intro in the language shown, easy-read words in easy read', () => {
    const fr = shownPrompt(shown, 'stars', 300, W, t('fr'));
    expect([fr.title, fr.intro, fr.lang, fr.easy, fr.maxlength]).to.deep.equal([
      'Nos questions',
      'Tell us',
      'fr',
      false,
      300,
    ]);
    expect(fr.options.map((o) => o.label)).to.deep.equal(['#1★', '#2★', '#3★', '#4★', '#5★']);
    expect(shownPrompt(shown, 'faces', 300, W, t('en', true)).title).to.equal('A few questions');
  });

  it('names each missing question by its place among those shown and its short text', () => {
    expect(missingNamed(shown, 'en', false)).to.deep.equal([
      [2, 'Were we kind to you during the whole of…'],
      [3, 'Clear?'],
    ]);
    expect(missingNamed({ ...shown, parts: ['checks'] }, 'en', true)[1]).to.deep.equal([
      2,
      'Did you understand?',
    ]);
    const kind = { ...EMPTY_DRAFT, answers: { kind: 0, clear: 1 } };
    expect(missingNamed({ ...shown, draft: kind }, 'en', false)).to.deep.equal([]);
  });
});
