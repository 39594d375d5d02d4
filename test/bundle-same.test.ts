// dist/rapport.js is built with its templates squeezed (scripts/minify-templates.mjs): line
// breaks, indentation and CSS comments taken out. The rest of the suite runs the sources; this
// file checks that the bundle renders each element exactly as the sources do: the same elements
// with the same attributes, the same words, and the same computed styles.
import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { bundleFrame } from './helpers/bundle.js';
import { SLOW } from './helpers/wait.js';

const STYLES = [
  'display',
  'position',
  'flex-direction',
  'gap',
  'padding-top',
  'padding-left',
  'margin-bottom',
  'border-top-width',
  'border-top-style',
  'border-top-left-radius',
  'font-size',
  'font-weight',
  'text-align',
  'cursor',
  'opacity',
  'content-visibility',
] as const;

interface Shape {
  tag: string;
  attributes: string;
  styles: string;
}

/** Every element of the shadow tree: name, attributes and a set of computed styles. */
function shapeOf(host: Element): { shapes: Shape[]; text: string } {
  const root = host.shadowRoot!;
  const view = host.ownerDocument.defaultView!;
  const shapes = [...root.querySelectorAll('*')].map((el) => {
    const style = view.getComputedStyle(el);
    return {
      tag: el.localName,
      attributes: [...el.attributes]
        .map((a) => `${a.name}=${a.value.replace(/\s+/g, ' ').trim()}`)
        .sort()
        .join(' '),
      styles: STYLES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'),
    };
  });
  return { shapes, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

/** Element, markup, and what to do to both copies before comparing them a second time. */
const cases: Array<[string, string]> = [
  [
    'alliance scale, lines',
    '<rapport-alliance-scale instrument="session-check"></rapport-alliance-scale>',
  ],
  [
    'alliance scale, Likert',
    '<rapport-alliance-scale instrument="working-relationship"></rapport-alliance-scale>',
  ],
  [
    'alliance scale, faces',
    '<rapport-alliance-scale instrument="faces-check"></rapport-alliance-scale>',
  ],
  ['consent notice', '<rapport-consent-notice></rapport-consent-notice>'],
  [
    'boundary agreement',
    '<rapport-boundary-agreement hours="Monday to Friday, 9am to 5pm" channels="phone" response-time="within two working days" crisis-phone="0800 123 4567" emergency-number="999" session-length="50 minutes" notice-period="24 hours" signature="both"></rapport-boundary-agreement>',
  ],
  ['feedback prompt', '<rapport-feedback-prompt></rapport-feedback-prompt>'],
  ['goal plan', '<rapport-goal-plan></rapport-goal-plan>'],
];

describe('dist/rapport.js renders as the sources do', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is squeezed: styles and templates lost their line breaks and indentation', async () => {
    const text = await (await fetch('/dist/rapport/alliance-scale.js')).text();
    // The alliance scale's first style rule and the start of its header, as built.
    expect(text).to.include('.base{display:flex;flex-direction:column;gap:var(--_space-3)');
    expect(text).not.to.include('.base {');
    expect(text).to.include('<div part="header" class="header"> <div part="title"');
  });

  for (const [name, markup] of cases) {
    it(name, async function () {
      this.timeout(SLOW);
      const wrapper = await fixture<HTMLDivElement>(
        Object.assign(document.createElement('div'), { innerHTML: markup }),
      );
      wrapper.style.width = '800px';
      const fromSource = wrapper.firstElementChild as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await fromSource.updateComplete;

      const doc = (await bundleFrame(markup)).document;
      const fromBundle = doc.body.firstElementChild as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await fromBundle.updateComplete;

      const compare = (when: string) => {
        const a = shapeOf(fromSource);
        const b = shapeOf(fromBundle);
        expect(a.shapes.length, 'elements in the shadow tree').to.be.greaterThan(5);
        expect(b.text, when).to.equal(a.text);
        expect(
          b.shapes.map((s) => `${s.tag} ${s.attributes}`),
          when,
        ).to.deep.equal(a.shapes.map((s) => `${s.tag} ${s.attributes}`));
        expect(
          b.shapes.map((s) => `${s.tag} ${s.styles}`),
          when,
        ).to.deep.equal(a.shapes.map((s) => `${s.tag} ${s.styles}`));
      };
      compare('as first shown');

      // Pressing Send too early: the states that say what is missing.
      const sends = [fromSource, fromBundle].map((el) =>
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]'),
      );
      if (sends[0] && sends[1]) {
        for (const send of sends) send!.click();
        await Promise.all([fromSource.updateComplete, fromBundle.updateComplete]);
        compare('after pressing Send too early');
      }
    });
  }
});
