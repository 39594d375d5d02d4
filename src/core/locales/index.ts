/**
 * The core's texts (status, Send, lines, scores): English is built in; Spanish, French and
 * Arabic, and easy-read English (`en-x-easy`), are loaded the first time a widget needs them.
 */
import { registerLanguageLoader } from '../localize.js';
import en from './en.js';

registerLanguageLoader('core', {
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  'en-x-easy': () => import('./easy-en.js'),
});

export { en };
