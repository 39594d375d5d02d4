/** Results of the session-check example (four lines 0–10, total 0–40, flagged below 36). */
import { sessionCheck } from '../../src/instruments/examples/session-check.js';

export const SESSION_IDS = ['at-ease', 'what-mattered', 'way-of-working', 'whole-session'];

/** Four answers that add up to `total` (each a multiple of 0.1). */
export function answersFor(total: number): Record<string, number> {
  const quarter = Math.floor((total / 4) * 10) / 10;
  const last = Math.round((total - 3 * quarter) * 10) / 10;
  return Object.fromEntries(SESSION_IDS.map((id, i) => [id, i === 3 ? last : quarter]));
}

/** A result as <rapport-alliance-scale> sends it. */
export function result(
  n: number,
  total: number,
  date: string,
  definition: Partial<{ version: string; contentHash: string }> = {},
  locale = 'en',
) {
  return {
    kind: 'alliance-scale' as const,
    responseId: `r-${n}`,
    definition: {
      id: 'session-check',
      version: sessionCheck.version,
      contentHash: 'a'.repeat(64),
      ...definition,
    },
    locale,
    subject: { clientId: 'c-1' },
    startedAt: `${date}T10:00:00.000Z`,
    completedAt: `${date}T10:05:00.000Z`,
    answers: answersFor(total),
    scores: { total, subscales: {} },
    durationMs: 300000,
  };
}

export { sessionCheck };
