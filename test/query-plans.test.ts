import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CompiledQuery } from 'kysely';
import { buildApp } from '../src/app.ts';
import { writeLargeDataSet } from '../src/commands/demo/large-data-set.ts';
import { funderWithMostRequests } from '../src/commands/demo/large-requests.ts';
import { DEMO_PASSWORD } from '../src/commands/demo/seed-demo.ts';
import type { Store } from '../src/store/database.ts';
import { openTestStore, testDatabases } from './support/databases.ts';

// Every query of the hot paths uses an index on the big tables (issue 16): on a representative data
// set, the statements the API sends for a case's assessment, its page, the case list, the deadline
// overview and the access-log page are captured and EXPLAINed; none may scan a big table whole. And a
// list page makes as many statements for 5 rows as for 25: no query per row. On PostgreSQL when
// TEST_DATABASE_URL is set (the planner the figures are for), else on PGlite (the same planner).

const BIG_TABLES = new Set(['funder_requests', 'cases', 'clients', 'entries', 'case_deadlines', 'access_log', 'letters', 'notifications', 'api_tokens', 'sessions']);
const CASES = 1500;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && BIG_TABLES.has(node['Relation Name'] ?? '') ? [node['Relation Name'] as string] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

const database = testDatabases.at(-1)!;
let store: Store;
let captured: CompiledQuery[] = [];
let base: string;
let close: () => Promise<void>;
let restoreExecutor: () => void;
const headers: Record<string, Record<string, string>> = {};
let caseId: string;

before(async () => {
  store = await openTestStore(database);
  await writeLargeDataSet(store, { cases: CASES, today: '2026-12-01' });
  // Every statement as it is executed, a query compiled once (store/cases.ts) included: the method
  // every Kysely executor (of the store, of each transaction) inherits, wrapped for this file only.
  const executorBase = Object.getPrototypeOf(Object.getPrototypeOf(store.db.getExecutor())) as { executeQuery: (query: CompiledQuery, ...rest: unknown[]) => Promise<unknown> };
  const execute = executorBase.executeQuery;
  executorBase.executeQuery = function (this: unknown, query: CompiledQuery, ...rest: unknown[]) {
    captured.push(query);
    return execute.call(this, query, ...rest);
  };
  restoreExecutor = () => {
    executorBase.executeQuery = execute;
  };
  const app = await buildApp({ store });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  close = () => app.close();
  const people = await store.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.email', 'u.role', 'u.team_id'])
    .where('o.slug', '=', 'aanbieder-1')
    .where('u.role', 'in', ['regievoerder', 'beheerder'])
    .orderBy('u.email')
    .execute();
  // The inbox of the funder with the most requests, as the data set filled it (a request for each
  // dossier that holds one, under the provider's contracts: large-data-set.ts).
  const regie = people.find((p) => p.role === 'regievoerder')!;
  const busiest = await funderWithMostRequests(store.db);
  // Six make two pages of five.
  assert.ok(Number(busiest.requests) >= 6, `${busiest.requests} requests`);
  const reviewer = await store.db
    .selectFrom('users')
    .select(['email', 'role', 'team_id'])
    .where('organisation_id', '=', busiest.funder_organisation_id)
    .where('role', '=', 'beoordelaar')
    .executeTakeFirstOrThrow();
  for (const role of ['regievoerder', 'beheerder', 'beoordelaar']) {
    const person = [...people, reviewer].find((p) => p.role === role)!;
    const response = await fetch(`${base}/api/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: person.email, password: DEMO_PASSWORD }) });
    headers[role] = { authorization: `Bearer ${((await response.json()) as { token: string }).token}` };
  }
  const regievoerder = regie;
  caseId = (await store.db.selectFrom('cases').select('id').where('team_id', '=', regievoerder.team_id).orderBy('id').executeTakeFirstOrThrow()).id;
  await store.db.executeQuery(CompiledQuery.raw('analyze'));
});
after(async () => {
  restoreExecutor();
  await close();
  await store.close();
});

async function statementsOf(url: string, role: string): Promise<CompiledQuery[]> {
  captured = [];
  const response = await fetch(`${base}${url}`, { headers: headers[role] });
  assert.equal(response.status, 200, url);
  await response.arrayBuffer();
  return captured;
}

const HOT_PATHS: [string, string][] = [
  ['regievoerder', '/api/cases/CASE/assessment'],
  ['regievoerder', '/api/cases/CASE'],
  ['regievoerder', '/api/cases?limit=25'],
  ['regievoerder', '/api/cases?limit=25&offset=200'],
  ['regievoerder', '/api/deadlines'],
  ['beheerder', '/api/access-log'],
  ['beoordelaar', '/api/requests'],
  ['regievoerder', '/api/requests'],
];

/** The lists paged by keyset (decision 0022): their second page, by the first page's cursor. */
const KEYSET_LISTS: [string, string][] = [
  ['regievoerder', '/api/cases'],
  ['regievoerder', '/api/deadlines'],
  ['beheerder', '/api/access-log'],
  ['beoordelaar', '/api/requests'],
];

async function keysetPaths(): Promise<[string, string][]> {
  const paths: [string, string][] = [];
  for (const [role, list] of KEYSET_LISTS) {
    const first = (await (await fetch(`${base}${list}?limit=5`, { headers: headers[role] })).json()) as { next: string | null };
    assert.ok(first.next !== null, `${list} has a second page`);
    paths.push([role, `${list}?limit=5&after=${first.next}`]);
  }
  return paths;
}

test(`query plans on ${database.kind} (${CASES} cases): the hot paths scan no big table whole`, async () => {
  const problems: string[] = [];
  let dossierReadExplained = false;
  for (const [role, path] of [...HOT_PATHS, ...(await keysetPaths())]) {
    const url = path.replace('CASE', caseId);
    // The token's actor is kept between requests (decision 0022): a fresh one shows its query too.
    for (const query of await statementsOf(url, role)) {
      // A prepared statement (decision 0027) is explained as the statement it prepares.
      const text = query.sql.replace(/^\/\* prepared [a-z_]+ \*\/ /, '');
      if (!/^\s*(select|with)\b/i.test(text) || /append_access_log/.test(text)) continue;
      dossierReadExplained ||= text.includes('entries_json');
      // On a few thousand rows a whole-table scan is often rightly cheapest; with it priced out, a
      // scan that still shows has no index to use instead, which is what breaks at a million rows.
      const result = await store.db.transaction().execute(async (tx) => {
        await tx.executeQuery(CompiledQuery.raw('set local enable_seqscan = off'));
        return tx.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(CompiledQuery.raw(`explain (format json) ${text}`, [...query.parameters]));
      });
      const plan = result.rows[0]!['QUERY PLAN'];
      const plans = typeof plan === 'string' ? (JSON.parse(plan) as [{ Plan: PlanNode }]) : plan;
      const scans = seqScans(plans[0].Plan);
      if (scans.length > 0) problems.push(`${url}: seq scan on ${scans.join(', ')} in ${text}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(dossierReadExplained, 'the case’s read (a prepared statement) was explained too');
});

test('a list page makes as many statements for 5 rows as for 25: no query per row', async () => {
  for (const [role, list] of KEYSET_LISTS) {
    const few = (await statementsOf(`${list}?limit=5`, role)).length;
    const many = (await statementsOf(`${list}?limit=25`, role)).length;
    assert.equal(many, few, list);
  }
});
