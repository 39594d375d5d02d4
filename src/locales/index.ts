import { registerTranslation } from '../core/localize.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import ar from './ar.js';

// English first: the first translation registered is the fallback for missing texts.
registerTranslation(en, es, fr, ar);

export { en, es, fr, ar };
