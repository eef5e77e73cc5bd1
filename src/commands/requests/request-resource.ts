import type { CaseResource } from '../../policy/resources.ts';
import { findRequest, type RequestRecord } from '../../store/funder-requests.ts';
import type { Tx } from '../pipeline/execute.ts';

// A request to the funder as the policy sees it: the case it belongs to, addressed to the funder
// the request went to (not whatever the case is routed to now), so a funder's relation to a request
// is fixed when the provider sends it, and its rows in the access log name the case and client.

/** The same words whether a request does not exist or is another organisation's (as for a case, policy.ts). */
export const REQUEST_NOT_FOUND = 'Dit verzoek bestaat niet.';

export type LoadedRequest = CaseResource & { request: RequestRecord };

export function requestResource(request: RequestRecord): LoadedRequest {
  return {
    kind: 'case',
    caseId: request.caseId,
    organisationId: request.providerOrganisationId,
    funderOrganisationId: request.funderOrganisationId,
    teamId: request.teamId,
    clientId: request.clientId,
    request,
  };
}

/** The request in the command's transaction; `lock`: its row stays locked until the commit (to change it). */
export async function loadRequest(tx: Tx, requestId: string, lock = false): Promise<LoadedRequest | undefined> {
  const request = await findRequest(tx, requestId, lock);
  return request === undefined ? undefined : requestResource(request);
}

/** The dedupe key of the provider's task to answer a question: one task per question. */
export function questionTaskKey(questionId: string): string {
  return `funder.question:${questionId}`;
}
