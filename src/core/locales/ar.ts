import { registerBuiltInTranslation, type RapportCoreTranslation } from '../localize.js';
import { formatList, formatNumber } from '../intl.js';

const ar: RapportCoreTranslation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',
  send: 'إرسال',
  saving: 'جارٍ الحفظ…',
  saved: 'تم الحفظ. شكرًا لك.',
  notSaved: 'لم تُحفظ إجاباتك. لا تزال كلها هنا.',
  retry: 'حاول مرة أخرى',
  draftRestored: 'احتفظنا بإجاباتك السابقة.',
  draftDismiss: 'إغلاق',
  pleaseAnswer: (questions) => `قبل الإرسال، يُرجى إكمال: ${formatList('ar', questions)}.`,
  questionNumber: (n, text) =>
    text ? `السؤال ${formatNumber('ar', n)}، «${text}»` : `السؤال ${formatNumber('ar', n)}`,
  stillToAnswer: (questions) =>
    questions.length > 3
      ? `عدد الإجابات المطلوبة بعد: ${formatNumber('ar', questions.length)}.`
      : `لم تتم الإجابة بعد عن: ${formatList('ar', questions)}.`,
  pleaseAnswerMany: (count, first) =>
    `قبل الإرسال، يُرجى الإجابة عن الأسئلة المعلَّمة «لم تتم الإجابة» وعددها ${formatNumber('ar', count)}، بدءًا بـ${first}.`,
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
  cutoffUnknown: 'لا توجد إجابات كافية للمقارنة بالحد الفاصل',
  theTotal: 'المجموع',
  cutoffRule: (score, below) => `يُنبَّه إليه إذا كان ${score} أقل من ${below}`,
  readAloud: 'اقرأ هذا لي',
  readAloudPause: 'إيقاف مؤقت',
  readAloudResume: 'متابعة',
  readAloudStop: 'إيقاف القراءة',
  changeSince: (change, amount, date) =>
    change === 0
      ? `لا تغيير منذ ${date}`
      : `${change < 0 ? 'انخفض' : 'ارتفع'} بمقدار ${amount} منذ ${date}`,
};

registerBuiltInTranslation(ar);

export default ar;
