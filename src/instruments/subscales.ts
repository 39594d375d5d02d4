import { ownValue, resolveText } from '../core/text.js';
import type { InstrumentDefinition } from './types.js';

/** The subscales an instrument's items name, in the order they are first used. */
export function subscaleNames(instrument: InstrumentDefinition): string[] {
  return [
    ...new Set(instrument.items.flatMap((i) => (i.subscale === undefined ? [] : [i.subscale]))),
  ];
}

/** A subscale's label in a language; its name when the definition gives it no label. */
export function subscaleLabel(
  instrument: InstrumentDefinition,
  name: string,
  locale: string,
): string {
  const entry = instrument.subscales ? ownValue(instrument.subscales, name) : undefined;
  return entry ? resolveText(entry.label, locale) : name;
}
