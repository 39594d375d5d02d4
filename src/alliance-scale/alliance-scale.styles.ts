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
    gap: var(--_space-1);
  }

  .badge,
  .licence,
  .progress {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .badge {
    align-self: flex-start;
    padding-block: 0.1em;
    padding-inline: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  /* Easy read's longer words wrap: a pill of two lines would crowd its ends. */
  :host([data-easy-read]) .badge {
    padding-block: var(--_space-1);
    border-radius: var(--_radius);
  }

  .instructions {
    margin: 0;
  }

  .items {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    padding: var(--_space-3);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .item.missing {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }

  .question,
  .options .legend {
    display: flex;
    gap: var(--_space-2);
    margin-block-end: var(--_space-2);
    padding: 0;
    font-weight: 600;
  }

  /* Visual-analog line: the whole row is the target, taller than it looks. */
  .line {
    position: relative;
    display: flex;
    align-items: center;
    block-size: var(--_target);
    padding-inline: 0.75rem;
    border-radius: var(--_radius-small);
    cursor: pointer;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    /* Room for the focus ring, so it never covers the anchor words below. */
    margin-block: 0.375rem;
  }

  .licence a {
    color: inherit;
  }

  .line[aria-disabled='true'] {
    cursor: default;
  }

  .track {
    position: relative;
    inline-size: 100%;
    block-size: 0.375rem;
    border-radius: 999px;
    background: var(--_track);
    outline: 1px solid var(--_border);
  }

  .mark {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: calc(var(--_position) * 100%);
    inline-size: 1.5rem;
    block-size: 1.5rem;
    translate: -50% -50%;
    border: 3px solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent);
    box-shadow: 0 0 0 3px var(--_surface-raised);
  }

  .base[dir='rtl'] .mark {
    translate: 50% -50%;
  }

  .anchors {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    gap: var(--_space-2);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .anchors .high {
    text-align: end;
  }

  .anchors .value {
    color: var(--_text);
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }

  /* Likert and faces: native radios, visually replaced by their labels. */
  .options {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .face {
    display: block;
    inline-size: 3rem;
    block-size: 3rem;
  }

  .actions {
    display: flex;
    justify-content: flex-end;
  }

  .actions:empty {
    display: none;
  }

  /* Read-only view for the record. */
  .summary,
  .scores dl {
    margin: 0;
  }

  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: var(--_space-2);
    padding-block: var(--_space-2);
    border-block-end: 1px solid var(--_track);
  }

  dt {
    display: flex;
    gap: var(--_space-2);
  }

  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  .scores-title {
    margin: 0;
    font-weight: 650;
  }

  .cutoff {
    margin-block: var(--_space-2) 0;
    padding: var(--_space-2);
    border-inline-start: 4px solid var(--_border);
  }

  .cutoff.flagged {
    border-inline-start-color: var(--_danger);
  }

  .cutoff.unknown {
    border-inline-start-style: dashed;
  }

  @media (forced-colors: active) {
    .track {
      background: CanvasText;
    }
    .mark {
      background: Highlight;
      border-color: Highlight;
      forced-color-adjust: none;
    }
    .item.missing {
      border-color: Mark;
    }
  }

  @media (max-width: 24rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }
`;
