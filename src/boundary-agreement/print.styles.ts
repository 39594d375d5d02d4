import { css } from 'lit';

/** Forced colours, print and narrow screens. */
export default css`
  .print-only {
    display: none;
  }

  @media (forced-colors: active) {
    .clause,
    .signing,
    .agree,
    .box {
      border-color: CanvasText;
    }
    .clause.missing,
    .clause.missing .agree {
      /* Mark is a pale yellow on white: a thick dashed line in the text colour shows instead. */
      border-color: CanvasText;
      border-style: dashed;
      border-width: 3px;
    }
    .pad {
      outline-color: CanvasText;
    }
    .stroke {
      stroke: CanvasText;
    }
    button.secondary {
      border-color: ButtonText;
    }
  }

  /*
   * Print: the agreement as a clean record on A4 or Letter. Controls are left out; each clause
   * says whether it was agreed, and an unsigned agreement gets lines to sign on paper. (Page
   * size and margins are the page's: @page rules do not apply inside a shadow root.)
   */
  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_border: #555;
      --_success: #000;
      --_danger: #000;
      --_surface: #fff;
      --_surface-raised: #fff;
      color: #000;
      background: #fff;
      font-size: 11pt;
    }

    .base {
      max-inline-size: none;
      gap: 0.6em;
    }

    .progress,
    .agree,
    .options,
    .question legend,
    .item-error,
    .field > label,
    .field > input,
    .hint,
    .pad-field,
    .status-region,
    .actions,
    button {
      display: none !important;
    }

    .print-only {
      display: block;
      margin: 0;
    }

    .print-only.clause-status,
    .print-only.answer {
      display: flex;
    }

    .clause {
      padding: 0.4em 0;
      border: 0;
      border-block-end: 1px solid #999;
      border-radius: 0;
      background: none;
      break-inside: avoid;
    }

    .signing {
      border: 1px solid #555;
      break-inside: avoid;
    }

    .records,
    .signature-record {
      break-inside: avoid;
    }

    .paper-line {
      display: flex;
      gap: 0.5em;
      align-items: flex-end;
      margin: 0;
    }

    .paper-value {
      flex: 1;
      max-inline-size: 12cm;
      min-block-size: 1.6em;
      border-block-end: 1px solid #000;
    }

    a.value {
      text-decoration: none;
    }
  }

  @media (max-width: 24rem) {
    .clause,
    .signing {
      padding: var(--_space-2);
    }
  }
`;
