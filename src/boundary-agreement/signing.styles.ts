import { css } from 'lit';

/** The signing fields, the drawing pad and the signed record. */
export default css`
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

  .signature-record,
  .paper-value,
  .field input {
    overflow-wrap: anywhere;
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
`;
