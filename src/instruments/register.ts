import { addInstrument } from './registry.js';
import type { InstrumentDefinition } from './types.js';
import { assertInstrument } from './validate.js';

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
  addInstrument(instrument);
  return instrument;
}
