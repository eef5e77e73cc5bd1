import { scopeOf } from '../../policy/scopes.ts';
import { selectAgreements, type AgreementRecord } from '../../store/agreement.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation } from '../pipeline/resources.ts';

/** The clients with a care agreement the policy lets the actor see, by name. */
export const listClients = command({
  action: 'client.list',
  event: 'client.list',
  load: ownOrganisation,
  run: (tx, _organisation, page: { limit: number; offset: number }, ctx): Promise<{ total: number; clients: AgreementRecord[] }> =>
    selectAgreements(tx, (row) => scopeOf(ctx.actor, 'client.list', row), page.limit, page.offset),
  touched: (result) => result.clients.map((c) => ({ kind: 'client' as const, organisationId: c.organisationId, clientId: c.clientId, caseId: null })),
});
