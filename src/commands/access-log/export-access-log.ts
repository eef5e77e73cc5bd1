import { stringify } from 'csv-stringify/sync';
import { accessLogPage, type AccessLogRow } from '../../store/access-log.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';
import { accessLogFilter, clientsIn, type AccessLogQuery } from './access-log-query.ts';

/** More rows than this are refused: narrow the period. A year of a large provider fits. */
const EXPORT_LIMIT = 200_000;

// The columns carry the NEN 7513 names (docs/access-log.md), so another system can read the file.
const COLUMNS: readonly (readonly [string, (row: AccessLogRow) => string | null])[] = [
  ['EventDateTime', (r) => r.time],
  ['EventActionCode', (r) => r.actionCode],
  ['EventTypeCode', (r) => r.eventType],
  ['EventOutcomeIndicator', (r) => r.outcome],
  ['EventOutcomeReason', (r) => r.reason],
  ['UserID', (r) => r.userId],
  ['UserName', (r) => r.userName],
  ['RoleIDCode', (r) => r.userRole],
  ['UserOrganisation', (r) => r.userOrganisationName ?? r.userOrganisationId],
  ['PurposeOfUse', (r) => r.purpose],
  ['AuthorisationRelation', (r) => r.relation],
  ['NetworkAccessPointID', (r) => r.networkAddress],
  ['ParticipantObjectID', (r) => r.clientId],
  ['ParticipantObjectName', (r) => r.clientName],
  ['CaseID', (r) => r.caseId],
  ['ChainSeq', (r) => String(r.seq)],
  ['ChainHash', (r) => r.hash],
];

/** The rows the filter selects as CSV (RFC 4180), newest first. */
export const exportAccessLog = command({
  action: 'access-log.read',
  event: 'access-log.export',
  load: ownOrganisation,
  async run(tx, _organisation, query: AccessLogQuery, ctx): Promise<{ csv: string; rows: AccessLogRow[] }> {
    const { rows } = await accessLogPage(tx, accessLogFilter(userOf(ctx.actor).organisationId, query), EXPORT_LIMIT, 0);
    const csv = stringify([COLUMNS.map(([name]) => name), ...rows.map((row) => COLUMNS.map(([, value]) => value(row) ?? ''))]);
    return { csv, rows };
  },
  touched: (result, organisation) => (organisation.kind === 'organisation' ? clientsIn(organisation.organisationId, result.rows) : []),
});
