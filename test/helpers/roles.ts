/**
 * Finds controls the way a person (or a screen reader) does: by role and accessible name.
 *
 * The accessible name is worked out from the markup the widgets use (aria-labelledby, aria-label,
 * `<label for>`, a fieldset's legend, a button's text), skipping `aria-hidden` content, which is
 * enough for these widgets and keeps tests independent of ids and classes.
 */

const ROLE_SELECTORS: Record<string, string> = {
  slider: '[role="slider"]',
  radio: 'input[type="radio"], [role="radio"]',
  button: 'button, [role="button"]',
  group: 'fieldset, [role="group"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  status: '[role="status"], output',
  alert: '[role="alert"]',
};

/** Runs of HTML white space (not no-break spaces, which are part of a text) as one space. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The text a person hears: text content without `aria-hidden` parts, spaces collapsed. */
export function textOf(node: Node | null): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    // By node type, not instanceof: a control in a frame belongs to another window's classes.
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).getAttribute('aria-hidden') === 'true')
      return;
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    for (const child of n.childNodes) walk(child);
  };
  if (node) walk(node);
  return collapse(parts.join(''));
}

/** The visible text of a node, `aria-hidden` parts included, spaces collapsed. */
export function visibleText(node: Node | null): string {
  return collapse(node?.textContent ?? '');
}

/** A simplified accessible name computation for the markup these widgets render. */
export function accessibleName(control: Element): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => textOf(root.getElementById(id)))
      .join(' ')
      .trim();
  }
  const label = control.getAttribute('aria-label');
  if (label) return label.trim();
  if (control.id) {
    const labels = [...root.querySelectorAll(`label[for="${control.id}"]`)];
    if (labels.length > 0) return labels.map(textOf).join(' ').trim();
  }
  const wrapping = control.closest('label');
  if (wrapping && control.localName === 'input') return textOf(wrapping);
  if (control.localName === 'fieldset') {
    return textOf(control.querySelector(':scope > legend'));
  }
  return textOf(control);
}

/** Every element of a role inside `root`, in document order. */
export function allByRole<T extends Element = HTMLElement>(
  root: ParentNode,
  role: keyof typeof ROLE_SELECTORS,
): T[] {
  return [...root.querySelectorAll<T & Element>(ROLE_SELECTORS[role])];
}

/** The one element of `role` named exactly `name`; throws, listing what there is, otherwise. */
export function getByRole<T extends Element = HTMLElement>(
  root: ParentNode,
  role: keyof typeof ROLE_SELECTORS,
  name: string,
): T {
  const all = allByRole<T>(root, role);
  const found = all.filter((e) => accessibleName(e) === name);
  if (found.length !== 1) {
    const names = all.map((e) => JSON.stringify(accessibleName(e))).join(', ');
    throw new Error(
      `expected one ${role} named ${JSON.stringify(name)}, found ${found.length} among [${names}]`,
    );
  }
  return found[0];
}

/** The radio named `option` in the group (fieldset) named `question`. */
export function getRadio(root: ParentNode, question: string, option: string): HTMLInputElement {
  return getByRole<HTMLInputElement>(getByRole(root, 'group', question), 'radio', option);
}
