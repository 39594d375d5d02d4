// Loaded before every test file (see testRunnerHtml in web-test-runner.config.mjs).
//
// A failed assertion's `actual` and `expected` travel to the test runner with the result. When
// they are DOM nodes (`expect(focused(el)).to.equal(button)`), the runner walks the whole
// document graph through them and never finishes: the file times out after minutes instead of
// failing at once. Nodes are kept as a short description instead, for the message and the diff.
//
// It imports chai itself, the copy @open-wc/testing uses, and not @open-wc/testing: that module
// adds its fixture clean-up only when mocha's `afterEach` exists, which it does not yet here.
import { AssertionError } from '@esm-bundle/chai';

/** An element as its opening tag and its first words; other nodes by name. */
function describeNode(node: Node): string {
  if (node instanceof Element) {
    const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `<${node.localName}${attributes}>${text ? ` ${text}` : ''}`;
  }
  return node.nodeName;
}

function safe(value: unknown): unknown {
  if (value instanceof Node) return describeNode(value);
  if (Array.isArray(value) && value.some((v) => v instanceof Node)) return value.map(safe);
  return value;
}

for (const key of ['actual', 'expected'] as const) {
  Object.defineProperty(AssertionError.prototype, key, {
    configurable: true,
    set(this: object, value: unknown) {
      Object.defineProperty(this, key, {
        value: safe(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    },
  });
}
