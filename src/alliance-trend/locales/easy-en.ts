import { registerBuiltInTranslation } from '../../core/localize.js';
import type { TrendTerms } from './index.js';

/**
 * The trend's texts in easy-read English, for a person and their clinician looking together:
 * "meeting" for a session, "total" for the score, "the parts of the total" for the subscales,
 * and the cutoff said as what it means.
 */
const easy: Partial<TrendTerms> = {
  trendSessions: (count, formatted, first, last) =>
    count === 1
      ? `There is 1 meeting to show. It was on ${first}.`
      : `There are ${formatted} meetings to show. The first was on ${first}. The last was on ${last}.`,
  trendLast: (total, below, isBelow) =>
    below === null
      ? `The last total was ${total}.`
      : isBelow
        ? `The last total was ${total}. This is below ${below}. A total below ${below} means it is good to talk about how we work together.`
        : `The last total was ${total}. This is ${below} or more.`,
  trendChange: (change, amount) =>
    change === 0
      ? 'The total is the same as at the meeting before.'
      : `The total went ${change < 0 ? 'down' : 'up'} by ${amount} since the meeting before.`,
  trendEmpty: 'There are no meetings to show yet.',
  trendShowTable: 'Show the numbers in a table',
  trendShowSubscales: 'Show the parts of the total',
  trendChart: (title) => `${title}: the total at each meeting`,
  trendKeys:
    'Use the arrow keys to go from meeting to meeting. Home goes to the first meeting. End goes to the last meeting. Press Enter to open a meeting.',
  trendSession: (n) => `Meeting ${n}`,
  trendSessionColumn: 'Meeting',
  trendDate: 'Date',
  trendFlags: 'Things to notice',
  trendBelow: (below) => `The total is below ${below}`,
  trendDrop: (amount) => `The total went down by ${amount}`,
  trendWordingChanged: 'The questions changed',
  trendCutoff: (below) => `The line at ${below}`,
  trendDropRule: (points) => `The total went down by ${points} or more`,
  trendSubscales: 'Parts of the total',
};

registerBuiltInTranslation({ $code: 'en-x-easy', ...easy });

export default easy;
