// Median time of the organisation-wide deadline overview with 20,000 open cases in PostgreSQL, and
// the reminder job's scan over the same data (npx tsx bench/deadline-overview.ts). Needs
// BENCH_DATABASE_URL or TEST_DATABASE_URL: it creates a database of its own there, fills it,
// measures, and drops it. The issue asks for under 100 ms.

import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { todayInAmsterdam } from '../src/clock.ts';
import { listDeadlines } from '../src/commands/deadlines/list-deadlines.ts';
import type { OverviewQuery } from '../src/commands/deadlines/overview.ts';
import { execute } from '../src/commands/pipeline/execute.ts';
import { runReminderCycle } from '../src/jobs/reminders.ts';
import type { UserActor } from '../src/policy/actors.ts';
import { openStore } from '../src/store/database.ts';

const OWN_CASES = 20_000;
const OTHER_PROVIDERS = 5;
const OTHER_CASES = 4_000;
const SAMPLES = 30;

const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  process.stderr.write('Set BENCH_DATABASE_URL (or TEST_DATABASE_URL), e.g. postgres://postgres@127.0.0.1:5432/test\n');
  process.exit(2);
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const name = `zorgvuldig_bench_${randomBytes(4).toString('hex')}`;
await admin(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const store = await openStore({ kind: 'postgresql', url: url.toString() });
const today = todayInAmsterdam();

try {
  const seedStart = performance.now();
  // Organisations: the provider measured, a few others, one municipality and one health insurer.
  await sql`
    insert into organisations (id, slug, name, kind)
    select gen_random_uuid(), 'provider-' || i, 'Aanbieder ' || i, 'provider' from generate_series(0, ${OTHER_PROVIDERS}) i
    union all select gen_random_uuid(), 'gemeente', 'Gemeente', 'municipality'
    union all select gen_random_uuid(), 'verzekeraar', 'Verzekeraar', 'health-insurer'`.execute(store.db);
  await sql`
    insert into teams (id, organisation_id, name)
    select gen_random_uuid(), o.id, 'Team ' || t from organisations o, generate_series(1, 5) t where o.kind = 'provider'`.execute(store.db);
  // Cases: 20,000 of provider-0, 4,000 of each other provider, spread over teams and both funders.
  await sql`
    with p as (select id, slug, case when slug = 'provider-0' then ${OWN_CASES}::int else ${OTHER_CASES}::int end as n
               from organisations where kind = 'provider'),
         made as (select p.id as organisation_id, g as i, gen_random_uuid() as client_id, gen_random_uuid() as case_id
                  from p, generate_series(1, p.n) g),
         clients_in as (insert into clients (id, organisation_id, name, birth_date, has_representative)
                        select client_id, organisation_id, 'Cliënt ' || i, date '1950-01-01' + (i % 9000), false from made)
    insert into cases (id, organisation_id, client_id, regime, procedure, status, care_started, team_id, funder_organisation_id)
    select m.case_id, m.organisation_id, m.client_id,
           case when m.i % 2 = 0 then 'vgz-wijkverpleging' else 'gemeente-bijlage6' end, 'beeindiging', 'ingediend', date '2024-01-08',
           (select t.id from teams t where t.organisation_id = m.organisation_id order by t.name offset (m.i % 5) limit 1),
           (select o.id from organisations o where o.kind = case when m.i % 2 = 0 then 'health-insurer' else 'municipality' end)
    from made m`.execute(store.db);
  // Deadlines: per case the funder's decision, the half-yearly evaluation, two invoices (one paid).
  await sql`
    insert into case_deadlines (case_id, organisation_id, deadline_id, due_date, met, rule, start_event, counting, explanation,
                                source_seed, source_quote)
    select c.id, c.organisation_id, d.deadline_id, ${today}::date + ((abs(hashtext(c.id::text || d.deadline_id)) % 120) - 60),
           d.met, d.rule, d.start_event, 'atw', 'Uitleg van de termijnberekening.', 'seed.txt', 'Een citaat uit de bron.'
    from cases c
    cross join lateral (values
      (case when c.regime = 'vgz-wijkverpleging' then 'vgz-deadline-decision' else 'b6-deadline-termination-decision' end,
       false, 'Besluit financier: 3 weken na ontvangst van het verzoek', 'e1'),
      ('onl-deadline-plan-evaluation', false, 'Evaluatie: elk half jaar', 'careStarted'),
      ('onl-deadline-invoice-payment-f1', true, 'Betaling: 30 dagen na de factuurdatum', 'f1'),
      ('onl-deadline-invoice-payment-f2', false, 'Betaling: 30 dagen na de factuurdatum', 'f2')
    ) as d(deadline_id, met, rule, start_event)`.execute(store.db);
  await sql`vacuum analyze`.execute(store.db); // what autovacuum does to a table this size
  const seeded = performance.now() - seedStart;

  const orgs = await store.db.selectFrom('organisations').select(['id', 'slug', 'kind']).execute();
  const own = orgs.find((o) => o.slug === 'provider-0')!;
  const insurer = orgs.find((o) => o.kind === 'health-insurer')!;
  const team = await store.db.selectFrom('teams').select('id').where('organisation_id', '=', own.id).orderBy('name').executeTakeFirstOrThrow();
  const open = await store.db
    .selectFrom('case_deadlines')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('organisation_id', '=', own.id)
    .where('met', '=', false)
    .executeTakeFirstOrThrow();

  // The overview does not depend on which user of the organisation asks.
  const userId = '00000000-0000-4000-8000-000000000000';
  const provider: UserActor = { kind: 'user', userId, name: 'Bench', organisationId: own.id, organisationKind: 'provider', role: 'regievoerder', teamId: null };
  const funder: UserActor = { kind: 'user', userId, name: 'Bench', organisationId: insurer.id, organisationKind: 'health-insurer', role: 'beoordelaar', teamId: null };
  const page = { limit: 25, offset: 0 };
  const scenarios: [string, UserActor, OverviewQuery][] = [
    ['provider, first page', provider, page],
    ['provider, page 40', provider, { limit: 25, offset: 1000 }],
    ['provider, one team', provider, { ...page, teamId: team.id }],
    ['provider, one type', provider, { ...page, types: ['onl-deadline-invoice-payment'] }],
    ['funder, decisions received', funder, page],
  ];

  process.stdout.write(
    `${OWN_CASES} open cases of the organisation (${open.n} open deadlines), ` +
      `${OTHER_PROVIDERS * OTHER_CASES} cases of other providers; seeded in ${(seeded / 1000).toFixed(1)} s\n`,
  );
  for (const [label, actor, query] of scenarios) {
    // Through the whole pipeline, the access log's 25 rows a page included.
    const run = () => execute({ store, actor, origin: 'bench' }, listDeadlines, query);
    for (let i = 0; i < 5; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    process.stdout.write(`${label.padEnd(30)} median ${median.toFixed(1)} ms  (max ${times.at(-1)!.toFixed(1)} ms, ${SAMPLES} runs)\n`);
  }

  // The reminder job's scan on the same data, as every server process runs it each interval: the
  // first makes every due reminder, the later ones find nothing new (the steady state).
  await sql`
    insert into users (id, organisation_id, email, name, role, team_id)
    select gen_random_uuid(), o.id, o.slug || '-' || r.role || '-' || i || '@bench.example', 'Gebruiker', r.role,
           case when o.kind = 'provider' then (select t.id from teams t where t.organisation_id = o.id order by t.name offset (i % 5) limit 1) end
    from organisations o
    cross join (values ('regievoerder'), ('medewerker'), ('beoordelaar')) as r(role)
    cross join generate_series(1, 5) i
    where (o.kind = 'provider') = (r.role <> 'beoordelaar')`.execute(store.db);
  await sql`analyze`.execute(store.db);
  const config = { windowDays: 3, mailFrom: 'bench@zorg.example' };
  for (const label of ['reminder scan, first', 'reminder scan, steady']) {
    const start = performance.now();
    const result = await runReminderCycle({ store, config, mailer: undefined, now: () => new Date() });
    process.stdout.write(`${label.padEnd(30)} ${(performance.now() - start).toFixed(1)} ms  (${result.reminders} reminders made)\n`);
  }
} finally {
  await store.close();
  await admin(`drop database if exists ${name} with (force)`);
}
