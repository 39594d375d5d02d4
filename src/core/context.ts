import { createContext } from '@lit/context';
import type { RapportSubject } from './result.js';
import type { RapportTranslationOverrides } from './localize.js';

/**
 * What `<rapport-provider>` gives every widget inside it. Other folders add their own settings
 * by declaration merging (the instruments add `instruments`).
 */
export interface RapportContextValue {
  /** BCP 47 language tag for every widget inside, unless a widget sets its own `lang`. */
  locale?: string;
  /** Text direction, when it should not follow the language. */
  dir?: 'ltr' | 'rtl';
  /** Ids copied into every result; a widget's own attributes win. */
  subject: RapportSubject;
  /** Shown where a widget names the service. */
  clinicName?: string;
  /** Easy read for every widget inside (`<rapport-provider easy-read>`). */
  easyRead?: boolean;
  /** Replacement built-in texts, by language: `{ en: { send: 'Submit' } }`. */
  texts?: RapportTranslationOverrides;
}

export const rapportContext = createContext<RapportContextValue | undefined>(
  Symbol.for('rapport-elements/context'),
);
