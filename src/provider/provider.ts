import { LitElement, html, css } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { rapportContext, type RapportContextValue } from '../core/context.js';
import type { RapportTranslationOverrides } from '../core/localize.js';
import type { InstrumentDefinition } from '../instruments/types.js';
import { defineElement } from '../core/define.js';
import { isRecord } from '../core/text.js';
import { describeKind, thrownReason } from '../core/kind.js';

function warn(name: string, why: string): void {
  console.warn(`<rapport-provider>: ${name} ${why}; it is not passed to the widgets.`);
}

/** A text setting: a string, or a number as its text; anything else is left out. */
function usableText(value: unknown, name: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value !== null && value !== undefined)
    warn(name, `must be a string, not ${describeKind(value)}`);
  return '';
}

/** An object setting read once, here: one that is not of its kind, or throws, is left out. */
function usable<T>(
  name: string,
  value: unknown,
  read: (v: unknown) => T | undefined,
): T | undefined {
  if (value === null || value === undefined) return undefined;
  try {
    const taken = read(value);
    if (taken === undefined) warn(name, `cannot be ${describeKind(value)}`);
    return taken;
  } catch (error) {
    warn(name, `could not be read (${thrownReason(error)})`);
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

  /** Replacement built-in texts by language, e.g. `{ en: { send: 'Submit' } }`. */
  @property({ attribute: false }) texts?: RapportTranslationOverrides;

  /** Instruments the clinic adds, e.g. a licensed one, found by `instrument="<id>"`. */
  @property({ attribute: false }) instruments?: readonly InstrumentDefinition[];

  @provide({ context: rapportContext })
  protected context: RapportContextValue = { subject: {} };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new object each time, so subscribed widgets see the change. What a script set that no
    // widget could use (a symbol, a list that throws when read) is left out, with a warning.
    const nonEmpty = (v: unknown, name: string) => usableText(v, name) || undefined;
    this.context = {
      locale: nonEmpty(this.locale, 'locale'),
      subject: Object.fromEntries(
        Object.entries({
          clientId: nonEmpty(this.clientId, 'client-id'),
          sessionId: nonEmpty(this.sessionId, 'session-id'),
          clinicianId: nonEmpty(this.clinicianId, 'clinician-id'),
          encounterId: nonEmpty(this.encounterId, 'encounter-id'),
        }).filter(([, v]) => v !== undefined),
      ),
      clinicName: nonEmpty(this.clinicName, 'clinic-name'),
      // Each language's table copied here (its texts may be functions), so none throws later.
      texts: usable('texts', this.texts, (v) =>
        isRecord(v)
          ? (Object.fromEntries(
              Object.entries(v).flatMap(([lang, table]) =>
                isRecord(table) ? [[lang, { ...table }]] : [],
              ),
            ) as RapportTranslationOverrides)
          : undefined,
      ),
      instruments: usable('instruments', this.instruments, (v) =>
        Array.isArray(v)
          ? Array.from(v as unknown[]).filter(
              (i): i is InstrumentDefinition => isRecord(i) && typeof i.id === 'string',
            )
          : undefined,
      ),
    };
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
