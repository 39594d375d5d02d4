import type { ReactiveElement } from 'lit';
import { action } from 'storybook/actions';
import { expect } from 'storybook/test';
import type { Theme } from '../.storybook/globals.js';
import type {
  RapportDismissEvent,
  RapportErrorEvent,
  RapportInputEvent,
  RapportSubmitEvent,
} from '../src/core/events.js';

// What every element's stories share: the action log, the host's save, the common controls and
// the play helpers. Plain DOM throughout, as a host page would do it.

/** What the story's own `rapport-submit` listener does with `waitUntil`. */
export type SavingMode = 'none' | 'succeeds' | 'never' | 'fails';

/** The args every element's stories have: its shared attributes, and how the host saves. */
export interface BaseArgs {
  name: string;
  lang: string;
  dir: '' | 'ltr' | 'rtl';
  theme?: Theme;
  readonly: boolean;
  disabled: boolean;
  saving: SavingMode;
}

const logInput = action('rapport-input');
const logSubmit = action('rapport-submit');
const logDismiss = action('rapport-dismiss');
const logError = action('rapport-error');

/** Listeners that log the events every element fires, with their details. */
export const log = {
  input: (event: RapportInputEvent) => logInput(event.detail),
  dismiss: (event: RapportDismissEvent) => logDismiss(event.detail),
  error: (event: RapportErrorEvent) => logError(event.detail),
};

/** A `rapport-submit` listener that logs the result and saves it as `saving` says. */
export function submitListener(saving: SavingMode) {
  return (event: RapportSubmitEvent) => {
    logSubmit(event.detail);
    if (saving === 'succeeds') event.waitUntil(Promise.resolve());
    else if (saving === 'never') event.waitUntil(new Promise(() => {}));
    else if (saving === 'fails') {
      event.waitUntil(Promise.reject(new Error('The record system did not answer.')));
    }
  };
}

// ---- Controls every element has -----------------------------------------------------------------

export const controls = {
  lang: {
    control: 'select',
    options: ['', 'en', 'es', 'fr', 'ar'],
    description: 'Empty: the language of the provider (the toolbar) or the page.',
  },
  dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
  saving: {
    control: 'inline-radio',
    options: ['none', 'succeeds', 'never', 'fails'],
    description:
      'Not an element property: what this story’s `rapport-submit` listener does with `waitUntil`.',
    table: { category: 'story' },
  },
} as const;

// ---- Play helpers -------------------------------------------------------------------------------

/** The story's element, once it has rendered. */
export async function elementIn<T extends ReactiveElement>(
  canvasElement: HTMLElement,
  tag: string,
): Promise<T> {
  const el = canvasElement.querySelector<T>(tag);
  if (!el) throw new Error(`The story has no <${tag}>.`);
  await el.updateComplete;
  return el;
}

/** A part of the element's shadow tree, by its `part` name. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** Clicks the part named `name`, which must be there, and waits for the element to render. */
export async function press(el: ReactiveElement, name: string): Promise<void> {
  const button = part(el, name);
  await expect(button).not.toBeNull();
  button?.click();
  await el.updateComplete;
}
