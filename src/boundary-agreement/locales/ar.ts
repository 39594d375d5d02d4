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
  agreementNameLimit: (max) => `يمكن أن يصل الاسم إلى ${max} حرفًا.`,
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
  agreementNotSaved: 'لم يُحفظ الاتفاق. لا تزال إجاباتك وتوقيعك هنا.',
  agreementUnavailable: 'لا يمكن عرض هذا الاتفاق الآن.',
  agreementChanged: 'النص المعروض هنا ليس النص الذي وُقِّع. تحقق من ذلك مع الخدمة قبل الاعتماد عليه.',
  agreementAskService: 'اسأل الخدمة',
  agreementPaperSignature: 'التوقيع',
  /** The built-in agreement in this language. */
  agreementContent: {
    title: 'اتفاقنا',
    intro:
      'تساعد هذه النقاط على أن يكون عملنا معًا آمنًا وواضحًا لكلينا. يُرجى قراءة كل نقطة، ثم وضع علامة في المربع تحتها إذا كنت تفهمها وتوافق عليها. يمكنك أن تسألني عن أي نقطة قبل التوقيع.',
    clauses: {
      contact: {
        title: 'التواصل معي',
        text: 'أوقات التواصل معي: {hours}.\nطرق التواصل معي: {channels}.\nالمدة التي أرد خلالها عادةً: {responseTime}.\n\nلا أقرأ الرسائل في غير هذه الأوقات. الرسالة التي تُرسَل في المساء أو في عطلة نهاية الأسبوع تنتظر حتى أعود إلى العمل.',
      },
      crisis: {
        title: 'في الأزمات أو خارج أوقات العمل',
        text: 'إذا شعرت بأنك لست في أمان، أو كنت في أزمة لا تحتمل الانتظار، فاتصل بـ {crisisPhone}. يمكنك الاتصال بهم أيضًا حين لا أكون في العمل.\n\nإذا كنت أنت أو شخص آخر في خطر الآن، فاتصل بـ {emergencyNumber}. في حالة الطوارئ، لا تنتظر ردي على رسالة.',
      },
      gifts: {
        title: 'الهدايا',
        text: 'يُرجى ألّا تعطيني مالًا أو هدايا غالية الثمن. لا بأس ببطاقة أو بشيء صغير صنعته بنفسك. إذا رفضتُ هدية، فذلك بسبب قواعد عملي، وليس بسببك.',
      },
      'social-media': {
        title: 'وسائل التواصل الاجتماعي والتواصل عبر الإنترنت',
        text: 'لن أتابعك أو أضيفك صديقًا أو أراسلك على وسائل التواصل الاجتماعي، ولن أبحث عنك على الإنترنت. هذا يحمي خصوصيتك. يُرجى التواصل معي فقط بالطرق المكتوبة في هذا الاتفاق.',
      },
      'outside-sessions': {
        title: 'اللقاء خارج الجلسات',
        text: 'نلتقي في جلساتنا فقط. لا نلتقي كأصدقاء، ولا نبيع أو نشتري أو نتعامل في أي عمل معًا.\n\nإذا التقينا صدفةً، فلن أبدأ بالتحية، حمايةً لخصوصيتك. يمكنك أن تحييني إن أردت. وإذا كنت أعرفك، أو أعرف شخصًا قريبًا منك، بطريقة أخرى، فسأخبرك، وسنقرر معًا ما نفعل.',
      },
      sessions: {
        title: 'الجلسات والتأخير والإلغاء',
        text: 'مدة كل جلسة: {sessionLength}.\nمتى تخبرني إذا لم تستطع الحضور: {noticePeriod}.\n\nإذا تأخرت، تنتهي الجلسة في موعدها المعتاد. إذا لم تستطع الحضور، يُرجى إخباري في أقرب وقت ممكن. إذا غبت عن جلسة دون أن تخبرني، فسأتواصل معك لأطمئن عليك، وسنتحدث عمّا سيحدث بعد ذلك.',
      },
      recording: {
        title: 'التسجيل',
        text: 'لن يسجل أيٌّ منا جلسة بالصوت أو بالفيديو إلا بعد أن يسأل الآخر أولًا ويسمع منه موافقة واضحة. يمكنك أن ترفض، ولن يغير ذلك رعايتك.',
      },
      ending: {
        title: 'إنهاء عملنا',
        text: 'سنخطط معًا لنهاية عملنا، حتى لا تأتي فجأة. يمكنك أن تقرر التوقف في أي وقت. إن استطعت، أخبرني بذلك، حتى ننهي عملنا بشكل جيد.\n\nتبقى النقاط الخاصة بالهدايا ووسائل التواصل الاجتماعي واللقاء خارج الجلسات سارية بعد انتهاء عملنا.',
      },
    },
    contactQuestion: {
      label: 'كيف تفضّل أن أتواصل معك؟',
      options: {
        phone: 'مكالمة هاتفية',
        text: 'رسالة نصية',
        email: 'بريد إلكتروني',
        letter: 'رسالة بالبريد',
      },
    },
    fallbacks: {
      hours: 'اسأل الخدمة',
      channels: 'اسأل الخدمة',
      responseTime: 'اسأل الخدمة',
      crisisPhone: 'خط الأزمات في منطقتك',
      emergencyNumber: 'رقم الطوارئ في منطقتك',
      sessionLength: 'اسأل الخدمة',
      noticePeriod: 'اسأل الخدمة',
    },
  },
};

registerBuiltInTranslation({ $code: 'ar', ...ar });

export default ar;
