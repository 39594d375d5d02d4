import { expect, fixture, html } from '@open-wc/testing';
import '../../src/alliance-scale/define.js';
import type { RapportAllianceScale } from '../../src/alliance-scale/alliance-scale.js';
import type { RapportInputEvent } from '../../src/core/events.js';

const ONE_LINE = {
  id: 'one-line',
  version: '1',
  title: 'One line',
  scale: { type: 'visual-analog', min: 0, max: 10, step: 0.1 },
  items: [
    { id: 'heard', text: 'I felt heard', anchors: { low: 'Not at all', high: 'Completely' } },
  ],
};

async function oneLine(): Promise<{
  el: RapportAllianceScale;
  line: HTMLElement;
  inputs: RapportInputEvent[];
}> {
  const el = await fixture<RapportAllianceScale>(
    html`<rapport-alliance-scale
      .instrument=${ONE_LINE}
      style="inline-size: 400px"
    ></rapport-alliance-scale>`,
  );
  const inputs: RapportInputEvent[] = [];
  el.addEventListener('rapport-input', (e) => inputs.push(e));
  const line = el.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
  return { el, line, inputs };
}

/** A point on the line's track, `fraction` of the way from its start. */
function at(line: HTMLElement, fraction: number): { x: number; y: number } {
  const track = line.querySelector('[part="track"]')!.getBoundingClientRect();
  return { x: track.left + fraction * track.width, y: track.top + track.height / 2 };
}

function pointer(
  target: Element,
  type: string,
  point: { x: number; y: number },
  pointerType: 'touch' | 'mouse',
): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      pointerId: pointerType === 'touch' ? 7 : 1,
      pointerType,
      isPrimary: true,
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' || type === 'pointercancel' ? 0 : 1,
      clientX: point.x,
      clientY: point.y,
    }),
  );
}

describe('a line under a finger (PointerDragController, tap-or-drag)', () => {
  it('a swipe up the page that starts on a line never sets it', async () => {
    const { el, line, inputs } = await oneLine();
    const start = at(line, 0.3);
    pointer(line, 'pointerdown', start, 'touch');
    pointer(line, 'pointermove', { x: start.x + 2, y: start.y - 30 }, 'touch');
    // The browser takes a scrolling touch away from the page.
    pointer(line, 'pointercancel', { x: start.x + 2, y: start.y - 60 }, 'touch');
    await el.updateComplete;
    expect(el.value).to.deep.equal({});
    expect(inputs).to.have.length(0);
    expect(line.getAttribute('aria-valuetext')).to.equal(
      'Not answered. From “Not at all” to “Completely”',
    );
  });

  it('a swipe that ends with pointerup after moving up the page does not set it either', async () => {
    const { el, line, inputs } = await oneLine();
    const start = at(line, 0.3);
    pointer(line, 'pointerdown', start, 'touch');
    pointer(line, 'pointermove', { x: start.x, y: start.y + 40 }, 'touch');
    pointer(line, 'pointerup', { x: start.x, y: start.y + 40 }, 'touch');
    await el.updateComplete;
    expect(el.value).to.deep.equal({});
    expect(inputs).to.have.length(0);
  });

  it('a swipe over an answered line keeps its answer', async () => {
    const { el, line, inputs } = await oneLine();
    el.value = { heard: 8.8 };
    await el.updateComplete;
    const start = at(line, 0.2);
    pointer(line, 'pointerdown', start, 'touch');
    pointer(line, 'pointermove', { x: start.x - 3, y: start.y - 50 }, 'touch');
    pointer(line, 'pointercancel', { x: start.x - 3, y: start.y - 50 }, 'touch');
    await el.updateComplete;
    expect(el.value).to.deep.equal({ heard: 8.8 });
    expect(inputs).to.have.length(0);
  });

  it('a tap sets the line where it was tapped', async () => {
    const { el, line, inputs } = await oneLine();
    const point = at(line, 0.25);
    pointer(line, 'pointerdown', point, 'touch');
    expect(inputs).to.have.length(0);
    pointer(line, 'pointerup', point, 'touch');
    await el.updateComplete;
    expect(el.value).to.deep.equal({ heard: 2.5 });
    expect(inputs.map((e) => (e.detail as unknown as { answers: unknown }).answers)).to.deep.equal([
      { heard: 2.5 },
    ]);
  });

  it('a deliberate sideways drag moves the mark with the finger', async () => {
    const { el, line } = await oneLine();
    const start = at(line, 0.5);
    pointer(line, 'pointerdown', start, 'touch');
    pointer(line, 'pointermove', at(line, 0.6), 'touch');
    pointer(line, 'pointermove', at(line, 0.7), 'touch');
    pointer(line, 'pointerup', at(line, 0.7), 'touch');
    await el.updateComplete;
    expect(el.value).to.deep.equal({ heard: 7 });
  });

  it('a mouse acts at once, on press; the host hears once, when it is let go', async () => {
    const { el, line, inputs } = await oneLine();
    const said = () => inputs.map((e) => (e.detail as unknown as { answers: unknown }).answers);
    pointer(line, 'pointerdown', at(line, 0.4), 'mouse');
    expect(el.value).to.deep.equal({ heard: 4 });
    pointer(line, 'pointermove', at(line, 0.5), 'mouse');
    expect(el.value).to.deep.equal({ heard: 5 });
    expect(said()).to.deep.equal([]);
    pointer(line, 'pointerup', at(line, 0.5), 'mouse');
    expect(said()).to.deep.equal([{ heard: 5 }]);
    await el.updateComplete;
    expect(el.value).to.deep.equal({ heard: 5 });
  });
});
