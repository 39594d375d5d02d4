import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { DefinitionStatus } from './definition-controller.js';
import type { LocalizeController } from './localize.js';

/**
 * What an element shows in place of its content until its definition is there: "loading" as a
 * status, or, for a definition it cannot use, "unavailable" (or the element's own `words` for
 * it) as an alert.
 */
export function renderDefinitionStatus(
  status: DefinitionStatus,
  t: LocalizeController,
  words = t.term('unavailable'),
): TemplateResult {
  const invalid = status === 'invalid';
  return html`<div part="base" class="base" lang=${t.lang()} dir=${t.dir()}>
    <p
      part="error"
      class=${invalid ? 'unavailable' : 'loading'}
      role=${invalid ? 'alert' : 'status'}
    >
      ${invalid ? words : t.term('loading')}
    </p>
  </div>`;
}
