/**
 * Values of the wrong kind in words, for `rapport-error` messages. Never reads inside an
 * object: a host's proxy or getter may throw, and a message must not.
 */

/** A value in words: `the number 0`, `the bigint 10`, `a symbol`, `a function`, `an object`. */
export function describeKind(value: unknown): string {
  switch (typeof value) {
    case 'number':
    case 'boolean':
      return `the ${typeof value} ${String(value)}`;
    case 'bigint':
      return `the bigint ${String(value)}`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'string':
      return 'a string';
    case 'undefined':
      return 'undefined';
    default:
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
  }
}

/** Why reading something threw, in words. */
export function thrownReason(error: unknown): string {
  return error instanceof Error ? error.message : describeKind(error);
}
