import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RapportErrorDetail } from './events.js';
import type { DefinitionRef } from './result.js';

/** How long a draft is kept when `draft-ttl` says nothing usable: two hours. */
export const DEFAULT_DRAFT_TTL = 'PT2H';

const UNITS_MS = { W: 604_800_000, D: 86_400_000, H: 3_600_000, M: 60_000, S: 1_000 } as const;

/**
 * An ISO 8601 duration in milliseconds: weeks, days, hours, minutes and seconds (`P1D`, `PT2H`,
 * `PT1H30M`, `PT0.5S`). Years and months have no fixed length and are refused, as is anything
 * else that is not a duration: null.
 */
export function durationMs(text: string): number | null {
  const match =
    /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      text.trim(),
    );
  if (!match || /^PT?$/.test(text.trim())) return null;
  const [, w, d, h, m, s] = match;
  const parts: Array<[string | undefined, number]> = [
    [w, UNITS_MS.W],
    [d, UNITS_MS.D],
    [h, UNITS_MS.H],
    [m, UNITS_MS.M],
    [s, UNITS_MS.S],
  ];
  return parts.reduce((sum, [n, unit]) => sum + (n === undefined ? 0 : Number(n) * unit), 0);
}

/** What is kept for a draft: the answers so far, and the response they belong to. */
export interface DraftRecord {
  savedAt: number;
  responseId: string;
  startedAt?: number;
  value: unknown;
}

/** What a draft needs from its widget. */
export interface DraftParts {
  /** The element's kind, e.g. `alliance-scale`. */
  kind(): string;
  /** The host's `draft-key`; empty: nothing is kept. */
  key(): string;
  /** The host's `draft-ttl`. */
  ttl(): string;
  /** The definition shown, with its hash; null while there is none. */
  definitionRef(): Promise<DefinitionRef | null>;
  /** Whether a draft may be brought back now: editable, and nothing answered yet. */
  canRestore(): boolean;
  /** The answers so far (the element's `value`). */
  read(): unknown;
  /** Puts back the answers, the response's id and when the person started. */
  restore(record: DraftRecord): void;
  /** Tells the host (once per key) what could not be used. */
  report(key: string, detail: RapportErrorDetail): void;
}

const PREFIX = 'rapport-draft:';

/** The storage key: the kind, the host's key, and the definition's id, version and hash. */
function storageKey(kind: string, key: string, ref: DefinitionRef): string {
  return PREFIX + JSON.stringify([kind, key, ref.id, ref.version, ref.contentHash]);
}

/** The start of every storage key of this kind, host key and definition id. */
function familyPrefix(kind: string, key: string, id: string): string {
  return `${PREFIX}${JSON.stringify([kind, key, id]).slice(0, -1)},`;
}

/** `sessionStorage`, or null where reading it throws (storage disabled, sandboxed frames). */
function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is DraftRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<DraftRecord>;
  return (
    typeof r.savedAt === 'number' &&
    typeof r.responseId === 'string' &&
    (r.startedAt === undefined || typeof r.startedAt === 'number') &&
    'value' in r
  );
}

/**
 * Keeps the answers so far in `sessionStorage` when the host opts in with `draft-key`, and
 * brings them back after a reload: under a key naming the element's kind, the host's key, and
 * the definition's id, version and hash, so a draft is only ever restored onto the text it was
 * made for. A draft older than `draft-ttl` is dropped, one for another version or text is
 * dropped and reported (`draft-discarded`). Storage that throws (private mode, quota) is
 * ignored: a draft is a courtesy, never a reason to fail.
 */
export class DraftController implements ReactiveController {
  /** True from a restore until the person dismisses the note or the response is sent. */
  restored = false;

  /** The host key whose draft was looked for (once per key: every update would hash again). */
  #triedKey = '';
  #looking = false;
  /** A write is queued: answers given before it runs are written with it, hashed once. */
  #queued: { responseId: string; startedAt: number | undefined } | null = null;
  /** The storage key last written or restored: cleared at once when the response is sent. */
  #written: string | null = null;
  #saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: DraftParts,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const key = this.parts.key();
    if (key === '' || key === this.#triedKey || this.#looking || !this.parts.canRestore()) return;
    this.#looking = true;
    void this.#restore(key).finally(() => (this.#looking = false));
  }

  /** The person changed an answer: keep the answers so far (when the host opted in). */
  save(responseId: string, startedAt: number | undefined): void {
    const key = this.parts.key();
    if (key === '') return;
    const queued = this.#queued !== null;
    this.#queued = { responseId, startedAt };
    if (queued) return;
    this.#saving = this.#saving.then(async () => {
      const ref = await this.parts.definitionRef();
      const latest = this.#queued!;
      this.#queued = null;
      if (!ref || this.parts.key() !== key) return;
      const record: DraftRecord = { savedAt: Date.now(), ...latest, value: null };
      try {
        record.value = this.parts.read();
        const name = storageKey(this.parts.kind(), key, ref);
        session()?.setItem(name, JSON.stringify(record));
        this.#written = name;
      } catch {
        // Full, refused, or a value that cannot be written: the answers stay on the page.
      }
    });
  }

  /**
   * The response was sent or reset: its draft is no longer needed. The draft last written goes
   * at once (a form's native post may leave the page next), and again after any write still in
   * flight, so that a late write cannot bring it back.
   */
  clear(): void {
    this.restored = false;
    const remove = (): void => {
      if (this.#written === null) return;
      try {
        session()?.removeItem(this.#written);
      } catch {
        // Nothing to clear where storage cannot be used.
      }
    };
    remove();
    this.#saving = this.#saving.then(remove);
  }

  async #restore(key: string): Promise<void> {
    const ref = await this.parts.definitionRef();
    if (!ref) return;
    this.#triedKey = key;
    const attempt = storageKey(this.parts.kind(), key, ref);
    const storage = session();
    if (!storage) return;
    try {
      this.#dropOthers(storage, key, ref);
      const text = storage.getItem(attempt);
      if (text === null) return;
      const record: unknown = JSON.parse(text);
      const ttl = this.#ttl();
      if (!isRecord(record) || Date.now() - record.savedAt > ttl) {
        storage.removeItem(attempt);
        return;
      }
      if (!this.parts.canRestore()) return;
      this.parts.restore(record);
      this.#written = attempt;
      this.restored = true;
      this.host.requestUpdate();
    } catch {
      // Unreadable storage or a draft this version did not write: start empty.
    }
  }

  /** Drafts of this key for another version or text of the definition: dropped, and said. */
  #dropOthers(storage: Storage, key: string, ref: DefinitionRef): void {
    const family = familyPrefix(this.parts.kind(), key, ref.id);
    const current = storageKey(this.parts.kind(), key, ref);
    const others: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (name !== null && name !== current && name.startsWith(family)) others.push(name);
    }
    for (const name of others) {
      storage.removeItem(name);
      this.parts.report(`draft:${name}`, {
        code: 'draft-discarded',
        message: `the answers kept under draft-key="${key}" were for another version or text of "${ref.id}" (now version ${ref.version}); they were not brought back.`,
      });
    }
  }

  #ttl(): number {
    const text = this.parts.ttl();
    const ms = durationMs(text);
    if (ms !== null) return ms;
    this.parts.report(`draft-ttl:${text}`, {
      code: 'invalid-attribute',
      message: `draft-ttl="${text}" is not an ISO 8601 duration in weeks, days, hours, minutes or seconds (e.g. PT2H); using ${DEFAULT_DRAFT_TTL}.`,
    });
    return durationMs(DEFAULT_DRAFT_TTL)!;
  }
}
