import { sql, type Kysely } from 'kysely';

// Decision 0031: a Bijlage 6 case's care falls under the Wmo 2015 or the Jeugdwet, and the two keep a
// file for different terms (15 and 20 years). The dossier names the law only in its optional
// allocation, so a case opened under Bijlage 6 says which law it is (`care_law`); null for the
// other regimes (their law follows from the regime) and for the cases there already, whose law is
// then read from their allocation, and when that is absent too the longest term holds
// (domain/client-file/rights.ts `careLawOf`, `retentionOf`).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('care_law', 'text', (c) => c.check(sql`care_law in ('wmo', 'jeugdwet')`))
    .execute();
}
