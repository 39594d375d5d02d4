/**
 * Cached `Intl` formatters. Constructing one costs far more than formatting with it, and a page
 * of widgets formats hundreds of numbers: each formatter is made once per language and options.
 */
const cache = new Map<
  string,
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules
>();

function cached<
  T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules,
>(kind: string, lang: string, options: object | undefined, make: (lang: string) => T): T {
  const key = `${kind}|${lang}|${options ? JSON.stringify(options) : ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = make(lang);
    } catch {
      // An unknown or malformed language tag: English rather than an exception.
      formatter = make('en');
    }
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * Languages whose numbers are written with the digits 0–9 and need no grouping below 1,000.
 * A whole number from 0 to 999 in one of them is its own text: question numbers and scale
 * values are formatted without starting Intl, whose first use on a page costs tens of ms.
 * Negative numbers still go to Intl (Swedish, Finnish and others write a true minus sign), and
 * so does a tag that asks for a numbering system (`-u-nu-…`).
 */
const plainDigits =
  /^(?:en|es|fr|de|it|pt|nl|sv|da|nb|nn|no|fi|pl|cs|sk|sl|hr|ro|hu|ca|ga|cy|tr|id|ms)(?:-(?!u-)[a-z0-9]+)*$/i;

export function formatNumber(
  lang: string,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  if (!options && Number.isInteger(value) && value >= 0 && value < 1000 && plainDigits.test(lang)) {
    return String(value);
  }
  return cached('n', lang, options, (l) => new Intl.NumberFormat(l, options)).format(value);
}

export function formatDate(
  lang: string,
  value: Date,
  options?: Intl.DateTimeFormatOptions,
): string {
  return cached('d', lang, options, (l) => new Intl.DateTimeFormat(l, options)).format(value);
}

/** "a, b, and c" in the language's own way. */
export function formatList(
  lang: string,
  items: readonly string[],
  options?: Intl.ListFormatOptions,
): string {
  return cached('l', lang, options, (l) => new Intl.ListFormat(l, options)).format(items);
}

export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  return cached('p', lang, undefined, (l) => new Intl.PluralRules(l)).select(count);
}
