import { pluralCategory } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { FeedbackTerms } from './index.js';

const ar: FeedbackTerms = {
  feedbackOpen: 'رأيك',
  feedbackNotNow: 'ليس الآن',
  feedbackClose: 'إغلاق',
  feedbackStars: (stars, formatted) => {
    switch (pluralCategory('ar', stars)) {
      case 'one':
        return 'نجمة واحدة';
      case 'two':
        return 'نجمتان';
      case 'few':
        return `${formatted} نجوم`;
      default:
        return `${formatted} نجمة`;
    }
  },
  feedbackCharacters: (count, max) => `عدد الأحرف: ${count} من ${max}`,
  feedbackCharactersLeft: (left, formatted) => {
    switch (pluralCategory('ar', left)) {
      case 'one':
        return 'بقي حرف واحد';
      case 'two':
        return 'بقي حرفان';
      case 'few':
        return `بقيت ${formatted} أحرف`;
      case 'many':
        return `بقي ${formatted} حرفًا`;
      default:
        return `بقي ${formatted} حرف`;
    }
  },
  feedbackLimitReached: (max) => `وصلت إلى الحد الأقصى لعدد الأحرف (${max}).`,
  feedbackAnyQuestion: 'سؤال واحد على الأقل',
};

registerBuiltInTranslation({ $code: 'ar', ...ar });

export default ar;
