import { css } from 'lit';

/**
 * The chart reads its colours from a few private properties, so forced colours and print
 * each change them in one place.
 */
export default css`
  :host {
    --_line: var(--_accent);
    --_alert: var(--_danger);
    --_ink: var(--_text);
    --_faint: var(--_muted);
    --_rule: var(--_track);
    --_edge: var(--_surface-raised);
    --_ring: var(--_focus);
  }

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
    border: 2px solid var(--_line);
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
    fill: var(--_faint);
  }

  .grid {
    stroke: var(--_rule);
  }

  .total,
  .subscale {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2.5;
  }

  .subscale {
    stroke: var(--_ink);
    stroke-width: 1.5;
  }

  .cutoff {
    stroke: var(--_alert);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }

  .cutoff-label {
    fill: var(--_alert);
    font-weight: 600;
  }

  .wording {
    stroke: var(--_faint);
    stroke-dasharray: 3 3;
  }

  .mark {
    fill: var(--_line);
    stroke: var(--_edge);
  }

  .below,
  .drop {
    fill: var(--_alert);
  }

  .ring,
  .current-ring {
    fill: none;
    stroke: var(--_alert);
    stroke-width: 1.5;
  }

  .current,
  .current-ring {
    stroke: var(--_ring);
    stroke-width: 2.5;
  }

  .legend {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_faint);
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
    :host {
      --_line: CanvasText;
      --_ink: CanvasText;
      --_faint: CanvasText;
      --_rule: GrayText;
      --_alert: Highlight;
      --_edge: Canvas;
      --_ring: Highlight;
    }
  }

  @media print {
    :host {
      --_line: #000;
      --_ink: #000;
      --_faint: #000;
      --_rule: #999;
      --_alert: #000;
      --_edge: #fff;
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
