import { foldSpace } from './text.js';

/**
 * The text a person reads in slotted light-DOM content, in a canonical form for hashing: the
 * visible words with white space folded, plus the address of every link (a changed link target
 * changes what was agreed). Hidden nodes (`hidden`, `aria-hidden="true"`) and scripts and
 * styles are left out.
 */
export function slottedText(slot: HTMLSlotElement): string {
  return nodesText(slot.assignedNodes({ flatten: true }));
}

/** The same text for nodes read from the light DOM directly (the host's children for a slot). */
export function nodesText(nodes: Iterable<Node>): string {
  const parts: string[] = [];
  for (const node of nodes) {
    if (node instanceof HTMLSlotElement) {
      for (const n of node.assignedNodes({ flatten: true })) collect(n, parts);
    } else collect(node, parts);
  }
  return foldSpace(parts.join(' '));
}

function collect(node: Node, parts: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    parts.push(node.textContent ?? '');
    return;
  }
  if (!(node instanceof Element)) return;
  if (node.matches('script, style, template, [hidden], [aria-hidden="true"]')) return;
  for (const child of node.childNodes) collect(child, parts);
  if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
    parts.push(`<${node.href}>`);
  }
}
