/**
 * Generators shared by the property-based tests: the values a host page might hand a widget by
 * mistake (or on purpose), and ids chosen to collide with `Object.prototype`.
 */
import fc from 'fast-check';

/**
 * Every property runs from this seed, so a failure is the same on every run and machine. To
 * explore further, change it here; a failure prints the seed and the counterexample.
 */
export const SEED = 1_616_2026;

/** Ids that are also names on `Object.prototype`: a map keyed by host ids must survive them. */
export const PROTO_IDS = [
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
] as const;

/**
 * A proxy whose every trap throws: reading it in any way throws. Only fast-check's own questions (how
 * to print it, whether to clone it) are answered, so a failure can still name it.
 */
export function throwingProxy(target: object = {}): object {
  const fail = (): never => {
    throw new Error('trap');
  };
  const asked = (key: PropertyKey) =>
    typeof key === 'symbol' && key.description?.startsWith('fast-check/') === true;
  const name = Array.isArray(target) ? 'throwingProxy([])' : 'throwingProxy()';
  return new Proxy(target, {
    get: (_, key) => (key === fc.toStringMethod ? () => name : asked(key) ? undefined : fail()),
    has: (_, key) => (key === fc.toStringMethod ? true : asked(key) ? false : fail()),
    ownKeys: fail,
    getOwnPropertyDescriptor: fail,
    getPrototypeOf: fail,
    defineProperty: fail,
    set: fail,
    deleteProperty: fail,
  });
}

/** fast-check's settings for a property: the fixed seed, the runs, the error in the report. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns, includeErrorInReport: true };
}

/** An object whose own keys are the prototype's names, each with an arbitrary value. */
export const protoKeyed: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(fc.constantFrom(...PROTO_IDS), fc.anything({ maxDepth: 1 })), { maxLength: 4 })
  .map((entries) => Object.fromEntries(entries));

/**
 * Anything at all: primitives of every kind (BigInt, Symbol, NaN, 1e308), functions, arrays,
 * objects with prototype-named keys, and proxies whose traps throw.
 */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(0, 1, -1, true, false, NaN, Infinity, -Infinity, 1e308, -0, 0.5),
  fc.constantFrom<unknown>(null, undefined, ''),
  fc.string(),
  fc.bigInt(),
  fc.string({ maxLength: 5 }).map((s) => Symbol(s)),
  fc.constant(null).map(() => () => 1),
  fc.constant(null).map(() => throwingProxy()),
  fc.constant(null).map(() => throwingProxy([])),
  protoKeyed,
  fc.anything({ maxDepth: 2, withBigInt: true, withNullPrototype: true, withMap: true }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
);

/** A value in words for a failure message; never throws, even for a proxy whose traps do. */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'function') return 'a function';
    return JSON.stringify(value) ?? String(value);
  } catch {
    return 'an unreadable object';
  }
}
