import { css } from 'lit';

/**
 * What the free-text and 0–10 controls look like wherever they appear (the feedback prompt's
 * comment and rating, the goal plan's goals and ratings): a text box with its character count,
 * and eleven numbered boxes with the two ends named under them. An element sets `--_field-bg`
 * where its boxes sit on a surface of their own (the floating card).
 */
export default css`
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: var(--_space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_field-bg, var(--_surface));
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

  /* 0–10: eleven numbered boxes in one row; each element's container query makes it two rows
     of six and five where a box would be too narrow to press. */
  .scale .choices {
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    gap: 0.125rem;
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

  @media (forced-colors: active) {
    textarea[aria-invalid='true'] {
      border-color: CanvasText;
      border-style: dashed;
    }
    textarea:focus-visible {
      outline-color: Highlight;
    }
  }
`;
