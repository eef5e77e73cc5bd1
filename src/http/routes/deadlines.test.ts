import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { todayInAmsterdam } from '../../clock.ts';
import { assess } from '../../domain/assessment/assess.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { namedDossier } from '../../domain/assessment/test-support.ts';
import type { DossierDocument, Entry } from '../../domain/dossier/types.ts';
import { DEADLINE_TYPES, deadlineTypeOf } from '../../domain/assessment/deadline-types.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { findOrganisationBySlug, insertOrganisation } from '../../store/users.ts';
import { FUNDER_REVIEWER, MEDEWERKER, REGIEVOERDER, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { testDatabases } from '../../../test/support/databases.ts';

const BEHEERDER = 'beheerder@delinde.example';
const GRONINGEN_REVIEWER = 'beoordelaar@groningen.example';
const MEDICAL_ADVISER = 'medisch.adviseur@vgz.example';

// Dossiers dated relative to today, so each has deadlines both ahead and behind whatever day the
// suite runs; the expected deadlines come from the pure assessment of the same document.
const today = todayInAmsterdam();
const daysAgo = (n: number) => addDays(today, -n);


const vgzTermination = namedDossier('vgz-wijkverpleging', 'beeindiging', [
  { id: 'e1', type: 'incident', date: daysAgo(40), ground: 'aggression', by: 'client', description: 'Slaat naar verpleegkundige.' },
  { id: 'e2', type: 'funder-request', date: daysAgo(10), dossierAttached: true },
]);
const b6Refusal = namedDossier('gemeente-bijlage6', 'weigering', [
  { id: 'e1', type: 'funder-request', date: daysAgo(12), dossierAttached: true },
]);
const onlInvoices = namedDossier('onl-wmo', 'beeindiging', [
  { id: 'f1', type: 'invoice', date: daysAgo(50), amountCents: 12000, dueDate: daysAgo(20) },
  { id: 'f2', type: 'invoice', date: daysAgo(5), amountCents: 8000, dueDate: addDays(today, 25) },
  // Sent well after the payment term, which the Atw may move up to four days past its 30 days when
  // they end on a weekend or holiday: a reminder sent within them would not count (004 §9).
  { id: 'h1', type: 'payment-reminder', date: daysAgo(12), invoice: 'f1', received: daysAgo(10) },
]);

// Cases that start every deadline rule of every regime, dated today so that all of them are open:
// a request (the funder's decision), a decision (the objection term), a suspension (the contact a
// week before its end), a final notice (the notice and retention terms), an invoice (30 days), a
// reminder received today for an older invoice (14 days), the client's own notice (30 days and
// retention) and a request to destroy the dossier (3 months).
const request: Entry = { id: 'r1', type: 'funder-request', date: today, dossierAttached: true };
const decision: Entry = { id: 'd1', type: 'funder-decision', date: today, outcome: 'accepted', reasons: 'Gegrond.' };
const everyRule = [
  namedDossier('groningen-wmo', 'beeindiging', [request]),
  namedDossier('gemeente-bijlage6', 'weigering', [request]),
  namedDossier('gemeente-bijlage6', 'beeindiging', [request]),
  namedDossier('gemeente-bijlage6', 'beeindiging', [decision]),
  namedDossier('vgz-wijkverpleging', 'beeindiging', [request]),
  namedDossier('vgz-wijkverpleging', 'beeindiging', [decision]),
  namedDossier('vgz-wijkverpleging', 'opschorting', [
    { id: 's1', type: 'suspension-period', date: today, start: today, end: addDays(today, 21), scope: 'Hulp bij douchen', agreedWithGp: true },
  ]),
  namedDossier('onl-wmo', 'beeindiging', [
    { id: 'n1', type: 'client-notice', date: today, kind: 'final-notice', written: true },
    { id: 'i1', type: 'invoice', date: today, amountCents: 5000, dueDate: addDays(today, 30) },
    { id: 'i2', type: 'invoice', date: daysAgo(60), amountCents: 5000, dueDate: daysAgo(30) },
    { id: 'r2', type: 'payment-reminder', date: today, invoice: 'i2', received: today },
    { id: 'ev', type: 'plan-evaluation', date: today, withClient: true },
    { id: 'c1', type: 'notice-by-client', date: today },
    { id: 'x1', type: 'destruction-request', date: today },
  ]),
];

for (const database of testDatabases) {
  describe(`deadline overview, calendar feed and teams on ${database.kind}`, () => {
    let t: TestApp;
    const ids = new Map<DossierDocument, string>();

    async function call(email: string | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
      const headers: Record<string, string> = email === null ? {} : { authorization: `Bearer ${await t.token(email)}` };
      const response = await t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
      return { status: response.statusCode, body: response.body === '' ? {} : (response.json() as Record<string, any>), raw: response };
    }

    before(async () => {
      t = await startTestApp(database);
      for (const doc of [vgzTermination, b6Refusal, onlInvoices]) {
        const { status, body } = await call(REGIEVOERDER, 'POST', '/api/import?confirm=true', doc);
        assert.equal(status, 201, JSON.stringify(body));
        ids.set(doc, body.id);
      }
    });
    after(() => t.close());

    /** What the overview must show of a case: its assessment's deadlines that are not met. */
    function expectedOf(doc: DossierDocument) {
      return assess(doc, today)
        .deadlines.filter((d) => d.state !== 'met')
        .map((d) => ({
          caseId: ids.get(doc),
          id: d.id,
          date: d.date,
          state: d.date < today ? 'overdue' : 'open',
          rule: d.rule,
          startEvent: d.startEvent,
          source: d.source,
        }));
    }

    test('every open deadline of my organisation, overdue first then by date, with rule, start event and clause', async () => {
      const { status, body } = await call(MEDEWERKER, 'GET', '/api/deadlines?limit=100');
      assert.equal(status, 200);
      const mine = new Set(ids.values());
      const shown = (body.deadlines as any[])
        .filter((d) => mine.has(d.caseId))
        .map(({ caseId, id, date, state, rule, startEvent, source }) => ({ caseId, id, date, state, rule, startEvent, source }));
      const expected = [vgzTermination, b6Refusal, onlInvoices]
        .flatMap(expectedOf)
        .sort((a, b) => a.date.localeCompare(b.date) || a.caseId!.localeCompare(b.caseId!) || a.id.localeCompare(b.id));
      assert.deepEqual(shown, expected);
      // The seed deadlines these dossiers start: 3 weeks VGZ, 1 week refusal, 30 days per invoice, 14 days after receiving the reminder.
      assert.deepEqual(
        [...new Set(shown.map((d) => d.id))].sort(),
        [
          'b6-deadline-refusal-decision',
          'onl-deadline-invoice-payment-f1',
          'onl-deadline-invoice-payment-f2',
          'onl-deadline-payment-reminder-f1',
          'onl-deadline-plan-evaluation',
          'vgz-deadline-decision',
        ],
      );
      const states = (body.deadlines as any[]).map((d) => d.state);
      assert.deepEqual(states, [...states].sort((a, b) => (a === b ? 0 : a === 'overdue' ? -1 : 1)), 'overdue first');
      assert.equal(body.overdue, (body.deadlines as any[]).filter((d) => d.state === 'overdue').length);
      const refusal = (body.deadlines as any[]).find((d) => d.id === 'b6-deadline-refusal-decision');
      assert.equal(refusal.case.clientName, 'Cliënt gemeente-bijlage6 weigering');
      assert.match(refusal.source.quote, /binnen 1 week na ontvangst van de zorgweigering/);
    });

    test('by cursor: `next` walks the same deadlines as one long page, and a tampered cursor is a 400', async () => {
      const all = (await call(MEDEWERKER, 'GET', '/api/deadlines?limit=100')).body;
      assert.ok(all.total <= 100 && all.deadlines.length > 3);
      const walked: unknown[] = [];
      let url = '/api/deadlines?limit=3';
      for (;;) {
        const { status, body } = await call(MEDEWERKER, 'GET', url);
        assert.equal(status, 200);
        walked.push(...body.deadlines);
        if (body.next === null) break;
        url = `/api/deadlines?limit=3&after=${body.next}`;
      }
      assert.deepEqual(walked, all.deadlines);
      const tampered = Buffer.from('["2026-01-01","not-a-case","x","y"]').toString('base64url');
      const refused = await call(MEDEWERKER, 'GET', `/api/deadlines?after=${tampered}`);
      assert.equal(refused.status, 400);
      assert.equal(refused.body.issues[0].path, '?after');
    });

    test('every deadline rule of every regime reaches the overview with its rule, start event and clause', async () => {
      const caseIds = new Set<string>();
      for (const doc of everyRule) {
        const { status, body } = await call(REGIEVOERDER, 'POST', '/api/import?confirm=true', doc);
        assert.equal(status, 201, JSON.stringify(body));
        caseIds.add(body.id);
      }
      const { body } = await call(REGIEVOERDER, 'GET', '/api/deadlines?limit=100');
      const shown = (body.deadlines as any[]).filter((d) => caseIds.has(d.caseId));
      // A missed appointment's cancellation term lies before the appointment, so it has always passed
      // by the time the dossier records the no-show: the overview shows only what can still be done.
      const actionable = DEADLINE_TYPES.map((t) => t.id).filter((id) => id !== 'onl-deadline-cancellation');
      assert.deepEqual([...new Set(shown.map((d) => d.type))].sort(), actionable.sort());
      for (const d of shown) {
        const rule = findRegime(d.case.regime)!.deadlines.find((r) => r.id === deadlineTypeOf(d.id)!.id)!;
        assert.ok(d.rule.startsWith(`${rule.label}: `), d.rule);
        assert.deepEqual(d.source, rule.source);
        assert.ok(['r1', 'd1', 's1', 'n1', 'i1', 'i2', 'r2', 'c1', 'x1', 'ev', 'careStarted'].includes(d.startEvent), d.startEvent);
        // A reminder follows a payment term that has passed: that one alone is overdue.
        assert.equal(d.state, d.id === 'onl-deadline-invoice-payment-i2' ? 'overdue' : 'open', d.id);
      }
    });

    test('filtered by type and by team', async () => {
      const byType = await call(MEDEWERKER, 'GET', '/api/deadlines?type=vgz-deadline-decision,onl-deadline-invoice-payment&limit=100');
      const mine = new Set(ids.values());
      assert.ok((byType.body.deadlines as any[]).every((d) => /^(vgz-deadline-decision|onl-deadline-invoice-payment-.+)$/.test(d.id)));
      assert.deepEqual(
        (byType.body.deadlines as any[]).filter((d) => mine.has(d.caseId)).map((d) => d.id).sort(),
        ['onl-deadline-invoice-payment-f1', 'onl-deadline-invoice-payment-f2', 'vgz-deadline-decision'],
      );
      const team = await call(BEHEERDER, 'POST', '/api/teams', { name: 'Wijkteam Noord' });
      assert.equal(team.status, 201);
      const routed = await call(REGIEVOERDER, 'PUT', `/api/cases/${ids.get(b6Refusal)}/routing`, { teamId: team.body.id });
      assert.equal(routed.status, 200);
      assert.equal(routed.body.teamId, team.body.id);
      const byTeam = await call(MEDEWERKER, 'GET', `/api/deadlines?team=${team.body.id}`);
      assert.deepEqual(
        (byTeam.body.deadlines as any[]).map((d) => [d.id, d.case.team.name]),
        [['b6-deadline-refusal-decision', 'Wijkteam Noord']],
      );
      const teams = await call(MEDEWERKER, 'GET', '/api/teams');
      assert.deepEqual(teams.body.teams, [{ id: team.body.id, name: 'Wijkteam Noord', members: 0 }]);
    });

    test('a funder sees only the decision deadlines of requests addressed to it, without client data', async () => {
      // One health insurer and one municipality in the demo data: each regime's funder is unambiguous.
      const vgz = await call(FUNDER_REVIEWER, 'GET', '/api/deadlines?limit=100');
      assert.equal(vgz.status, 200);
      assert.ok((vgz.body.deadlines as any[]).every((d) => d.id === 'vgz-deadline-decision' && d.case.regime === 'vgz-wijkverpleging'));
      assert.deepEqual(
        (vgz.body.deadlines as any[]).filter((d) => d.caseId === ids.get(vgzTermination)).map((d) => [d.id, d.case.clientName, d.case.organisation]),
        [['vgz-deadline-decision', undefined, 'Zorggroep De Linde']],
      );
      assert.ok((vgz.body.deadlines as any[]).every((d) => !('clientName' in d.case)));
      const groningen = await call(GRONINGEN_REVIEWER, 'GET', '/api/deadlines?limit=100');
      const groningenIds = (groningen.body.deadlines as any[]).map((d) => d.id);
      assert.ok(groningenIds.includes('b6-deadline-refusal-decision'));
      assert.ok(groningenIds.every((id) => /decision/.test(id)), groningenIds.join());
      assert.ok(!(groningen.body.deadlines as any[]).some((d) => d.caseId === ids.get(vgzTermination)));
      assert.equal((await call(MEDICAL_ADVISER, 'GET', '/api/deadlines')).status, 403);
      assert.equal((await call(null, 'GET', '/api/deadlines')).status, 401);
      // A funder may not read the case itself (nothing else of the dossier yet).
      assert.equal((await call(FUNDER_REVIEWER, 'GET', `/api/cases/${ids.get(vgzTermination)}`)).status, 403);

      // Addressed to another insurer, the request and its deadline leave VGZ's overview.
      const other = await insertOrganisation(t.store.db, { slug: 'ander', name: 'Andere verzekeraar', kind: 'health-insurer', address: null });
      const rerouted = await call(REGIEVOERDER, 'PUT', `/api/cases/${ids.get(vgzTermination)}/routing`, { funderOrganisationId: other });
      // Imported by the regievoerder, who is therefore responsible for it (migrations/0020).
      const regievoerder = (await t.store.db.selectFrom('users').select('id').where('email', '=', REGIEVOERDER).executeTakeFirstOrThrow()).id;
      assert.deepEqual(rerouted.body, { funderOrganisationId: other, teamId: null, responsibleUserId: regievoerder });
      const after = await call(FUNDER_REVIEWER, 'GET', '/api/deadlines?limit=100');
      assert.ok(!(after.body.deadlines as any[]).some((d) => d.caseId === ids.get(vgzTermination)));
      const vgzId = (await findOrganisationBySlug(t.store.db, 'vgz'))!.id;
      await call(REGIEVOERDER, 'PUT', `/api/cases/${ids.get(vgzTermination)}/routing`, { funderOrganisationId: vgzId });
      const restored = await call(FUNDER_REVIEWER, 'GET', '/api/deadlines?limit=100');
      assert.ok((restored.body.deadlines as any[]).some((d) => d.caseId === ids.get(vgzTermination)));
    });

    test('the OpenAPI document lists the deadline, feed, notification, team and delivery routes', async () => {
      const { body } = await call(null, 'GET', '/api/openapi.json');
      for (const path of [
        '/api/deadlines',
        '/api/deadline-types',
        '/api/me/calendar-feed',
        '/agenda/{file}',
        '/api/notifications',
        '/api/notifications/{id}/read',
        '/api/teams',
        '/api/users/{id}/team',
        '/api/cases/{id}/routing',
        '/api/admin/mail-deliveries',
        '/api/admin/mail-deliveries/{id}/resend',
      ]) {
        assert.ok(body.paths[path], `OpenAPI lacks ${path}`);
      }
    });

    test('bad input: a 400 naming the parameter or field, and nothing changed', async () => {
      const type = await call(MEDEWERKER, 'GET', '/api/deadlines?type=bestaat-niet');
      assert.equal(type.status, 400);
      assert.deepEqual(type.body.issues, [{ path: '?type', message: 'onbekend termijntype "bestaat-niet"; zie GET /api/deadline-types' }]);
      const team = await call(MEDEWERKER, 'GET', '/api/deadlines?team=noord');
      assert.deepEqual(team.body.issues, [{ path: '?team', message: 'is geen geldig id (een UUID)' }]);
      const before = (await call(REGIEVOERDER, 'GET', '/api/cases?limit=1')).body.total;
      const orgs = await t.store.db.selectFrom('organisations').select(['id', 'kind']).execute();
      const vgzId = orgs.find((o) => o.kind === 'health-insurer')!.id;
      const wrongFunder = await call(REGIEVOERDER, 'POST', '/api/cases', {
        client: { name: 'X', birthDate: '1960-01-01', hasRepresentative: false },
        regime: 'gemeente-bijlage6',
        procedure: 'beeindiging',
        careStarted: '2025-01-01',
        funderOrganisationId: vgzId,
      });
      assert.equal(wrongFunder.status, 400);
      assert.deepEqual(wrongFunder.body.issues, [{ path: '$.funderOrganisationId', message: 'de financier van dit regime is een gemeente' }]);
      const unknownField = await call(REGIEVOERDER, 'PUT', `/api/cases/${ids.get(vgzTermination)}/routing`, { team: 'x' });
      assert.deepEqual(unknownField.body.issues, [{ path: '$.team', message: 'onbekend veld' }]);
      const notStaff = await call(REGIEVOERDER, 'PUT', `/api/cases/${ids.get(vgzTermination)}/routing`, { responsibleUserId: orgs.find((o) => o.kind === 'health-insurer')!.id });
      assert.deepEqual(notStaff.body.issues, [{ path: '$.responsibleUserId', message: 'deze persoon is geen actieve medewerker of regievoerder van uw organisatie' }]);
      assert.equal((await call(REGIEVOERDER, 'GET', '/api/cases?limit=1')).body.total, before);
      assert.equal((await call(MEDEWERKER, 'POST', '/api/teams', { name: 'Zuid' })).status, 403);
    });

    test('a personal iCalendar feed: secret URL, one event per open deadline with stable UIDs, revocable', async () => {
      const created = await call(REGIEVOERDER, 'POST', '/api/me/calendar-feed');
      assert.equal(created.status, 201);
      const url = new URL(created.body.url as string);
      assert.match(url.pathname, /^\/agenda\/[A-Za-z0-9_-]{43}\.ics$/);
      const fetchFeed = async (path: string) => t.app.inject({ method: 'GET', url: path });
      const first = await fetchFeed(url.pathname);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['content-type'], 'text/calendar; charset=utf-8');
      const text = first.body.replace(/\r\n[ \t]/g, '');
      const overview = await call(REGIEVOERDER, 'GET', '/api/deadlines?limit=100');
      assert.equal(text.match(/BEGIN:VEVENT/g)?.length, overview.body.total);
      const vgzUid = `UID:${ids.get(vgzTermination)}.vgz-deadline-decision.e2@zorgvuldig`;
      assert.ok(text.includes(vgzUid), 'stable UID for the VGZ decision deadline');
      assert.ok(text.includes('Besluit VGZ over de zorgbeëindiging'));
      assert.ok(text.includes('binnen 3 weken na ontvangst van het verzoek tot zorgbeëindiging'), 'clause in the description');
      assert.ok(!text.includes('Cliënt vgz-wijkverpleging'), 'no client names leave for calendar providers');
      const uids = (body: string) => body.replace(/\r\n[ \t]/g, '').match(/^UID:.*$/gm)?.sort();
      assert.deepEqual(uids((await fetchFeed(url.pathname)).body), uids(first.body));

      const replaced = await call(REGIEVOERDER, 'POST', '/api/me/calendar-feed');
      assert.equal((await fetchFeed(url.pathname)).statusCode, 404, 'a new feed revokes the old URL');
      const second = new URL(replaced.body.url as string).pathname;
      assert.equal((await fetchFeed(second)).statusCode, 200);
      assert.equal((await call(REGIEVOERDER, 'DELETE', '/api/me/calendar-feed')).status, 204);
      assert.equal((await fetchFeed(second)).statusCode, 404);
      assert.equal((await call(REGIEVOERDER, 'DELETE', '/api/me/calendar-feed')).status, 404);
      assert.equal((await fetchFeed('/agenda/raden.ics')).statusCode, 404);
    });

    test('a funder reviewer subscribes to the decision deadlines it owes', async () => {
      const created = await call(FUNDER_REVIEWER, 'POST', '/api/me/calendar-feed');
      const feed = await t.app.inject({ method: 'GET', url: new URL(created.body.url as string).pathname });
      const text = feed.body.replace(/\r\n[ \t]/g, '');
      const uids: string[] = text.match(/^UID:.*$/gm) ?? [];
      assert.ok(uids.includes(`UID:${ids.get(vgzTermination)}.vgz-deadline-decision.e2@zorgvuldig`));
      assert.ok(uids.every((uid) => uid.includes('.vgz-deadline-decision.')), uids.join());
      assert.equal((await call(MEDICAL_ADVISER, 'POST', '/api/me/calendar-feed')).status, 403);
    });
  });
}
