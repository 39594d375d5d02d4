// Numbers in each language. formatNumber() writes whole numbers from 0 to 999 itself in
// languages that use the digits 0–9, so that a first render need not start Intl; here every
// answer it gives is compared with the browser's own Intl.NumberFormat.
import { expect } from '@open-wc/testing';
import { formatNumber } from '../src/core/intl.js';

const LANGUAGES = [
  'en',
  'en-GB',
  'en-US',
  'es',
  'es-MX',
  'fr',
  'fr-CA',
  'de',
  'de-CH',
  'it',
  'pt-BR',
  'nl',
  'sv',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'ro',
  'hu',
  'ca',
  'ga',
  'cy',
  'tr',
  'id',
  'ms',
  'ar',
  'ar-EG',
  'fa',
  'hi',
  'bn',
  'mr',
  'en-u-nu-arab',
  'es-u-nu-deva',
  'EN',
];
const NUMBERS = [0, 1, 7, 10, 42, 999, 1000, 12345, -5, -0.5, 2.5, 0.1];

describe('formatNumber', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: the same text as Intl.NumberFormat`, () => {
      const expected = NUMBERS.map((n) => new Intl.NumberFormat(lang).format(n));
      expect(NUMBERS.map((n) => formatNumber(lang, n))).to.deep.equal(expected);
    });
  }

  it('passes options to Intl: one decimal in French is written with a comma', () => {
    expect(formatNumber('fr', 7, { minimumFractionDigits: 1 })).to.equal('7,0');
  });

  it('an unknown or malformed language tag gives English rather than an exception', () => {
    expect(formatNumber('not a tag!', 1234.5)).to.equal('1,234.5');
  });
});
