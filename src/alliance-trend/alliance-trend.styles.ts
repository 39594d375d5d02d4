import { css } from 'lit';

/**
 * The chart uses the core's colour tokens; forced colours and print set them again on `.base`,
 * inside the host, so they win over the host's light and dark defaults (a dark theme prints
 * black on white too).
 */
export default css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }

  p {
    margin: 0;
  }

  .controls,
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }

  [aria-pressed='true'] {
    border: 2px solid var(--_accent);
    background: var(--_surface-raised);
    font-weight: 600;
  }

  [hidden] {
    display: none !important;
  }

  .chart {
    cursor: pointer;
  }

  svg {
    display: block;
    direction: ltr;
    max-inline-size: 100%;
    block-size: auto;
    font-size: 0.75rem;
    fill: var(--_muted);
  }

  .grid {
    stroke: var(--_track);
  }

  .total,
  .subscale {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }

  .subscale {
    stroke: var(--_text);
    stroke-width: 1.5;
  }

  .cutoff {
    stroke: var(--_danger);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }

  .cutoff-label {
    fill: var(--_danger);
    font-weight: 600;
  }

  .wording {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }

  .mark {
    fill: var(--_accent);
    stroke: var(--_surface-raised);
  }

  .below,
  .drop {
    fill: var(--_danger);
  }

  .ring,
  .current-ring {
    fill: none;
    stroke: var(--_danger);
    stroke-width: 1.5;
  }

  .current,
  .current-ring {
    stroke: var(--_focus);
    stroke-width: 2.5;
  }

  .legend {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }

  li {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
  }

  .key {
    inline-size: 1.5rem;
    overflow: visible;
  }

  .table-scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption,
  th,
  td {
    padding: var(--_space-1) var(--_space-2);
    text-align: start;
  }

  th,
  td {
    border-block-end: 1px solid var(--_border);
  }

  @media (forced-colors: active) {
    .base {
      --_accent: CanvasText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_track: GrayText;
      --_danger: Highlight;
      --_surface-raised: Canvas;
      --_focus: Highlight;
    }
  }

  @media print {
    :host,
    .base {
      --_accent: #000;
      --_text: #000;
      --_muted: #000;
      --_track: #999;
      --_danger: #000;
      --_surface-raised: #fff;
      --_border: #000;
      color: #000;
      background: #fff;
    }
    .controls,
    .current,
    .current-ring {
      display: none !important;
    }
    .view,
    .table-view {
      display: block !important;
    }
  }
`;
