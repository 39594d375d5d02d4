/** Stands in for an object that contains itself, which JSON cannot express. */
export const CIRCULAR = Symbol('circular');

/**
 * A plain copy of JSON-like data: own enumerable keys of objects, elements of arrays, other
 * values as they are (the checker then names their wrong kind). `Object.fromEntries` defines a
 * `__proto__` key as data instead of changing the prototype.
 */
export function snapshot(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) return CIRCULAR;
  ancestors.add(value);
  const copy = Array.isArray(value)
    ? Array.from(value, (element: unknown) => snapshot(element, ancestors))
    : Object.fromEntries(
        Object.keys(value).map((key) => [
          key,
          snapshot((value as Record<string, unknown>)[key], ancestors),
        ]),
      );
  ancestors.delete(value);
  return copy;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
