import type { AnonymisedSuspensionReport } from '../../domain/suspension-report/anonymise.ts';
import { listPassedOn } from '../../store/suspension-reports.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** Zorginkoop's view: the reports passed on to the actor's insurer, anonymised as they were sent; they name nobody. */
export const listPassedOnReports = command({
  action: 'suspension-report.read-anonymised',
  event: 'suspension-report.read-anonymised',
  load: ownOrganisation,
  run: (tx, _organisation, _input: void, ctx): Promise<{ id: string; passedOnAt: Date; anonymised: AnonymisedSuspensionReport }[]> =>
    listPassedOn(tx, userOf(ctx.actor).organisationId),
});
