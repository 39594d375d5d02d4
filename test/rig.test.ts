// The test rig's own check: TypeScript + Lit decorators compile, a fixture renders,
// axe runs, and real key presses reach an <input> inside a shadow root — in every engine.
import { LitElement, html, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { expect, fixture } from '@open-wc/testing';
import { typeText } from './helpers/keyboard.js';
import { SLOW } from './helpers/wait.js';

@customElement('rig-greeting')
class RigGreeting extends LitElement {
  @property() name = 'world';
  @query('input') input!: HTMLInputElement;

  override render(): TemplateResult {
    return html`
      <p part="greeting">Hello, ${this.name}!</p>
      <label>Your name <input type="text" autocomplete="off" /></label>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rig-greeting': RigGreeting;
  }
}

describe('test rig', () => {
  it('renders a Lit element with a decorated property', async () => {
    const el = await fixture<RigGreeting>(html`<rig-greeting name="rig"></rig-greeting>`);
    expect(el).to.be.instanceOf(RigGreeting);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello, rig!');

    // With useDefineForClassFields: false the field stays a reactive accessor.
    el.name = 'again';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello, again!');
  });

  it('passes axe', async function () {
    this.timeout(SLOW);
    const el = await fixture<RigGreeting>(html`<rig-greeting></rig-greeting>`);
    await expect(el).to.be.accessible();
  });

  it('types into an input inside the shadow root', async function () {
    this.timeout(SLOW);
    const el = await fixture<RigGreeting>(html`<rig-greeting></rig-greeting>`);
    let focusEvents = 0;
    el.input.addEventListener('focus', () => focusEvents++);
    el.input.focus();
    // Parallel pages must each be a focused, foreground page: focus events fire and
    // animation frames run (a background tab gets neither).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(focusEvents, 'focus events').to.equal(1);
    expect(el.shadowRoot!.activeElement).to.equal(el.input);
    await typeText('hello Anna');
    expect(el.input.value).to.equal('hello Anna');
  });
});
