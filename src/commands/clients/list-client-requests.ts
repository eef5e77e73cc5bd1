import type { CaseResource } from '../../policy/resources.ts';
import { openRequests, type OpenRequestRow } from '../../store/client-file.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** The provider's tasks from its clients' requests: every unanswered one, the earliest due first. */
export const listClientRequests = command({
  action: 'client-request.answer',
  event: 'client-request.list',
  load: ownOrganisation,
  run: (tx, _organisation, _input: undefined, ctx): Promise<OpenRequestRow[]> => openRequests(tx, userOf(ctx.actor).organisationId),
  touched: (rows) =>
    rows.map(
      (r): CaseResource => ({ kind: 'case', caseId: r.caseId, organisationId: r.organisationId, funderOrganisationId: r.funderOrganisationId, teamId: r.teamId, clientId: r.clientId }),
    ),
});
