import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { todayInAmsterdam } from '../../src/clock.ts';
import type { Store } from '../../src/store/database.ts';

// Requests to a funder as the request lifecycle leaves them, written straight into the table, for
// the tests of what reads them (the dashboard): each on a case of its own of De Linde.

export interface RequestRow {
  regime: 'vgz-wijkverpleging' | 'groningen-wmo';
  state: string;
  submittedAt: Date;
  deadline: string;
  decidedAt?: Date;
  decision?: 'accepted' | 'accepted-with-conditions' | 'rejected';
}

/** Inserts the request and returns its id. */
export async function insertFunderRequest(store: Store, r: RequestRow): Promise<string> {
  const funder = r.regime === 'vgz-wijkverpleging' ? 'vgz' : 'gemeente-groningen';
  const { id: funderId } = await store.db.selectFrom('organisations').select('id').where('slug', '=', funder).executeTakeFirstOrThrow();
  const { id: providerId } = await store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow();
  const clientId = randomUUID();
  const caseId = randomUUID();
  await sql`insert into clients (id, organisation_id, name, birth_date, has_representative)
    values (${clientId}, ${providerId}, 'Dashboard Cliënt', '1950-01-01', false)`.execute(store.db);
  await sql`insert into cases (id, organisation_id, client_id, regime, procedure, status, funder_organisation_id)
    values (${caseId}, ${providerId}, ${clientId}, ${r.regime}, 'beeindiging', 'open', ${funderId})`.execute(store.db);
  const decided = r.decidedAt !== undefined;
  const pdf = Buffer.from('%PDF');
  const id = randomUUID();
  await sql`insert into funder_requests (id, case_id, provider_organisation_id, funder_organisation_id, client_id, regime, procedure, state,
      submitted_at, received_on, continuity_proposal, no_other_provider, snapshot, request_pdf, request_sha256, decision_deadline,
      deadline_explanation, decided_at, decided_on, decision, decision_pdf, decision_sha256)
    values (${id}, ${caseId}, ${providerId}, ${funderId}, ${clientId}, ${r.regime}, 'beeindiging', ${r.state},
      ${r.submittedAt}, ${todayInAmsterdam(r.submittedAt)}, 'Een andere aanbieder neemt over.', false, '{}'::jsonb, ${pdf}, 'x',
      ${r.deadline}, 'termijn', ${r.decidedAt ?? null}, ${decided ? todayInAmsterdam(r.decidedAt) : null}, ${r.decision ?? null},
      ${decided ? pdf : null}, ${decided ? 'y' : null})`.execute(store.db);
  return id;
}
