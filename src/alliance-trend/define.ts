import { RapportAllianceTrend } from './alliance-trend.js';

RapportAllianceTrend.define('rapport-alliance-trend');

export { RapportAllianceTrend };
export type { ScoreRange, TrendAlert, TrendSeries, TrendSession } from './series.js';

declare global {
  interface HTMLElementTagNameMap {
    'rapport-alliance-trend': RapportAllianceTrend;
  }
}
