import { css } from 'lit';

/**
 * Rules every form control shares: the heading, a hint, the "(optional)" note, an answer's error, a
 * labelled field, the status region the base class renders, and the fallback shown when a
 * definition cannot be used. An element's own styles come after these, so it can still adjust
 * one (the feedback prompt's smaller title, the boundary agreement's error margin).
 */
export default css`
  .title {
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.3;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .optional {
    color: var(--_muted);
    font-weight: 400;
  }

  .item-error {
    margin-block: var(--_space-2) 0;
    color: var(--_danger);
    font-weight: 600;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }

  .status-region {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }

  .status-region:empty {
    display: none;
  }

  /* Kept in the page while empty (a live region must be there before its text), without a gap. */
  .status-live:empty {
    margin-inline-end: calc(-1 * var(--_space-2));
  }

  .status {
    margin: 0;
    font-weight: 600;
  }

  .status.missing,
  .status.failed {
    color: var(--_danger);
  }

  .status.saved {
    color: var(--_success);
  }

  .send-why {
    align-self: center;
    margin: 0;
    margin-inline-start: var(--_space-2);
  }

  .status.draft {
    font-weight: 400;
  }

  /* A button that is not the widget's main action: "Not now", "Dismiss". */
  button.quiet {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: var(--_space-1);
    padding-inline: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .unavailable {
    margin: 0;
    padding: var(--_space-3);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;
