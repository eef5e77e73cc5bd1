import { sql, type Kysely } from 'kysely';

// The provider withdraws a request that is not yet decided (issue 11): who, when and why are kept
// on the request itself, so the funder's inbox shows the reason beside the state. The state
// 'withdrawn' existed since migrations/0010; a withdrawn request always has its reason, and a
// request has a reason only when it was withdrawn.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('funder_requests')
    .addColumn('withdrawn_at', 'timestamptz')
    .addColumn('withdrawn_on', 'date')
    .addColumn('withdrawn_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('withdrawal_reason', 'text')
    .execute();
  await sql`alter table funder_requests add constraint funder_requests_withdrawal_complete check (
    (state = 'withdrawn') = (withdrawal_reason is not null) and (withdrawal_reason is null) = (withdrawn_at is null) and (withdrawn_at is null) = (withdrawn_on is null)
  )`.execute(db);
}
