import { registerBuiltInTranslation } from '../../core/localize.js';
import type { GoalPlanTerms } from './index.js';

const ar: GoalPlanTerms = {
  goalTitleSet: 'أهدافك',
  goalTitleReview: 'كيف تسير أهدافك؟',
  goalTitleRecord: 'خطة الأهداف',
  goalIntroSet: (max) => `اكتب ما تريد العمل عليه بكلماتك أنت. يمكن أن يكون لديك حتى ${max} أهداف.`,
  goalIntroReview:
    'لكل هدف، اختر مدى قربك منه اليوم: 0 يعني لا تقدم بعد، و10 يعني تحقق الهدف تمامًا.',
  goalNumber: (n) => `الهدف ${n}`,
  goalText: 'الهدف بكلماتك أنت',
  goalHowWeKnow: 'كيف سنعرف أن الأمر ينجح؟',
  goalFirstStep: 'خطوة أولى صغيرة',
  goalCharacters: (count, max) => `عدد الأحرف: ${count} من ${max}`,
  goalLimitReached: (max) => `لقد وصلت إلى الحد الأقصى وهو ${max} حرفًا.`,
  goalProposedBy: 'فكرة من كان هذا الهدف؟',
  goalProposers: { person: 'فكرتي', clinician: 'فكرة المعالج', together: 'اتفقنا عليه معًا' },
  goalRateStart: 'ما مدى قربك من هذا الهدف الآن؟',
  goalRateToday: 'ما مدى قربك من هذا الهدف اليوم؟',
  goalScaleLow: 'لا تقدم',
  goalScaleHigh: 'تحقق تمامًا',
  goalStatus: 'أين وصل هذا الهدف؟',
  goalStatuses: {
    active: 'ما زلت أعمل عليه',
    achieved: 'تحقق',
    paused: 'متوقف مؤقتًا',
    stopped: 'توقفت عنه',
  },
  goalReason: 'هل تريد أن تقول شيئًا عن هذا؟',
  goalAdd: 'أضف هدفًا',
  goalUp: (n) => `انقل الهدف ${n} إلى الأعلى`,
  goalDown: (n) => `انقل الهدف ${n} إلى الأسفل`,
  goalRemove: (n) => `احذف الهدف ${n}`,
  goalMoved: (n, total) => `صار في الموضع ${n} من ${total}.`,
  goalUnavailable: 'لا يمكن عرض أهدافك الآن.',
  goalNotSaved: 'لم تُحفظ أهدافك. كل ما كتبته لا يزال هنا.',
  goalRemoved: 'حُذف الهدف.',
  goalFull: (max) => `في هذه الخطة ${max} أهداف، وهو أقصى عدد ممكن.`,
  goalNone: 'هدفًا واحدًا على الأقل',
  goalMissingText: (n) => `الهدف ${n} بكلماتك`,
  goalMissingRating: (n) => `مدى قربك من الهدف ${n}`,
  goalProgress: (first, now) => `بدأ عند ${first}، والآن ${now}`,
  goalRatedOnce: (rating) => `التقييم حتى الآن ${rating}`,
  goalNotRated: 'لم يُقيَّم بعد',
  goalChart: (points) => `التقييمات حتى الآن: ${points.join('، ')}`,
  goalRatingOn: (rating, date) => `${rating} في ${date}`,
  goalChange: (change) => `التغير منذ أول تقييم: ${change}`,
  goalAtThreshold: (threshold) => `يساوي حد التغير ${threshold} أو يزيد عليه`,
  goalFinished: 'أهداف تحققت أو توقفت',
  goalEmpty: 'لا أهداف بعد.',
};

registerBuiltInTranslation({ $code: 'ar', ...ar });

export default ar;
