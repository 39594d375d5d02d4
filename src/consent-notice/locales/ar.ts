import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { ConsentTerms } from './index.js';

const ar: ConsentTerms = {
  consentAgree: 'أوافق',
  consentDecline: 'لا أوافق',
  consentConfirm: 'قبل أن توافق',
  consentNeeded: 'مطلوب للموافقة',
  consentChoices: 'خياراتك',
  consentChoicesHint: 'ضع علامة على ما تريده فقط. كل خيار يعود إليك، ويمكنك تغييره لاحقًا.',
  consentBox: (label) => `«${label}»`,
  consentTickToAgree: (boxes) => `للموافقة، يُرجى وضع علامة على ${formatList('ar', boxes)}.`,
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
};

registerBuiltInTranslation({ $code: 'ar', ...ar });

export default ar;
