import { css } from 'lit';

/**
 * One look for every radio group the library draws (`radioGroup` in radio-group.ts): each
 * choice a large box with its words, the chosen one filled.
 *
 * The radio and its box share one grid cell: the radio is where the box is (for touch screen
 * readers) and paints nothing. No positioning and no opacity on the radio, so a page of 3,000
 * choices adds no paint layers, which every press would otherwise hit-test one by one.
 *
 * A scale reads as one row where its choices fit side by side, and as one column where they do
 * not, never as a broken grid (2 + 2 + 1): each choice's basis is hugely positive below the
 * group's row width and negative above it. The row width is about 6rem per choice.
 */
export default css`
  .choices {
    --_row: 30rem;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .choices[data-count='2'] {
    --_row: 12rem;
  }

  .choices[data-count='3'] {
    --_row: 18rem;
  }

  .choices[data-count='4'] {
    --_row: 24rem;
  }

  .choices[data-count='6'],
  .choices[data-count='7'] {
    --_row: 36rem;
  }

  .choice {
    flex-grow: 1;
    flex-basis: calc((var(--_row) - 100%) * 999);
    display: grid;
    min-inline-size: 0;
  }

  .choice input,
  .box {
    grid-area: 1 / 1;
  }

  .choice input {
    -webkit-appearance: none;
    appearance: none;
    margin: 0;
    border: 0;
    background: none;
    place-self: stretch;
    outline: none;
    cursor: pointer;
  }

  .box {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space-1);
    min-block-size: var(--_target);
    padding: var(--_space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    overflow-wrap: anywhere;
    cursor: pointer;
    /* Only the border moves: a fading background would pass through colours the text cannot
       be read on. */
    transition: border-color var(--_transition);
  }

  .choice input:checked + .box {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 650;
  }

  .choice input:disabled + .box {
    cursor: default;
  }

  /* A chosen answer stays fully readable while saving or disabled: it is the answer given. */
  .choice input:disabled:not(:checked) + .box {
    opacity: 0.7;
  }

  .choice input[aria-invalid='true'] + .box {
    border-color: var(--_danger);
  }

  @media (forced-colors: active) {
    /* Chosen is filled; the focus ring stays an outline, so the two never look alike. */
    .choice input:checked + .box {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .choice input:focus-visible + .box {
      outline-color: Highlight;
    }
  }
`;
