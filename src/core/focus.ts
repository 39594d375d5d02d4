/**
 * Focus inside the notice's dialog: where focus is, whether the dialog is modal, and the order
 * Tab follows through the dialog and the host's slotted content.
 */

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Whether a dialog is shown modally; engines without `:modal` count an open dialog as modal. */
export function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return true;
  }
}

const TABBABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/**
 * The controls Tab reaches inside `root`, in the order a person meets them: through slots into
 * the host's own content (its links), skipping hidden ones.
 */
export function tabbables(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element): void => {
    if (node instanceof HTMLElement && (node.hidden || node.inert)) return;
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedElements({ flatten: true });
      for (const child of assigned.length > 0 ? assigned : [...node.children]) visit(child);
      return;
    }
    if (node instanceof HTMLElement && node.matches(TABBABLE) && node.getClientRects().length > 0) {
      found.push(node);
    }
    for (const child of node.children) visit(child);
  };
  for (const child of root.children) visit(child);
  return found;
}
