import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import { resolveText } from '../core/text.js';
import type { InstrumentDefinition } from '../instruments/types.js';

/** The licence's web page, only for http(s) addresses: a definition is data, not code. */
export function licenceLink(
  url: string | undefined,
  words: string,
): TemplateResult | typeof nothing {
  if (!url) return nothing;
  let parsed: URL;
  try {
    parsed = new URL(url, document.baseURI);
  } catch {
    return nothing;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return nothing;
  return html` <a href=${parsed.href} target="_blank" rel="noopener noreferrer">${words}</a>`;
}

/** An instrument's title, its "example" or licence line, and (while answering) its instructions. */
export function renderHeader(
  inst: InstrumentDefinition,
  lang: string,
  t: LocalizeController,
  level: number,
  instructions: boolean,
): TemplateResult {
  return html`<div part="header" class="header">
    <div part="title" class="title" id="title" role="heading" aria-level=${level}>
      ${resolveText(inst.title, lang)}
    </div>
    ${inst.example ? html`<p part="badge" class="badge">${t.term('exampleInstrument')}</p>` : nothing}
    ${
      inst.licence
        ? html`<p part="licence" class="licence">
            ${t.term('licensedBy', inst.licence.holder)}${
              inst.licence.terms ? html`. ${resolveText(inst.licence.terms, lang)}` : nothing
            }${licenceLink(inst.licence.url, t.term('licenceTerms'))}
          </p>`
        : nothing
    }
    ${
      instructions && inst.instructions
        ? html`<p part="instructions" class="instructions">
            ${resolveText(inst.instructions, lang)}
          </p>`
        : nothing
    }
  </div>`;
}
