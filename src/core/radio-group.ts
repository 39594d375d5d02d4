import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

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
  /** Marked as missing: `aria-invalid`, and the message below it. */
  missing?: string | false;
  /** `part` names of the fieldset; `class` names for styling. */
  part?: string;
  class?: string;
  /** Something after the choices (a hint, the ends of a scale). */
  after?: TemplateResult | typeof nothing;
}

/**
 * Arrow keys move through a group's choices and choose, like native radios, but follow the
 * reading direction in every engine: in right-to-left, ArrowLeft goes to the next choice.
 * Native radios in some engines ignore the direction, so the library moves focus itself.
 */
export function radioKeydown(event: KeyboardEvent, dir: 'ltr' | 'rtl'): void {
  const input = event.target as HTMLInputElement;
  if (input.type !== 'radio' || input.disabled || event.altKey || event.ctrlKey || event.metaKey) {
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
    (r) => r.name === input.name && !r.disabled,
  );
  const next = group[(group.indexOf(input) + step + group.length) % group.length];
  next.focus();
  // click() checks it and fires `change`, the same path as a pointer.
  if (!next.checked) next.click();
}

/**
 * The library's one radio group: a fieldset with a legend, each radio inside its label with a
 * styled box (`part="option"`), reading-direction arrow keys, and the missing state announced
 * through `aria-describedby`. Every radio group of every element is drawn by this template.
 */
export function radioGroup<V extends string | number>(o: RadioGroupOptions<V>): TemplateResult {
  const errorId = `${o.name}-error`;
  return html`<fieldset
    part=${o.part ?? 'question options'}
    class=${`options${o.class ? ` ${o.class}` : ''}${o.missing ? ' missing' : ''}`}
    aria-describedby=${o.missing ? errorId : nothing}
    @keydown=${(e: KeyboardEvent) => radioKeydown(e, o.dir)}
  >
    <legend class="legend">${o.legend}</legend>
    <div class="choices">
      ${o.choices.map(
        (choice, i) =>
          // \`for\` as well as nesting: a label found by its \`for\` also names the radio.
          html`<label class="choice" for=${`${o.name}-${i}`}>
            <input
              type="radio"
              id=${`${o.name}-${i}`}
              name=${o.name}
              .value=${String(choice.value)}
              .checked=${o.checked === choice.value}
              ?disabled=${o.disabled ?? false}
              ?required=${o.required ?? false}
              aria-invalid=${o.missing ? 'true' : 'false'}
              aria-label=${choice.ariaLabel ?? nothing}
              @change=${() => o.choose(choice.value)}
            /><span part="option" class="box"
              >${
                choice.picture
                  ? html`<span class="picture" aria-hidden="true">${choice.picture}</span>`
                  : nothing
              }<span class="label">${choice.label}</span></span
            >
          </label>`,
      )}
    </div>
    ${o.after ?? nothing}
    ${o.missing ? html`<p class="item-error" id=${errorId}>${o.missing}</p>` : nothing}
  </fieldset>`;
}
