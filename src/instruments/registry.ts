import type { InstrumentDefinition } from './types.js';

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

/**
 * Called by each example module when it loads. The examples are the library's own, checked by
 * its tests, so a page that shows one never loads the validator.
 */
export function provideExample(definition: InstrumentDefinition): void {
  examples.set(definition.id, definition);
}

/**
 * Whether `definition` is one the registry holds (an example, or a registered instrument, which
 * was checked when it was registered): a widget shows it without checking it again.
 */
export function isRegistered(definition: unknown): definition is InstrumentDefinition {
  if (typeof definition !== 'object' || definition === null) return false;
  const { id } = definition as { id?: unknown };
  return typeof id === 'string' && (registered.get(id) ?? examples.get(id)) === definition;
}

/** @internal Makes a checked instrument available by its id (see `registerInstrument`). */
export function addInstrument(instrument: InstrumentDefinition): void {
  registered.set(instrument.id, instrument);
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

/** The ids of every instrument: the library's examples first, then the registered ones in order. */
export function instrumentIds(): string[] {
  return [...new Set([...EXAMPLE_IDS, ...registered.keys()])];
}
