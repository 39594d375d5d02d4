import { html, svg } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * A face for choice `index` of `count` (3 or 5), from saddest to happiest. Drawn with lines in
 * `currentColor` so it follows the theme and forced colours; the choice's text label carries
 * the meaning, the face only helps.
 */
export function faceIcon(index: number, count: number): TemplateResult {
  // -1 (saddest) … 1 (happiest)
  const mood = count > 1 ? (index / (count - 1)) * 2 - 1 : 0;
  const bend = Math.round(mood * 12);
  const mouth = `M 30 ${64 - bend / 2} Q 50 ${64 + bend * 1.5} 70 ${64 - bend / 2}`;
  // On the saddest face the inner ends of the brows rise (worried, not angry), which helps tell
  // it from the merely sad face at a glance.
  const brow = mood < -0.6 ? 4 : 0;
  return html`<svg viewBox="0 0 100 100" width="100%" height="100%" focusable="false">
    <circle cx="50" cy="50" r="44" fill="none" stroke="currentColor" stroke-width="5" />
    <circle cx="35" cy="40" r="5" fill="currentColor" />
    <circle cx="65" cy="40" r="5" fill="currentColor" />
    ${
      brow
        ? svg`<path d="M 26 30 L 42 ${30 - brow} M 58 ${30 - brow} L 74 30" stroke="currentColor" stroke-width="4" stroke-linecap="round" fill="none" />`
        : null
    }
    <path d=${mouth} fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round" />
  </svg>`;
}
