import type { Questionnaire } from '../fhir/types.js';
import type { QuestionnaireProblem } from '../fhir/from-questionnaire.js';
import { isRecord } from '../core/text.js';

/** A FHIR Questionnaire converted for a widget: the instrument, and what it could not take. */
interface Converted {
  /** The definition to check, or undefined when nothing could be asked. */
  candidate: unknown;
  /** Each item left out, named by its linkId. */
  leftOut: QuestionnaireProblem[];
}

/** A Questionnaire with nothing the engine can ask: what stands in for its instrument. */
export class UnaskableQuestionnaire {
  constructor(readonly problems: readonly string[]) {}
}

const converted = new WeakMap<object, Converted | Promise<unknown>>();

/** Whether a definition given to a widget is a FHIR R4 Questionnaire resource. */
export function isQuestionnaire(raw: unknown): raw is Questionnaire {
  return isRecord(raw) && raw.resourceType === 'Questionnaire';
}

/**
 * A definition as a widget checks it. A FHIR R4 Questionnaire is converted by
 * `fromQuestionnaire`, whose code is fetched the first time one arrives (a promise then: look
 * again once it settles), so a page that never gives one never loads the converter. Anything
 * else is returned as it is.
 */
export function prepareDefinition(raw: unknown): unknown {
  if (!isQuestionnaire(raw)) return raw;
  const done = converted.get(raw);
  if (done instanceof Promise) return done;
  if (done) {
    return done.candidate ?? new UnaskableQuestionnaire(done.leftOut.map((p) => p.message));
  }
  const loading = import('../fhir/from-questionnaire.js').then(({ fromQuestionnaire }) => {
    const { instrument, problems } = fromQuestionnaire(raw);
    converted.set(raw, { candidate: instrument, leftOut: problems });
  });
  converted.set(raw, loading);
  loading.catch(() => converted.delete(raw));
  return loading;
}

/** What a converted Questionnaire left out, in words that name each linkId; empty otherwise. */
export function leftOutOf(raw: unknown): string[] {
  const done = isRecord(raw) ? converted.get(raw) : undefined;
  return done && !(done instanceof Promise) ? done.leftOut.map((p) => p.message) : [];
}
