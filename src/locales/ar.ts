/**
 * `rapport-elements/locales/ar.js`: the Arabic texts and built-in content of every element, for
 * an application that wants them in its own bundle rather than loaded on demand.
 */
import '../core/locales/ar.js';
import '../consent-notice/locales/ar.js';
import '../boundary-agreement/locales/ar.js';
import '../feedback-prompt/locales/ar.js';
import '../goal-plan/locales/ar.js';
import '../alliance-trend/locales/ar.js';
