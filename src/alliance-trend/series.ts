/**
 * The trend's arithmetic, without a DOM: results in, sessions, scores and alerts out. Every
 * score is computed again from the answers with the instrument, so a stored score that was
 * edited, or made by another version of the library, cannot put a wrong point on the chart.
 */
import { isRecord } from '../core/text.js';
import { describeKind } from '../core/kind.js';
import { isAnswerValid, scaleOf, scaleRange, scoreResponse } from '../instruments/scoring.js';
import { subscaleNames } from '../instruments/subscales.js';
import type {
  Aggregate,
  Answers,
  InstrumentDefinition,
  ItemDefinition,
} from '../instruments/types.js';

/** At most this many sessions are shown: the latest ones. */
export const MAX_SESSIONS = 200;

/** One session on the trend, in the order they happened (by `completedAt`). */
export interface TrendSession {
  /** Its number, from 1 for the earliest shown. */
  number: number;
  /** The result's `responseId`, or null for an entry given without one. */
  responseId: string | null;
  /** ISO 8601 date or date and time. */
  completedAt: string;
  /** The total, or null when a required answer is missing. */
  total: number | null;
  /** Each subscale's score, by subscale name. */
  subscales: Readonly<Record<string, number | null>>;
  /** The total minus the previous scored session's total; null for the first, or without a total. */
  change: number | null;
  /** The cutoff rule's flag: true below, false at or above, null when unknown or without a rule. */
  belowCutoff: boolean | null;
  /** The total fell by `dropAlert` points or more since the previous scored session. */
  drop: boolean;
  /** The version or the content hash differs from the session before: the wording changed. */
  wordingChanged: boolean;
}

/** Something a clinician should look at. */
export interface TrendAlert {
  kind: 'below-cutoff' | 'drop';
  /** The session's number. */
  session: number;
  responseId: string | null;
  completedAt: string;
  /** The score below the cutoff, or the size of the fall. */
  value: number;
}

/** The lowest and highest a score can be. */
export interface ScoreRange {
  min: number;
  max: number;
}

/** Everything the trend shows, computed; `<rapport-alliance-trend>`'s `series`. */
export interface TrendSeries {
  sessions: readonly TrendSession[];
  alerts: readonly TrendAlert[];
  /** The subscales' names, in the order the items first use them. */
  subscales: readonly string[];
  total: ScoreRange;
  /** One range for every subscale, or null without subscales. */
  subscaleRange: ScoreRange | null;
  /** The instrument's cutoff rule, or null. */
  cutoff: { score: string; below: number } | null;
  dropAlert: number;
}

/** One entry that cannot be shown, and why. */
export interface TrendProblem {
  /** The entry's position in `results` as given. */
  entry: number;
  message: string;
}

/** A score to 2 decimals, as the scoring rounds them: 35.3 − 34.3 is a fall of 1, not 0.99…. */
function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** The range of a score over `items`: the optional ones may be left out. */
export function rangeOf(
  instrument: InstrumentDefinition,
  items: readonly ItemDefinition[],
  how: Aggregate,
): ScoreRange {
  let min = 0;
  let max = 0;
  for (const item of items) {
    const range = scaleRange(scaleOf(instrument, item));
    const optional = item.required === false && how === 'sum';
    min += optional ? Math.min(0, range.min) : range.min;
    max += optional ? Math.max(0, range.max) : range.max;
  }
  const count = how === 'mean' ? Math.max(1, items.length) : 1;
  return { min: round(min / count), max: round(max / count) };
}

const DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

interface Read {
  entry: number;
  responseId: string | null;
  completedAt: string;
  time: number;
  answers: Answers;
  version: string | null;
  hash: string | null;
  locale: string | null;
}

/**
 * Reads one entry: a result of `<rapport-alliance-scale>`, or a `value` with its date as
 * `{ answers, completedAt, responseId? }`.
 */
function readEntry(instrument: InstrumentDefinition, raw: unknown, i: number): Read | string {
  const at = `results[${i}]`;
  if (!isRecord(raw)) return `${at} must be a result (an object), not ${describeKind(raw)}`;
  const { kind, definition: ref, completedAt: date, responseId, answers } = raw;
  if (kind !== undefined && kind !== 'alliance-scale') {
    return `${at}.kind ${JSON.stringify(kind)} is not a result of <rapport-alliance-scale>`;
  }
  const own = isRecord(ref) ? ref : {};
  if (ref !== undefined && own.id !== instrument.id) {
    return `${at}.definition.id ${JSON.stringify(own.id)} is not the instrument "${instrument.id}"`;
  }
  const time = typeof date === 'string' && DATE.test(date) ? Date.parse(date) : NaN;
  if (Number.isNaN(time)) {
    return `${at}.completedAt ${date === undefined ? 'is missing' : 'must be an ISO 8601 date such as "2026-03-03"'}`;
  }
  if (responseId !== undefined && (typeof responseId !== 'string' || responseId === '')) {
    return `${at}.responseId must be a non-empty string`;
  }
  if (!isRecord(answers)) return `${at}.answers must be an object of answers by item id`;
  for (const id of Object.keys(answers)) {
    const item = instrument.items.find((candidate) => candidate.id === id);
    const field = `${at}.answers[${JSON.stringify(id)}]`;
    if (!item) return `${field} is not an item of "${instrument.id}"`;
    const answer = answers[id];
    // The message names the field, never the answer: it may reach a console.
    if (typeof answer !== 'number') return `${field} must be a number, not ${describeKind(answer)}`;
    if (!isAnswerValid(scaleOf(instrument, item), answer)) {
      return `${field} is not a value the item can take`;
    }
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    entry: i,
    responseId: text(responseId),
    completedAt: date as string,
    time,
    answers: answers as Answers,
    version: text(own.version),
    hash: text(own.contentHash),
    locale: text(raw.locale),
  };
}

const differ = (a: string | null, b: string | null): boolean => a !== null && b !== null && a !== b;

/**
 * Another version, or another text in the same language (the hash is of the text in the
 * language the person read, so a session in another language is not a change of wording).
 */
function wordingChanged(before: Read, entry: Read): boolean {
  return (
    differ(before.version, entry.version) ||
    (before.locale === entry.locale && differ(before.hash, entry.hash))
  );
}

/**
 * The sessions and alerts of `results` (any order) for an instrument. An entry that cannot be
 * used is left out and named in `problems`; the others still show. A fall of `dropAlert` points
 * or more in the total since the previous scored session is a drop alert; a total below the
 * instrument's cutoff is a below-cutoff alert.
 */
export function readTrend(
  instrument: InstrumentDefinition,
  results: unknown,
  dropAlert: number,
): { series: TrendSeries; problems: TrendProblem[] } {
  const problems: TrendProblem[] = [];
  const list: unknown[] = Array.isArray(results) ? results : [];
  if (results !== undefined && results !== null && !Array.isArray(results)) {
    problems.push({ entry: -1, message: `results must be an array, not ${describeKind(results)}` });
  }
  const read: Read[] = [];
  const ids = new Set<string>();
  list.forEach((raw, i) => {
    let entry: Read | string;
    try {
      entry = readEntry(instrument, raw, i);
    } catch {
      // A proxy or getter that throws: the entry is left out, never the page's problem.
      entry = `results[${i}] could not be read`;
    }
    if (typeof entry !== 'string' && entry.responseId !== null && ids.has(entry.responseId)) {
      entry = `results[${i}].responseId "${entry.responseId}" is already shown`;
    }
    if (typeof entry === 'string') problems.push({ entry: i, message: entry });
    else {
      if (entry.responseId !== null) ids.add(entry.responseId);
      read.push(entry);
    }
  });
  // Stable: two entries at the same time keep the order they were given in.
  read.sort((a, b) => a.time - b.time || a.entry - b.entry);
  if (read.length > MAX_SESSIONS) {
    problems.push({
      entry: -1,
      message: `results has ${read.length} usable entries; the latest ${MAX_SESSIONS} are shown`,
    });
    read.splice(0, read.length - MAX_SESSIONS);
  }

  const sessions: TrendSession[] = [];
  const alerts: TrendAlert[] = [];
  let lastTotal: number | null = null;
  read.forEach((entry, i) => {
    const scores = scoreResponse(instrument, entry.answers);
    const total = scores.total;
    const change = total !== null && lastTotal !== null ? round(total - lastTotal) : null;
    const before = read[i - 1];
    const session: TrendSession = {
      number: i + 1,
      responseId: entry.responseId,
      completedAt: entry.completedAt,
      total,
      subscales: scores.subscales,
      change,
      belowCutoff: scores.cutoff?.flagged ?? null,
      drop: change !== null && -change >= dropAlert,
      wordingChanged: before !== undefined && wordingChanged(before, entry),
    };
    const alert = {
      session: session.number,
      responseId: entry.responseId,
      completedAt: entry.completedAt,
    };
    if (session.belowCutoff === true && scores.cutoff?.value != null) {
      alerts.push({ kind: 'below-cutoff', ...alert, value: scores.cutoff.value });
    }
    if (session.drop && change !== null) alerts.push({ kind: 'drop', ...alert, value: -change });
    if (total !== null) lastTotal = total;
    sessions.push(session);
  });

  const names = subscaleNames(instrument);
  const how = instrument.scoring?.subscales ?? 'mean';
  const ranges = names.map((name) =>
    rangeOf(
      instrument,
      instrument.items.filter((item) => item.subscale === name),
      how,
    ),
  );
  const rule = instrument.scoring?.cutoff;
  return {
    series: {
      sessions,
      alerts,
      subscales: names,
      total: rangeOf(instrument, instrument.items, instrument.scoring?.total ?? 'sum'),
      subscaleRange:
        ranges.length === 0
          ? null
          : {
              min: Math.min(...ranges.map((r) => r.min)),
              max: Math.max(...ranges.map((r) => r.max)),
            },
      cutoff: rule ? { score: rule.score, below: rule.below } : null,
      dropAlert,
    },
    problems,
  };
}
