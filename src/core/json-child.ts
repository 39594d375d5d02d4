import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a widget's child `<script type="application/json">` holds (contract 6, "definitions in"). */
export type JsonChild =
  | { kind: 'none' }
  | { kind: 'data'; text: string; value: unknown }
  | { kind: 'invalid'; text: string; message: string };

/**
 * Reads the definition a no-build page wrote as a direct child script. Invalid JSON is
 * reported, never thrown: the message is for the developer and names the problem.
 */
export function readJsonChild(host: Element): JsonChild {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return { kind: 'none' };
  const text = script.textContent ?? '';
  try {
    return { kind: 'data', text, value: JSON.parse(text) };
  } catch (e) {
    return {
      kind: 'invalid',
      text,
      message: `the <script type="application/json"> is not valid JSON: ${(e as Error).message}`,
    };
  }
}

/**
 * Calls `onChange` when the host connects and whenever its light DOM changes while connected:
 * a no-build page may write its `<script type="application/json">` after the element, and a
 * framework may render it later still. With `attributes`, a change of one of those attributes
 * anywhere in the light DOM counts too (e.g. `slot`, `data-required`).
 */
export class LightDomController implements ReactiveController {
  #observer: MutationObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
    private readonly attributes: readonly string[] = [],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.onChange());
    this.#observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      ...(this.attributes.length > 0
        ? { attributes: true, attributeFilter: [...this.attributes] }
        : {}),
    });
    this.onChange();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
