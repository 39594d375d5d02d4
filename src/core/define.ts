/**
 * Defines a custom element unless its tag is taken, as happens when a portal page loads two
 * copies of the library: then it warns once and keeps the first definition, never throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(
        `rapport-elements: <${tag}> is already defined (probably by another copy of the library on this page); the first definition is kept.`,
      );
    }
    return;
  }
  customElements.define(tag, constructor);
}
