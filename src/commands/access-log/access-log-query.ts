import { startOfDayInAmsterdam } from '../../clock.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import type { IsoDate } from '../../domain/dossier/types.ts';
import type { AccessLogFilter, AccessLogRow } from '../../store/access-log.ts';
import type { OtherClient } from '../pipeline/execute.ts';

// What the access-log commands share: the beheerder's filters as a query on their organisation's
// chain, and the clients the rows shown are about (reading the log is itself logged, per client).

export interface AccessLogQuery {
  /** The first and the last Dutch calendar day of the period, both included. */
  from?: IsoDate;
  until?: IsoDate;
  /** Part of a user's name, or their id. */
  user?: string;
  /** Part of a client's name, or their id. */
  client?: string;
  caseId?: string;
  eventType?: string;
}

export function accessLogFilter(organisationId: string, query: AccessLogQuery): AccessLogFilter {
  return {
    organisationId,
    ...(query.from !== undefined ? { from: startOfDayInAmsterdam(query.from) } : {}),
    ...(query.until !== undefined ? { before: startOfDayInAmsterdam(addDays(query.until, 1)) } : {}),
    ...(query.user !== undefined ? { user: query.user } : {}),
    ...(query.client !== undefined ? { client: query.client } : {}),
    ...(query.caseId !== undefined ? { caseId: query.caseId } : {}),
    ...(query.eventType !== undefined ? { eventType: query.eventType } : {}),
  };
}

export function clientsIn(organisationId: string, rows: readonly AccessLogRow[]): OtherClient[] {
  return rows.filter((r) => r.clientId !== null).map((r) => ({ kind: 'client', organisationId, clientId: r.clientId, caseId: r.caseId }));
}
