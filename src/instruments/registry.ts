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
