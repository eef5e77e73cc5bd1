import { anonymiseSuspensionReport, type AnonymisedSuspensionReport } from '../../domain/suspension-report/anonymise.ts';
import type { SuspensionReportRecord } from '../../store/suspension-reports.ts';
import { command } from '../pipeline/execute.ts';
import { loadReport, REPORT_NOT_FOUND } from './suspension-report.ts';

/**
 * One report as reported, with what Zorginkoop gets: what was passed on, or, before that, exactly
 * what passing it on would send (the same function makes both).
 */
export const readSuspensionReport = command({
  action: 'suspension-report.read',
  event: 'suspension-report.read',
  load: (tx, id: string) => loadReport(tx, id),
  run: async (_tx, found): Promise<{ report: SuspensionReportRecord; anonymised: AnonymisedSuspensionReport }> => ({
    report: found.report,
    anonymised: found.report.anonymised ?? anonymiseSuspensionReport(found.report.content),
  }),
  notFound: REPORT_NOT_FOUND,
});
