import { css } from 'lit';

export default css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    max-inline-size: 48rem;
    min-inline-size: 0;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }

  .header:empty {
    display: none;
  }

  .intro p,
  .clause-text p {
    margin-block: 0 var(--_space-2);
  }

  .intro p:last-child,
  .clause-text p:last-child {
    margin-block-end: 0;
  }

  .progress {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .clauses {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .clause {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid transparent;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .clause.agreed {
    border-inline-start-color: var(--_success);
  }

  .clause.missing {
    border-color: var(--_danger);
  }

  .clause-title,
  .section-title {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    font-weight: 650;
    line-height: 1.3;
  }

  .clause-title {
    flex-wrap: nowrap;
  }

  .clause-name {
    flex: 1;
    min-inline-size: 0;
  }

  .section-title:focus {
    outline: none;
  }

  .section-title:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .value {
    font-weight: 650;
  }

  .value,
  .unfilled {
    unicode-bidi: isolate;
  }

  a.value {
    color: inherit;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.15em;
  }

  .unfilled {
    font-style: italic;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }

  /* A clause question: its choices look like every other choice (core/choices.styles.ts). */
  .question {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .question legend {
    padding: 0;
    margin-block-end: var(--_space-1);
    font-weight: 600;
  }

  .agree {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: var(--_target);
    padding-inline: var(--_space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .agree input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .agree label {
    padding-block: var(--_space-2);
    cursor: pointer;
  }

  .agree {
    align-self: flex-start;
    font-weight: 600;
  }

  .clause.agreed .agree {
    border-color: var(--_success);
  }

  .clause.missing .agree {
    border-color: var(--_danger);
  }

  input:disabled,
  input:disabled + label,
  input:disabled + .box {
    cursor: default;
  }

  /* Colour and weight from the common styles; here it sits right under its control. */
  .item-error {
    margin: 0;
  }
`;
