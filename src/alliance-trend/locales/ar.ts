import { registerBuiltInTranslation } from '../../core/localize.js';
import type { TrendTerms } from './index.js';

const ar: TrendTerms = {
  trendSessions: (count, formatted, first, last) =>
    count === 1 ? `جلسة واحدة، ${first}.` : `عدد الجلسات: ${formatted}، من ${first} إلى ${last}.`,
  trendLast: (total, below, isBelow) =>
    below === null
      ? `آخر مجموع: ${total}.`
      : `آخر مجموع: ${total}، ${isBelow ? 'أقل من' : 'يساوي أو يزيد على'} ${below}.`,
  trendChange: (change, amount) =>
    change === 0
      ? 'لا تغيير منذ الجلسة السابقة.'
      : `${change < 0 ? 'انخفض' : 'ارتفع'} بمقدار ${amount} منذ الجلسة السابقة.`,
  trendEmpty: 'لا توجد جلسات لعرضها بعد.',
  trendShowTable: 'العرض كجدول',
  trendShowSubscales: 'عرض المقاييس الفرعية',
  trendChart: (title) => `${title}: المجموع حسب الجلسة`,
  trendKeys: 'استخدم مفاتيح الأسهم وHome وEnd للتنقل بين الجلسات، وEnter لفتح جلسة.',
  trendSession: (n) => `الجلسة ${n}`,
  trendSessionColumn: 'الجلسة',
  trendDate: 'التاريخ',
  trendFlags: 'تنبيهات',
  trendBelow: (below) => `أقل من حد ${below}`,
  trendDrop: (amount) => `انخفاض بمقدار ${amount}`,
  trendWordingChanged: 'تغيّرت الصياغة',
  trendCutoff: (below) => `الحد ${below}`,
  trendDropRule: (points) => `انخفاض بمقدار ${points} أو أكثر`,
  trendSubscales: 'المقاييس الفرعية',
};

registerBuiltInTranslation({ $code: 'ar', ...ar });

export default ar;
