import { LitElement, html, css } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { rapportContext, type RapportContextValue } from '../core/context.js';
import type { RapportTranslationOverrides } from '../core/localize.js';
import type { InstrumentDefinition } from '../instruments/types.js';
import { defineElement } from '../core/define.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A text setting as widgets read it: a string, a number as its text, or nothing. */
const text = (v: unknown) =>
  (typeof v === 'string' || typeof v === 'number' ? `${v}` : '') || undefined;

/** An object setting read once, here: what is not of its kind, or throws when read, is left out. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * @tag rapport-provider
 * @customElement rapport-provider
 * @summary Shares settings with every Rapport widget inside it: language, the ids copied into
 * results, the clinic's name, text overrides and extra instruments.
 *
 * @slot - The widgets (and any other content) the settings apply to.
 *
 * It draws nothing of its own (`display: contents`), so wrapping a page region changes no layout.
 * For right-to-left, set `dir="rtl"` on it like on any element: widgets inside follow it.
 */
export class RapportProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Registers `<rapport-provider>` (or another tag), warning instead of throwing when taken. */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  /** BCP 47 language tag for every widget inside, unless a widget sets its own `lang`. */
  @property() locale = '';

  @property({ attribute: 'client-id' }) clientId = '';
  @property({ attribute: 'session-id' }) sessionId = '';
  @property({ attribute: 'clinician-id' }) clinicianId = '';
  @property({ attribute: 'encounter-id' }) encounterId = '';

  /** The service's name, where a widget names it. */
  @property({ attribute: 'clinic-name' }) clinicName = '';

  /** Easy read for every widget inside: easy-read texts, larger type, pictures, read aloud. */
  @property({ type: Boolean, attribute: 'easy-read' }) easyRead = false;

  /** Replacement built-in texts by language, e.g. `{ en: { send: 'Submit' } }`. */
  @property({ attribute: false }) texts?: RapportTranslationOverrides;

  /** Instruments the clinic adds, e.g. a licensed one, found by `instrument="<id>"`. */
  @property({ attribute: false }) instruments?: readonly InstrumentDefinition[];

  @provide({ context: rapportContext })
  protected context: RapportContextValue = { subject: {} };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new object each time, so subscribed widgets see the change. What a script set that no
    // widget could use (a symbol, a list that throws when read) is left out.
    const { texts, instruments } = this as { texts: unknown; instruments: unknown };
    this.context = {
      locale: text(this.locale),
      subject: Object.fromEntries(
        Object.entries({
          clientId: text(this.clientId),
          sessionId: text(this.sessionId),
          clinicianId: text(this.clinicianId),
          encounterId: text(this.encounterId),
        }).filter(([, v]) => v !== undefined),
      ),
      clinicName: text(this.clinicName),
      easyRead: this.easyRead === true,
      // Each language's table copied (its texts may be functions), so none throws later.
      texts: safely(() =>
        isObject(texts)
          ? (Object.fromEntries(
              Object.entries(texts).flatMap(([lang, t]) => (isObject(t) ? [[lang, { ...t }]] : [])),
            ) as RapportTranslationOverrides)
          : undefined,
      ),
      instruments: safely(() =>
        Array.isArray(instruments)
          ? (instruments as unknown[]).filter(
              (i): i is InstrumentDefinition => isObject(i) && typeof i.id === 'string',
            )
          : undefined,
      ),
    };
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
