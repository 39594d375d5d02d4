import { expect } from '@open-wc/testing';
import {
  AgreementComposer,
  attributeText,
  composeAgreement,
  placeholderValue,
  valuesUsable,
  words,
  type ComposeInput,
} from '../../src/boundary-agreement/compose.js';
import { builtInAgreement, builtInCrisisClause } from '../../src/boundary-agreement/builtin.js';
import en from '../../src/boundary-agreement/locales/en.js';
import type { AgreementDefinition } from '../../src/boundary-agreement/definition.js';

const NO_ATTRIBUTES = {
  hours: '',
  channels: '',
  responseTime: '',
  crisisPhone: '',
  emergencyNumber: '',
  sessionLength: '',
  noticePeriod: '',
};

const own: AgreementDefinition = {
  id: 'own',
  version: '2',
  title: { en: 'Ours', es: 'Nuestro' },
  intro: 'Call {clinicName} at {hours}.',
  clauses: [
    { id: 'a', title: 'A', text: 'First line\nsecond line\n\nNew paragraph' },
    {
      id: 'b',
      version: '3',
      title: 'B',
      text: 'B text',
      required: false,
      question: {
        id: 'q',
        label: { en: 'Which?', es: '¿Cuál?' },
        options: [
          { value: 'x', label: 'X' },
          { value: 'y', label: 'Y' },
        ],
      },
    },
  ],
};

function input(over: Partial<ComposeInput> = {}): ComposeInput {
  return {
    agreement: own,
    lang: 'en',
    children: [],
    omit: '',
    optional: '',
    attributes: NO_ATTRIBUTES,
    values: undefined,
    crisisClause: builtInCrisisClause(en.agreementContent),
    standIn: (name) => `<${name}>`,
    ...over,
  };
}

describe('boundary agreement: compose', () => {
  it('reads a removed or null attribute as unset', () => {
    expect(attributeText(null)).to.equal('');
    expect(attributeText(undefined)).to.equal('');
    expect(attributeText(42)).to.equal('');
    expect(attributeText('  9 to 5 ')).to.equal('9 to 5');
    expect(words(null)).to.deep.equal([]);
    expect(words(' a  b ')).to.deep.equal(['a', 'b']);
  });

  it('takes a placeholder from the attribute, then values, then the definition, then the provider', () => {
    const base = { agreement: own, lang: 'es', attributes: NO_ATTRIBUTES, values: undefined };
    expect(
      placeholderValue('hours', { ...base, attributes: { ...NO_ATTRIBUTES, hours: ' 9 ' } }),
    ).to.equal('9');
    expect(
      placeholderValue('hours', { ...base, values: { hours: { en: 'nine', es: 'nueve' } } }),
    ).to.equal('nueve');
    expect(
      placeholderValue('hours', {
        ...base,
        attributes: { ...NO_ATTRIBUTES, hours: null },
        agreement: { ...own, values: { hours: 'def' } },
      }),
    ).to.equal('def');
    expect(placeholderValue('clinicName', { ...base, clinicName: 'Clinic' })).to.equal('Clinic');
    expect(placeholderValue('hours', base)).to.equal(undefined);
  });

  it('never reads inherited names: toString, __proto__, constructor', () => {
    const base = { agreement: own, lang: 'en', attributes: NO_ATTRIBUTES, values: {} };
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(placeholderValue(name, base)).to.equal(undefined);
    }
    const shown = composeAgreement(
      input({ agreement: { ...own, intro: '{toString} {__proto__}' } }),
    );
    expect(shown.problems.map((p) => p.message)).to.deep.equal([
      'placeholder {toString} has no value (intro); set values.toString. A neutral stand-in is shown.',
    ]);
  });

  it('checks values', () => {
    expect(valuesUsable({ a: 'x', b: { en: 'y' } })).to.equal(true);
    expect(valuesUsable({ a: 3 })).to.equal(false);
    expect(valuesUsable(['x'])).to.equal(false);
    expect(valuesUsable(null)).to.equal(false);
  });

  it('composes texts in the language, fills placeholders, and lists the unfilled ones', () => {
    const { shown, problems } = composeAgreement(
      input({ lang: 'es', attributes: { ...NO_ATTRIBUTES, hours: '9' } }),
    );
    expect(shown).to.deep.equal({
      id: 'own',
      version: '2',
      title: 'Nuestro',
      intro: [
        [
          [
            { kind: 'text', text: 'Call ' },
            { kind: 'unfilled', name: 'clinicName', text: '<clinicName>' },
            { kind: 'text', text: ' at ' },
            { kind: 'value', name: 'hours', text: '9' },
            { kind: 'text', text: '.' },
          ],
        ],
      ],
      clauses: [
        {
          id: 'a',
          version: '2',
          title: 'A',
          required: true,
          crisis: false,
          text: [
            [[{ kind: 'text', text: 'First line' }], [{ kind: 'text', text: 'second line' }]],
            [[{ kind: 'text', text: 'New paragraph' }]],
          ],
        },
        {
          id: 'b',
          version: '3',
          title: 'B',
          required: false,
          crisis: false,
          text: [[[{ kind: 'text', text: 'B text' }]]],
          question: {
            id: 'q',
            label: '¿Cuál?',
            required: false,
            options: [
              { value: 'x', label: 'X' },
              { value: 'y', label: 'Y' },
            ],
          },
        },
      ],
    });
    expect(problems).to.deep.equal([
      {
        code: 'unfilled-placeholder',
        message:
          'placeholder {clinicName} has no value (intro); set values.clinicName. A neutral stand-in is shown.',
      },
    ]);
  });

  it('adds the crisis clause first when crisis contacts are given, and keeps it required', () => {
    const { shown, problems } = composeAgreement(
      input({
        agreement: { ...own, intro: undefined },
        attributes: { ...NO_ATTRIBUTES, crisisPhone: '111' },
        omit: 'crisis nope',
        optional: 'crisis',
      }),
    );
    expect(shown!.clauses.map((c) => [c.id, c.required, c.crisis])).to.deep.equal([
      ['crisis', true, true],
      ['a', true, false],
      ['b', false, false],
    ]);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'omit="crisis nope": there is no clause "nope".',
      'omit: the crisis clause "crisis" cannot be left out while crisis contacts are given; it is shown.',
      'the crisis clause "crisis" stays required while crisis contacts are given.',
      'placeholder {emergencyNumber} has no value (clause "crisis"); set the emergency-number attribute or values.emergencyNumber. A neutral stand-in is shown.',
    ]);
  });

  it('takes clauses from children, and names those it cannot show', () => {
    const { shown, problems } = composeAgreement(
      input({
        agreement: { ...own, intro: undefined },
        children: [
          { id: 'a', title: '', version: '', optional: false },
          { id: 'extra', title: 'Extra', version: '5', optional: true },
          { id: 'no title', title: '', version: '', optional: false },
          { id: 'untitled', title: '', version: '', optional: false },
        ],
      }),
    );
    expect(shown!.clauses.map((c) => [c.id, c.version, c.required, c.text])).to.deep.equal([
      ['a', '2', true, null],
      ['b', '3', false, [[[{ kind: 'text', text: 'B text' }]]]],
      ['extra', '5', false, null],
    ]);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'slot="clause-no title": a clause id is letters, digits, "-" and "_"; the child is not shown.',
      'the child element with slot="clause-untitled" needs a data-title attribute; it is not shown.',
    ]);
  });

  it('shows nothing when a clause has no text, or no clause is left', () => {
    const noText = composeAgreement(
      input({ agreement: { ...own, clauses: [{ id: 'c', title: 'C' }] } }),
    );
    expect(noText.shown).to.equal(null);
    expect(noText.problems.at(-1)!.message).to.equal(
      'clause "c" has no text and no child element with slot="clause-c".',
    );
    const none = composeAgreement(input({ omit: 'a b' }));
    expect(none.shown).to.equal(null);
    expect(none.problems).to.deep.equal([
      { code: 'invalid-definition', message: 'the agreement has no clauses to show.' },
    ]);
  });

  it('builds the built-in agreement once per language', () => {
    const agreement = builtInAgreement(en.agreementContent);
    expect(builtInAgreement(en.agreementContent)).to.equal(agreement);
    expect(agreement.clauses.map((c) => c.id)).to.deep.equal([
      'contact',
      'crisis',
      'gifts',
      'social-media',
      'outside-sessions',
      'sessions',
      'recording',
      'ending',
    ]);
    expect(builtInCrisisClause(en.agreementContent)).to.include({ id: 'crisis', crisis: true });
  });
});

describe('boundary agreement: composing only when an input changed', () => {
  it('gives the same agreement and no problems again until an input changes', () => {
    const composer = new AgreementComposer();
    // The widget keeps its children's list while they do not change.
    const children: ComposeInput['children'] = [];
    const first = composer.compose(input({ omit: 'nope', children }), ['ask']);
    expect(first).to.deep.equal(composeAgreement(input({ omit: 'nope', children })));
    expect(first.problems).to.have.length(3);
    const again = composer.compose(input({ omit: 'nope', children }), ['ask']);
    expect(again.shown).to.equal(first.shown);
    expect(again.problems).to.deep.equal([]);
    const changed = composer.compose(input({ omit: 'nope', children }), ['ask again']);
    expect(changed.shown).to.not.equal(first.shown);
    expect(changed.problems).to.deep.equal(first.problems);
    const attribute = composer.compose(
      input({ omit: 'nope', children, attributes: { ...NO_ATTRIBUTES, hours: '9 to 5' } }),
      ['ask again'],
    );
    // {hours} is filled now: one problem fewer.
    expect(attribute.problems).to.deep.equal(first.problems.slice(0, 2));
  });
});
