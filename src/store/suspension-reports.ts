import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { AnonymisedSuspensionReport } from '../domain/suspension-report/anonymise.ts';
import type { SuspensionReportContent } from '../domain/suspension-report/report.ts';
import type { RowColumns } from '../policy/scopes.ts';
import { isUuid } from './ids.ts';
import type { Database } from './schema.ts';

// Suspension reports (migrations/0015-suspension-reports.ts), with the case's team and client the
// policy decides on. A report's funder is the one it was reported to, even if the case is routed
// elsewhere later.

type Db = Kysely<Database> | Transaction<Database>;

export interface SuspensionReportRecord {
  id: string;
  caseId: string;
  organisationId: string;
  funderOrganisationId: string;
  teamId: string | null;
  clientId: string;
  content: SuspensionReportContent;
  reportedBy: string | null;
  reportedAt: Date;
  anonymised: AnonymisedSuspensionReport | null;
  passedOnBy: string | null;
  passedOnAt: Date | null;
}

const selectReports = (db: Db) =>
  db
    .selectFrom('suspension_reports as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select([
      'r.id',
      'r.case_id',
      'r.organisation_id',
      'r.funder_organisation_id',
      'c.team_id',
      'c.client_id',
      'r.content',
      'r.reported_by',
      'r.reported_at',
      'r.anonymised',
      'r.passed_on_by',
      'r.passed_on_at',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof selectReports>['executeTakeFirstOrThrow']>>;

function toRecord(row: Row): SuspensionReportRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    organisationId: row.organisation_id,
    funderOrganisationId: row.funder_organisation_id,
    teamId: row.team_id,
    clientId: row.client_id,
    content: row.content as SuspensionReportContent,
    reportedBy: row.reported_by,
    reportedAt: row.reported_at,
    anonymised: row.anonymised as AnonymisedSuspensionReport | null,
    passedOnBy: row.passed_on_by,
    passedOnAt: row.passed_on_at,
  };
}

/** The columns the policy's scope tests, for a list of reports. */
export const REPORT_COLUMNS: RowColumns = {
  organisationId: sql.ref('r.organisation_id'),
  funderOrganisationId: sql.ref('r.funder_organisation_id'),
  teamId: sql.ref('c.team_id'),
  clientId: sql.ref('c.client_id'),
};

export async function insertSuspensionReport(
  db: Db,
  input: { caseId: string; organisationId: string; funderOrganisationId: string; content: SuspensionReportContent; reportedBy: string | null; reportedAt: Date },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('suspension_reports')
    .values({
      id,
      case_id: input.caseId,
      organisation_id: input.organisationId,
      funder_organisation_id: input.funderOrganisationId,
      content: JSON.stringify(input.content),
      reported_by: input.reportedBy,
      reported_at: input.reportedAt,
    })
    .execute();
  return id;
}

/** One report; with `lock`, its row stays locked until the commit (to pass it on once). */
export async function findSuspensionReport(db: Db, id: string, lock = false): Promise<SuspensionReportRecord | undefined> {
  if (!isUuid(id)) return undefined;
  let query = selectReports(db).where('r.id', '=', id);
  if (lock) query = query.forUpdate('r');
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/** The reports a scope selects, newest first. */
export async function listSuspensionReports(db: Db, scope: RawBuilder<SqlBool>): Promise<SuspensionReportRecord[]> {
  const rows = await selectReports(db).where(scope).orderBy('r.reported_at', 'desc').orderBy('r.id').execute();
  return rows.map(toRecord);
}

/** The reports passed on to Zorginkoop of a funder organisation, newest first: their anonymised form only. */
export async function listPassedOn(db: Db, funderOrganisationId: string): Promise<{ id: string; passedOnAt: Date; anonymised: AnonymisedSuspensionReport }[]> {
  const rows = await db
    .selectFrom('suspension_reports')
    .select(['id', 'passed_on_at', 'anonymised'])
    .where('funder_organisation_id', '=', funderOrganisationId)
    .where('passed_on_at', 'is not', null)
    .orderBy('passed_on_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, passedOnAt: r.passed_on_at as Date, anonymised: r.anonymised as AnonymisedSuspensionReport }));
}

export async function markPassedOn(db: Db, id: string, anonymised: AnonymisedSuspensionReport, by: string | null, at: Date): Promise<void> {
  await db.updateTable('suspension_reports').set({ anonymised: JSON.stringify(anonymised), passed_on_by: by, passed_on_at: at }).where('id', '=', id).execute();
}
