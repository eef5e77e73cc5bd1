import { sql, type Kysely } from 'kysely';

// Issue 12: a case has a person responsible for it, shown on the case list and the case page. It
// starts as the person who opened the case (for the cases there already: whoever created them; an
// imported case has no creator and so no one until the regievoerder chooses), and the regievoerder
// changes it with the case's routing (commands/cases/route-case.ts), which logs the change.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('responsible_user_id', 'uuid', (c) => c.references('users.id')).execute();
  await sql`update cases set responsible_user_id = created_by where created_by is not null`.execute(db);
}
