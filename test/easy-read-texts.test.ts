// Every built-in easy-read text keeps to the length the easy-read guidance asks for: no sentence
// longer than 20 words (most are under 15). Texts that take values are tried with sample ones.
import { expect } from '@open-wc/testing';
import core from '../src/core/locales/easy-en.js';
import consent from '../src/consent-notice/locales/easy-en.js';
import boundary from '../src/boundary-agreement/locales/easy-en.js';
import feedback from '../src/feedback-prompt/locales/easy-en.js';
import goals from '../src/goal-plan/locales/easy-en.js';
import trend from '../src/alliance-trend/locales/easy-en.js';
import { facesCheck } from '../src/instruments/examples/faces-check.js';
import { sessionCheck } from '../src/instruments/examples/session-check.js';
import { workingRelationship } from '../src/instruments/examples/working-relationship.js';

const examples = [sessionCheck, workingRelationship, facesCheck];

/** The easy-read tables of the library, by part, and the example instruments' easy texts. */
const TABLES: Record<string, Record<string, unknown>> = {
  core,
  'consent-notice': consent,
  'boundary-agreement': boundary,
  'feedback-prompt': feedback,
  'goal-plan': goals,
  'alliance-trend': trend,
  ...Object.fromEntries(examples.map((e) => [`example ${e.id}`, easyTextsOf(e)])),
};

/** Every `easyRead` of a definition, by where it is. */
function easyTextsOf(value: unknown, path = '', out: Record<string, unknown> = {}) {
  if (Array.isArray(value)) value.forEach((v, i) => easyTextsOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'easyRead') out[`${path}.easyRead`] = v;
      else easyTextsOf(v, `${path}.${k}`, out);
    }
  }
  return out;
}

/** Values to try a text that takes some: words, a number, a list. */
const SAMPLES: unknown[][] = [['Sam', 'Alex', 'Jo'], [3, 10, 2], [['one thing', 'another thing']]];

/** Every string a table holds, text functions called with sample values. */
function textsOf(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    for (const sample of SAMPLES) {
      let text: unknown;
      try {
        text = (value as (...a: unknown[]) => unknown)(...sample);
      } catch {
        continue;
      }
      if (typeof text === 'string') out.push([path, text]);
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => textsOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) textsOf(v, `${path}.${k}`, out);
  }
}

/** The sentences of a text: split after . ! ? … and at line breaks. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

describe('easy-read texts', () => {
  for (const [part, table] of Object.entries(TABLES)) {
    it(`${part}: every sentence is at most 20 words`, () => {
      const texts: Array<[string, string]> = [];
      textsOf({ ...table, $code: undefined }, part, texts);
      expect(texts.length, 'texts found').to.be.greaterThan(part.startsWith('example') ? 1 : 5);
      const long = texts.flatMap(([path, text]) =>
        sentences(text)
          .filter((s) => words(s).length > 20)
          .map((s) => `${path}: ${words(s).length} words: ${s}`),
      );
      expect(long).to.deep.equal([]);
    });
  }

  it('the length check finds a long sentence', () => {
    const texts: Array<[string, string]> = [];
    textsOf(
      {
        a: 'Short one. This sentence is made much too long on purpose, so that the check has something to find here, and then it goes on for a while.',
      },
      't',
      texts,
    );
    const long = sentences(texts[0][1]).filter((s) => words(s).length > 20);
    expect(long.length).to.equal(1);
  });
});
