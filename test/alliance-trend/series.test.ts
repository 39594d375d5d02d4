// The trend's arithmetic, with hand-computed cases (session-check: total 0–40, flagged below 36).
import { expect } from '@open-wc/testing';
import { readTrend } from '../../src/alliance-trend/series.js';
import { workingRelationship } from '../../src/instruments/examples/working-relationship.js';
import { answersFor, result, sessionCheck } from './fixtures.js';

describe('alliance trend: series and alerts', () => {
  it('the fixture adds up: answers for 31.5 make a total of 31.5', () => {
    const answers = answersFor(31.5);
    expect(Object.values(answers).reduce((a, b) => a + b, 0)).to.be.closeTo(31.5, 1e-9);
  });

  it('sorts by completedAt and numbers the sessions from 1', () => {
    const { series, problems } = readTrend(
      sessionCheck,
      [result(3, 30, '2026-05-12'), result(1, 38, '2026-03-03'), result(2, 36, '2026-04-28')],
      1,
    );
    expect(problems).to.deep.equal([]);
    expect(series.sessions.map((s) => [s.number, s.responseId, s.total])).to.deep.equal([
      [1, 'r-1', 38],
      [2, 'r-2', 36],
      [3, 'r-3', 30],
    ]);
    expect(series.total).to.deep.equal({ min: 0, max: 40 });
    expect(series.cutoff).to.deep.equal({ score: 'total', below: 36 });
    expect(series.subscaleRange).to.equal(null);
  });

  it('below the cutoff: 35.9 is flagged, 36 is not', () => {
    const { series } = readTrend(
      sessionCheck,
      [result(1, 36, '2026-03-03'), result(2, 36, '2026-03-10'), result(3, 35.9, '2026-03-17')],
      1,
    );
    expect(series.sessions.map((s) => s.belowCutoff)).to.deep.equal([false, false, true]);
    expect(series.alerts).to.deep.equal([
      {
        kind: 'below-cutoff',
        session: 3,
        responseId: 'r-3',
        completedAt: '2026-03-17T10:05:00.000Z',
        value: 35.9,
      },
    ]);
  });

  it('a drop of exactly the threshold is an alert; just under it is not', () => {
    const { series } = readTrend(
      sessionCheck,
      [
        result(1, 39, '2026-03-03'),
        result(2, 38, '2026-03-10'), // down 1: an alert
        result(3, 37.1, '2026-03-17'), // down 0.9: none
        result(4, 38.6, '2026-03-24'), // up 1.5
        result(5, 37.6, '2026-03-31'), // down 1, in floats 0.99999…: still an alert
      ],
      1,
    );
    expect(series.sessions.map((s) => [s.change, s.drop])).to.deep.equal([
      [null, false],
      [-1, true],
      [-0.9, false],
      [1.5, false],
      [-1, true],
    ]);
    expect(series.alerts.map((a) => [a.kind, a.session, a.value])).to.deep.equal([
      ['drop', 2, 1],
      ['drop', 5, 1],
    ]);
    const wider = readTrend(
      sessionCheck,
      [result(1, 39, '2026-03-03'), result(2, 38, '2026-03-10')],
      1.5,
    );
    expect(wider.series.alerts).to.deep.equal([]);
    expect(wider.series.dropAlert).to.equal(1.5);
  });

  it('a drop below the cutoff gives both alerts', () => {
    const { series } = readTrend(
      sessionCheck,
      [result(1, 37, '2026-03-03'), result(2, 31.5, '2026-03-10')],
      1,
    );
    expect(series.alerts.map((a) => [a.kind, a.session, a.value])).to.deep.equal([
      ['below-cutoff', 2, 31.5],
      ['drop', 2, 5.5],
    ]);
  });

  it('missing answers: no total, no subscale scores, an unknown flag; the next change counts from the last total', () => {
    const ids = workingRelationship.items.map((i) => i.id);
    const all = (value: number) => Object.fromEntries(ids.map((id) => [id, value]));
    const { series, problems } = readTrend(
      workingRelationship,
      [
        { completedAt: '2026-03-03', answers: all(4), responseId: 'a' },
        { completedAt: '2026-03-10', answers: { [ids[0]]: 5 }, responseId: 'b' },
        { completedAt: '2026-03-17', answers: all(3), responseId: 'c' },
      ],
      1,
    );
    expect(problems).to.deep.equal([]);
    // 4 on every statement: 9 × 4 + 3 reverse-scored × 2 = 42; 3 everywhere: 36 (3 reversed stays 3).
    expect(series.sessions.map((s) => s.total)).to.deep.equal([42, null, 36]);
    expect(series.sessions[1].subscales).to.deep.equal({ bond: null, goals: null, tasks: null });
    expect(series.sessions[0].subscales).to.deep.equal({ bond: 3.5, goals: 3.5, tasks: 3.5 });
    expect(series.sessions.map((s) => s.belowCutoff)).to.deep.equal([false, null, true]);
    expect(series.sessions.map((s) => s.change)).to.deep.equal([null, null, -6]);
    expect(series.subscales).to.deep.equal(['bond', 'goals', 'tasks']);
    expect(series.total).to.deep.equal({ min: 12, max: 60 });
    expect(series.subscaleRange).to.deep.equal({ min: 1, max: 5 });
  });

  it('a new version, or a new text in the same language, is a change of wording; another language is not', () => {
    const { series } = readTrend(
      sessionCheck,
      [
        result(1, 38, '2026-03-03'),
        result(2, 38, '2026-03-10', { version: '1.1.0' }),
        result(3, 38, '2026-03-17', { version: '1.1.0' }),
        result(4, 38, '2026-03-24', { version: '1.1.0', contentHash: 'b'.repeat(64) }, 'es'),
        result(5, 38, '2026-03-31', { version: '1.1.0', contentHash: 'c'.repeat(64) }, 'es'),
      ],
      1,
    );
    expect(series.sessions.map((s) => s.wordingChanged)).to.deep.equal([
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it('names each entry it cannot use by position and field, and keeps the rest', () => {
    const good = result(1, 38, '2026-03-03');
    const { series, problems } = readTrend(
      sessionCheck,
      [
        good,
        'nonsense',
        { ...result(2, 30, '2026-03-10'), kind: 'consent-notice' },
        { ...result(3, 30, '2026-03-10'), definition: { id: 'working-relationship' } },
        { ...result(4, 30, '2026-03-10'), completedAt: undefined },
        { ...result(5, 30, '2026-03-10'), completedAt: 'last Tuesday' },
        { ...result(6, 30, '2026-03-10'), answers: { ...answersFor(30), 'at-ease': 11 } },
        { ...result(7, 30, '2026-03-10'), answers: { nope: 3 } },
        { ...result(8, 30, '2026-03-10'), responseId: 'r-1' },
        { ...result(9, 30, '2026-03-10'), answers: 'all good' },
        { ...result(10, 30, '2026-03-10'), answers: { ...answersFor(30), 'at-ease': '7' } },
      ],
      1,
    );
    expect(series.sessions.map((s) => s.responseId)).to.deep.equal(['r-1']);
    expect(problems.map((p) => [p.entry, p.message])).to.deep.equal([
      [1, 'results[1] must be a result (an object), not a string'],
      [2, 'results[2].kind "consent-notice" is not a result of <rapport-alliance-scale>'],
      [3, 'results[3].definition.id "working-relationship" is not the instrument "session-check"'],
      [4, 'results[4].completedAt is missing'],
      [5, 'results[5].completedAt must be an ISO 8601 date such as "2026-03-03"'],
      [6, 'results[6].answers["at-ease"] is not a value the item can take'],
      [7, 'results[7].answers["nope"] is not an item of "session-check"'],
      [8, 'results[8].responseId "r-1" is already shown'],
      [9, 'results[9].answers must be an object of answers by item id'],
      [10, 'results[10].answers["at-ease"] must be a number, not a string'],
    ]);
  });

  it('shows at most 200 sessions, the latest', () => {
    const many = Array.from({ length: 203 }, (_, i) =>
      result(i, 20, new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)),
    );
    const { series, problems } = readTrend(sessionCheck, many, 1);
    expect(series.sessions).to.have.length(200);
    expect(series.sessions[0].responseId).to.equal('r-3');
    expect(problems.map((p) => p.message)).to.deep.equal([
      'results has 203 usable entries; the latest 200 are shown',
    ]);
  });

  it('nothing is an empty trend; a non-array is named', () => {
    expect(readTrend(sessionCheck, undefined, 1).series.sessions).to.deep.equal([]);
    expect(readTrend(sessionCheck, { a: 1 }, 1).problems.map((p) => p.message)).to.deep.equal([
      'results must be an array, not an object',
    ]);
  });
});
