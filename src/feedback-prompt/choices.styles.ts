import { css } from 'lit';

/** The radio groups: the overall rating (faces, stars, 0–10) and the questions. */
export default css`
  .questions {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }

  /* Each question is a fieldset of native radios, visually replaced by their labels. */
  .options {
    margin: 0;
    padding: var(--_space-2) var(--_space-3) var(--_space-3);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    min-inline-size: 0;
  }

  .options.missing {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }

  .options legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
  }

  .legend {
    display: block;
    margin-block-end: var(--_space-2);
    font-weight: 600;
  }

  .choices {
    clear: both;
  }

  .box {
    padding: var(--_space-1);
    background: var(--_card-bg);
  }

  .picture {
    display: block;
  }

  /* Faces: five across, the picture above its words. */
  .rating.faces .choices {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
  }

  .face {
    display: block;
    inline-size: 2.25rem;
    block-size: 2.25rem;
  }

  /* Pictures in a row even when one label wraps onto two lines. */
  .rating.faces .box,
  .rating.stars .box {
    justify-content: flex-start;
  }

  .rating.faces .label,
  .rating.stars .label {
    font-size: 0.8125em;
    line-height: 1.2;
  }

  /* Stars: the stars up to the chosen one are filled; the chosen one's box is outlined. */
  .rating.stars .choices {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
  }

  .rating.stars .box {
    border-color: transparent;
    background: transparent;
  }

  .rating.stars .choice input:checked + .box {
    border-color: var(--_accent);
    background: transparent;
    color: inherit;
  }

  .star {
    display: block;
    inline-size: 2rem;
    block-size: 2rem;
    color: var(--_muted);
  }

  .star.filled {
    color: var(--_accent);
  }

  /* The choices measure the room they have, for the 0–10 layout below. */
  .fit {
    container-type: inline-size;
  }

  /* 0–10 (core fields styles): two rows of six and five where one row would make the boxes
     narrower than about 29px (a phone, the floating card). The room is measured outside the
     fieldset: 20rem of choices, its padding and its border. */
  @container (max-width: calc(22rem + 2px)) {
    .rating.scale .choices {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    /* Chosen is filled; the focus ring stays an outline, so the two never look alike. A chosen
       star keeps its box unfilled: the filled stars already show the rating. */
    .rating.stars .choice input:checked + .box {
      forced-color-adjust: auto;
      background: Canvas;
      color: CanvasText;
    }
    .star.filled {
      color: Highlight;
    }
    .options.missing {
      border-color: Mark;
    }
  }
`;
