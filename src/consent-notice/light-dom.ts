/**
 * What the host put inside the element: choices given as child elements, text that replaces
 * the built-in notice or one of its parts, and the summary of changes.
 */
import type { ReactiveControllerHost } from 'lit';
import { LightDomController } from '../core/json-child.js';
import { nodesText } from '../core/slot-text.js';
import { isChoiceId, LIMITS_ID } from './choices.js';
import type { ChildChoice } from './compose.js';

export interface LightDom {
  /** Choices from child elements; null when one cannot be used (see `problems`). */
  children: ChildChoice[] | null;
  problems: string;
  /** True when unslotted content replaces the whole notice. */
  custom: boolean;
  hasChanges: boolean;
  /** The canonical text of each slot the host fills, by slot name (`''`: the default slot). */
  texts: Map<string, string>;
}

/** Before the light DOM is read: no choices of its own, nothing slotted. */
export const NO_LIGHT_DOM: LightDom = {
  children: [],
  problems: '',
  custom: false,
  hasChanges: false,
  texts: new Map(),
};

export function readLightDom(host: Element): LightDom {
  const children: ChildChoice[] = [];
  const problems: string[] = [];
  const slotted = new Map<string, Node[]>();
  const add = (name: string, node: Node) => slotted.set(name, [...(slotted.get(name) ?? []), node]);
  let custom = false;
  for (const node of host.childNodes) {
    if (!(node instanceof Element)) {
      if (node.nodeType === Node.TEXT_NODE) {
        add('', node);
        if ((node.textContent ?? '').trim() !== '') custom = true;
      }
      continue;
    }
    const slot = node.getAttribute('slot');
    add(slot ?? '', node);
    if (slot === null) {
      if (!node.matches('script, template, style')) custom = true;
    } else if (slot.startsWith('choice-')) {
      const id = slot.slice('choice-'.length);
      if (id === LIMITS_ID) continue;
      if (!isChoiceId(id)) {
        problems.push(
          `the child element with slot="${slot}" needs a choice id of letters, digits, "-", "_" or "."`,
        );
      } else if (children.some((c) => c.id === id)) {
        problems.push(`two child elements have slot="${slot}"`);
      } else {
        children.push({ id, required: node.hasAttribute('data-required') });
      }
    }
  }
  const texts = new Map([...slotted].map(([name, nodes]) => [name, nodesText(nodes)]));
  return {
    children: problems.length > 0 ? null : children,
    problems: problems.join('; '),
    custom,
    hasChanges: slotted.has('changes'),
    texts,
  };
}

/**
 * What the host put inside, read again whenever it changes: a no-build page may write its
 * choices after the element, and slotted text may change. `changed` is called only when what
 * was read differs; `problem` whenever a child choice cannot be used.
 */
export class HostContent {
  current: LightDom = NO_LIGHT_DOM;
  #key = '';

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: { problem(problems: string): void; changed(): void },
  ) {
    new LightDomController(host, () => {
      const light = readLightDom(host);
      if (light.problems) options.problem(light.problems);
      const key = JSON.stringify([
        light.children,
        light.custom,
        light.hasChanges,
        [...light.texts],
      ]);
      if (key === this.#key) return;
      this.#key = key;
      this.current = light;
      options.changed();
    }, ['slot', 'data-required', 'href', 'hidden', 'aria-hidden']);
  }
}
