/**
 * What a form-associated widget tells its form after each render, through `ElementInternals`:
 * its value (each answer as a `name.<id>` field), its validity, and its state as a custom state
 * for `:state(submitted)` styling.
 */

/** What `syncFormValue` and `syncValidity` need to know of the widget. */
export interface FormSyncSource {
  /** The form field prefix; empty submits nothing. */
  name: string;
  /** Each answer, without the prefix. */
  entries: Array<[string, string]>;
  /** The answers as a string, for the browser's form restoration. */
  state: string;
}

/** Sets the form value: the answers as form fields, or none without a name. */
export function syncFormValue(internals: ElementInternals, source: FormSyncSource): void {
  if (source.name) {
    const data = new FormData();
    for (const [key, value] of source.entries) data.append(`${source.name}.${key}`, value);
    internals.setFormValue(data, source.state);
  } else {
    internals.setFormValue(null, source.state);
  }
}

/**
 * Sets validity: `valueMissing` with `message`, pointing at `anchor`, when something must still
 * be answered; valid otherwise.
 */
export function syncValidity(
  internals: ElementInternals,
  missing: boolean,
  message: () => string,
  anchor: () => HTMLElement | null,
): void {
  if (missing) {
    internals.setValidity({ valueMissing: true }, message(), anchor() ?? undefined);
  } else {
    internals.setValidity({});
  }
}

const STATES = ['editing', 'submitting', 'submitted', 'failed'];

/** Keeps exactly one of the response states in the custom state set. */
export function syncCustomState(internals: ElementInternals, state: string): void {
  const states = internals.states as Set<string> | undefined;
  if (!states) return;
  try {
    for (const s of STATES) states.delete(s);
    states.add(state);
  } catch {
    // Engines without custom states: the reflected `state` attribute is there for styling.
  }
}
