import { css } from 'lit';

export default css`
  .base,
  .goal {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    min-inline-size: 0;
  }

  .base {
    max-inline-size: 44rem;
  }

  .goal {
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .goal-title,
  .legend {
    font-weight: 650;
  }

  .goal-text,
  .note,
  .finished {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  .goal-text {
    font-size: 1.125em;
  }

  .options {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .options legend {
    padding: 0;
    margin-block-end: var(--_space-2);
    font-weight: 600;
  }

  .options.missing {
    padding-inline-start: var(--_space-2);
    border-inline-start: 4px solid var(--_danger);
  }

  .box {
    padding: var(--_space-1);
    background: var(--_surface);
  }

  .goal {
    container-type: inline-size;
  }

  /* 0–10 (core fields styles): two rows where each box would be too narrow to press. */
  @container (max-width: 22rem) {
    .scale .choices {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
  }

  .tools,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .actions {
    justify-content: flex-end;
  }

  .actions:empty {
    display: none;
  }

  button.quiet[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }

  @media (forced-colors: active) {
    /* Mark is a pale yellow on white: a thick dashed line in the text colour shows instead. */
    .options.missing {
      border-color: CanvasText;
      border-style: dashed;
    }
  }
`;
