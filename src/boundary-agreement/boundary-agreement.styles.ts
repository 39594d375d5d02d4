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

  /* A clause question: native radios in rows a finger can hit. */
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

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }

  .choice,
  .agree {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: var(--_target);
  }

  .choice input,
  .agree input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .choice label,
  .agree label {
    padding-block: var(--_space-2);
    cursor: pointer;
  }

  .agree {
    align-self: flex-start;
    padding-inline: var(--_space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 600;
  }

  .clause.agreed .agree {
    border-color: var(--_success);
  }

  .clause.missing .agree {
    border-color: var(--_danger);
  }

  input:disabled,
  input:disabled + label {
    cursor: default;
  }

  .item-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }

  /* Signing. */
  .signing {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding: var(--_space-3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  .field > label,
  .pad-label {
    margin: 0;
    font-weight: 600;
  }

  .field input {
    min-block-size: var(--_target);
    max-inline-size: 28rem;
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-size: 1.125em;
  }

  .field input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .pad-field {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-2);
  }

  /* Drawing takes the pointer: no scrolling or zooming from a finger on the pad. */
  .pad {
    display: block;
    inline-size: min(100%, 400px);
    aspect-ratio: 400 / 150;
    block-size: auto;
    border-radius: var(--_radius-small);
    outline: 2px dashed var(--_border);
    outline-offset: 0;
    background: var(--_surface-raised);
    color: var(--_text);
    cursor: crosshair;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }

  .pad.locked {
    cursor: default;
  }

  .baseline {
    stroke: var(--_border);
    stroke-width: 1;
    stroke-dasharray: 6 4;
  }

  .stroke {
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  button.secondary {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: var(--_space-1);
    padding-inline: var(--_space-3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  button.secondary:disabled {
    cursor: default;
    opacity: 0.7;
  }

  .date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
  }

  .date-label {
    font-weight: 600;
  }

  /* The signed record. */
  .answer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
  }

  .answer-label {
    color: var(--_muted);
  }

  .clause-status {
    display: flex;
    gap: var(--_space-2);
    margin: 0;
    font-weight: 650;
    color: var(--_muted);
  }

  .clause-status.agreed {
    color: var(--_success);
  }

  .records {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }

  .signature-record {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    margin: 0;
    padding-block-start: var(--_space-2);
    border-block-start: 2px solid var(--_border);
  }

  .signed-by {
    margin: 0;
    font-weight: 650;
  }

  .drawn {
    display: block;
    inline-size: min(100%, 300px);
    block-size: auto;
    color: var(--_text);
  }

  .changed {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    font-weight: 600;
  }

  .actions {
    display: flex;
    justify-content: flex-end;
  }

  .actions:empty {
    display: none;
  }

  .print-only {
    display: none;
  }

  @media (forced-colors: active) {
    .clause,
    .signing,
    .agree {
      border-color: CanvasText;
    }
    .clause.missing,
    .clause.missing .agree {
      border-color: Mark;
    }
    .pad {
      outline-color: CanvasText;
    }
    .stroke {
      stroke: CanvasText;
    }
    button.secondary {
      border-color: ButtonText;
    }
  }

  /*
   * Print: the agreement as a clean record on A4 or Letter. Controls are left out; each clause
   * says whether it was agreed, and an unsigned agreement gets lines to sign on paper. (Page
   * size and margins are the page's: @page rules do not apply inside a shadow root.)
   */
  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_border: #555;
      --_success: #000;
      --_danger: #000;
      --_surface: #fff;
      --_surface-raised: #fff;
      color: #000;
      background: #fff;
      font-size: 11pt;
    }

    .base {
      max-inline-size: none;
      gap: 0.6em;
    }

    .progress,
    .agree,
    .options,
    .question legend,
    .item-error,
    .field > label,
    .field > input,
    .hint,
    .pad-field,
    .status-region,
    .actions,
    button {
      display: none !important;
    }

    .print-only {
      display: block;
      margin: 0;
    }

    .print-only.clause-status,
    .print-only.answer {
      display: flex;
    }

    .clause {
      padding: 0.4em 0;
      border: 0;
      border-block-end: 1px solid #999;
      border-radius: 0;
      background: none;
      break-inside: avoid;
    }

    .signing {
      border: 1px solid #555;
      break-inside: avoid;
    }

    .records,
    .signature-record {
      break-inside: avoid;
    }

    .paper-line {
      display: flex;
      gap: 0.5em;
      align-items: flex-end;
      margin: 0;
    }

    .paper-value {
      flex: 1;
      max-inline-size: 12cm;
      min-block-size: 1.6em;
      border-block-end: 1px solid #000;
    }

    a.value {
      text-decoration: none;
    }
  }

  @media (max-width: 24rem) {
    .clause,
    .signing {
      padding: var(--_space-2);
    }
  }
`;
