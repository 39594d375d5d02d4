/**
 * What a feedback prompt remembers between visits when the host opts in with `prompt-key`:
 * only whether the person answered or dismissed it, and when. Never an answer.
 *
 * Storage can be missing or refuse (private browsing, storage blocked for the site, a sandboxed
 * frame, a full quota): every access is wrapped, and a failure means "nothing remembered",
 * which at worst asks the person again.
 */

/** What happened the last time the prompt was shown. */
export type PromptOutcome = 'answered' | 'dismissed';

/** The whole record kept in `localStorage`, e.g. `{"outcome":"dismissed","at":"2026-03-02T09:15:00.000Z"}`. */
export interface PromptRecord {
  outcome: PromptOutcome;
  /** ISO 8601, UTC. */
  at: string;
}

/** Every key starts with this, so a host can find (and clear) what the library stored. */
export const PROMPT_KEY_PREFIX = 'rapport-elements:feedback-prompt:';

/** The `localStorage` key for a `prompt-key`. */
export function storageKeyFor(promptKey: string): string {
  return `${PROMPT_KEY_PREFIX}${promptKey}`;
}

function storage(): Storage | null {
  try {
    // Reading the property itself throws where storage is blocked.
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The record for `promptKey`, or null when there is none, it cannot be read, or it is not ours. */
export function readPromptRecord(promptKey: string): PromptRecord | null {
  let text: string | null;
  try {
    text = storage()?.getItem(storageKeyFor(promptKey)) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { outcome, at } = parsed as Record<string, unknown>;
    if ((outcome !== 'answered' && outcome !== 'dismissed') || typeof at !== 'string') return null;
    if (Number.isNaN(Date.parse(at))) return null;
    return { outcome, at };
  } catch {
    return null;
  }
}

/** Stores `{ outcome, at }` for `promptKey`; does nothing when storage refuses. */
export function writePromptRecord(promptKey: string, record: PromptRecord): void {
  try {
    storage()?.setItem(
      storageKeyFor(promptKey),
      JSON.stringify({ outcome: record.outcome, at: record.at }),
    );
  } catch {
    // Private mode or a full quota: the prompt may simply ask again next time.
  }
}
