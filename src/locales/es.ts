/**
 * `rapport-elements/locales/es.js`: the Spanish texts and built-in content of every element, for
 * an application that wants them in its own bundle rather than loaded on demand.
 */
import '../core/locales/es.js';
import '../consent-notice/locales/es.js';
import '../boundary-agreement/locales/es.js';
import '../feedback-prompt/locales/es.js';
import '../goal-plan/locales/es.js';
import '../alliance-trend/locales/es.js';
