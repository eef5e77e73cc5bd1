import { sql, type Kysely } from 'kysely';

// A task to answer a funder's question names the question, so 'Taken' can lead straight to its
// answer form on the request's page rather than to the case. No foreign key: a file's destruction
// removes the questions and the tasks of a case each in their own statement (store/destruction.ts),
// and a task whose question is gone simply leads to its case. The open tasks already there take
// their question from the dedupe key they were made with ('funder.question:<question id>').
//
// And the cases of a person: when someone is deactivated, the case list finds the running cases they
// are still responsible for (decision 0030) from the few deactivated users through this index.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tasks').addColumn('question_id', 'uuid').execute();
  await sql`
    update tasks t set question_id = q.id
    from funder_request_questions q
    where t.kind = 'funder.question' and t.dedupe_key = 'funder.question:' || q.id::text
  `.execute(db);
  await db.schema.createIndex('cases_responsible_user').on('cases').column('responsible_user_id').execute();
}
