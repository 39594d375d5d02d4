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

  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: var(--_space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    resize: vertical;
    overflow-wrap: anywhere;
  }

  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  textarea:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }

  .counter {
    margin: 0;
    align-self: flex-end;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .counter.at-limit {
    color: var(--_danger);
    font-weight: 600;
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

  /* 0–10: one row of eleven, or two rows where each box would be too narrow to press. */
  .scale .choices {
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    gap: 0.125rem;
  }

  @container (max-width: 22rem) {
    .scale .choices {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
  }

  .scale .box {
    padding-inline: 0;
    font-variant-numeric: tabular-nums;
  }

  .anchors {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-2);
    margin-block-start: var(--_space-1);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .history {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
  }

  .chart {
    flex: none;
    inline-size: 7rem;
    block-size: 3.5rem;
    overflow: visible;
  }

  .chart .axis {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
    vector-effect: non-scaling-stroke;
  }

  .chart polyline {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }

  .chart circle {
    fill: var(--_accent);
  }

  .progress,
  .change {
    margin: 0;
    font-weight: 600;
  }

  .change.marked {
    padding-inline-start: var(--_space-2);
    border-inline-start: 4px solid var(--_accent);
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

  .finished {
    padding-inline-start: var(--_space-4);
  }

  @media (forced-colors: active) {
    .chart polyline,
    .chart .axis {
      stroke: CanvasText;
    }
    .chart circle {
      fill: CanvasText;
    }
    /* Mark is a pale yellow on white: a thick dashed line in the text colour shows instead. */
    .options.missing,
    textarea[aria-invalid='true'] {
      border-color: CanvasText;
      border-style: dashed;
    }
  }
`;
