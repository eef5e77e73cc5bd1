import type { SuspensionReportContent } from '../../domain/suspension-report/report.ts';
import { loadCase } from '../cases/case-resource.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { reportableContent } from './suspension-report.ts';

/** What a report of the case would send, before the regievoerder writes their account: the form's page. */
export const previewSuspensionReport = command({
  action: 'suspension-report.create',
  event: 'case.read',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  run: async (tx, found, _caseId, ctx): Promise<SuspensionReportContent> => (await reportableContent(tx, found, '', todayOf(ctx))).content,
});
