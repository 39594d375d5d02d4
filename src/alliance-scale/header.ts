import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import { easyPoint } from '../core/easy-read.js';
import { resolveText } from '../core/text.js';
import type { ShownTexts } from './shown.js';
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

/**
 * An instrument's title, "Read this to me" (in easy read), its "example" or licence line, and
 * (while answering) its instructions, with the picture of a book beside them in easy read.
 */
export function renderHeader(
  inst: InstrumentDefinition,
  shown: ShownTexts,
  t: LocalizeController,
  level: number,
  instructions: boolean,
  readAloud: unknown,
): TemplateResult {
  const { lang } = shown;
  return html`<div part="header" class="header">
    <div part="title" class="title" id="title" role="heading" aria-level=${level}>
      ${shown.title(inst)}
    </div>
    ${readAloud}
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
        ? easyPoint(
            t,
            'read',
            html`<p part="instructions" class="instructions">${shown.instructions(inst)}</p>`,
          )
        : nothing
    }
  </div>`;
}
