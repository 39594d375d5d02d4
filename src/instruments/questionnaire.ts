import { fromQuestionnaire } from '../fhir/from-questionnaire.js';
import type { Questionnaire } from '../fhir/types.js';
import {
  checkInstrumentOnce,
  isRecord,
  type InstrumentCheck,
  type InstrumentProblem,
} from './validate.js';

/**
 * What {@link checkDefinitionOnce} gives: {@link InstrumentCheck}, plus, for a FHIR
 * Questionnaire, the items an instrument cannot express (each named by its linkId), left out.
 */
export type DefinitionCheck =
  | {
      ok: true;
      instrument: Extract<InstrumentCheck, { ok: true }>['instrument'];
      leftOut?: InstrumentProblem[];
    }
  | { ok: false; problems: InstrumentProblem[] };

const checks = new WeakMap<object, DefinitionCheck>();

/**
 * Like `checkInstrumentOnce`, but a FHIR R4 Questionnaire (`resourceType: "Questionnaire"`) is
 * taken as it is: converted by `fromQuestionnaire`, then checked like any definition. Kept out
 * of `checkInstrument` so that only the element that takes Questionnaires carries the converter.
 */
export function checkDefinitionOnce(input: unknown): DefinitionCheck {
  if (!isRecord(input) || input.resourceType !== 'Questionnaire') return checkInstrumentOnce(input);
  let check = checks.get(input);
  if (!check) {
    const converted = fromQuestionnaire(input as unknown as Questionnaire);
    const leftOut = converted.problems.map((p) => ({
      path: p.linkId ?? '(root)',
      message: p.message,
    }));
    const inner = converted.instrument ? checkInstrumentOnce(converted.instrument) : undefined;
    if (!inner) check = { ok: false, problems: leftOut };
    else if (!inner.ok) check = { ok: false, problems: [...leftOut, ...inner.problems] };
    else check = leftOut.length > 0 ? { ...inner, leftOut } : inner;
    checks.set(input, check);
  }
  return check;
}
