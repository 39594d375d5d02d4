import { html, nothing, render } from 'lit';
import type { TemplateResult } from 'lit';
import { Directive, directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';

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
   * A key that names everything the group shows but its state: the legend's words and the
   * choices' words and pictures, in this language. With it, the group is drawn once per key and
   * cloned for every widget that shows the same key: a page of fifty twelve-question forms holds
   * 600 groups and 3,000 radios, and a clone with no bindings inside costs a fraction of the
   * memory of templates. Its state (checked, required, missing, disabled) is set on each render.
   * Leave it out when words or pictures change with the answer (a row of stars); with it, a
   * missing answer's message is the widget's own (`errorId`) and `after` is not drawn.
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

/** The group: a fieldset with its legend and choices, each radio inside its label with its box. */
function groupTemplate(o: AnyOptions, errorId: string, live: boolean): TemplateResult {
  const required = o.required ?? false;
  const invalid = o.missing ? 'true' : 'false';
  // One listener for the group, and no binding a radio does not need.
  const changed = (event: Event): void => chosen(o, event);
  return html`<fieldset
    part=${o.part ?? 'question options'}
    class=${groupClass(o)}
    aria-describedby=${o.missing ? errorId : nothing}
    ?disabled=${o.disabled ?? false}
    @keydown=${live ? (e: KeyboardEvent) => radioKeydown(e, o.dir) : nothing}
    @change=${live ? changed : nothing}
  >
    <legend class="legend">${o.legend}</legend>
    <div class="choices" data-count=${o.choices.length}>
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
    </div>
    ${live ? (o.after ?? nothing) : nothing}
    ${
      live && typeof o.missing === 'string' && !o.errorId
        ? html`<p class="item-error" id=${errorId}>${o.missing}</p>`
        : nothing
    }
  </fieldset>`;
}

function groupClass(o: AnyOptions): string {
  return `options${o.class ? ` ${o.class}` : ''}${o.missing ? ' missing' : ''}`;
}

/** A radio of the group was chosen (a click, Space, or an arrow key's click). */
function chosen(o: AnyOptions, event: Event): void {
  const input = event.target as HTMLInputElement;
  const choice = o.choices.find((c) => String(c.value) === input.value);
  if (choice && input.checked) o.choose(choice.value);
}

/** Groups drawn once per key (see `stable`), kept for the page's life, a few hundred at most. */
const drawn = new Map<string, HTMLFieldSetElement>();
const MAX_DRAWN = 400;

function drawnGroup(key: string, o: AnyOptions): HTMLFieldSetElement {
  let node = drawn.get(key);
  if (!node) {
    const fragment = document.createDocumentFragment();
    const plain = { ...o, checked: undefined, required: false, missing: false, disabled: false };
    render(groupTemplate(plain, '', false), fragment);
    // Nothing is rendered into it again, so the markers Lit left for its bindings can go: every
    // clone is that many nodes smaller.
    const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_COMMENT);
    const markers: Node[] = [];
    while (walker.nextNode()) markers.push(walker.currentNode);
    for (const marker of markers) marker.parentNode?.removeChild(marker);
    node = fragment.firstElementChild as HTMLFieldSetElement;
    if (drawn.size >= MAX_DRAWN) drawn.delete(drawn.keys().next().value as string);
    drawn.set(key, node);
  }
  return node;
}

/**
 * A group with a `stable` key: a clone of the drawn group, whose state (checked, required,
 * missing, disabled) the directive sets on each render. A new key (another language) brings a
 * new clone, and the radio that had focus hands it to the one in its place.
 */
class StableGroup extends Directive {
  #key: string | undefined;
  #node: HTMLFieldSetElement | undefined;
  #options: AnyOptions | undefined;

  render(o: AnyOptions, errorId: string): TemplateResult {
    return groupTemplate(o, errorId, true);
  }

  override update(_part: ChildPart, [o, errorId]: [AnyOptions, string]): HTMLFieldSetElement {
    this.#options = o;
    const key = `${o.name}\u0000${o.stable}`;
    if (key !== this.#key || !this.#node) {
      const old = this.#node;
      const active = (old?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
      const focused = old
        ? [...old.querySelectorAll('input')].indexOf(active as HTMLInputElement)
        : -1;
      const node = drawnGroup(key, o).cloneNode(true) as HTMLFieldSetElement;
      node.addEventListener('keydown', (e) => radioKeydown(e, this.#options?.dir ?? 'ltr'));
      node.addEventListener('change', (e) => this.#options && chosen(this.#options, e));
      this.#node = node;
      this.#key = key;
      const successor = node.querySelectorAll('input')[focused];
      if (successor) queueMicrotask(() => successor.focus());
    }
    const group = this.#node;
    const className = groupClass(o);
    if (group.className !== className) group.className = className;
    if (group.disabled !== (o.disabled ?? false)) group.disabled = o.disabled ?? false;
    if (o.missing) group.setAttribute('aria-describedby', errorId);
    else group.removeAttribute('aria-describedby');
    const required = o.required ?? false;
    const invalid = o.missing ? 'true' : 'false';
    group.querySelectorAll('input').forEach((radio, i) => {
      const checked = o.checked === o.choices[i]?.value;
      if (radio.checked !== checked) radio.checked = checked;
      if (radio.required !== required) radio.required = required;
      // Always said, never left out: a required group with no choice yet is invalid to the
      // browser, and without "false" it would be announced so before anyone pressed Send.
      if (radio.getAttribute('aria-invalid') !== invalid)
        radio.setAttribute('aria-invalid', invalid);
    });
    return group;
  }
}

const stableGroup = directive(StableGroup);

/** A radio group to place in a template: its own template, or (with `stable`) its clone. */
export type RadioGroupView = TemplateResult | DirectiveResult<typeof StableGroup>;

/**
 * The library's one radio group: a fieldset with a legend, each radio inside its label with a
 * styled box (`part="option"`), reading-direction arrow keys, and the missing state announced
 * through `aria-describedby`. A disabled group disables its radios through the fieldset. Every
 * radio group of every element is drawn by this template (with `stable`, drawn once and cloned).
 */
export function radioGroup<V extends string | number>(o: RadioGroupOptions<V>): RadioGroupView {
  const errorId = o.errorId ?? `${o.name}-error`;
  const any = o as unknown as AnyOptions;
  // The clone goes straight into the caller's template: no template of its own around it.
  return o.stable === undefined ? groupTemplate(any, errorId, true) : stableGroup(any, errorId);
}

/** One box of a numbered scale (0–10): its number as shown, and words for each end. */
export interface NumberedOption {
  value: number;
  /** The number in the widget's language (`t.number(n)`). */
  number: string;
  /** What this end of the scale means ("No progress"); the boxes between have none. */
  words?: string;
}

/**
 * A numbered scale's choices and the line of end words under them (the feedback prompt's 0–10
 * rating, the goal plan's progress): each box shows its number, and an end's words are read
 * after its number by screen readers, so the line under the row is for the eye only.
 */
export function numberedScale(
  options: readonly NumberedOption[],
): Pick<RadioGroupOptions<number>, 'choices' | 'after'> {
  const ends = [options[0], options[options.length - 1]];
  return {
    choices: options.map((o) => ({
      value: o.value,
      label: html`${o.number}${
        o.words ? html`<span class="visually-hidden"> ${o.words}</span>` : nothing
      }`,
    })),
    after: html`<div class="anchors" aria-hidden="true">
      ${ends.map((end) => html`<span>${end.number} – ${end.words}</span>`)}
    </div>`,
  };
}
