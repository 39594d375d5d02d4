import type { RapportTranslation } from '../core/localize.js';
import { formatList, formatNumber } from '../core/intl.js';

const ar: RapportTranslation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  send: 'إرسال',
  saving: 'جارٍ الحفظ…',
  saved: 'تم الحفظ. شكرًا لك.',
  notSaved: 'لم تُحفظ إجاباتك. لا تزال كلها هنا.',
  retry: 'حاول مرة أخرى',
  pleaseAnswer: (questions) =>
    questions.length === 1
      ? `يُرجى الإجابة عن ${questions[0]} قبل الإرسال.`
      : `يُرجى الإجابة عن هذه قبل الإرسال: ${formatList('ar', questions)}.`,
  questionNumber: (n) => `السؤال ${formatNumber('ar', n)}`,
  answeredOf: (answered, total) =>
    `تمت الإجابة عن ${formatNumber('ar', answered)} من ${formatNumber('ar', total)}`,
  optional: 'اختياري',
  notAnswered: 'لم تتم الإجابة',
  lineValue: (value, max, nearer) =>
    nearer === null ? `${value} من ${max}، في المنتصف` : `${value} من ${max}، أقرب إلى «${nearer}»`,
  lineEmpty: (low, high) => `لم تتم الإجابة. من «${low}» إلى «${high}»`,
  exampleInstrument: 'مثال، وليس أداة معتمدة',
  licensedBy: (holder) => `يُستخدم بترخيص من ${holder}`,
  licenceTerms: 'شروط الترخيص',
  unavailable: 'لا يمكن عرض هذا الاستبيان الآن.',
  loading: 'جارٍ تحميل الاستبيان…',
  scores: 'الدرجات',
  total: 'المجموع',
  scoreOf: (score, max) => `${score} من ${max}`,
  flagged: 'أقل من الحد الفاصل',
  notFlagged: 'عند الحد الفاصل أو أعلى منه',
  theTotal: 'المجموع',
  cutoffRule: (score, below) => `يُنبَّه إليه إذا كان ${score} أقل من ${below}`,
  feedbackOpen: 'رأيك',
  feedbackNotNow: 'ليس الآن',
  feedbackClose: 'إغلاق',
  feedbackStars: (stars, formatted) => {
    switch (new Intl.PluralRules('ar').select(stars)) {
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
    switch (new Intl.PluralRules('ar').select(left)) {
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

  // <rapport-consent-notice>
  consentAgree: 'أوافق',
  consentDecline: 'لا أوافق',
  consentConfirm: 'قبل أن توافق',
  consentNeeded: 'مطلوب للموافقة',
  consentChoices: 'خياراتك',
  consentChoicesHint: 'ضع علامة على ما تريده فقط. كل خيار يعود إليك، ويمكنك تغييره لاحقًا.',
  consentBox: (label) => `«${label}»`,
  consentTickToAgree: (boxes) =>
    `للموافقة، يُرجى وضع علامة على ${new Intl.ListFormat('ar').format(boxes)}.`,
  consentNotTicked: 'يُرجى وضع علامة في هذا المربع للموافقة.',
  consentAgreedOn: (date) =>
    date === null ? 'لقد وافقت على هذا الإشعار.' : `لقد وافقت على هذا الإشعار في ${date}.`,
  consentReview: 'مراجعة الموافقة أو سحبها',
  consentSaveChoices: 'احفظ خياراتي',
  consentWithdraw: 'سحب الموافقة',
  consentWithdrawQuestion: 'هل تريد سحب موافقتك؟',
  consentWithdrawExplain:
    'من الآن فصاعدًا سنتوقف عن استخدام خياراتك. ولا يغيّر هذا شيئًا مما تمت مشاركته من قبل.',
  consentWithdrawYes: 'نعم، اسحب موافقتي',
  consentWithdrawNo: 'لا، أبقِ موافقتي',
  consentBack: 'رجوع',
  consentDeclined: 'لقد اخترت عدم الموافقة. يمكنك قراءة الإشعار مرة أخرى وتغيير رأيك في أي وقت.',
  consentWithdrawn: 'لقد سحبت موافقتك. يمكنك قراءة الإشعار مرة أخرى في أي وقت.',
  consentReadAgain: 'اقرأ الإشعار مرة أخرى',
  consentChanged: (date) =>
    date === null
      ? 'تغيّر هذا الإشعار منذ آخر مرة وافقت عليه. يُرجى قراءته مرة أخرى.'
      : `تغيّر هذا الإشعار منذ أن وافقت عليه في ${date}. يُرجى قراءته مرة أخرى.`,
  consentWhatChanged: 'ما الذي تغيّر',
  consentVersion: (version) => `الإصدار ${version}`,
  consentPrivacyChoices: 'خيارات الخصوصية',
  consentNotNow: 'ليس الآن',
  consentClose: 'إغلاق',
  consentUnavailable: 'لا يمكن عرض إشعار الخصوصية هذا الآن.',

  // <rapport-boundary-agreement>
  agreementAgree: 'أفهم وأوافق',
  agreementAgreedOf: (agreed, total) =>
    `تمت الموافقة على ${new Intl.NumberFormat('ar').format(agreed)} من ${formatNumber('ar', total)}`,
  agreementAgreed: 'تمت الموافقة',
  agreementNotAgreed: 'لم تتم الموافقة',
  agreementTickToAgree: 'يُرجى وضع علامة في المربع للموافقة على هذه النقطة قبل التوقيع.',
  agreementChooseOne: 'يُرجى اختيار إجابة واحدة.',
  agreementAgreeBeforeSigning: (titles) =>
    `قبل التوقيع، يُرجى الموافقة على ${new Intl.ListFormat('ar').format(titles.map((t) => `«${t}»`))}.`,
  agreementAnswerBeforeSigning: (titles) =>
    titles.length === 1
      ? `يُرجى الإجابة عن السؤال في «${titles[0]}».`
      : `يُرجى الإجابة عن الأسئلة في ${new Intl.ListFormat('ar').format(titles.map((t) => `«${t}»`))}.`,
  agreementTypeName: 'يُرجى كتابة اسمك الكامل.',
  agreementTypeClinicianName: 'يُرجى كتابة الاسم الكامل للمختص.',
  agreementSignatureHeading: 'توقيعك',
  agreementFullName: 'اسمك الكامل',
  agreementFullNameHint: 'كتابة اسمك الكامل هي توقيعك.',
  agreementDraw: 'ارسم توقيعك (اختياري)',
  agreementDrawHint: 'استخدم إصبعك أو قلمًا أو الفأرة. يكفي اسمك المكتوب وحده.',
  agreementDrawingArea: (drawn) => (drawn ? 'مساحة التوقيع، فيها رسم' : 'مساحة التوقيع، فارغة'),
  agreementClearDrawing: 'امسح الرسم',
  agreementDate: 'التاريخ',
  agreementSign: 'وقّع الاتفاق',
  agreementCountersignHeading: 'توقيع المختص',
  agreementClinicianName: 'الاسم الكامل للمختص',
  agreementCountersign: 'وقّع بصفتك المختص',
  agreementReadyToCountersign: 'تم التوقيع والحفظ. يمكن للمختص الآن أن يوقّع أدناه.',
  agreementSignedBy: (name, date) => `وقّعه ${name} في ${date}`,
  agreementCountersignedBy: (name, date) => `وقّعه المختص ${name} في ${date}`,
  agreementNotSigned: 'لم يُوقَّع بعد',
  agreementDrawnBy: (name) => `توقيع رسمه ${name}`,
  agreementUnavailable: 'لا يمكن عرض هذا الاتفاق الآن.',
  agreementChanged: 'النص المعروض هنا ليس النص الذي وُقِّع. تحقق من ذلك مع الخدمة قبل الاعتماد عليه.',
  agreementAskService: 'اسأل الخدمة',
  agreementPaperSignature: 'التوقيع',
};

export default ar;
