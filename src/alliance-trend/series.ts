/**
 * The trend's arithmetic, without a DOM: results in, sessions, scores and alerts out. Every
 * score is computed again from the answers with the instrument, so a stored score that was
 * edited, or made by another version of the library, cannot put a wrong point on the chart.
 */
import { roundScore, scoreResponse } from '../instruments/scoring.js';
import {
  readList,
  readStoredResult,
  scoreRange,
  type StoredResult,
} from '../instruments/results.js';
import { subscaleNames } from '../instruments/subscales.js';
import type { InstrumentDefinition } from '../instruments/types.js';

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

type Read = StoredResult & { entry: number };

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
  const listed = readList(results, 'results');
  const list = typeof listed === 'string' ? [] : listed;
  if (typeof listed === 'string') problems.push({ entry: -1, message: listed });
  const read: Read[] = [];
  const ids = new Set<string>();
  list.forEach((raw, i) => {
    const stored = readStoredResult(instrument, raw, `results[${i}]`);
    let entry: Read | string = typeof stored === 'string' ? stored : { ...stored, entry: i };
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
    const change = total !== null && lastTotal !== null ? roundScore(total - lastTotal) : null;
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
    scoreRange(
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
      total: scoreRange(instrument, instrument.items, instrument.scoring?.total ?? 'sum'),
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
