// A year of made-up weekly sessions of the session-check example, for the demo's clinician panel
// and the trend's stories. Generated, and the same on every run: a seeded sequence, no clock.
import type { AllianceScaleResult } from '../src/index.js';
import { scoreResponse } from '../src/instruments/scoring.js';
import { sessionCheck } from '../src/instruments/examples/session-check.js';

const ITEMS = ['at-ease', 'what-mattered', 'way-of-working', 'whole-session'];

/** A small seeded generator (mulberry32): the same numbers for the same seed. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The story of the year, as a total out of 40 around which the answers fall. */
function shape(week: number): number {
  if (week < 6) return 31 + week; // finding a way of working together
  if (week < 20) return 37;
  if (week < 24) return 37 - (week - 19) * 1.6; // a hard patch in spring
  if (week < 30) return 31 + (week - 23) * 1.1; // talked about, and mended
  return 37.5;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * `count` weekly results (at most 200), from `start` (a Monday), for the client `clientId`. The
 * wording changes once, at week 26, from a made-up earlier version to the example's own version
 * and `contentHash` (the hash of its English text): the trend marks it, and a response sent today
 * in English continues the line without a mark.
 */
export function generateSessions(
  count = 52,
  start = '2026-01-05',
  clientId = 'c-demo',
  contentHash = 'b'.repeat(64),
): AllianceScaleResult[] {
  const next = sequence(20260105);
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: Math.min(200, count) }, (_, week): AllianceScaleResult => {
    const day = new Date(first + week * 7 * 86_400_000);
    const target = shape(week % 52) + (next() - 0.5) * 1.2;
    const answers = Object.fromEntries(
      ITEMS.map((id) => [id, Math.min(10, Math.max(0, round1(target / 4 + (next() - 0.5) * 0.4)))]),
    );
    const date = day.toISOString().slice(0, 10);
    const n = String(week + 1).padStart(3, '0');
    return {
      kind: 'alliance-scale',
      responseId: `00000000-0000-4000-8000-000000000${n}`,
      definition: {
        id: 'session-check',
        version: week < 26 ? '0.9.0' : sessionCheck.version,
        contentHash: week < 26 ? 'a'.repeat(64) : contentHash,
      },
      locale: 'en',
      subject: { clientId, sessionId: `s-${n}` },
      startedAt: `${date}T10:00:00.000Z`,
      completedAt: `${date}T10:04:00.000Z`,
      answers,
      scores: scoreResponse(sessionCheck, answers),
      durationMs: 240_000,
    };
  });
}
