import { ConflictError } from '../../domain/errors.ts';
import { anonymiseSuspensionReport } from '../../domain/suspension-report/anonymise.ts';
import { findSuspensionReport, markPassedOn, type SuspensionReportRecord } from '../../store/suspension-reports.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadReport, REPORT_NOT_FOUND } from './suspension-report.ts';

/** The zorgadviseur passes a report on to Zorginkoop, anonymised ('Zorgadvies geeft dit, geanonimiseerd, ter kennisgeving door aan Zorginkoop van VGZ'); once. */
export const passOnSuspensionReport = command({
  action: 'suspension-report.pass-on',
  event: 'suspension-report.pass-on',
  load: (tx, id: string) => loadReport(tx, id, true),
  async run(tx, found, id, ctx): Promise<SuspensionReportRecord> {
    if (found.report.passedOnAt !== null) throw new ConflictError([{ path: '$', message: 'deze melding is al doorgestuurd naar Zorginkoop' }]);
    await markPassedOn(tx, id, anonymiseSuspensionReport(found.report.content), ctx.actor.kind === 'user' ? ctx.actor.userId : null, nowOf(ctx));
    return (await findSuspensionReport(tx, id)) as SuspensionReportRecord;
  },
  notFound: REPORT_NOT_FOUND,
});
