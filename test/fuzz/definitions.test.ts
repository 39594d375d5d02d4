// The definitions other than instruments, a notice's choices and an agreement's clauses, against
// anything at all; and the one rule for a text that every definition follows.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkChoices } from '../../src/consent-notice/choices.js';
import { checkAgreement } from '../../src/boundary-agreement/definition.js';
import { checkInstrument } from '../../src/instruments/index.js';
import { PROTO_IDS, hostile, runs } from './arbitraries.js';
import { text } from './instrument-arbitraries.js';

/** Pure functions: cheap, so many runs. */
const RUNS = 1000;

/** Something shaped like a list of choices or clauses, with anything in its fields. */
const shaped = (fields: string[]) =>
  fc.array(
    fc.oneof(
      hostile,
      fc.dictionary(fc.constantFrom(...fields, ...PROTO_IDS), hostile, { maxKeys: 5 }),
    ),
    { maxLength: 4 },
  );

describe('fuzz: choices and agreement definitions', () => {
  it('checks anything as choices without throwing, naming choices in every problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, shaped(['id', 'label', 'required', 'description'])),
        (given) => {
          const checked = checkChoices(given);
          if (!checked.ok)
            expect(checked.message.startsWith('choices'), checked.message).to.equal(true);
        },
      ),
      runs(RUNS),
    );
  });

  it('checks anything as an agreement without throwing', () => {
    const clauses = shaped(['id', 'title', 'text', 'required', 'crisis', 'question', 'version']);
    const agreement = fc.record(
      { id: hostile, version: hostile, title: hostile, clauses, values: hostile },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(hostile, agreement), (given) => {
        const checked = checkAgreement(given);
        if (!checked.ok) expect(checked.problems.length).to.be.greaterThan(0);
      }),
      runs(RUNS),
    );
  });

  it('takes every clause id the documentation allows, and no other', () => {
    const documented = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    const other = fc.string({ maxLength: 6 }).filter((s) => !/^[A-Za-z0-9_-]+$/.test(s));
    fc.assert(
      fc.property(fc.oneof(documented, fc.constantFrom('-x', '_x', ...PROTO_IDS), other), (id) => {
        const checked = checkAgreement({
          id: 'a',
          version: '1',
          clauses: [
            {
              id,
              title: 'T',
              question: {
                id,
                label: 'Q',
                options: [
                  { value: 'y', label: 'Yes' },
                  { value: 'n', label: 'No' },
                ],
              },
            },
          ],
        });
        expect(checked.ok, id).to.equal(/^[A-Za-z0-9_-]+$/.test(id));
      }),
      runs(RUNS),
    );
  });

  /** A text's problems as each definition words them, with the field's own path taken off. */
  function problems(value: unknown): Record<string, string[]> {
    const strip = (messages: string[], path: string) =>
      messages.map((m) => (m.startsWith(path) ? m.slice(path.length) : `!${m}`));
    const instrument = checkInstrument({
      id: 'i',
      version: '1',
      title: value,
      scale: {
        type: 'likert',
        options: [
          { value: 1, label: 'A' },
          { value: 2, label: 'B' },
        ],
      },
      items: [{ id: 'a', text: 'A' }],
    });
    const agreement = checkAgreement({
      id: 'a',
      version: '1',
      clauses: [{ id: 'c', title: value }],
    });
    const choices = checkChoices([{ id: 'c', label: value }]);
    return {
      instrument: strip(instrument.ok ? [] : instrument.problems.map((p) => p.message), 'title'),
      agreement: strip(agreement.ok ? [] : agreement.problems, 'clauses[0].title'),
      choices: strip(
        choices.ok ? [] : choices.message.replace(/\.$/, '').split('; '),
        'choices[0].label',
      ),
    };
  }

  it('has one rule and one message for a text, in instruments, agreements and choices', () => {
    const keys = fc.constantFrom('en', 'pt-BR', 'en US', '__proto__', '', 'x', 'toString', 'e1');
    const textish = fc.oneof(
      text,
      fc.constantFrom<unknown>('', ' ', {}, 5, null, ['en']),
      fc.dictionary(keys, fc.oneof(fc.string({ maxLength: 3 }), fc.constant(1)), { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(textish, (value) => {
        const { instrument, agreement, choices } = problems(value);
        expect(agreement).to.deep.equal(instrument);
        expect(choices).to.deep.equal(instrument);
      }),
      runs(RUNS),
    );
  });

  it('rejects a text keyed by something that is not a language tag, in the same words', () => {
    expect(problems({ 'en US': 'Hello' })).to.deep.equal({
      instrument: ['["en US"] is not a language tag such as "en" or "pt-BR"'],
      agreement: ['["en US"] is not a language tag such as "en" or "pt-BR"'],
      choices: ['["en US"] is not a language tag such as "en" or "pt-BR"'],
    });
  });
});
