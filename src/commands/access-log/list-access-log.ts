import type { BoundedTotal } from '../../store/bounded-count.ts';
import { accessLogPage, type AccessLogKey, type AccessLogRow } from '../../store/access-log.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';
import { accessLogFilter, clientsIn, type AccessLogQuery } from './access-log-query.ts';

/** A cursor's key, checked (the doors read `after`/`na` with it). */
export { readAccessLogKey } from '../../store/access-log.ts';

/** The beheerder's organisation's access log (every access to the data it holds), newest first, a page at a time. */
export const listAccessLog = command({
  action: 'access-log.read',
  event: 'access-log.read',
  load: ownOrganisation,
  run: (tx, _organisation, query: AccessLogQuery & { limit: number; offset: number; after?: AccessLogKey }, ctx): Promise<BoundedTotal & { rows: AccessLogRow[]; next: AccessLogKey | null }> =>
    accessLogPage(tx, accessLogFilter(userOf(ctx.actor).organisationId, query), query.limit, query.offset, query.after),
  touched: (page, organisation) => (organisation.kind === 'organisation' ? clientsIn(organisation.organisationId, page.rows) : []),
});
