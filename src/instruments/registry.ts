import { readJsonChild } from '../core/json-child.js';
import { facesCheck } from './examples/faces-check.js';
import { sessionCheck } from './examples/session-check.js';
import { workingRelationship } from './examples/working-relationship.js';
import type { InstrumentDefinition } from './types.js';
import { assertInstrument } from './validate.js';

// Filled on first use, so importing the module costs nothing and stays free of side effects.
let instruments: Map<string, InstrumentDefinition> | undefined;

function registry(): Map<string, InstrumentDefinition> {
  if (instruments === undefined) {
    instruments = new Map();
    for (const example of [sessionCheck, workingRelationship, facesCheck]) {
      instruments.set(example.id, assertInstrument(example));
    }
  }
  return instruments;
}

/**
 * The registered instrument with this id (a frozen, validated copy), or undefined. The library's
 * examples `session-check`, `working-relationship` and `faces-check` are always there unless a
 * registration replaced them.
 */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return registry().get(id);
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
  registry().set(instrument.id, instrument);
  return instrument;
}

/** The ids of every registered instrument, in the order they were first registered. */
export function instrumentIds(): string[] {
  return [...registry().keys()];
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
