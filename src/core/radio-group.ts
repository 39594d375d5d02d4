import { html, nothing, render } from 'lit';
import type { TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

/** One choice of a radio group. */
export interface RadioChoice<V extends string | number = string | number> {
  value: V;
  /** What the choice says (and what a screen reader names it by). */
  label: string | TemplateResult;
  /** Drawn before the words (a face, a star), hidden from screen readers. */
  picture?: TemplateResult;
  /** The choice's accessible name, when the visible label is not enough. */
  ariaLabel?: string;
}

export interface RadioGroupOptions<V extends string | number> {
  /** The `name` shared by the radios, unique within the widget. */
  name: string;
  /** The question, shown as the fieldset's legend. */
  legend: string | TemplateResult;
  choices: readonly RadioChoice<V>[];
  /** The chosen value, or null. */
  checked: V | null | undefined;
  /** Called with the value the person chose (click, Space, or an arrow key). */
  choose(value: V): void;
  /** The widget's reading direction: arrow keys follow it. */
  dir: 'ltr' | 'rtl';
  disabled?: boolean;
  /** Each radio is `required` (a group, the fieldset's role, may not carry `aria-required`). */
  required?: boolean;
  /** Marked as missing: `aria-invalid`, and this message below the choices. */
  missing?: string | boolean;
  /** The id of a message the widget shows elsewhere for a missing answer (instead of its own). */
  errorId?: string;
  /** `part` names of the fieldset; `class` names for styling. */
  part?: string;
  class?: string;
  /** Something after the choices (a hint, the ends of a scale). */
  after?: TemplateResult | typeof nothing;
  /**
   * A key that names everything the choices show (their words and pictures, in this language).
   * With it, the choices are drawn once per key and cloned for every group that shows the same
   * key: a page of fifty twelve-question forms holds 3,000 radios, and a clone with no bindings
   * inside costs a fraction of the memory of a template per radio. Leave it out when a choice's
   * picture or words change with the answer (a row of stars).
   */
  stable?: string;
}

/**
 * Arrow keys move through a group's choices and choose, like native radios, but follow the
 * reading direction in every engine: in right-to-left, ArrowLeft goes to the next choice.
 * Native radios in some engines ignore the direction, so the library moves focus itself.
 */
export function radioKeydown(event: KeyboardEvent, dir: 'ltr' | 'rtl'): void {
  const input = event.target as HTMLInputElement;
  if (
    input.type !== 'radio' ||
    input.matches(':disabled') ||
    event.altKey ||
    event.ctrlKey ||
    event.metaKey
  ) {
    return;
  }
  const rtl = dir === 'rtl';
  const steps: Record<string, number> = {
    ArrowDown: 1,
    ArrowUp: -1,
    ArrowRight: rtl ? -1 : 1,
    ArrowLeft: rtl ? 1 : -1,
  };
  const step = steps[event.key];
  if (step === undefined) return;
  event.preventDefault();
  const root = input.getRootNode() as ParentNode;
  const group = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
    (r) => r.name === input.name && !r.matches(':disabled'),
  );
  const next = group[(group.indexOf(input) + step + group.length) % group.length];
  next.focus();
  // click() checks it and fires `change`, the same path as a pointer.
  if (!next.checked) next.click();
}

type AnyOptions = RadioGroupOptions<string | number>;

/** The choices, each radio inside its label with its styled box (`part="option"`). */
function choicesTemplate(o: AnyOptions): TemplateResult {
  const required = o.required ?? false;
  const invalid = o.missing ? 'true' : 'false';
  return html`<div class="choices">
    ${o.choices.map(
      (choice) =>
        html`<label class="choice"
          ><input
            type="radio"
            name=${o.name}
            .value=${String(choice.value)}
            .checked=${o.checked === choice.value}
            ?required=${required}
            aria-invalid=${invalid}
            aria-label=${choice.ariaLabel ?? nothing}
          /><span part="option" class="box"
            >${
              choice.picture
                ? html`<span class="picture" aria-hidden="true">${choice.picture}</span>`
                : nothing
            }<span class="label">${choice.label}</span></span
          ></label
        >`,
    )}
  </div>`;
}

/** Choices drawn once per key (see `stable`), kept for the page's life, a few hundred at most. */
const drawn = new Map<string, Element>();
const MAX_DRAWN = 400;

function drawnChoices(key: string, o: AnyOptions): Element {
  let node = drawn.get(key);
  if (!node) {
    const fragment = document.createDocumentFragment();
    render(
      choicesTemplate({ ...o, checked: undefined, required: false, missing: false }),
      fragment,
    );
    // Nothing is rendered into it again, so the markers Lit left for its bindings can go: every
    // clone is that many nodes smaller.
    const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_COMMENT);
    const markers: Node[] = [];
    while (walker.nextNode()) markers.push(walker.currentNode);
    for (const marker of markers) marker.parentNode?.removeChild(marker);
    node = fragment.firstElementChild as Element;
    if (drawn.size >= MAX_DRAWN) drawn.delete(drawn.keys().next().value as string);
    drawn.set(key, node);
  }
  return node;
}

/**
 * The choices of a group with a `stable` key: a clone of the drawn choices, whose radios' state
 * (checked, required, invalid) the directive sets on each render. A new key (another language)
 * brings a new clone, and the radio that had focus hands it to the one in its place.
 */
class StableChoices extends Directive {
  #key: string | undefined;
  #node: Element | undefined;

  render(o: AnyOptions): TemplateResult {
    return choicesTemplate(o);
  }

  override update(_part: ChildPart, [o]: [AnyOptions]): Element {
    const key = `${o.name}\u0000${o.stable}`;
    if (key !== this.#key || !this.#node) {
      const old = this.#node;
      const root = old?.getRootNode() as Document | ShadowRoot | undefined;
      const focused = old
        ? [...old.querySelectorAll('input')].indexOf(root?.activeElement as HTMLInputElement)
        : -1;
      this.#node = drawnChoices(key, o).cloneNode(true) as Element;
      this.#key = key;
      const successor = this.#node.querySelectorAll('input')[focused];
      if (successor) queueMicrotask(() => successor.focus());
    }
    const required = o.required ?? false;
    const invalid = o.missing ? 'true' : 'false';
    this.#node.querySelectorAll('input').forEach((radio, i) => {
      const checked = o.checked === o.choices[i]?.value;
      if (radio.checked !== checked) radio.checked = checked;
      if (radio.required !== required) radio.required = required;
      // Always said, never left out: a required group with no choice yet is invalid to the
      // browser, and without "false" it would be announced so before anyone pressed Send.
      if (radio.getAttribute('aria-invalid') !== invalid)
        radio.setAttribute('aria-invalid', invalid);
    });
    return this.#node;
  }
}

const stableChoices = directive(StableChoices);

/**
 * The library's one radio group: a fieldset with a legend, each radio inside its label with a
 * styled box (`part="option"`), reading-direction arrow keys, and the missing state announced
 * through `aria-describedby`. A disabled group disables its radios through the fieldset. Every
 * radio group of every element is drawn by this template.
 */
export function radioGroup<V extends string | number>(o: RadioGroupOptions<V>): TemplateResult {
  const errorId = o.errorId ?? `${o.name}-error`;
  // One listener for the group, and no binding a radio does not need: a page of fifty
  // twelve-question forms holds 3,000 of them.
  const changed = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const choice = o.choices.find((c) => String(c.value) === input.value);
    if (choice && input.checked) o.choose(choice.value);
  };
  return html`<fieldset
    part=${o.part ?? 'question options'}
    class=${`options${o.class ? ` ${o.class}` : ''}${o.missing ? ' missing' : ''}`}
    aria-describedby=${o.missing ? errorId : nothing}
    ?disabled=${o.disabled ?? false}
    @keydown=${(e: KeyboardEvent) => radioKeydown(e, o.dir)}
    @change=${changed}
  >
    <legend class="legend">${o.legend}</legend>
    ${o.stable === undefined ? choicesTemplate(o as AnyOptions) : stableChoices(o as AnyOptions)}
    ${o.after ?? nothing}
    ${
      typeof o.missing === 'string' && !o.errorId
        ? html`<p class="item-error" id=${errorId}>${o.missing}</p>`
        : nothing
    }
  </fieldset>`;
}
