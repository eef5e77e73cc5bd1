import { accessLogPage, type AccessLogRow } from '../../store/access-log.ts';
import { accessLogFilter } from '../access-log/access-log-query.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';
import type { IsoDate } from '../../domain/dossier/types.ts';

export interface OwnAccessLogQuery {
  caseId: string;
  from?: IsoDate;
  until?: IsoDate;
  limit: number;
  offset: number;
}

/**
 * Who accessed the client's file (NEN 7513): every row of the provider's chain about this client,
 * newest first, in a period. Reading it is itself a row (the case's, by default).
 */
export const readOwnAccessLog = command({
  action: 'access-log.read-own',
  event: 'access-log.read-own',
  load: (tx, query: OwnAccessLogQuery) => loadCase(tx, query.caseId),
  run: (tx, found, query): Promise<{ total: number; rows: AccessLogRow[] }> =>
    accessLogPage(
      tx,
      { ...accessLogFilter(found.organisationId, { ...(query.from !== undefined ? { from: query.from } : {}), ...(query.until !== undefined ? { until: query.until } : {}) }), clientId: found.clientId },
      query.limit,
      query.offset,
    ),
});
