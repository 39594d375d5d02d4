import { css } from 'lit';

/** Dark defaults, used by `prefers-color-scheme: dark` and by `theme="dark"` alike. */
const dark = css`
  --_accent: var(--rapport-color-accent, #7cc9d0);
  --_on-accent: var(--rapport-color-on-accent, #0b1f22);
  --_surface: var(--rapport-color-surface, #16191d);
  --_surface-raised: var(--rapport-color-surface-raised, #22272d);
  --_text: var(--rapport-color-text, #e9ecef);
  --_muted: var(--rapport-color-muted, #b4bcc4);
  --_border: var(--rapport-color-border, #7d8891);
  --_track: var(--rapport-color-track, #3b434b);
  --_danger: var(--rapport-color-danger, #ff9c97);
  --_success: var(--rapport-color-success, #8fd6a3);
  --_focus: var(--rapport-color-focus, #8cb8ff);
  color-scheme: dark;
`;

/**
 * Design tokens. Each public `--rapport-*` property has a default here; components read only the
 * private `--_*` copies, so a host's value always wins and dark defaults swap in one place.
 *
 * Light defaults inherit the page's text colour and sit on a transparent surface; dark defaults
 * (by `prefers-color-scheme` or `theme="dark"`) bring their own surface so contrast holds.
 */
export default css`
  :host {
    --_accent: var(--rapport-color-accent, #1d6a72);
    --_on-accent: var(--rapport-color-on-accent, #ffffff);
    --_surface: var(--rapport-color-surface, transparent);
    --_surface-raised: var(--rapport-color-surface-raised, #f4f7f7);
    --_text: var(--rapport-color-text, currentColor);
    --_muted: var(--rapport-color-muted, #56606a);
    --_border: var(--rapport-color-border, #8a949c);
    --_track: var(--rapport-color-track, #d5dcdf);
    --_danger: var(--rapport-color-danger, #a3262b);
    --_success: var(--rapport-color-success, #236b3a);
    --_focus: var(--rapport-color-focus, #1a5fb4);
    --_radius: var(--rapport-radius, 0.5rem);
    --_radius-small: var(--rapport-radius-small, 0.25rem);
    --_space-1: var(--rapport-space-1, 0.25rem);
    --_space-2: var(--rapport-space-2, 0.5rem);
    --_space-3: var(--rapport-space-3, 1rem);
    --_space-4: var(--rapport-space-4, 1.5rem);
    --_target: var(--rapport-target-size, 2.75rem);
    --_font-size: var(--rapport-font-size, 1rem);
    --_line-height: var(--rapport-line-height, 1.5);
    --_focus-ring: 3px solid var(--_focus);
    --_transition: var(--rapport-transition, 150ms ease-out);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font: inherit;
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color-scheme: light dark;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([theme='dark']) {
    ${dark}
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  /* Easy read: at least 14 pt (19px at the default size), roomy lines, text from the start edge,
     emphasis in bold (never italics or underline), a picture beside each key point. */
  :host([data-easy-read]) {
    font-size: max(var(--_font-size), var(--rapport-easy-read-font-size, 1.1875rem));
    line-height: max(var(--_line-height), 1.7);
    text-align: start;
  }

  :host([data-easy-read]) :is(em, i, u, cite) {
    font-style: normal;
    font-weight: 700;
    text-decoration: none;
  }

  .easy-point {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
  }

  .easy-picture {
    flex: none;
    display: block;
    inline-size: 2.5em;
    block-size: 2.5em;
    color: var(--_accent);
  }

  .easy-words {
    flex: 1;
    min-inline-size: 0;
  }

  .read-aloud {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  /* The part being read aloud. */
  [data-reading] {
    border-radius: var(--_radius-small);
    background: var(--rapport-color-highlight, #fff1a6);
    box-shadow: 0 0 0 0.25rem var(--rapport-color-highlight, #fff1a6);
    color: #1b1f23;
  }

  @media (forced-colors: active) {
    [data-reading] {
      background: Mark;
      color: MarkText;
      box-shadow: none;
      outline: 2px solid CanvasText;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button.primary {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-4);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  /* Not ready yet: still a button (pressing it says what is missing), quieter than when ready. */
  button.primary[aria-disabled='true'] {
    background: var(--_surface-raised, transparent);
    color: var(--_text);
    border-color: var(--_border);
  }

  button:focus-visible,
  [tabindex]:focus-visible,
  input:focus-visible + label,
  input:focus-visible + .box,
  input:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  /* A checkbox shows its own box: one ring, on the box, not a second one around its words. */
  input[type='checkbox']:focus-visible + label {
    outline: none;
  }

  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
    button.primary[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    button:focus-visible,
    [tabindex]:focus-visible,
    input:focus-visible,
    input:focus-visible + label,
    input:focus-visible + .box {
      outline-color: Highlight;
    }
  }
`;
