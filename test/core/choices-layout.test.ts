// Every radio group reads as one row where its choices fit side by side and as one column where
// they do not: never a broken grid such as 2 + 2 + 1 on a phone.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/alliance-scale/define.js';
import '../../src/boundary-agreement/define.js';
import type { RapportAllianceScale } from '../../src/alliance-scale/define.js';
import { FILLED } from '../boundary-agreement/fixtures.js';

/** The distinct left edges and top edges of the first group's choice boxes. */
function layout(root: ShadowRoot): { columns: number; rows: number; count: number } {
  const boxes = [...root.querySelector('fieldset')!.querySelectorAll('.box')].map((b) =>
    b.getBoundingClientRect(),
  );
  return {
    columns: new Set(boxes.map((b) => Math.round(b.left))).size,
    rows: new Set(boxes.map((b) => Math.round(b.top))).size,
    count: boxes.length,
  };
}

async function inWidth<E extends HTMLElement>(width: number, element: E): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.inlineSize = `${width}px`;
  wrapper.append(element);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

describe('radio groups: one row or one column', () => {
  for (const [width, expected] of [
    [340, 'column'],
    [760, 'row'],
  ] as const) {
    it(`five Likert choices at ${width} px make one ${expected}`, async () => {
      const el = document.createElement('rapport-alliance-scale') as RapportAllianceScale;
      el.instrument = 'working-relationship';
      await inWidth(width, el);
      const { columns, rows, count } = layout(el.shadowRoot!);
      expect(count).to.equal(5);
      expect({ columns, rows }).to.deep.equal(
        expected === 'row' ? { columns: 5, rows: 1 } : { columns: 1, rows: 5 },
      );
    });
  }

  it('the boundary agreement’s question uses the same boxes: four in a row at 760 px', async () => {
    const el = document.createElement('rapport-boundary-agreement');
    for (const [name, value] of Object.entries(FILLED)) {
      el.setAttribute(name, value);
    }
    await inWidth(760, el);
    const root = el.shadowRoot!;
    expect(layout(root)).to.deep.equal({ columns: 4, rows: 1, count: 4 });
    const radio = root.querySelector<HTMLInputElement>('fieldset input[type="radio"]')!;
    expect(getComputedStyle(radio).appearance).to.equal('none');
    expect(radio.nextElementSibling!.classList.contains('box')).to.equal(true);
  });
});
