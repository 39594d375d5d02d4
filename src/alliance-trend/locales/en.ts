import { registerBuiltInTranslation } from '../../core/localize.js';
import type { TrendTerms } from './index.js';

const en: TrendTerms = {
  trendSessions: (count, formatted, first, last) =>
    count === 1 ? `1 session, ${first}.` : `${formatted} sessions, ${first} to ${last}.`,
  trendLast: (total, below, isBelow) =>
    below === null
      ? `Last total ${total}.`
      : `Last total ${total}, ${isBelow ? 'below' : 'at or above'} ${below}.`,
  trendChange: (change, amount) =>
    change === 0
      ? 'No change since the session before.'
      : `${change < 0 ? 'Down' : 'Up'} ${amount} since the session before.`,
  trendEmpty: 'No sessions to show yet.',
  trendShowTable: 'Show as table',
  trendShowSubscales: 'Show subscales',
  trendChart: (title) => `${title}: total by session`,
  trendKeys: 'Use the arrow keys, Home and End to move between sessions, and Enter to open one.',
  trendSession: (n) => `Session ${n}`,
  trendSessionColumn: 'Session',
  trendDate: 'Date',
  trendFlags: 'Flags',
  trendBelow: (below) => `Below the cutoff of ${below}`,
  trendDrop: (amount) => `Down ${amount}`,
  trendWordingChanged: 'Wording changed',
  trendCutoff: (below) => `Cutoff ${below}`,
  trendDropRule: (points) => `A fall of ${points} or more`,
  trendSubscales: 'Subscales',
};

registerBuiltInTranslation({ $code: 'en', ...en });

export default en;
