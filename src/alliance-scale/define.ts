import { RapportAllianceScale } from './alliance-scale.js';

RapportAllianceScale.define('rapport-alliance-scale');

export { RapportAllianceScale };
export type { AllianceScaleResult } from './alliance-scale.js';

declare global {
  interface HTMLElementTagNameMap {
    'rapport-alliance-scale': RapportAllianceScale;
  }
}
