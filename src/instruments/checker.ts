import type { InstrumentCheck } from './problems.js';

type Validate = typeof import('./validate.js');

let validate: Validate | undefined;
let loading: Promise<unknown> | undefined;

/**
 * The validator is needed only when a host gives a definition of its own (the library's examples
 * are checked by its tests), so a widget fetches it then. Undefined once it is here; otherwise a
 * promise that settles when it is.
 */
export function checkerReady(): Promise<unknown> | undefined {
  if (validate) return undefined;
  loading ??= import('./validate.js').then(
    (module) => {
      validate = module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** `checkInstrumentOnce()` once the validator is here (see {@link checkerReady}). */
export function checkLoaded(input: unknown): InstrumentCheck {
  if (!validate) {
    return {
      ok: false,
      problems: [{ path: '(root)', message: 'the validator is not loaded yet' }],
    };
  }
  return validate.checkInstrumentOnce(input);
}
