/**
 * `rapport-elements/locales/fr.js`: the French texts and built-in content of every element, for
 * an application that wants them in its own bundle rather than loaded on demand.
 */
import '../core/locales/fr.js';
import '../consent-notice/locales/fr.js';
import '../boundary-agreement/locales/fr.js';
import '../feedback-prompt/locales/fr.js';
import '../goal-plan/locales/fr.js';
import '../alliance-trend/locales/fr.js';
