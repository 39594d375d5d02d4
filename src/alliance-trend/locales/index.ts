import { registerLanguageLoader } from '../../core/localize.js';
import en from './en.js';

/** The built-in texts of <rapport-alliance-trend>. Numbers and dates arrive formatted. */
export interface TrendTerms {
  /** The opening of the summary: how many sessions, from when to when (`last` null for one). */
  trendSessions: (count: number, formatted: string, first: string, last: string | null) => string;
  /** The latest total in the summary, with the cutoff when there is one. */
  trendLast: (total: string, below: string | null, isBelow: boolean) => string;
  /** How the latest total moved since the scored session before it. */
  trendChange: (change: number, amount: string) => string;
  /** The summary when there is nothing to show. */
  trendEmpty: string;
  /** The toggle that shows the data as a table. */
  trendShowTable: string;
  /** The toggle that adds the subscales' lines. */
  trendShowSubscales: string;
  /** The chart's name: `title` is the instrument's. */
  trendChart: (title: string) => string;
  /** How to move through the chart with the keyboard. */
  trendKeys: string;
  /** A session by its number. */
  trendSession: (n: string) => string;
  /** The table's session column. */
  trendSessionColumn: string;
  trendDate: string;
  trendFlags: string;
  /** A total below the cutoff, as a flag. */
  trendBelow: (below: string) => string;
  /** A drop alert, as a flag. */
  trendDrop: (amount: string) => string;
  trendWordingChanged: string;
  /** The legend of the cutoff line. */
  trendCutoff: (below: string) => string;
  /** The legend of the drop alert's shape. */
  trendDropRule: (points: string) => string;
  /** The subscales' panel. */
  trendSubscales: string;
}

declare module '../../core/localize.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RapportTranslation extends TrendTerms {}
}

// English comes with the element; the other languages are loaded when a widget needs them.
registerLanguageLoader('alliance-trend', {
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  'en-x-easy': () => import('./easy-en.js'),
});

export { en };
