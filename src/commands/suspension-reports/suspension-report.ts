import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { reportContent, type SuspensionReportContent } from '../../domain/suspension-report/report.ts';
import type { CaseResource } from '../../policy/resources.ts';
import { findSuspensionReport, type SuspensionReportRecord } from '../../store/suspension-reports.ts';
import type { LoadedCase } from '../cases/case-resource.ts';
import { caseDocument } from '../documents/case-document.ts';
import type { Tx } from '../pipeline/execute.ts';

// What the suspension-report commands share. A report is decided on as its case, addressed to the
// insurer it was reported to: the provider's own, the insurer's funder-addressed.

export type LoadedReport = CaseResource & { report: SuspensionReportRecord };

export function reportResource(report: SuspensionReportRecord): LoadedReport {
  return {
    kind: 'case',
    caseId: report.caseId,
    organisationId: report.organisationId,
    funderOrganisationId: report.funderOrganisationId,
    teamId: report.teamId,
    clientId: report.clientId,
    report,
  };
}

export const REPORT_NOT_FOUND = 'Deze melding van opschorting bestaat niet.';

export async function loadReport(tx: Tx, id: string, lock = false): Promise<LoadedReport | undefined> {
  const report = await findSuspensionReport(tx, id, lock);
  return report === undefined ? undefined : reportResource(report);
}

/** The longest account a provider may write; a report is a notice, not a dossier. */
const SUMMARY_MAX = 4000;

export function summaryOf(body: unknown): string {
  const summary = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>).summary : undefined;
  if (typeof summary !== 'string' || summary.trim() === '') throw new InvalidInputError([{ path: '$.summary', message: 'is verplicht: beschrijf de problemen en wat u vraagt' }]);
  if (summary.length > SUMMARY_MAX) throw new InvalidInputError([{ path: '$.summary', message: `is te lang (hoogstens ${SUMMARY_MAX} tekens)` }]);
  return summary.trim();
}

/**
 * What reporting the case would send, and to whom: only a suspension under VGZ's protocol (seed
 * 002 names Zorgadvies en Bemiddeling for that procedure alone), only once its insurer is known.
 */
export async function reportableContent(
  tx: Tx,
  found: LoadedCase,
  summary: string,
  reportedOn: string,
): Promise<{ content: SuspensionReportContent; funderOrganisationId: string }> {
  const { record } = found;
  if (record.regime !== 'vgz-wijkverpleging' || record.procedure !== 'opschorting') {
    throw new ConflictError([{ path: '$', message: 'alleen een opschorting onder het protocol van VGZ meldt u bij Zorgadvies en Bemiddeling' }]);
  }
  if (found.funderOrganisationId === null) {
    throw new ConflictError([{ path: '$', message: 'kies eerst de zorgverzekeraar van deze casus (bij Team en financier)' }]);
  }
  const { doc, sender } = await caseDocument(tx, found);
  return { content: reportContent(doc, sender.name, summary, reportedOn), funderOrganisationId: found.funderOrganisationId };
}
