import { RapportBoundaryAgreement } from './boundary-agreement.js';

RapportBoundaryAgreement.define('rapport-boundary-agreement');

export { RapportBoundaryAgreement, agreementValue } from './boundary-agreement.js';
export type {
  AgreementSignature,
  BoundaryAgreementClientResult,
  BoundaryAgreementCountersignResult,
  BoundaryAgreementResult,
  BoundaryAgreementValue,
  ClauseAcknowledgement,
  SignatureMode,
  SignedSignature,
} from './types.js';
export type {
  AgreementDefinition,
  ClauseDefinition,
  ClauseOption,
  ClauseQuestion,
} from './definition.js';
export { checkAgreement } from './definition.js';
export type { DrawnSignature } from './signature-pad.js';
export { DEFAULT_AGREEMENT_ID, DEFAULT_AGREEMENT_VERSION } from './builtin.js';

declare global {
  interface HTMLElementTagNameMap {
    'rapport-boundary-agreement': RapportBoundaryAgreement;
  }
}
