import { expect } from '@open-wc/testing';
import { resolveText } from '../src/core/text.js';
import {
  InstrumentError,
  assertInstrument,
  checkInstrument,
  facesCheck,
  getInstrument,
  instrumentIds,
  isAnswerValid,
  isComplete,
  missingRequired,
  registerInstrument,
  sanitizeAnswers,
  scaleOf,
  scaleRange,
  scoreResponse,
  scoredValue,
  sessionCheck,
  workingRelationship,
} from '../src/instruments/index.js';
import type {
  InstrumentDefinition,
  InstrumentProblem,
  LocalizedText,
} from '../src/instruments/index.js';

/** The example as the registry holds it: validated and frozen, or the test fails right here. */
function valid(definition: unknown): InstrumentDefinition {
  const check = checkInstrument(definition);
  if (!check.ok) expect.fail(`not valid: ${check.problems.map((p) => p.message).join('; ')}`);
  return check.instrument;
}

describe('example instruments', () => {
  const examples: [string, InstrumentDefinition][] = [
    ['session-check', sessionCheck],
    ['working-relationship', workingRelationship],
    ['faces-check', facesCheck],
  ];

  for (const [id, example] of examples) {
    it(`${id} is valid, marked as an example, and registered under its id`, () => {
      expect(checkInstrument(example)).to.deep.equal({ ok: true, instrument: example });
      expect(example.id).to.equal(id);
      expect(example.version).to.equal('1.0.0');
      expect(example.example).to.equal(true);
      expect(getInstrument(id)).to.deep.equal(example);
    });

    it(`${id} has every text in English, Spanish, French and Arabic`, () => {
      const texts: LocalizedText[] = [example.title];
      if (example.instructions) texts.push(example.instructions);
      if (example.scoring?.cutoff) texts.push(example.scoring.cutoff.message);
      const scales = [example.scale, ...example.items.map((item) => item.scale)];
      for (const scale of scales) {
        if (scale && scale.type !== 'visual-analog')
          texts.push(...scale.options.map((o) => o.label));
      }
      for (const item of example.items) {
        texts.push(item.text);
        if (item.anchors) texts.push(item.anchors.low, item.anchors.high);
      }
      for (const text of texts) {
        expect(text).to.be.an('object');
        expect(Object.keys(text).sort()).to.deep.equal(['ar', 'en', 'es', 'fr']);
        for (const value of Object.values(text)) expect(value.trim()).to.not.equal('');
      }
    });
  }

  it('are the built-ins of the registry', () => {
    expect(instrumentIds().slice(0, 3)).to.deep.equal([
      'session-check',
      'working-relationship',
      'faces-check',
    ]);
  });
});

describe('session-check scoring', () => {
  const instrument = valid(sessionCheck);

  it('sums four lines and flags a total below 36', () => {
    const answers = {
      'at-ease': 8.5,
      'what-mattered': 9,
      'way-of-working': 7.3,
      'whole-session': 9.2,
    };
    // 8.5 + 9 + 7.3 + 9.2 = 34.0, and 34 < 36, so flagged.
    expect(scoreResponse(instrument, answers)).to.deep.equal({
      total: 34,
      subscales: {},
      cutoff: { score: 'total', below: 36, value: 34, flagged: true },
    });
    expect(isComplete(instrument, answers)).to.equal(true);
  });

  it('does not flag a total of exactly 36, despite float error in the sum', () => {
    // 9.5 + 9 + 8.4 + 9.1 = 36.0 (in floats 35.99999999999999 or so); rounded to 36, not below 36.
    const answers = {
      'at-ease': 9.5,
      'what-mattered': 9,
      'way-of-working': 8.4,
      'whole-session': 9.1,
    };
    expect(scoreResponse(instrument, answers).cutoff).to.deep.equal({
      score: 'total',
      below: 36,
      value: 36,
      flagged: false,
    });
  });

  it('rounds to 2 decimals: 0.1 + 0.2 + 0 + 0 is 0.3', () => {
    const answers = {
      'at-ease': 0.1,
      'what-mattered': 0.2,
      'way-of-working': 0,
      'whole-session': 0,
    };
    expect(scoreResponse(instrument, answers).total).to.equal(0.3);
  });

  it('has no total and no flag while a required line is unanswered', () => {
    const answers = { 'at-ease': 1, 'what-mattered': 1, 'way-of-working': 1 };
    // 1 + 1 + 1 = 3 would be flagged, but whole-session is required and missing: no score.
    expect(scoreResponse(instrument, answers)).to.deep.equal({
      total: null,
      subscales: {},
      cutoff: { score: 'total', below: 36, value: null, flagged: null },
    });
    expect(missingRequired(instrument, answers)).to.deep.equal(['whole-session']);
    expect(isComplete(instrument, answers)).to.equal(false);
  });

  it('counts a value off the line as no answer', () => {
    const answers = {
      'at-ease': 11,
      'what-mattered': 5.55,
      'way-of-working': 5,
      'whole-session': 5,
    };
    expect(missingRequired(instrument, answers)).to.deep.equal(['at-ease', 'what-mattered']);
    expect(scoreResponse(instrument, answers).total).to.equal(null);
  });
});

describe('working-relationship scoring', () => {
  const instrument = valid(workingRelationship);
  // Reverse items: bond-3, goals-4 and tasks-4, scored 1 + 5 − value.
  const full = {
    'bond-1': 5, 'bond-2': 4, 'bond-3': 2, 'bond-4': 5,
    'goals-1': 4, 'goals-2': 3, 'goals-3': 4, 'goals-4': 1,
    'tasks-1': 3, 'tasks-2': 4, 'tasks-3': 3, 'tasks-4': 2,
  }; // prettier-ignore

  it('has one reverse item in each subscale of four', () => {
    const reverse = instrument.items.filter((item) => item.reverse).map((item) => item.id);
    expect(reverse).to.deep.equal(['bond-3', 'goals-4', 'tasks-4']);
    for (const subscale of ['bond', 'goals', 'tasks']) {
      expect(instrument.items.filter((item) => item.subscale === subscale)).to.have.length(4);
    }
  });

  it('sums the total, averages the subscales, and does not flag 48', () => {
    // bond:  5 + 4 + (6 − 2 = 4) + 5 = 18, mean 18 / 4 = 4.5
    // goals: 4 + 3 + 4 + (6 − 1 = 5) = 16, mean 16 / 4 = 4
    // tasks: 3 + 4 + 3 + (6 − 2 = 4) = 14, mean 14 / 4 = 3.5
    // total: 18 + 16 + 14 = 48, not below 42.
    expect(scoreResponse(instrument, full)).to.deep.equal({
      total: 48,
      subscales: { bond: 4.5, goals: 4, tasks: 3.5 },
      cutoff: { score: 'total', below: 42, value: 48, flagged: false },
    });
  });

  it('flags a total of 34', () => {
    const answers = {
      'bond-1': 3, 'bond-2': 3, 'bond-3': 4, 'bond-4': 3,
      'goals-1': 3, 'goals-2': 2, 'goals-3': 4, 'goals-4': 3,
      'tasks-1': 4, 'tasks-2': 3, 'tasks-3': 3, 'tasks-4': 5,
    }; // prettier-ignore
    // bond:  3 + 3 + (6 − 4 = 2) + 3 = 11, mean 2.75
    // goals: 3 + 2 + 4 + (6 − 3 = 3) = 12, mean 3
    // tasks: 4 + 3 + 3 + (6 − 5 = 1) = 11, mean 2.75
    // total: 11 + 12 + 11 = 34, below 42.
    expect(scoreResponse(instrument, answers)).to.deep.equal({
      total: 34,
      subscales: { bond: 2.75, goals: 3, tasks: 2.75 },
      cutoff: { score: 'total', below: 42, value: 34, flagged: true },
    });
  });

  it('leaves the total and the subscale of a missing required item null, and the others scored', () => {
    const answers: Record<string, number> = { ...full };
    delete answers['goals-2'];
    expect(scoreResponse(instrument, answers)).to.deep.equal({
      total: null,
      subscales: { bond: 4.5, goals: null, tasks: 3.5 },
      cutoff: { score: 'total', below: 42, value: null, flagged: null },
    });
    expect(missingRequired(instrument, answers)).to.deep.equal(['goals-2']);
  });

  it('counts a value that is not an option as no answer', () => {
    expect(missingRequired(instrument, { ...full, 'bond-1': 2.5, 'tasks-1': 6 })).to.deep.equal([
      'bond-1',
      'tasks-1',
    ]);
  });
});

describe('faces-check scoring', () => {
  const instrument = valid(facesCheck);

  it('has three items on five faces valued 1 to 5', () => {
    expect(instrument.items.map((item) => item.id)).to.deep.equal([
      'listened',
      'liked-it',
      'come-back',
    ]);
    const scale = scaleOf(instrument, instrument.items[0]);
    expect(scale.type).to.equal('faces');
    expect(scaleRange(scale)).to.deep.equal({ min: 1, max: 5 });
  });

  it('flags a total of 8', () => {
    // 3 + 2 + 3 = 8, below 9.
    expect(scoreResponse(instrument, { listened: 3, 'liked-it': 2, 'come-back': 3 })).to.deep.equal(
      {
        total: 8,
        subscales: {},
        cutoff: { score: 'total', below: 9, value: 8, flagged: true },
      },
    );
  });

  it('does not flag a total of exactly 9', () => {
    // 4 + 3 + 2 = 9, not below 9.
    expect(
      scoreResponse(instrument, { listened: 4, 'liked-it': 3, 'come-back': 2 }).cutoff,
    ).to.deep.equal({
      score: 'total',
      below: 9,
      value: 9,
      flagged: false,
    });
  });
});

describe('scoring rules', () => {
  const likert = {
    type: 'likert',
    options: [
      { value: 0, label: 'No' },
      { value: 1, label: 'Partly' },
      { value: 4, label: 'Yes' },
    ],
  };
  const instrument = valid({
    id: 'rules',
    version: '1',
    title: 'Rules',
    scale: likert,
    items: [
      { id: 'p', text: 'P', subscale: 's' },
      { id: 'q', text: 'Q', subscale: 's', reverse: true },
      { id: 'r', text: 'R', subscale: 's', required: false },
      { id: 'line', text: 'Line', required: false, anchors: { low: 'L', high: 'H' },
        scale: { type: 'visual-analog', min: -5, max: 5, step: 0.5 } },
    ], // prettier-ignore
    scoring: {
      total: 'mean',
      subscales: 'sum',
      cutoff: { score: 's', below: 3, message: 'Talk' },
    },
  });

  it('reverse-scores against the lowest and highest option, not the first and last', () => {
    const [p, q] = instrument.items;
    expect(scoredValue(q, scaleOf(instrument, q), 1)).to.equal(3); // 0 + 4 − 1
    expect(scoredValue(p, scaleOf(instrument, p), 1)).to.equal(1);
  });

  it('applies mean to the total and sum to subscales when asked, over answered items only', () => {
    // p 4, q 0 reversed to 0 + 4 − 0 = 4, r and line optional and unanswered.
    // subscale s (sum): 4 + 4 = 8; total (mean): (4 + 4) / 2 = 4.
    expect(scoreResponse(instrument, { p: 4, q: 0 })).to.deep.equal({
      total: 4,
      subscales: { s: 8 },
      cutoff: { score: 's', below: 3, value: 8, flagged: false },
    });
  });

  it('rounds means to 2 decimals', () => {
    // p 4, q 4 reversed to 0 + 4 − 4 = 0, r 1, line 2.5: (4 + 0 + 1 + 2.5) / 4 = 1.875 → 1.88
    // p 4, q 4 reversed to 0, r 0, line unanswered: (4 + 0 + 0) / 3 = 1.333… → 1.33
    expect(scoreResponse(instrument, { p: 4, q: 4, r: 1, line: 2.5 }).total).to.equal(1.88);
    expect(scoreResponse(instrument, { p: 4, q: 4, r: 0 }).total).to.equal(1.33);
  });

  it('flags a subscale below its cutoff', () => {
    // s: 0 + (4 − 4 = 0) + 1 = 1, below 3.
    expect(scoreResponse(instrument, { p: 0, q: 4, r: 1 }).cutoff).to.deep.equal({
      score: 's',
      below: 3,
      value: 1,
      flagged: true,
    });
  });

  it('checks answers against options and the step grid', () => {
    const line = scaleOf(instrument, instrument.items[3]);
    expect(scaleRange(line)).to.deep.equal({ min: -5, max: 5 });
    expect([-5, -4.5, 0, 2.5, 5].map((v) => isAnswerValid(line, v))).to.deep.equal([
      true, true, true, true, true,
    ]); // prettier-ignore
    expect([-5.5, 2.25, 5.5, NaN, Infinity].map((v) => isAnswerValid(line, v))).to.deep.equal([
      false, false, false, false, false,
    ]); // prettier-ignore
    const options = scaleOf(instrument, instrument.items[0]);
    expect([0, 1, 4, 2, 3].map((v) => isAnswerValid(options, v))).to.deep.equal([
      true, true, true, false, false,
    ]); // prettier-ignore
  });

  it('accepts tenths on a 0.1 grid despite binary float error', () => {
    const line = scaleOf(sessionCheck, sessionCheck.items[0]);
    // 7.3 / 0.1 is 72.99999999999999 in floats.
    expect([7.3, 0.7, 9.9, 10].every((v) => isAnswerValid(line, v))).to.equal(true);
    expect(isAnswerValid(line, 7.35)).to.equal(false);
  });
});

describe('sanitizeAnswers', () => {
  it('keeps valid answers, rounds lines to the step, and drops everything else', () => {
    const answers = sanitizeAnswers(sessionCheck, {
      'at-ease': 7.34, // rounded to the 0.1 step
      'what-mattered': 11, // above the line
      'way-of-working': -1, // below the line
      'whole-session': '5', // not a number
      'not-an-item': 5,
    });
    expect(answers).to.deep.equal({ 'at-ease': 7.3 });
  });

  it('rounds to the nearest step and keeps the ends', () => {
    expect(
      sanitizeAnswers(sessionCheck, {
        'at-ease': 9.96,
        'what-mattered': 0.04,
        'way-of-working': 10,
        'whole-session': 2.25000001,
      }),
    ).to.deep.equal({
      'at-ease': 10,
      'what-mattered': 0,
      'way-of-working': 10,
      'whole-session': 2.3,
    });
  });

  it('drops values that are not options', () => {
    expect(
      sanitizeAnswers(workingRelationship, {
        'bond-1': 3,
        'bond-2': 2.5,
        'bond-3': 6,
        'bond-4': 0,
      }),
    ).to.deep.equal({ 'bond-1': 3 });
  });

  it('gives no answers for anything that is not an object', () => {
    for (const input of [null, undefined, 7, 'x', [7]]) {
      expect(sanitizeAnswers(sessionCheck, input)).to.deep.equal({});
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Malformed definitions

/** A small valid definition; each case below breaks one thing in a fresh copy. */
function base(): Record<string, unknown> {
  return {
    id: 'base',
    version: '1',
    title: { en: 'Base' },
    scale: { type: 'visual-analog', min: 0, max: 10, step: 0.5 },
    items: [
      { id: 'a', text: 'A', anchors: { low: 'Low', high: 'High' }, subscale: 'bond' },
      { id: 'b', text: 'B', anchors: { low: 'Low', high: 'High' }, subscale: 'goals' },
    ],
    scoring: {
      total: 'sum',
      subscales: 'mean',
      cutoff: { score: 'bond', below: 5, message: 'Talk' },
    },
  };
}

const REMOVE = Symbol('remove');

/** The base with each path set to a value, or removed. */
function edited(...changes: [(string | number)[], unknown][]): Record<string, unknown> {
  const root = base();
  for (const [path, value] of changes) {
    let parent: unknown = root;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
    const target = parent as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return root;
}

const likertOf = (...values: number[]) => ({
  type: 'likert',
  options: values.map((value) => ({ value, label: `${value}` })),
});

describe('checkInstrument', () => {
  it('accepts the base definition used below', () => {
    expect(checkInstrument(base()).ok).to.equal(true);
  });

  const circular: Record<string, unknown> = { type: 'likert' };
  circular.options = circular;

  const cases: [string, unknown, string, string][] = [
    ['a string', 'session-check', '(root)', 'The instrument definition must be an object, not a string.'],
    ['an array', [], '(root)', 'The instrument definition must be an object, not an array.'],
    ['null', null, '(root)', 'The instrument definition must be an object, not null.'],
    ['no id', edited([['id'], REMOVE]), 'id', 'id is missing'],
    ['an empty id', edited([['id'], '']), 'id', 'id must be a non-empty string'],
    ['a numeric version', edited([['version'], 2]), 'version', 'version must be a non-empty string'],
    ['a title of no language', edited([['title'], {}]), 'title', 'title must have a text in at least one language'],
    ['a title text that is a number', edited([['title', 'en'], 5]), 'title.en', 'title.en must be a string'],
    ['a title that is a number', edited([['title'], 42]), 'title', 'title must be a text, or an object of texts by language'],
    ['a language key with a space', edited([['title', 'en US'], 'x']), 'title["en US"]', 'title["en US"] is not a language tag such as "en" or "pt-BR"'],
    ['an example flag that is a string', edited([['example'], 'yes']), 'example', 'example must be true or false'],
    ['no items', edited([['items'], REMOVE]), 'items', 'items is missing'],
    ['an empty item list', edited([['items'], []]), 'items', 'items must have at least one item'],
    ['items that are a string', edited([['items'], 'a,b']), 'items', 'items must be an array, not a string'],
    ['an item that is a string', edited([['items', 0], 'A']), 'items[0]', 'items[0] must be an object, not a string'],
    ['a misspelt field', edited([['items', 0, 'revers'], true]), 'items[0].revers', 'items[0].revers is not a known field'],
    ['an id used twice', edited([['items', 1, 'id'], 'a']), 'items[1].id', 'items[1].id "a" is used twice'],
    ['an id with a space', edited([['items', 0, 'id'], 'bond 1']), 'items[0].id', 'items[0].id "bond 1" must not contain whitespace'],
    ['an item without text', edited([['items', 0, 'text'], REMOVE]), 'items[0].text', 'items[0].text is missing'],
    ['an item with no scale at all', edited([['scale'], REMOVE], [['items', 0, 'scale'], likertOf(1, 2)]), 'items[1].scale', 'items[1].scale is missing and there is no default scale'],
    ['max not above min', edited([['scale', 'max'], 0]), 'scale.max', 'scale.max must be greater than scale.min'],
    ['a min that is a word', edited([['scale', 'min'], 'zero']), 'scale.min', 'scale.min must be a finite number'],
    ['a step of 0', edited([['scale', 'step'], 0]), 'scale.step', 'scale.step must be greater than 0'],
    ['a step longer than the line', edited([['scale', 'step'], 20]), 'scale.step', 'scale.step must be at most 10, the distance from scale.min to scale.max'],
    ['a step that misses the high end', edited([['scale', 'step'], 3]), 'scale.step', 'scale.step 3 does not divide the distance from scale.min to scale.max (10) into equal steps'],
    ['an unknown scale type', edited([['scale', 'type'], 'slider']), 'scale.type', 'scale.type must be "visual-analog", "likert" or "faces"'],
    ['options on a visual-analog scale', edited([['scale', 'options'], []]), 'scale.options', 'scale.options is not a known field'],
    ['a line without a high anchor', edited([['items', 1, 'anchors', 'high'], REMOVE]), 'items[1].anchors.high', 'items[1].anchors.high is missing'],
    ['a line without anchors', edited([['items', 0, 'anchors'], REMOVE]), 'items[0].anchors', 'items[0].anchors is missing: a visual-analog item needs a low and a high anchor'],
    ['a Likert scale of one option', edited([['items', 0, 'scale'], likertOf(1)]), 'items[0].scale.options', 'items[0].scale.options must have at least 2 options'],
    ['four faces', edited([['items', 0, 'scale'], { ...likertOf(1, 2, 3, 4), type: 'faces' }]), 'items[0].scale.options', 'items[0].scale.options must have exactly 3 or 5 options for faces (it has 4)'],
    ['an option value used twice', edited([['items', 0, 'scale'], likertOf(1, 1, 2)]), 'items[0].scale.options[1].value', 'items[0].scale.options[1].value 1 is used twice'],
    ['an option without a label', edited([['items', 0, 'scale'], likertOf(1, 2)], [['items', 0, 'scale', 'options', 0, 'label'], REMOVE]), 'items[0].scale.options[0].label', 'items[0].scale.options[0].label is missing'],
    ['a reverse flag that is a string', edited([['items', 0, 'reverse'], 'yes']), 'items[0].reverse', 'items[0].reverse must be true or false'],
    ['a required flag that is a number', edited([['items', 0, 'required'], 1]), 'items[0].required', 'items[0].required must be true or false'],
    ['an empty subscale name', edited([['items', 1, 'subscale'], '']), 'items[1].subscale', 'items[1].subscale must be a non-empty string'],
    // The cutoff names "bond", the subscale of items[0]: no second problem about an unknown subscale.
    ['a broken subscale that a cutoff names', edited([['items', 0, 'subscale'], 7]), 'items[0].subscale', 'items[0].subscale must be a non-empty string'],
    ['a subscale called total', edited([['items', 1, 'subscale'], 'total']), 'items[1].subscale', 'items[1].subscale must not be "total", which names the total score'],
    ['an unknown aggregate', edited([['scoring', 'total'], 'avg']), 'scoring.total', 'scoring.total must be "sum" or "mean"'],
    ['a cutoff on a misspelt subscale', edited([['scoring', 'cutoff', 'score'], 'bnd']), 'scoring.cutoff.score', 'scoring.cutoff.score names an unknown subscale "bnd"'],
    ['a cutoff value that is a string', edited([['scoring', 'cutoff', 'below'], '36']), 'scoring.cutoff.below', 'scoring.cutoff.below must be a finite number'],
    ['a cutoff without a message', edited([['scoring', 'cutoff', 'message'], REMOVE]), 'scoring.cutoff.message', 'scoring.cutoff.message is missing'],
    ['a licence without a holder', edited([['licence'], { terms: 'Ask first' }]), 'licence.holder', 'licence.holder is missing'],
    ['a licence url that is a number', edited([['licence'], { holder: 'Clinic', url: 5 }]), 'licence.url', 'licence.url must be a string'],
    ['options that contain themselves', edited([['items', 0, 'scale'], circular]), 'items[0].scale.options', 'items[0].scale.options must be an array, not a circular reference'],
    ['a __proto__ language from JSON', edited([['title'], JSON.parse('{"__proto__": "x"}')]), 'title.__proto__', 'title.__proto__ is not a language tag such as "en" or "pt-BR"'],
  ]; // prettier-ignore

  for (const [name, input, path, message] of cases) {
    it(`rejects ${name}: ${message}`, () => {
      expect(checkInstrument(input)).to.deep.equal({ ok: false, problems: [{ path, message }] });
    });
  }

  it('tests at least 24 distinct malformed definitions', () => {
    expect(new Set(cases.map(([, , , message]) => message)).size).to.equal(cases.length);
    expect(cases.length).to.be.at.least(24);
  });

  const broken = {
    id: '',
    title: 'T',
    items: [{ id: 'a', text: 'A', revers: true }],
    scoring: { cutoff: { score: 'bnd', below: 1, message: 'm' } },
  };
  const brokenProblems: InstrumentProblem[] = [
    { path: 'id', message: 'id must be a non-empty string' },
    { path: 'version', message: 'version is missing' },
    { path: 'items[0].revers', message: 'items[0].revers is not a known field' },
    { path: 'items[0].scale', message: 'items[0].scale is missing and there is no default scale' },
    {
      path: 'scoring.cutoff.score',
      message: 'scoring.cutoff.score names an unknown subscale "bnd"',
    },
  ];

  it('reports every problem at once, in the order of the definition', () => {
    expect(checkInstrument(broken)).to.deep.equal({ ok: false, problems: brokenProblems });
  });

  it('throws an InstrumentError with every problem from assertInstrument', () => {
    let caught: unknown;
    try {
      assertInstrument(broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(InstrumentError);
    const error = caught as InstrumentError;
    expect(error.code).to.equal('invalid-instrument');
    expect(error.name).to.equal('InstrumentError');
    expect(error.problems).to.deep.equal(brokenProblems);
    expect(error.message).to.equal(
      'The instrument definition is not valid: id must be a non-empty string; version is missing; ' +
        'items[0].revers is not a known field; and 2 more.',
    );
  });

  it('never throws, even for a definition whose getters do', () => {
    const hostile = {
      get id(): string {
        throw new Error('no access');
      },
    };
    expect(checkInstrument(hostile)).to.deep.equal({
      ok: false,
      problems: [
        { path: '(root)', message: 'The instrument definition could not be read: no access' },
      ],
    });
  });
});

describe('the validated instrument', () => {
  it('is a deep-frozen copy that later edits of the input do not reach', () => {
    const input = base();
    const instrument = assertInstrument(input);
    expect(instrument).to.not.equal(input);
    expect(instrument).to.deep.equal(base());

    const items = input.items as { id: string; text: string }[];
    items[0].text = 'Changed';
    items.push({ id: 'c', text: 'C' });
    (input.title as Record<string, string>).en = 'Changed';
    expect(instrument).to.deep.equal(base());

    const frozen = [
      instrument,
      instrument.title,
      instrument.scale,
      instrument.items,
      instrument.items[0],
      instrument.items[0].anchors,
      instrument.scoring,
      instrument.scoring?.cutoff,
    ];
    for (const part of frozen) expect(Object.isFrozen(part)).to.equal(true);
    // Modules run in strict mode, where writing to a frozen object throws.
    expect(() => {
      (instrument.items[0] as { text: string }).text = 'x';
    }).to.throw(TypeError);
  });
});

describe('the registry', () => {
  it('registers a valid definition under its id and returns the frozen copy', () => {
    const definition = { ...base(), id: 'registry-test' };
    const registered = registerInstrument(definition);
    expect(Object.isFrozen(registered)).to.equal(true);
    expect(getInstrument('registry-test')).to.equal(registered);
    expect(instrumentIds()).to.include('registry-test');
  });

  it('throws for an invalid definition and registers nothing', () => {
    const before = instrumentIds();
    expect(() => registerInstrument({ ...base(), id: 'broken-test', items: [] }))
      .to.throw(InstrumentError)
      .with.property('problems')
      .that.deep.equals([{ path: 'items', message: 'items must have at least one item' }]);
    expect(instrumentIds()).to.deep.equal(before);
    expect(getInstrument('broken-test')).to.equal(undefined);
  });

  it('returns undefined for an unknown id', () => {
    expect(getInstrument('no-such-instrument')).to.equal(undefined);
  });
});

describe('resolveText', () => {
  const text = { en: 'Hello', es: 'Hola', 'pt-BR': 'Olá', fr: 'Bonjour' };

  it('picks the exact tag, ignoring case', () => {
    expect(resolveText(text, 'pt-BR')).to.equal('Olá');
    expect(resolveText(text, 'PT-br')).to.equal('Olá');
  });

  it('falls back to the language of a regional tag', () => {
    expect(resolveText(text, 'es-MX')).to.equal('Hola');
    expect(resolveText(text, 'pt-PT')).to.equal('Olá');
  });

  it('falls back to English, then to the first text', () => {
    expect(resolveText(text, 'de')).to.equal('Hello');
    expect(resolveText({ fr: 'Bonjour', es: 'Hola' }, 'de')).to.equal('Bonjour');
  });

  it('gives a plain string in every locale and nothing for no text', () => {
    expect(resolveText('Same', 'ar')).to.equal('Same');
    expect(resolveText(undefined, 'en')).to.equal('');
    expect(resolveText({}, 'en')).to.equal('');
  });
});
