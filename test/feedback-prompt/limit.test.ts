import { expect } from '@open-wc/testing';
import { limitNews } from '../../src/feedback-prompt/compose.js';

describe('feedback prompt: the comment nearing its limit (limitNews)', () => {
  it('says nothing while more than 100 characters are left', () => {
    expect(limitNews(0, 1000, false, undefined)).to.deep.equal({ at: undefined, say: 'nothing' });
    expect(limitNews(899, 1000, false, undefined)).to.deep.equal({ at: undefined, say: 'nothing' });
  });

  it('says the characters left when a threshold is crossed, then stays until the next', () => {
    expect(limitNews(900, 1000, false, undefined)).to.deep.equal({ at: 100, say: 100 });
    expect(limitNews(901, 1000, false, 100)).to.deep.equal({ at: 100, say: 'same' });
    expect(limitNews(951, 1000, false, 100)).to.deep.equal({ at: 50, say: 49 });
    expect(limitNews(985, 1000, false, 50)).to.deep.equal({ at: 20, say: 15 });
    expect(limitNews(990, 1000, false, 20)).to.deep.equal({ at: 10, say: 10 });
  });

  it('says the limit itself as 0 left', () => {
    expect(limitNews(1000, 1000, false, 10)).to.deep.equal({ at: 0, say: 0 });
    expect(limitNews(1000, 1000, false, 0)).to.deep.equal({ at: 0, say: 'same' });
  });

  it('is silent while deleting, remembering where it is so the limit is said again', () => {
    expect(limitNews(999, 1000, true, 0)).to.deep.equal({ at: 10, say: 'nothing' });
    expect(limitNews(1000, 1000, false, 10)).to.deep.equal({ at: 0, say: 0 });
  });

  it('skips thresholds at or above a short limit', () => {
    expect(limitNews(0, 30, false, undefined)).to.deep.equal({ at: undefined, say: 'nothing' });
    expect(limitNews(10, 30, false, undefined)).to.deep.equal({ at: 20, say: 20 });
    expect(limitNews(1, 1, false, undefined)).to.deep.equal({ at: 0, say: 0 });
  });
});
