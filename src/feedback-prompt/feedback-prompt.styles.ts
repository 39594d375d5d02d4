import { css } from 'lit';

export default css`
  :host {
    /* The floating card sits on top of the page, so it needs a surface of its own even where the
       inline prompt is transparent. */
    --_card-bg: var(--rapport-color-surface, #ffffff);
    --_card-fg: var(--rapport-color-text, #1b1f23);
    --_field-bg: var(--_card-bg);
    /* Above a Rapport consent banner (or its collapsed button) when one is on the page. */
    --_gap-block: var(--rapport-floating-inset-block-end, 1rem);
    --_inset-block: calc(var(--_gap-block) + var(--rapport-banner-block-size, 0px));
    --_inset-inline: var(--rapport-floating-inset-inline-end, 1rem);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_card-bg: var(--_surface);
      --_card-fg: var(--_text);
    }
  }

  :host([theme='dark']) {
    --_card-bg: var(--_surface);
    --_card-fg: var(--_text);
  }

  /* Floating: out of the page's flow, in the end corner at the bottom. Only the small launcher or
     the card is there, never a backdrop, so the rest of the page stays usable. The launcher and
     the card are placed, not the host: they carry the widget's own direction, so an Arabic
     prompt on a left-to-right page goes to the left, its end side. */
  :host([mode='floating']) .launcher,
  :host([mode='floating']) .card {
    position: fixed;
    inset-block-end: calc(var(--_inset-block) + env(safe-area-inset-bottom, 0px));
    inset-inline-end: var(--_inset-inline);
    z-index: var(--rapport-floating-z-index, 20);
  }

  .launcher {
    max-inline-size: calc(100vw - 2 * var(--_inset-inline));
  }

  .launcher {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: var(--_target);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3) var(--_space-4);
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.25);
  }

  .launcher-icon {
    display: block;
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    max-inline-size: 40rem;
    min-inline-size: 0;
  }

  .card {
    inline-size: min(22rem, calc(100vw - 2 * var(--_inset-inline)));
    max-block-size: min(30rem, calc(100vh - var(--_inset-block) - var(--_gap-block)));
    max-block-size: min(30rem, calc(100dvh - var(--_inset-block) - var(--_gap-block)));
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    color: var(--_card-fg);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.25);
  }

  .card:focus-visible {
    outline-offset: -3px;
  }

  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-2);
  }

  /* After the shared title rule: a little smaller, level with the close button's words. */
  .title {
    font-size: 1.2em;
    padding-block-start: 0.4rem;
  }

  /* The look of button.quiet is the common one; here it keeps its size beside the title. */
  button.quiet {
    flex: none;
  }

  .intro {
    margin: 0;
    color: var(--_muted);
  }

  .closed {
    margin: 0;
    color: var(--_muted);
  }

  .field .legend {
    margin: 0;
  }

  input[type='text'] {
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: var(--_space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_field-bg);
    color: inherit;
    font: inherit;
  }

  textarea {
    min-block-size: 5.5rem;
  }

  input[type='text']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }

  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
  }

  .check input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .check label {
    cursor: pointer;
  }

  .details {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    padding-inline-start: calc(1.5rem + var(--_space-2));
  }

  .actions {
    display: flex;
    justify-content: flex-end;
  }

  .actions:empty {
    display: none;
  }

  .thanks:focus-visible {
    outline: var(--_focus-ring);
  }

  .thanks ::slotted(*) {
    margin-block: 0 var(--_space-2);
  }

  .summary {
    margin: 0;
  }

  .row {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: var(--_space-2);
    padding-block: var(--_space-2);
    border-block-end: 1px solid var(--_track);
  }

  .row dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  @media (max-width: 24rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }

  @media (forced-colors: active) {
    .launcher {
      border-color: ButtonText;
    }
    .card {
      border-color: CanvasText;
    }
    input[type='text']:focus-visible {
      outline-color: Highlight;
    }
  }
`;
