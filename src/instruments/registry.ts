import { readJsonChild } from '../core/json-child.js';
import type { InstrumentDefinition } from './types.js';
import { assertInstrument } from './validate.js';

/**
 * The library's example instruments, loaded the first time a widget asks for one by id, so a
 * page that shows its own instrument (or none) never downloads them.
 */
const exampleLoaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'session-check': () => import('./examples/session-check.js'),
  'working-relationship': () => import('./examples/working-relationship.js'),
  'faces-check': () => import('./examples/faces-check.js'),
};
const EXAMPLE_IDS = Object.keys(exampleLoaders);

/** Instruments registered by the host, by id. */
const registered = new Map<string, InstrumentDefinition>();
/** Examples whose module has arrived (each registers itself through `provideExample`). */
const examples = new Map<string, InstrumentDefinition>();
const exampleLoads = new Map<string, Promise<unknown>>();

/** Called by each example module when it loads. */
export function provideExample(definition: InstrumentDefinition): void {
  examples.set(definition.id, assertInstrument(definition));
}

/**
 * The registered instrument with this id (a frozen, validated copy), or undefined. The library's
 * examples `session-check`, `working-relationship` and `faces-check` are found once their module
 * is loaded (importing `rapport-elements/instruments.js` loads them; a widget asking for one by
 * id loads it on demand) unless a registration replaced them.
 */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return registered.get(id) ?? examples.get(id);
}

/**
 * An instrument by id for a widget: the provider's first, then the registry's, then an example,
 * which may still have to load (a promise that settles when it has; look it up again then).
 */
export function lookUpInstrument(
  id: string,
  provided: readonly InstrumentDefinition[] | undefined,
): InstrumentDefinition | Promise<unknown> | undefined {
  const found = provided?.find((i) => i.id === id) ?? getInstrument(id);
  if (found) return found;
  const load = Object.hasOwn(exampleLoaders, id) ? exampleLoaders[id] : undefined;
  if (!load) return undefined;
  let loading = exampleLoads.get(id);
  if (!loading) {
    loading = load();
    exampleLoads.set(id, loading);
    // A failed fetch may succeed later (the connection may be back).
    loading.catch(() => exampleLoads.delete(id));
  }
  return loading;
}

/**
 * Validates a definition (an object, e.g. parsed JSON) and makes it available by its id, for
 * example to `<rapport-alliance-scale instrument="…">`. A later registration with the same id
 * replaces the earlier one, so a clinic can load a new version of its own instrument.
 *
 * Throws {@link InstrumentError} listing every problem when the definition is not valid; nothing
 * is registered then. Returns the frozen copy that was registered.
 */
export function registerInstrument(definition: unknown): InstrumentDefinition {
  const instrument = assertInstrument(definition);
  registered.set(instrument.id, instrument);
  return instrument;
}

/** The ids of every instrument: the library's examples first, then the registered ones in order. */
export function instrumentIds(): string[] {
  return [...new Set([...EXAMPLE_IDS, ...registered.keys()])];
}

/** Where a widget found its definition (see {@link findDefinition}). */
export type FoundDefinition =
  | { kind: 'none' }
  | { kind: 'unknown-id'; id: string }
  | { kind: 'invalid-json'; message: string }
  /**
   * `key` is the same while the definition is: the object, or a child script's text (each read
   * of the script parses a new object).
   */
  | { kind: 'found'; candidate: unknown; key: unknown };

/**
 * A widget's definition, from where the page gave it: an id (the provider's instruments first,
 * then the registry), an object, or, with neither, the host's child
 * `<script type="application/json">`. The candidate still has to be checked.
 */
export function findDefinition(
  host: Element,
  given: unknown,
  provided: readonly InstrumentDefinition[] | undefined,
): FoundDefinition {
  if (typeof given === 'string' && given !== '') {
    const candidate = provided?.find((i) => i.id === given) ?? getInstrument(given);
    // An example not loaded yet: start loading it, and say there is none for now.
    if (!candidate && lookUpInstrument(given, provided) instanceof Promise) return { kind: 'none' };
    return candidate
      ? { kind: 'found', candidate, key: candidate }
      : { kind: 'unknown-id', id: given };
  }
  if (given && typeof given === 'object') return { kind: 'found', candidate: given, key: given };
  const child = readJsonChild(host);
  if (child.kind === 'none') return { kind: 'none' };
  if (child.kind === 'invalid') return { kind: 'invalid-json', message: child.message };
  return { kind: 'found', candidate: child.value, key: child.text };
}
