import { css } from 'lit';

export default css`
  :host {
    /* The banner and the dialog sit over the page, so they need a background of their own. */
    --_panel: var(--rapport-color-panel, #ffffff);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_panel: var(--rapport-color-panel, #16191d);
    }
  }

  :host([theme='dark']) {
    --_panel: var(--rapport-color-panel, #16191d);
  }

  [hidden] {
    display: none !important;
  }

  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    max-inline-size: 48rem;
    min-inline-size: 0;
  }

  .intro p,
  .section-body p,
  .custom p,
  .changes p {
    margin-block: 0 var(--_space-2);
  }

  .section-heading {
    margin-block-end: var(--_space-1);
    font-size: 1.05em;
    font-weight: 650;
  }

  .section-body ul {
    margin-block: 0 var(--_space-2);
    padding-inline-start: 1.25em;
  }

  .section-body li + li {
    margin-block-start: var(--_space-1);
  }

  /* The version is a fact for the record, not news: small and quiet. */
  .version {
    margin-block: var(--_space-2);
    font-size: 0.875em;
    color: var(--_muted);
  }

  .changes {
    padding: var(--_space-3);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .changes .changed {
    font-weight: 600;
  }

  .changes-heading {
    font-weight: 650;
  }

  /* Boxes to tick: the whole row is the target, and the box itself is at least 24 px. */
  .boxes {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .boxes legend {
    margin-block-end: var(--_space-2);
    padding: 0;
    font-weight: 650;
  }

  .box {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    column-gap: var(--_space-2);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .box input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .box label {
    min-block-size: 1.75rem;
    cursor: pointer;
  }

  .box input:disabled,
  .box input:disabled + label {
    cursor: default;
  }

  .needed {
    color: var(--_muted);
    font-size: 0.875em;
    white-space: nowrap;
  }

  .description,
  .box-error {
    grid-column: 2;
    margin-block: var(--_space-1) 0;
  }

  .description {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .box.missing {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }

  /* Agree and decline: the same size, the same place, the same look. */
  .decisions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space-2);
  }

  /* Every button but the core's Send and Try again: decisions, the short state's, quiet ones. */
  button:not(.primary) {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button:not(.primary):hover {
    text-decoration: underline;
  }

  button.decision[aria-disabled='true'] {
    cursor: progress;
  }

  button:disabled {
    cursor: default;
    opacity: 0.7;
  }

  button.quiet {
    border: 1px solid var(--_border);
    background: transparent;
    font-weight: 400;
  }

  .actions,
  .dismiss {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .dismiss {
    justify-content: flex-end;
    margin-block-start: var(--_space-3);
  }

  .outcome {
    margin: 0;
    font-weight: 600;
  }

  .confirm {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  .confirm p {
    margin: 0;
  }

  .confirm .question {
    font-weight: 650;
  }

  /* Banner: fixed to the bottom of the window; the spacer keeps its height in the page. */
  .fixed {
    position: fixed;
    z-index: var(--rapport-z-index, 1000);
    inset-inline: 0;
    inset-block-end: 0;
    display: flex;
    flex-direction: column;
    pointer-events: none;
  }

  .fixed > * {
    pointer-events: auto;
  }

  .banner {
    --_pad: var(--_space-3);
    max-block-size: min(75vh, 40rem);
    overflow: auto;
    padding: var(--_pad);
    border-block-start: 2px solid var(--_border);
    background: var(--_panel);
    color: var(--_text);
    box-shadow: 0 -0.25rem 1rem rgb(0 0 0 / 0.2);
  }

  /*
   * In a banner that scrolls, the decisions stay at its foot, on a bar that shows there is
   * more above them.
   */
  .banner .decisions {
    position: sticky;
    inset-block-end: calc(-1 * var(--_pad));
    padding-block: var(--_space-2) var(--_pad);
    border-block-start: 1px solid var(--_border);
    background: var(--_panel);
    /* Side by side even on a phone or at 400 % zoom: the bar leaves room for what it decides. */
    grid-template-columns: 1fr 1fr;
  }

  .banner .decisions button {
    padding-inline: var(--_space-2);
  }

  .banner-inner,
  .banner .dismiss {
    max-inline-size: 48rem;
    margin-inline: auto;
  }

  .banner .dismiss {
    margin-block-start: var(--_space-2);
  }

  /* The short banner: the way to the whole notice sits under the summary, not as a decision. */
  .read-full {
    margin-block: var(--_space-2) 0;
  }

  button.reopen {
    align-self: end;
    margin: var(--_space-2);
    border-radius: 999px;
    background: var(--_panel);
    box-shadow: 0 0.125rem 0.5rem rgb(0 0 0 / 0.25);
  }

  /* Dialog: native, modal, scrolls inside itself at any zoom. */
  .dialog {
    inline-size: min(44rem, calc(100vw - 1rem));
    max-inline-size: calc(100vw - 1rem);
    max-block-size: calc(100dvh - 1rem);
    overflow: auto;
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_panel);
    color: var(--_text);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }

  @media (max-width: 24rem) {
    .dialog {
      padding: var(--_space-2);
    }
    .banner {
      --_pad: var(--_space-2);
    }
  }

  @media (forced-colors: active) {
    button:not(.primary) {
      border-color: ButtonText;
    }
    .box.missing {
      /* Mark is a pale yellow on white: a thick dashed line in the text colour shows instead. */
      border-color: CanvasText;
      border-style: dashed;
      border-width: 3px;
    }
    .banner,
    .dialog {
      border: 2px solid CanvasText;
    }
  }
`;
