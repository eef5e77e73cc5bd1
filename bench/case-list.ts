// 'Mijn casussen' with 10,000 cases in the organisation: median time to render the first page, a
// filtered page, a name search and a deep page. Target: under 50 ms on PostgreSQL.
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/case-list.ts

import { sql } from 'kysely';
import { medianPageTime, startBenchApp } from './web-session.ts';

const CASES = 10_000;

const bench = await startBenchApp();
try {
  // Inserted in bulk: the figure is about reading the list, not about how the cases got there.
  await sql`
    with numbered as (
      select i, gen_random_uuid() as client_id, gen_random_uuid() as case_id from generate_series(1, ${CASES}) as i
    ), clients_in as (
      insert into clients (id, organisation_id, name, birth_date, has_representative)
      select client_id, ${bench.organisationId}, 'Cliënt ' || lpad(i::text, 5, '0'), date '1950-01-01' + (i % 20000), i % 4 = 0
      from numbered returning id
    )
    insert into cases (id, organisation_id, client_id, regime, procedure, status, care_started, can_submit, next_deadline)
    select case_id, ${bench.organisationId}, client_id,
      (array['groningen-wmo', 'gemeente-bijlage6', 'vgz-wijkverpleging', 'onl-wmo'])[1 + i % 4],
      'beeindiging', (array['open', 'open', 'ingediend', 'besloten'])[1 + i % 4], date '2024-01-01',
      i % 3 = 0, case when i % 5 = 0 then null else date '2026-12-01' + (i % 120) end
    from numbered join clients_in on clients_in.id = numbered.client_id`.execute(bench.store.db);
  await sql`analyze`.execute(bench.store.db);
  const pages: [string, string][] = [
    ['first page', '/casussen'],
    ['filtered (regime, status, indienbaar)', '/casussen?regime=vgz-wijkverpleging&status=ingediend&indienbaar=ja'],
    ['name search', '/casussen?zoek=0042'],
    ['page 200', '/casussen?pagina=200'],
  ];
  for (const [name, url] of pages) {
    const { ms } = await medianPageTime(bench, url);
    console.log(`${bench.kind}: case list, ${CASES} cases, ${name}: median ${ms.toFixed(1)} ms`);
  }
} finally {
  await bench.close();
}
