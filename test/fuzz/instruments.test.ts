// The instrument format's validator and scoring, against generated definitions and answers.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  InstrumentError,
  assertInstrument,
  checkInstrument,
  scaleOf,
  scaleRange,
  scoreResponse,
} from '../../src/instruments/index.js';
import type {
  Answers,
  InstrumentDefinition,
  ScaleDefinition,
  Scores,
} from '../../src/instruments/index.js';
import { PROTO_IDS, hostile, runs } from './arbitraries.js';
import { instrument } from './instrument-arbitraries.js';

/** Pure functions: cheap, so many runs. */
const RUNS = 1000;

/** A value a person could give on a scale: an option's value, or a point of a line's grid. */
function possible(scale: ScaleDefinition): fc.Arbitrary<number> {
  if (scale.type !== 'visual-analog') return fc.constantFrom(...scale.options.map((o) => o.value));
  const step = scale.step ?? 0.1;
  const count = Math.round((scale.max - scale.min) / step);
  return fc.integer({ min: 0, max: count }).map((k) => Number((scale.min + k * step).toFixed(2)));
}

/** A definition with answers to some of its items (possible values, or values it cannot take). */
const answered = instrument.chain((inst) =>
  fc.tuple(
    fc.constant(inst),
    fc
      .tuple(
        ...inst.items.map((item) =>
          fc.oneof(
            { weight: 4, arbitrary: possible(scaleOf(inst, item)) },
            { weight: 1, arbitrary: fc.constantFrom(undefined, NaN, 1e9, -1e9) },
            { weight: 1, arbitrary: fc.constant(undefined) },
          ),
        ),
      )
      .map((values) =>
        Object.fromEntries(
          inst.items.flatMap((item, i) =>
            values[i] === undefined ? [] : [[item.id, values[i]] as [string, number]],
          ),
        ),
      ),
  ),
);

/** A complete response: every item answered with a possible value. */
const complete = instrument.chain((inst) =>
  fc.tuple(
    fc.constant(inst),
    fc
      .tuple(...inst.items.map((item) => possible(scaleOf(inst, item))))
      .map((values) => Object.fromEntries(inst.items.map((item, i) => [item.id, values[i]]))),
  ),
);

/** Scores worked out the long way, from the format's documentation. */
function referenceScores(inst: InstrumentDefinition, answers: Answers): Scores {
  const round = (n: number) => Math.round(n * 100) / 100 || 0;
  const tallies = new Map<string, { values: number[]; blocked: boolean }>();
  const tally = (key: string) => {
    if (!tallies.has(key)) tallies.set(key, { values: [], blocked: false });
    return tallies.get(key) as { values: number[]; blocked: boolean };
  };
  tally('\u0000total');
  for (const item of inst.items) {
    const scale = scaleOf(inst, item);
    const given = Object.prototype.hasOwnProperty.call(answers, item.id)
      ? answers[item.id]
      : undefined;
    const ok =
      given !== undefined &&
      Number.isFinite(given) &&
      (scale.type === 'visual-analog'
        ? given >= scale.min && given <= scale.max
        : scale.options.some((o) => o.value === given));
    const keys = ['\u0000total', ...(item.subscale === undefined ? [] : [item.subscale])];
    for (const key of keys) {
      const t = tally(key);
      if (ok) {
        const { min, max } = scaleRange(scale);
        t.values.push(item.reverse === true ? min + max - given : given);
      } else if (item.required !== false) t.blocked = true;
    }
  }
  const score = (key: string, how: 'sum' | 'mean') => {
    const t = tally(key);
    if (t.blocked || t.values.length === 0) return null;
    const sum = t.values.reduce((a, b) => a + b, 0);
    return round(how === 'sum' ? sum : sum / t.values.length);
  };
  const total = score('\u0000total', inst.scoring?.total ?? 'sum');
  const subscales: Record<string, number | null> = {};
  for (const key of tallies.keys()) {
    if (key === '\u0000total') continue;
    Object.defineProperty(subscales, key, {
      value: score(key, inst.scoring?.subscales ?? 'mean'),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const scores: Scores = { total, subscales };
  const rule = inst.scoring?.cutoff;
  if (rule) {
    const value = rule.score === 'total' ? total : (subscales[rule.score] ?? null);
    scores.cutoff = {
      score: rule.score,
      below: rule.below,
      value,
      // Three states: below, at or above, and unknown while the score has no value.
      flagged: value === null ? null : value < rule.below,
    };
  }
  return scores;
}

describe('fuzz: instrument validator', () => {
  it('never throws, whatever it is given, and names a path in every problem', () => {
    fc.assert(
      fc.property(hostile, (given) => {
        const check = checkInstrument(given);
        if (check.ok) return;
        expect(check.problems.length).to.be.greaterThan(0);
        for (const { path, message } of check.problems) {
          expect(typeof path).to.equal('string');
          if (path !== '(root)') expect(message.startsWith(path), message).to.equal(true);
        }
        // assertInstrument throws only its documented error.
        expect(() => assertInstrument(given)).to.throw(InstrumentError);
      }),
      runs(RUNS),
    );
  });

  it('accepts every generated valid definition as it is', () => {
    fc.assert(
      fc.property(instrument, (inst) => {
        const check = checkInstrument(inst);
        expect(check.ok ? [] : check.problems).to.deep.equal([]);
        if (check.ok) expect(check.instrument).to.deep.equal(inst);
      }),
      runs(RUNS),
    );
  });

  it('keeps the score of a complete response within the range its scales declare', () => {
    fc.assert(
      fc.property(complete, ([inst, answers]) => {
        const scores = scoreResponse(assertInstrument(inst), answers);
        const ranges = inst.items.map((item) => scaleRange(scaleOf(inst, item)));
        const lows = ranges.map((r) => r.min);
        const highs = ranges.map((r) => r.max);
        const [low, high] =
          (inst.scoring?.total ?? 'sum') === 'sum'
            ? [lows.reduce((a, b) => a + b, 0), highs.reduce((a, b) => a + b, 0)]
            : [Math.min(...lows), Math.max(...highs)];
        expect(scores.total).to.be.a('number');
        expect(scores.total as number).to.be.within(low - 0.005, high + 0.005);
      }),
      runs(RUNS),
    );
  });

  /** One field of a valid definition made wrong, and the path its problem must name. */
  type Mutation = (inst: Record<string, unknown>, k: number) => string | undefined;
  const item = (inst: Record<string, unknown>, k: number) =>
    (inst.items as Record<string, unknown>[])[k % (inst.items as unknown[]).length];
  const at = (inst: Record<string, unknown>, k: number) =>
    `items[${k % (inst.items as unknown[]).length}]`;
  const MUTATIONS: Record<string, Mutation> = {
    'id not a string': (inst) => ((inst.id = 42), 'id'),
    'version empty': (inst) => ((inst.version = ' '), 'version'),
    'title a number': (inst) => ((inst.title = 7), 'title'),
    'title keyed by a non-language': (inst) => ((inst.title = { 'en US': 'Hi' }), 'title["en US"]'),
    'an unknown field': (inst) => ((inst.colour = 'red'), 'colour'),
    'no items': (inst) => ((inst.items = []), 'items'),
    'item id with a space': (inst, k) => ((item(inst, k).id = 'a b'), `${at(inst, k)}.id`),
    'item text missing': (inst, k) => (delete item(inst, k).text, `${at(inst, k)}.text`),
    'item reverse not boolean': (inst, k) => (
      (item(inst, k).reverse = 'yes'),
      `${at(inst, k)}.reverse`
    ),
    'item required not boolean': (inst, k) => (
      (item(inst, k).required = 1),
      `${at(inst, k)}.required`
    ),
    'item subscale "total"': (inst, k) => (
      (item(inst, k).subscale = 'total'),
      `${at(inst, k)}.subscale`
    ),
    'an item field unknown': (inst, k) => ((item(inst, k).colour = 1), `${at(inst, k)}.colour`),
    'item id used twice': (inst, k) => {
      const items = inst.items as Record<string, unknown>[];
      if (items.length < 2) return undefined;
      const i = (k % (items.length - 1)) + 1;
      items[i].id = items[0].id;
      return `items[${i}].id`;
    },
    'scale type unknown': (inst, k) => {
      const own = item(inst, k).scale as Record<string, unknown> | undefined;
      const target = own ?? (inst.scale as Record<string, unknown>);
      target.type = 'slider';
      return own ? `${at(inst, k)}.scale.type` : 'scale.type';
    },
    'a subscale label blank': (inst) => {
      const name = (inst.items as Record<string, unknown>[]).find(
        (i) => i.subscale !== undefined,
      )?.subscale;
      if (typeof name !== 'string') return undefined;
      inst.subscales = JSON.parse(`{${JSON.stringify(name)}: { "label": " " }}`) as unknown;
      return `subscales${/^[A-Za-z_$][\w$-]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`}.label`;
    },
    'a label for a subscale no item has': (inst) => (
      (inst.subscales = { 'no-such-subscale': { label: 'Nothing' } }),
      'subscales.no-such-subscale'
    ),
    'scoring total unknown': (inst) => ((inst.scoring = { total: 'median' }), 'scoring.total'),
    'cutoff of an unknown subscale': (inst) => (
      (inst.scoring = { cutoff: { score: 'nope', below: 1, message: 'Talk' } }),
      'scoring.cutoff.score'
    ),
    'cutoff below not a number': (inst) => (
      (inst.scoring = { cutoff: { score: 'total', below: '3', message: 'Talk' } }),
      'scoring.cutoff.below'
    ),
  };

  it('rejects a one-field mutation of a valid definition, naming that field', () => {
    fc.assert(
      fc.property(
        instrument,
        fc.constantFrom(...Object.keys(MUTATIONS)),
        fc.nat(),
        (inst, name, k) => {
          const copy = JSON.parse(JSON.stringify(inst)) as Record<string, unknown>;
          const path = MUTATIONS[name](copy, k);
          fc.pre(path !== undefined);
          const check = checkInstrument(copy);
          expect(check.ok, name).to.equal(false);
          if (check.ok) return;
          const named = check.problems.filter(
            (p) => p.path === path && p.message.startsWith(path as string),
          );
          expect(named.length, `${name}: ${JSON.stringify(check.problems)}`).to.be.greaterThan(0);
        },
      ),
      runs(RUNS),
    );
  });

  it('applies one step rule to a line, whether its step is written or left to default', () => {
    const ends = fc.integer({ min: -2000, max: 2000 }).map((n) => n / 100);
    fc.assert(
      fc.property(ends, ends, (min, max) => {
        const define = (scale: object) => ({
          id: 'line',
          version: '1',
          title: 'Line',
          scale: { type: 'visual-analog', min, max, ...scale },
          items: [{ id: 'a', text: 'A', anchors: { low: 'Low', high: 'High' } }],
        });
        const defaulted = checkInstrument(define({}));
        const written = checkInstrument(define({ step: 0.1 }));
        const problems = (c: ReturnType<typeof checkInstrument>) =>
          c.ok ? [] : c.problems.map((p) => p.path);
        expect(problems(defaulted)).to.deep.equal(problems(written));
      }),
      runs(RUNS),
    );
  });

  it('says so when a line without a step cannot be divided by the default step', () => {
    const check = checkInstrument({
      id: 'line',
      version: '1',
      title: 'Line',
      scale: { type: 'visual-analog', min: 0, max: 0.15 },
      items: [{ id: 'a', text: 'A', anchors: { low: 'Low', high: 'High' } }],
    });
    expect(check.ok ? [] : check.problems).to.deep.equal([
      {
        path: 'scale.step',
        message:
          'scale.step 0.1 (the default) does not divide the distance from scale.min to scale.max (0.15) into equal steps',
      },
    ]);
  });
});

describe('fuzz: scoring', () => {
  it('scores sums, means, reverse items, subscales and the cutoff as the reference model', () => {
    fc.assert(
      fc.property(answered, ([inst, answers]) => {
        const checked = assertInstrument(inst);
        expect(scoreResponse(checked, answers)).to.deep.equal(referenceScores(inst, answers));
      }),
      runs(RUNS),
    );
  });

  it('scores items whose ids are names on Object.prototype', () => {
    const inst = assertInstrument({
      id: 'proto',
      version: '1',
      title: 'Proto',
      scale: {
        type: 'likert',
        options: [
          { value: 1, label: 'No' },
          { value: 2, label: 'Yes' },
        ],
      },
      items: PROTO_IDS.map((id) => ({ id, text: id, subscale: id === 'valueOf' ? 'x' : id })),
    });
    // Unanswered: a prototype's function must not count as an answer.
    expect(scoreResponse(inst, {}).total).to.equal(null);
    const answers = Object.fromEntries(PROTO_IDS.map((id) => [id, 2]));
    expect(scoreResponse(inst, answers).total).to.equal(2 * PROTO_IDS.length);
  });
});
