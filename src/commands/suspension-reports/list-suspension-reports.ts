import { scopeOf } from '../../policy/scopes.ts';
import { listSuspensionReports as selectReports, REPORT_COLUMNS, type SuspensionReportRecord } from '../../store/suspension-reports.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation } from '../pipeline/resources.ts';
import { reportResource } from './suspension-report.ts';

/** The suspension reports the actor may see: a provider's own, or those reported to the actor's insurer; newest first. */
export const listSuspensionReports = command({
  action: 'suspension-report.list',
  event: 'suspension-report.list',
  load: ownOrganisation,
  run: (tx, _organisation, _input: void, ctx): Promise<SuspensionReportRecord[]> => selectReports(tx, scopeOf(ctx.actor, 'suspension-report.list', REPORT_COLUMNS)),
  touched: (reports) => reports.map(reportResource),
});
