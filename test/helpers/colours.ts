/** Colours as a person sees them, for the forced-colours tests. */

/** What the system colour Highlight computes to on this page now. */
export function highlightColour(): string {
  const probe = document.createElement('div');
  probe.style.background = 'Highlight';
  document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}

/** An element's computed style once its transitions (e.g. a box's colour) have finished. */
export function settledStyle(element: Element): CSSStyleDeclaration {
  for (const animation of element.getAnimations()) animation.finish();
  return getComputedStyle(element);
}
