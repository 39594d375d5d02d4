/**
 * Content hashes for `definition.contentHash` (DESIGN.md, contract 3): SHA-256 of the canonical
 * text the person saw, as lowercase hex. Plain-http pages have no `crypto.subtle`, so a small
 * pure-TypeScript SHA-256 (`sha256.ts`) stands in there, fetched only on such a page; both give
 * the same digest.
 */

/** Bytes as lower-case hex, two digits each. */
export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * SHA-256 of the UTF-8 encoding of `text`, as 64 lowercase hex digits. Uses `crypto.subtle`
 * where the page is a secure context, and `sha256HexSync` (loaded then) otherwise, or if the browser's
 * digest fails: a result must never be lost because its hash could not be made.
 */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  const bytes = new TextEncoder().encode(text);
  if (subtle !== undefined && typeof subtle.digest === 'function') {
    try {
      return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
    } catch {
      // Fall through: the pure implementation gives the same digest.
    }
  }
  const { sha256HexSync } = await import('./sha256.js');
  return sha256HexSync(text);
}

/** Orders strings by Unicode code point; `<` on strings compares UTF-16 code units instead. */
function compareCodePoints(left: string, right: string): number {
  const a = Array.from(left, (char) => char.codePointAt(0) ?? 0);
  const b = Array.from(right, (char) => char.codePointAt(0) ?? 0);
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

/** True for values `JSON.stringify` leaves out of objects (and writes as `null` in arrays). */
function isUnencodable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function encode(value: unknown, ancestors: object[]): string {
  if (value !== null && typeof value === 'object' && 'toJSON' in value) {
    const { toJSON } = value as { toJSON: unknown };
    if (typeof toJSON === 'function') value = (toJSON as () => unknown).call(value);
  }
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') throw new TypeError('canonicalJson: cannot encode a BigInt');
    // JSON.stringify already writes strings, numbers (non-finite as null) and booleans canonically.
    return isUnencodable(value) ? 'null' : JSON.stringify(value);
  }
  if (ancestors.includes(value)) throw new TypeError('canonicalJson: circular structure');
  ancestors.push(value);
  let json: string;
  if (Array.isArray(value)) {
    json = `[${value.map((item: unknown) => encode(item, ancestors)).join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => !isUnencodable(record[key]))
      .sort(compareCodePoints)
      .map((key) => `${JSON.stringify(key)}:${encode(record[key], ancestors)}`);
    json = `{${members.join(',')}}`;
  }
  ancestors.pop();
  return json;
}

/**
 * Deterministic JSON for hashing: object keys sorted by Unicode code point, no whitespace,
 * keys whose value is `undefined` left out, arrays kept in order. Otherwise it follows
 * `JSON.stringify` (`toJSON` is honoured, non-finite numbers become `null`). Two objects with
 * the same content give the same text however their keys were inserted.
 *
 * @throws TypeError for a top-level `undefined`, a function, a BigInt or a circular structure,
 *   none of which has a JSON text.
 */
export function canonicalJson(value: unknown): string {
  if (isUnencodable(value)) throw new TypeError('canonicalJson: value has no JSON form');
  return encode(value, []);
}
