import { css } from 'lit';

/** The review and record views' own look: the ratings chart, the change, finished goals. */
export default css`
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
  }
`;
