import { sql, type Kysely } from 'kysely';

// Issue 16 (keyset pagination, decision 0022). The list of requests (a funder's inbox, a provider's
// submissions) in its own order, per side: those awaiting a decision first, then by decision deadline,
// submission and id. A page is a range of one of these indexes, entered right after the previous
// page's last row (store/funder-requests.ts, INBOX_ORDER: the expression must stay the same).

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const side of ['funder', 'provider']) {
    await sql
      .raw(
        `create index funder_requests_${side}_inbox_idx on funder_requests (${side}_organisation_id, ` +
          `(case when state in ('submitted', 'information-requested', 'under-review') then 0 else 1 end), decision_deadline, submitted_at, id)`,
      )
      .execute(db);
  }
}
