import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RouteOptions } from 'fastify';
import { importDossier } from '../../src/commands/cases/import-dossier.ts';
import { draftLetter } from '../../src/commands/letters/draft-letter.ts';
import { submitRequest } from '../../src/commands/requests/submit-request.ts';
import { reportSuspension } from '../../src/commands/suspension-reports/report-suspension.ts';
import { execute } from '../../src/commands/pipeline/execute.ts';
import { operatorContext } from '../../src/commands/pipeline/machine.ts';
import { DEMO_PASSWORD } from '../../src/commands/demo/seed-demo.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import { tokenHash } from '../../src/auth/tokens.ts';
import { insertInvitation } from '../../src/store/invitations.ts';
import { insertApiToken } from '../../src/store/api-tokens.ts';
import { setCaseRouting } from '../../src/store/case-routing.ts';
import { insertTeam } from '../../src/store/teams.ts';
import { ENTRY_TYPES } from '../../src/domain/dossier/types.ts';
import { insertUser } from '../../src/store/users.ts';
import { DEMO_STAFF } from '../support/app.ts';
import { testDatabases } from '../support/databases.ts';
import { exampleBeforeRequest } from '../support/examples.ts';
import { axeViolations, PHONE, horizontalOverflow, signIn, startBrowserSession, type BrowserSession } from './browser.ts';

// Every page of the web application, as every role that may see it, on a phone: 390 px wide,
// nothing scrolls sideways (the document is no wider than the window) and axe finds nothing. The
// pages come from the routes the application registers, so a new page without a way to reach it
// below fails this test; files (PDF, CSV, XML, JSON, the calendar feed) are not pages. The ids are
// the demo data's, with a request to the funder, a suspension report and a client's account added.
// PGlite only: the databases differ in no page.

const database = testDatabases[0]!;
const CLIENT = 'client@elke-pagina.example';
const ROLES = [...DEMO_STAFF, CLIENT] as const;

/** Routes that answer with a file or a redirect to one, not a page. */
const NOT_A_PAGE = /^\/assets\/|\.(pdf|csv|xml)$|^\/agenda\/:file$|\/export$|^\/mijn-dossier\/:id\/(kopie|brieven\/:letterId)$/;

interface Ids {
  cases: Record<string, string>;
  request: string;
  suspensionReport: string;
  client: string;
  colleague: string;
  invitation: string;
  letter: string;
}

/** The addresses that show a route's page: the first for every role, all of them for the first role that sees it. */
function addresses(route: string, ids: Ids): string[] | undefined {
  const anyCase = Object.values(ids.cases);
  const bijlage6 = ids.cases['gemeente-bijlage6'] as string;
  const known: Record<string, string[]> = {
    '/': ['/'],
    '/inloggen': ['/inloggen'],
    '/inloggen/code': ['/inloggen/code'],
    '/inloggen/tweede-factor': ['/inloggen/tweede-factor'],
    '/uitnodiging/:token': [`/uitnodiging/${ids.invitation}`],
    '/casussen/:id': anyCase.map((id) => `/casussen/${id}`),
    '/casussen/:id/documenten': anyCase.map((id) => `/casussen/${id}/documenten`),
    '/casussen/:id/brieven/nieuw': [`/casussen/${bijlage6}/brieven/nieuw?soort=warning`],
    '/casussen/:id/brieven/:letterId/bewerken': [`/casussen/${bijlage6}/brieven/${ids.letter}/bewerken`],
    '/casussen/:id/clienttoegang': [`/casussen/${bijlage6}/clienttoegang`],
    '/casussen/:id/adres': [`/casussen/${bijlage6}/adres`],
    '/casussen/:id/items/nieuw': ENTRY_TYPES.map((type) => `/casussen/${bijlage6}/items/nieuw?soort=${type}`),
    '/casussen/:id/opschorting-melden': [`/casussen/${ids.cases['vgz-wijkverpleging']}/opschorting-melden`],
    '/verzoeken/:id': [`/verzoeken/${ids.request}`],
    '/opschortingsmeldingen/:id': [`/opschortingsmeldingen/${ids.suspensionReport}`],
    '/clienten/:id': [`/clienten/${ids.client}`],
    '/clienten/:id/:tab': ['afspraken', 'facturen', 'ondersteuningsplan', 'overeenkomst'].map((tab) => `/clienten/${ids.client}/${tab}`),
    '/beheer/gebruikers/:id': [`/beheer/gebruikers/${ids.colleague}`],
    '/mijn-dossier/:id': [`/mijn-dossier/${bijlage6}`],
    '/mijn-dossier/:id/inzage': [`/mijn-dossier/${bijlage6}/inzage`],
  };
  return known[route] ?? (route.includes(':') ? undefined : [route]);
}

describe('every page at 390 px, as every role that may see it: no sideways scrolling, nothing for axe', () => {
  let s: BrowserSession;
  const registered: RouteOptions[] = [];
  let ids: Ids;

  before(async () => {
    s = await startBrowserSession(database, { onRoute: (route) => void registered.push(route) });
    await s.page.setViewportSize(PHONE);
    const db = s.store.db;
    const cases = await db.selectFrom('cases').select(['id', 'regime']).orderBy('created_at').execute();
    const byRegime = Object.fromEntries(cases.map((c) => [c.regime, c.id]));
    const ops = operatorContext(s.store);
    // The Bijlage 6 case to visit: the example before its request, with a request of its own (the demo's holds an acceptance, which refuses a new one).
    const deLindeId = (await db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow()).id;
    byRegime['gemeente-bijlage6'] = (await execute(ops, importDossier, { confirmed: true, organisationId: deLindeId, document: exampleBeforeRequest('bijlage6-beeindiging-jeugd') })).caseId;
    const request = await execute(ops, submitRequest, { caseId: byRegime['gemeente-bijlage6'] as string, body: { continuityProposal: 'Zorg loopt door bij Zorg Verder.', overrideReason: 'Rondgang langs elke pagina.' } });
    const letter = await execute(ops, draftLetter, {
      caseId: byRegime['gemeente-bijlage6'] as string,
      body: { kind: 'warning', date: '2026-11-20', params: { requiredChange: 'Rustig blijven', improveBy: '2026-12-18', consequence: 'termination', incidents: ['e1'] } },
    });
    const report = await execute(ops, reportSuspension, { caseId: byRegime['vgz-wijkverpleging'] as string, body: { summary: 'Mevrouw weigert de wondzorg.' } });
    const client = await db.selectFrom('care_agreements').select('client_id').executeTakeFirstOrThrow();
    const deLinde = await db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow();
    const colleague = await db.selectFrom('users').select('id').where('email', '=', 'medewerker@delinde.example').executeTakeFirstOrThrow();
    const ownClient = await db.selectFrom('cases').select('client_id').where('id', '=', byRegime['gemeente-bijlage6'] as string).executeTakeFirstOrThrow();
    await insertUser(db, { organisationId: deLinde.id, email: CLIENT, name: 'C. Liënt', role: 'client', passwordHash: await hashPassword(DEMO_PASSWORD), demo: true, clientId: ownClient.client_id });
    const invited = await insertUser(db, { organisationId: deLinde.id, email: 'nieuw@delinde.example', name: 'N. Nieuw', role: 'medewerker', passwordHash: null });
    const invitation = 'uitnodiging-voor-de-rondgang-langs-elke-pagina';
    await insertInvitation(db, { hash: tokenHash(invitation), userId: invited, createdBy: colleague.id, expiresAt: new Date(Date.now() + 86_400_000) });
    // What fills the tables: a team with a case (the case list's team column, the teams page) and an API token (the account page).
    const regievoerder = await db.selectFrom('users').select('id').where('email', '=', 'regievoerder@delinde.example').executeTakeFirstOrThrow();
    const team = (await insertTeam(db, deLinde.id, 'Wijkteam Oude Ebbinge en Hortusbuurt-Ebbingekwartier')) as string;
    await setCaseRouting(db, byRegime['groningen-wmo'] as string, { teamId: team });
    await insertApiToken(db, { userId: regievoerder.id, hash: 'rondgang-langs-elke-pagina', expiresAt: new Date(Date.now() + 86_400_000) });
    ids = { cases: byRegime, request: request.id, suspensionReport: report.id, client: client.client_id, colleague: colleague.id, invitation, letter: letter.id };
  });
  after(() => s?.close());

  test('each page fits 390 px and passes axe', async () => {
    const { page } = s;
    const routes = [...new Set(registered.filter((r) => [r.method].flat().includes('GET') && !r.url.startsWith('/api') && !NOT_A_PAGE.test(r.url)).map((r) => r.url))];
    assert.ok(routes.length > 30, `${routes.length} pages`);
    const unreachable = routes.filter((route) => addresses(route, ids) === undefined);
    assert.deepEqual(unreachable, [], 'pages without an address in test/browser/every-page.test.ts: say how to reach them');
    const problems: string[] = [];
    const seen = new Set<string>();
    const check = async (who: string, address: string) => {
      const response = await page.goto(`${s.url}${address}`);
      const status = response?.status() ?? 0;
      // A role without the page gets a refusal (403) or nothing (404): not theirs to see.
      if (status === 403 || status === 404) return false;
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) {
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            // Where the width starts: too wide within a parent that fits.
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && (e.parentElement?.getBoundingClientRect().right ?? 0) <= document.documentElement.clientWidth + 0.5)
            .slice(0, 3)
            .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
        );
        problems.push(`${who} ${address}: ${overflow} px too wide (${wide.join(', ')})`);
      }
      for (const violation of await axeViolations(page)) problems.push(`${who} ${address}: axe ${violation}`);
      return true;
    };
    for (const route of routes.filter((r) => r === '/inloggen' || r.startsWith('/inloggen/') || r.startsWith('/uitnodiging/'))) {
      if (await check('anoniem', addresses(route, ids)![0]!)) seen.add(route);
    }
    for (const email of ROLES) {
      await signIn(s, email);
      for (const route of routes.filter((r) => !(r === '/inloggen' || r.startsWith('/inloggen/') || r.startsWith('/uitnodiging/')))) {
        const all = addresses(route, ids)!;
        for (const address of seen.has(route) ? all.slice(0, 1) : all) {
          if (!(await check(email, address))) break;
          seen.add(route);
        }
      }
      await page.context().clearCookies();
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(routes.filter((r) => !seen.has(r)), [], 'pages no role could see');
  });
});
