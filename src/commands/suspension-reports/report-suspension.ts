import { insertSuspensionReport, findSuspensionReport, type SuspensionReportRecord } from '../../store/suspension-reports.ts';
import { loadCase } from '../cases/case-resource.ts';
import { nowOf, todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { reportableContent, summaryOf } from './suspension-report.ts';

/** The regievoerder reports a suspension to the insurer's Zorgadvies en Bemiddeling (seed 002, 'Zorgopschorting' step 4). */
export const reportSuspension = command({
  action: 'suspension-report.create',
  event: 'suspension-report.create',
  load: (tx, input: { caseId: string; body: unknown }) => loadCase(tx, input.caseId, true),
  async run(tx, found, { body }, ctx): Promise<SuspensionReportRecord> {
    const summary = summaryOf(body);
    const { content, funderOrganisationId } = await reportableContent(tx, found, summary, todayOf(ctx));
    const id = await insertSuspensionReport(tx, {
      caseId: found.caseId,
      organisationId: found.organisationId,
      funderOrganisationId,
      content,
      reportedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      reportedAt: nowOf(ctx),
    });
    return (await findSuspensionReport(tx, id)) as SuspensionReportRecord;
  },
});
