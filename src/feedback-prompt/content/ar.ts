import type { FeedbackContent } from './types.js';

// Sentences chosen so that nothing agrees with the person's gender ("شعرت بأن كلامي مسموع").
const ar: FeedbackContent = {
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
};

export default ar;
