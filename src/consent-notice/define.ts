import { RapportConsentNotice } from './consent-notice.js';

RapportConsentNotice.define('rapport-consent-notice');

export { RapportConsentNotice };
export type { ConsentNoticeMode, ConsentNoticeResult, ConsentStatus } from './consent-notice.js';
export type { ConsentChoice, ConsentNoticeValue } from './choices.js';
export type {
  NoticeBlock,
  NoticeContent,
  NoticeSection,
  NoticeSectionId,
} from './locales/index.js';
export { registerNoticeContent } from './locales/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'rapport-consent-notice': RapportConsentNotice;
  }
}
