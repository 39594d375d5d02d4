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
  feedbackPasteCut: (cut, formatted) =>
    cut === 1
      ? 'لم يتسع حرف واحد مما لصقته، فتُرك.'
      : `لم يتسع ${formatted} من الأحرف التي لصقتها، فتُركت.`,
  feedbackNotReady: 'أجب عن أي سؤال للإرسال.',
  feedbackNotSaved: 'لم يُرسَل رأيك. لا يزال كله هنا.',
  feedbackClosed: 'أُغلق. لم يُرسَل شيء.',
  feedbackAnyQuestion: 'سؤال واحد على الأقل',
  // Sentences chosen so that nothing agrees with the person's gender ("شعرت بأن كلامي مسموع").
  feedbackContent: {
    title: 'رأيك',
    intro: 'بعض الأسئلة السريعة عن اليوم. أجب فقط عمّا تريد.',
    rating: {
      question: 'بشكل عام، كيف كان اليوم؟',
      faces: ['سيئ جدًا', 'سيئ', 'مقبول', 'جيد', 'جيد جدًا'],
      scaleLow: 'سيئ جدًا',
      scaleHigh: 'جيد جدًا',
    },
    checks: {
      heard: 'شعرت بأن كلامي مسموع.',
      respected: 'شعرت بالاحترام.',
      whatIWanted: 'عملنا على ما كنت أريده.',
      yes: 'نعم',
      partly: 'إلى حد ما',
      no: 'لا',
    },
    comment: {
      question: 'ما الذي يمكننا تحسينه؟',
      hint: 'لا نقرأ هذا فورًا. إذا كنت تحتاج إلى مساعدة الآن، فتواصل معنا مباشرة أو اتصل برقم الطوارئ.',
    },
    contact: {
      consent: 'يمكنكم التواصل معي بشأن هذا.',
      details: 'كيف يمكننا التواصل معك؟',
      hint: 'رقم هاتف أو بريد إلكتروني. اتركه فارغًا إذا كانت بياناتك لدينا.',
    },
  },
};

registerBuiltInTranslation({ $code: 'ar', ...ar });

export default ar;
