/**
 * ISO 8601 durations for `ask-again-after`: the `PnYnMnWnDTnHnMnS` form with whole numbers,
 * e.g. `P30D`, `P2W`, `P1M`, `P1Y6M`, `PT12H`, `P1DT12H`. Fractions, signs and the
 * `PYYYY-MM-DD` form are not accepted: a clinic writing a waiting period has no need of them,
 * and refusing them keeps a typo from turning into a surprising period.
 */

/** The parts of a duration, each a whole number (0 when absent). */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

// One optional group per unit, in the order the standard fixes. The lookaheads require at least
// one unit after `P`, and at least one after `T` when `T` is present (`P` and `P1DT` are not
// durations).
const PATTERN =
  /^P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses `text`, or returns null when it is not a duration of the accepted form. */
export function parseDuration(text: string): Duration | null {
  const match = PATTERN.exec(text.trim().toUpperCase());
  if (!match) return null;
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const duration = { years, months, weeks, days, hours, minutes, seconds };
  // Huge numbers would give an invalid date rather than a period; treat them as not a duration.
  return Object.values(duration).every((n) => Number.isSafeInteger(n)) ? duration : null;
}

/**
 * The moment `duration` after `from` (milliseconds since the epoch), counted on the UTC
 * calendar: a month after 15 March is 15 April, whatever its number of days. A month added to
 * the 31st of a shorter month runs into the next (31 January + P1M = 3 March, or 2 March in a
 * leap year), as JavaScript dates do. Returns NaN when the result is not a valid date.
 */
export function addDuration(from: number, duration: Duration): number {
  const date = new Date(from);
  date.setUTCFullYear(date.getUTCFullYear() + duration.years);
  date.setUTCMonth(date.getUTCMonth() + duration.months);
  date.setUTCDate(date.getUTCDate() + duration.weeks * 7 + duration.days);
  return date.getTime() + ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
}
