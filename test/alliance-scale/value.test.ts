import { expect } from '@open-wc/testing';
import { readAnswers } from '../../src/alliance-scale/value.js';
import { lineKeyValue, lineValueAt } from '../../src/alliance-scale/line.js';
import { checkInstrument } from '../../src/instruments/validate.js';
import type { InstrumentDefinition, VisualAnalogScale } from '../../src/instruments/types.js';

function instrument(ids: string[]): InstrumentDefinition {
  const checked = checkInstrument({
    id: 'unit',
    version: '1',
    title: 'Unit',
    scale: { type: 'visual-analog', min: 0, max: 10, step: 0.1 },
    items: ids.map((id) => ({ id, text: id, anchors: { low: 'low', high: 'high' } })),
  });
  if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('; '));
  return checked.instrument;
}

describe('alliance scale: reading a value', () => {
  const inst = instrument(['heard', 'toString', '__proto__', 'constructor']);

  it('keeps answers the items can take, rounded to the line', () => {
    expect(readAnswers(inst, { heard: 7.34 })).to.deep.equal({
      answers: { heard: 7.3 },
      problem: null,
    });
  });

  it('names every dropped answer', () => {
    expect(readAnswers(inst, { heard: 11, nope: 2 })).to.deep.equal({
      answers: {},
      problem:
        'value: answers for "heard", "nope" were dropped (unknown item or a value the item cannot take).',
    });
  });

  it('ids named like Object.prototype members are answers like any other, never inherited', () => {
    const empty = readAnswers(inst, {});
    expect(empty).to.deep.equal({ answers: {}, problem: null });
    expect(Object.hasOwn(empty.answers, 'toString')).to.equal(false);
    const given = JSON.parse('{"toString": 3, "__proto__": 4, "constructor": 5}') as object;
    const read = readAnswers(inst, given);
    expect(read.problem).to.equal(null);
    expect(Object.entries(read.answers)).to.deep.equal([
      ['toString', 3],
      ['__proto__', 4],
      ['constructor', 5],
    ]);
  });

  it('nothing is no answers and no problem; anything but an object is dropped whole', () => {
    expect(readAnswers(inst, null)).to.deep.equal({ answers: {}, problem: null });
    expect(readAnswers(inst, undefined)).to.deep.equal({ answers: {}, problem: null });
    for (const bad of [3, 'heard', [1, 2], true]) {
      expect(readAnswers(inst, bad)).to.deep.equal({
        answers: {},
        problem: 'value must be an object of answers by item id.',
      });
    }
  });
});

describe('alliance scale: a line by keyboard and pointer', () => {
  const line: VisualAnalogScale = { type: 'visual-analog', min: 0, max: 10, step: 0.1 };
  const odd: VisualAnalogScale = { type: 'visual-analog', min: 0.5, max: 10.5, step: 1 };

  it('arrow keys step, and follow the reading direction', () => {
    expect(lineKeyValue('ArrowRight', 5, line, 'ltr')).to.equal(5.1);
    expect(lineKeyValue('ArrowLeft', 5, line, 'ltr')).to.equal(4.9);
    expect(lineKeyValue('ArrowRight', 5, line, 'rtl')).to.equal(4.9);
    expect(lineKeyValue('ArrowLeft', 5, line, 'rtl')).to.equal(5.1);
    expect(lineKeyValue('ArrowUp', 5, line, 'rtl')).to.equal(5.1);
    expect(lineKeyValue('ArrowDown', 5, line, 'rtl')).to.equal(4.9);
  });

  it('Page keys move a tenth, Home and End go to the ends, and the ends hold', () => {
    expect(lineKeyValue('PageUp', 5, line, 'ltr')).to.equal(6);
    expect(lineKeyValue('PageDown', 0.5, line, 'ltr')).to.equal(0);
    expect(lineKeyValue('Home', 7, line, 'ltr')).to.equal(0);
    expect(lineKeyValue('End', 7, line, 'ltr')).to.equal(10);
    expect(lineKeyValue('ArrowRight', 10, line, 'ltr')).to.equal(10);
  });

  it('on an empty line the first arrow or Page key, either way, puts the mark in the middle', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown']) {
      for (const dir of ['ltr', 'rtl'] as const) {
        expect(lineKeyValue(key, undefined, line, dir), `${key} ${dir}`).to.equal(5);
      }
    }
    // Home and End still mean the ends.
    expect(lineKeyValue('Home', undefined, line, 'ltr')).to.equal(0);
    expect(lineKeyValue('End', undefined, line, 'ltr')).to.equal(10);
    // The middle of a line from 1 to 4 with steps of 0.5 is 2.5.
    expect(
      lineKeyValue('ArrowLeft', undefined, { ...line, min: 1, max: 4, step: 0.5 }, 'ltr'),
    ).to.equal(2.5);
  });

  it('keys a line does not use, including inherited names, are not handled', () => {
    for (const key of ['Enter', 'a', 'toString', 'constructor']) {
      expect(lineKeyValue(key, 5, line, 'ltr')).to.equal(null);
    }
  });

  it('a line with an odd low end stays on its own grid', () => {
    expect(lineKeyValue('ArrowRight', undefined, odd, 'ltr')).to.equal(5.5);
    expect(lineKeyValue('ArrowRight', 0.5, odd, 'ltr')).to.equal(1.5);
    expect(lineKeyValue('End', undefined, odd, 'ltr')).to.equal(10.5);
  });

  it('a pointer is read from the start side of the track', () => {
    const track = new DOMRect(100, 0, 200, 20);
    expect(lineValueAt(150, track, line, 'ltr')).to.equal(2.5);
    expect(lineValueAt(150, track, line, 'rtl')).to.equal(7.5);
    expect(lineValueAt(50, track, line, 'ltr')).to.equal(0);
    expect(lineValueAt(400, track, line, 'ltr')).to.equal(10);
    expect(lineValueAt(100, track, odd, 'ltr')).to.equal(0.5);
  });
});
