// The draft's time limit: an ISO 8601 duration, read exactly.
import { expect } from '@open-wc/testing';
import { DEFAULT_DRAFT_TTL, durationMs } from '../../src/core/draft.js';

describe('durationMs (draft-ttl)', () => {
  it('reads weeks, days, hours, minutes and seconds', () => {
    expect(durationMs(DEFAULT_DRAFT_TTL)).to.equal(7_200_000);
    expect(durationMs('PT30M')).to.equal(1_800_000);
    expect(durationMs('PT1H30M')).to.equal(5_400_000);
    expect(durationMs('P1D')).to.equal(86_400_000);
    expect(durationMs('P1W')).to.equal(604_800_000);
    expect(durationMs('P1DT2H')).to.equal(93_600_000);
    expect(durationMs('PT0.5S')).to.equal(500);
    expect(durationMs(' PT10M ')).to.equal(600_000);
  });

  it('refuses what is not a duration, and years and months, which have no fixed length', () => {
    for (const text of ['', 'P', 'PT', '2 hours', 'PT2', 'P1Y', 'P1M', 'T2H', 'PT-1H', 'pt2h']) {
      expect(durationMs(text), text).to.equal(null);
    }
  });
});
