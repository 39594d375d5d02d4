// A paste that does not all fit in the comment: the browser's maxlength cuts the end off
// silently; the prompt says how much was left out, on screen and to a screen reader.
import { expect, fixture } from '@open-wc/testing';
import '../../src/feedback-prompt/define.js';
import type { RapportFeedbackPrompt } from '../../src/feedback-prompt/define.js';
import { pasteOverflow } from '../../src/feedback-prompt/compose.js';
import { typeText } from '../helpers/keyboard.js';

async function prompt(): Promise<RapportFeedbackPrompt> {
  const el = document.createElement('rapport-feedback-prompt');
  el.setAttribute('include', 'comment');
  el.setAttribute('maxlength', '20');
  return fixture<RapportFeedbackPrompt>(el);
}

/** A paste as a browser delivers it: beforeinput with the text, then the cut value, then input. */
function paste(box: HTMLTextAreaElement, text: string): void {
  const before = new InputEvent('beforeinput', {
    inputType: 'insertFromPaste',
    data: text,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  box.dispatchEvent(before);
  const start = box.selectionStart;
  const kept = box.value.slice(0, start) + text + box.value.slice(box.selectionEnd);
  box.value = kept.slice(0, 20);
  box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
}

function said(el: RapportFeedbackPrompt): { shown: string; announced: string } {
  const root = el.shadowRoot!;
  const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    shown: text(root.querySelector('[part="paste-note"]')),
    announced: text(root.querySelector('[data-announce="comment"]')),
  };
}

describe('feedback prompt: a paste over the comment limit', () => {
  it('counts what will not fit, with line breaks as one character and a selection replaced', () => {
    const field = { value: 'Thank you', selectionStart: 9, selectionEnd: 9 };
    expect(pasteOverflow(field, ' for today', 20)).to.equal(0);
    expect(pasteOverflow(field, ' for everything today', 20)).to.equal(10);
    expect(pasteOverflow(field, 'a\r\nb\r\nc\r\nd\r\ne\r\nf', 20)).to.equal(0);
    expect(
      pasteOverflow({ ...field, selectionStart: 0, selectionEnd: 9 }, 'x'.repeat(25), 20),
    ).to.equal(5);
  });

  it('says how many characters were left out, and forgets it at the next keystroke', async () => {
    const el = await prompt();
    const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    box.focus();
    await typeText('Kind');
    await el.updateComplete;
    paste(box, ' and patient staff, thank you');
    await el.updateComplete;
    expect(el.value.comment).to.equal('Kind and patient sta');
    expect(said(el)).to.deep.equal({
      shown: '13 characters of what you pasted did not fit, so they were left out.',
      announced: '13 characters of what you pasted did not fit, so they were left out.',
    });

    await typeText('x');
    await el.updateComplete;
    expect(el.value.comment).to.equal('Kind and patient sta');
    // Deleting a character: an edit that is not a paste, so the note goes.
    box.value = 'Kind and patient st';
    box.dispatchEvent(
      new InputEvent('input', { inputType: 'deleteContentBackward', bubbles: true }),
    );
    await el.updateComplete;
    expect(said(el).shown).to.equal('');
  });

  it('a paste that fits says nothing', async () => {
    const el = await prompt();
    const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    box.focus();
    paste(box, 'Thank you');
    await el.updateComplete;
    expect(el.value.comment).to.equal('Thank you');
    expect(said(el)).to.deep.equal({ shown: '', announced: '' });
  });
});
