// FHIR R4 Questionnaire out and back in, for generated instruments: what goes out comes back.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromQuestionnaire, toQuestionnaire } from '../../src/fhir/index.js';
import type { Questionnaire } from '../../src/fhir/index.js';
import type { InstrumentDefinition } from '../../src/instruments/index.js';
import { runs } from './arbitraries.js';
import { instrument } from './instrument-arbitraries.js';

/** Pure functions: cheap, so many runs. */
const RUNS = 1000;

/**
 * The definition as FHIR can say it: an item's `required: true` is the documented default,
 * which a Questionnaire item's `required` does not tell apart from leaving it out, and a default
 * scale that every item overrides, or an empty `scoring`, says nothing.
 */
function withoutDefaults(inst: InstrumentDefinition): InstrumentDefinition {
  // A default scale no item uses has no item to travel on.
  const { scale, scoring, ...rest } = inst;
  const used = scale !== undefined && inst.items.some((item) => item.scale === undefined);
  return {
    ...rest,
    ...(used ? { scale } : {}),
    ...(scoring !== undefined && Object.keys(scoring).length > 0 ? { scoring } : {}),
    items: inst.items.map((item) => {
      const { required, ...rest } = item;
      return required === false ? { ...rest, required } : rest;
    }),
  };
}

describe('fuzz: FHIR Questionnaire', () => {
  it('gives back the same instrument after toQuestionnaire, JSON and fromQuestionnaire', () => {
    fc.assert(
      fc.property(instrument, (inst) => {
        // Through JSON, as an EHR would store it.
        const stored = JSON.parse(JSON.stringify(toQuestionnaire(inst))) as Questionnaire;
        const back = fromQuestionnaire(stored);
        expect(back.problems).to.deep.equal([]);
        expect(back.instrument).to.deep.equal(withoutDefaults(inst));
      }),
      runs(RUNS),
    );
  });

  /** A Questionnaire written by the library, with one value anywhere in it replaced. */
  const damaged = fc
    .tuple(instrument, fc.nat(), fc.jsonValue({ maxDepth: 2 }))
    .map(([inst, n, replacement]) => {
      const q = JSON.parse(JSON.stringify(toQuestionnaire(inst))) as Record<string, unknown>;
      const places: Array<[Record<string, unknown>, string]> = [];
      const walk = (node: unknown) => {
        if (typeof node !== 'object' || node === null) return;
        for (const key of Object.keys(node)) {
          places.push([node as Record<string, unknown>, key]);
          walk((node as Record<string, unknown>)[key]);
        }
      };
      walk(q);
      const [parent, key] = places[n % places.length];
      parent[key] = replacement;
      return q;
    });

  it('reads any JSON, or a damaged Questionnaire, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), damaged), (given) => {
        const read = fromQuestionnaire(given as unknown as Questionnaire);
        // Nothing to ask is always explained.
        if (read.instrument === undefined) expect(read.problems.length).to.be.greaterThan(0);
      }),
      runs(RUNS),
    );
  });
});
