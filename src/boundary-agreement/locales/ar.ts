import { registerBuiltInTranslation } from '../../core/localize.js';
import type { AgreementTerms } from './index.js';
import { formatList, formatNumber } from '../../core/intl.js';

const ar: AgreementTerms = {
  agreementAgree: 'أفهم وأوافق',
  agreementAgreedOf: (agreed, total) =>
    `تمت الموافقة على ${formatNumber('ar', agreed)} من ${formatNumber('ar', total)}`,
  agreementAgreed: 'تمت الموافقة',
  agreementNotAgreed: 'لم تتم الموافقة',
  agreementTickToAgree: 'يُرجى وضع علامة في المربع للموافقة على هذه النقطة قبل التوقيع.',
  agreementChooseOne: 'يُرجى اختيار إجابة واحدة.',
  agreementAgreeBeforeSigning: (titles) =>
    `قبل التوقيع، يُرجى الموافقة على ${formatList(
      'ar',
      titles.map((t) => `«${t}»`),
    )}.`,
  agreementAnswerBeforeSigning: (titles) =>
    titles.length === 1
      ? `يُرجى الإجابة عن السؤال في «${titles[0]}».`
      : `يُرجى الإجابة عن الأسئلة في ${formatList(
          'ar',
          titles.map((t) => `«${t}»`),
        )}.`,
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

registerBuiltInTranslation({ $code: 'ar', ...ar });

export default ar;
