import type { DefinitionOptions } from '../core/definition-controller.js';
import type { RapportErrorDetail } from '../core/events.js';
import type { Questionnaire } from '../fhir/types.js';
import { checkLoaded, checkerReady } from './checker.js';
import { UnaskableQuestionnaire, leftOutOf, prepareDefinition } from './questionnaire.js';
import { isRegistered, lookUpInstrument } from './registry.js';
import type { InstrumentDefinition } from './types.js';

/** A widget that shows an instrument given by its `instrument` property. */
export interface InstrumentHost {
  instrument?: InstrumentDefinition | Questionnaire | string;
  readonly rapportContext?: { instruments?: readonly InstrumentDefinition[] };
  reportOnce(key: string, detail: RapportErrorDetail): void;
}

/**
 * How every widget that shows an instrument finds and checks it: by property, id or child
 * script; an example by id (loaded on demand), a FHIR Questionnaire converted (what it cannot
 * ask is named), anything else validated. `own` adds the widget's own handling.
 */
export function instrumentSource(
  host: InstrumentHost,
  own: Partial<DefinitionOptions<InstrumentDefinition>> = {},
): DefinitionOptions<InstrumentDefinition> {
  return {
    property: 'instrument',
    given: () => host.instrument,
    lookUp: (id) => lookUpInstrument(id, host.rapportContext?.instruments),
    fetches: true,
    prepare: prepareDefinition,
    ready: (candidate) => (isRegistered(candidate) ? undefined : checkerReady()),
    check: (raw) => {
      if (raw instanceof UnaskableQuestionnaire)
        return { ok: false, message: raw.problems.join(' ') };
      if (isRegistered(raw)) return { ok: true, value: raw };
      const checked = checkLoaded(raw);
      return checked.ok
        ? { ok: true, value: checked.instrument }
        : { ok: false, message: checked.problems.map((p) => p.message).join('; ') };
    },
    codes: { unknownId: 'unknown-instrument', invalid: 'invalid-instrument' },
    ...own,
    changed: (next, previous) => {
      // A Questionnaire: what it could not take is named, the rest is shown.
      const leftOut = leftOutOf(host.instrument);
      if (next && leftOut.length > 0) {
        host.reportOnce(`left-out:${leftOut.join()}`, {
          code: 'invalid-instrument',
          message: `instrument: ${leftOut.join(' ')}`,
        });
      }
      own.changed?.(next, previous);
    },
  };
}
