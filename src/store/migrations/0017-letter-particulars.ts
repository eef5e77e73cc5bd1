import type { Kysely } from 'kysely';

// What a letter to a client needs beyond the dossier (issue 12, point 5): the salutation the client
// prefers ('Geachte heer Mulder', 'Beste Jan'; without it the letter says 'Beste' and the name), and
// the provider's contact: the number a client calls with a question, and whom to turn to with a
// complaint and how (seed 002: the client is pointed to the complaint route; seed 004 §10: the
// complaints mediation and the complaint procedure of the provider).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('clients').addColumn('salutation', 'text').execute();
  await db.schema.alterTable('organisations').addColumn('phone', 'text').execute();
  await db.schema.alterTable('organisations').addColumn('complaints_contact', 'text').execute();
}
