import { expect } from '@open-wc/testing';
import { checkChoices } from '../../src/consent-notice/choices.js';
import {
  formFields,
  initialStage,
  listItems,
  validDate,
} from '../../src/consent-notice/compose.js';
import { readValue, valueOf } from '../../src/consent-notice/value.js';
import { canonicalCache, canonicalText } from '../../src/consent-notice/canonical.js';
import { en } from '../../src/consent-notice/locales/index.js';

const content = en.consentNotice;
const items = listItems(
  [
    { id: 'toString', label: { en: 'Share', fr: 'Partager' }, description: 'Only a summary' },
    { id: 'gp', label: 'GP', required: true },
  ],
  [
    { id: 'sms', required: false },
    { id: 'gp', required: false },
  ],
);

describe('consent notice: choices', () => {
  it('accepts a list or { choices }, and keeps only known fields', () => {
    const list = [{ id: 'toString', label: 'Text', required: true, extra: 1 }];
    const expected = { ok: true, value: [{ id: 'toString', label: 'Text', required: true }] };
    expect(checkChoices(list)).to.deep.equal(expected);
    expect(checkChoices({ choices: list })).to.deep.equal(expected);
  });

  it('names every field at fault', () => {
    expect(
      checkChoices([{ id: 'limits', label: 'x' }, { id: '__proto__', label: '' }, 3]),
    ).to.deep.equal({
      ok: false,
      message:
        'choices[0].id "limits" is the built-in acknowledgement, which is always asked; choose another id; ' +
        'choices[1].id must be letters, digits, "-", "_" or ".", starting with a letter or digit; ' +
        'choices[1].label must not be blank; choices[2] must be an object.',
    });
    expect(checkChoices('gp')).to.deep.equal({
      ok: false,
      message: 'choices must be an array of { id, label } objects.',
    });
  });
});

describe('consent notice: compose', () => {
  it('lists the acknowledgement, then required choices, then optional; data wins over a child', () => {
    expect(items.map((i) => [i.id, i.required, i.builtIn])).to.deep.equal([
      ['limits', true, true],
      ['gp', true, false],
      ['toString', false, false],
      ['sms', false, false],
    ]);
  });

  it('starts agreed only for the very version agreed to', () => {
    expect(initialStage('2', '2')).to.equal('agreed');
    expect(initialStage('2', '1')).to.equal('ask');
    expect(initialStage('', '')).to.equal('ask');
  });

  it('keeps a readable date only', () => {
    expect(validDate('2026-03-03')).to.equal('2026-03-03');
    expect(validDate('last Tuesday')).to.equal(null);
    expect(validDate('')).to.equal(null);
  });

  it('gives form fields; saying no grants nothing', () => {
    const value = { acknowledged: ['limits'], choices: { toString: true, sms: false } };
    const decision = { id: 'n', version: '1', hash: 'h' };
    expect(formFields({ ...decision, status: 'granted' }, value)).to.deep.equal([
      ['status', 'granted'],
      ['notice', 'n'],
      ['version', '1'],
      ['hash', 'h'],
      ['acknowledged', 'limits'],
      ['choice.toString', 'true'],
      ['choice.sms', 'false'],
    ]);
    expect(formFields({ ...decision, status: 'declined' }, value)).to.deep.equal([
      ['status', 'declined'],
      ['notice', 'n'],
      ['version', '1'],
      ['hash', 'h'],
      ['choice.toString', 'false'],
      ['choice.sms', 'false'],
    ]);
  });
});

describe('consent notice: value', () => {
  it('reads the ticks (a required choice too) and drops what is not a box, by id only', () => {
    const read = readValue(
      {
        acknowledged: ['limits', 'toString', 7],
        choices: { toString: true, sms: 'yes', constructor: true, gp: true },
      },
      items,
    );
    expect([...read.ticked]).to.deep.equal(['limits', 'toString', 'gp']);
    expect(read.dropped).to.deep.equal([
      'acknowledged "toString"',
      'acknowledged "7"',
      'choices "sms"',
      'choices "constructor"',
    ]);
    expect(read.wellFormed).to.equal(true);
  });

  it('nothing is well formed and empty; other shapes are not', () => {
    expect(readValue(null, items)).to.deep.equal({
      ticked: new Set(),
      dropped: [],
      wellFormed: true,
    });
    expect(readValue([], items).wellFormed).to.equal(false);
    expect(readValue({ choices: null }, items).wellFormed).to.equal(false);
    expect(readValue({ acknowledged: 'limits' }, items).wellFormed).to.equal(false);
  });

  it('writes every choice, and the acknowledgements in order', () => {
    expect(valueOf(items, new Set(['toString', 'gp']))).to.deep.equal({
      acknowledged: ['gp'],
      choices: { gp: true, toString: true, sms: false },
    });
  });
});

describe('consent notice: canonical text', () => {
  const input = { content, lang: 'fr', items, texts: new Map<string, string>(), custom: false };

  it('holds the title, the sections, and each box in the language shown', () => {
    const text = JSON.parse(canonicalText(input)) as {
      title: string;
      body: Array<{ id: string; heading?: string; text: string }>;
      boxes: unknown[];
    };
    expect(text.title).to.equal(content.title);
    expect(text.body.map((b) => b.id)).to.deep.equal([
      'intro',
      'confidential',
      'limits',
      'records',
      'rights',
    ]);
    expect(text.body[4].text).to.equal(content.sections.rights.blocks.flat().join(' '));
    expect(text.boxes).to.deep.equal([
      { id: 'limits', label: content.limitsAcknowledgement, required: true },
      { id: 'gp', label: 'GP', required: true },
      { description: 'Only a summary', id: 'toString', label: 'Partager', required: false },
      { id: 'sms', label: '', required: false },
    ]);
  });

  it('takes the host’s text where it fills a slot, and the whole notice when custom', () => {
    const texts = new Map([
      ['heading', 'Ours'],
      ['choice-sms', 'Text me <https://a.example/>'],
      ['', 'All of it'],
    ]);
    const text = JSON.parse(canonicalText({ ...input, texts, custom: true })) as {
      title: string;
      body: unknown;
      boxes: Array<{ label: string }>;
    };
    expect(text.title).to.equal('Ours');
    expect(text.body).to.deep.equal([{ id: 'notice', text: 'All of it' }]);
    expect(text.boxes[3].label).to.equal('Text me <https://a.example/>');
  });

  it('is cached by its inputs', () => {
    const cached = canonicalCache();
    const first = cached(input);
    expect(cached({ ...input })).to.equal(first);
    expect(cached({ ...input, lang: 'en' })).not.to.equal(first);
    expect(cached({ ...input, lang: 'en' })).to.equal(canonicalText({ ...input, lang: 'en' }));
  });
});
