import type { ConsentNoticeResult, ConsentStatus } from '../index.js';
import { referenceTo, resultExtensions } from './envelope.js';
import type { Consent, ConsentState } from './types.js';
import { EXT, FHIR_BASE, SYSTEM, uuidIdentifier } from './urls.js';

const STATES: Record<ConsentStatus, ConsentState> = {
  granted: 'active',
  declined: 'rejected',
  withdrawn: 'inactive',
};

/** The notice a consent was given to: its id when that is a URL, else one under ours. */
function policyUri(id: string, version: string): string {
  const base = /^[a-z][a-z0-9+.-]*:/i.test(id)
    ? id
    : `${FHIR_BASE}/notice/${encodeURIComponent(id)}`;
  return `${base}|${version}`;
}

/**
 * A consent notice's result as a FHIR R4 Consent: `active` when granted, `rejected` when
 * declined, `inactive` when withdrawn; scope patient-privacy, category LOINC 59284-0 (patient
 * consent); the notice as the policy; a root provision (permit when granted, else deny) with
 * one nested permit or deny per choice, coded by the choice's id.
 *
 * The notice's id, version and SHA-256 content hash travel in the `definition` extension, not
 * in `Attachment.hash`, which R4 defines as SHA-1. The acknowledgements given (`limits` first)
 * are listed in the `acknowledged` extension.
 */
export function toConsent(result: ConsentNoticeResult): Consent {
  const { clientId } = result.subject;
  const patient = clientId !== undefined ? referenceTo('Patient', clientId) : undefined;
  const granted = result.status === 'granted';
  return {
    resourceType: 'Consent',
    language: result.locale,
    extension: [
      ...resultExtensions(result),
      ...result.acknowledged.map((id) => ({ url: EXT.acknowledged, valueCode: id })),
    ],
    identifier: [uuidIdentifier(result.responseId)],
    status: STATES[result.status],
    scope: {
      coding: [
        { system: SYSTEM.consentScope, code: 'patient-privacy', display: 'Privacy Consent' },
      ],
    },
    category: [{ coding: [{ system: SYSTEM.loinc, code: '59284-0', display: 'Patient Consent' }] }],
    ...(patient ? { patient, performer: [patient] } : {}),
    dateTime: result.completedAt,
    policy: [{ uri: policyUri(result.definition.id, result.definition.version) }],
    provision: {
      type: granted ? 'permit' : 'deny',
      period: { start: result.completedAt },
      ...(Object.keys(result.choices).length > 0
        ? {
            provision: Object.entries(result.choices).map(([id, allowed]) => ({
              type: allowed ? ('permit' as const) : ('deny' as const),
              code: [{ coding: [{ system: SYSTEM.consentChoice, code: id }] }],
            })),
          }
        : {}),
    },
  };
}
