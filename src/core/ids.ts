/**
 * Response ids (DESIGN.md, contract 3). `crypto.randomUUID` exists only in secure contexts, so a
 * clinic's plain-http page needs a fallback that still gives a valid, random version 4 UUID.
 */
import { bytesToHex } from './hash.js';

/** Sixteen random bytes from the best source the page has. */
function randomBytes(): Uint8Array {
  const bytes = new Uint8Array(16);
  const cryptoObject = globalThis.crypto;
  if (cryptoObject !== undefined && typeof cryptoObject.getRandomValues === 'function') {
    cryptoObject.getRandomValues(bytes);
    return bytes;
  }
  // Last resort for very old engines: not cryptographically strong, but a response id only has
  // to be unique enough for a host to drop duplicates, not secret.
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/**
 * A random RFC 4122 version 4 UUID in lowercase, e.g. `"3b241101-e2bb-4255-8caf-4136c566a962"`.
 * Uses `crypto.randomUUID` where present, otherwise builds one from `crypto.getRandomValues`
 * (available on plain http too), and from `Math.random` only if neither exists.
 */
export function uuid(): string {
  const cryptoObject = globalThis.crypto;
  if (cryptoObject !== undefined && typeof cryptoObject.randomUUID === 'function') {
    return cryptoObject.randomUUID();
  }
  const bytes = randomBytes();
  // RFC 4122 §4.4: the high nibble of byte 6 is the version (4); the top two bits of byte 8
  // are the variant (binary 10).
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-');
}
