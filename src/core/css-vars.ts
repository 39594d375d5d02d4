import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM, on every render including the
 * first. Lit's `styleMap` writes a `style` attribute on first render, which a strict
 * Content-Security-Policy (`style-src` without `'unsafe-inline'`) blocks in Firefox.
 *
 * Use as an element binding: `<div ${cssVars({ '--_position': '0.5' })}>`.
 */
class CssVarsDirective extends Directive {
  #previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) {
      throw new Error('cssVars() must be used as an element binding.');
    }
  }

  /** Renders nothing itself: `update` applies the properties. */
  render(vars: Readonly<Record<`--${string}`, string>>): typeof nothing {
    void vars;
    return nothing;
  }

  override update(
    part: ElementPart,
    [vars]: [Readonly<Record<`--${string}`, string>>],
  ): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) {
      if (!(name in vars)) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(vars));
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
