/**
 * The core's texts (status, Send, lines, scores): English is built in; Spanish, French and
 * Arabic are loaded the first time a widget needs them.
 */
import { registerLanguageLoader } from '../localize.js';
import en from './en.js';

registerLanguageLoader('core', (language) => {
  switch (language) {
    case 'es':
      return import('./es.js');
    case 'fr':
      return import('./fr.js');
    case 'ar':
      return import('./ar.js');
    default:
      return undefined;
  }
});

export { en };
