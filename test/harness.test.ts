// The test harness itself: a failed comparison of elements must fail, not hang the file.
import { expect } from '@open-wc/testing';

describe('the test harness', () => {
  it('keeps a failed comparison of two elements as their descriptions, for the report', () => {
    const button = document.createElement('button');
    button.setAttribute('part', 'send');
    button.textContent = '  Sign   the agreement ';
    const input = document.createElement('input');
    input.type = 'radio';
    let failure: { actual?: unknown; expected?: unknown } | undefined;
    try {
      expect(button).to.equal(input);
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.actual).to.equal('<button part="send"> Sign the agreement');
    expect(failure?.expected).to.equal('<input type="radio">');
  });

  it('keeps lists of elements as lists of descriptions, and other values as they are', () => {
    let failure: { actual?: unknown; expected?: unknown } | undefined;
    try {
      expect([document.createElement('p'), 1]).to.deep.equal({ a: 1 });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.actual).to.deep.equal(['<p>', 1]);
    expect(failure?.expected).to.deep.equal({ a: 1 });
  });
});
