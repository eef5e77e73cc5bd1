import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { importDossier } from '../../src/commands/cases/import-dossier.ts';
import { execute } from '../../src/commands/pipeline/execute.ts';
import { operatorContext } from '../../src/commands/pipeline/machine.ts';
import { readFileSync } from 'node:fs';
import type { DossierDocument } from '../../src/domain/dossier/types.ts';
import { DEMO_PASSWORD } from '../../src/commands/demo/seed-demo.ts';
import { findOrganisationBySlug } from '../../src/store/users.ts';
import { testDatabases } from '../support/databases.ts';
import { axeViolations, PHONE, horizontalOverflow, screenshot, signIn, startBrowserSession, type BrowserSession } from './browser.ts';

// The request to the funder in a real browser, as the people on both sides do it (issue 11): a
// provider's regievoerder submits from the case page, the funder's beoordelaar finds it in
// 'Verzoeken', asks a question (the clock stops), hears the client, a medical adviser judges, the
// funder decides, and the decision is in the provider's case at once. Every page passes axe. The
// date the application sees is pinned and moved on as the weeks pass.

const database = testDatabases[0]!;
let today = '2026-03-02';

const REGIEVOERDER = 'regievoerder@delinde.example';
const VGZ = 'zorgadviseur@vgz.example';
const MEDICAL_ADVISER = 'medisch.adviseur@vgz.example';
const GRONINGEN = 'beoordelaar@groningen.example';

async function assertAccessible(page: Page, name: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  await screenshot(page, name);
}

/** On a phone: the page fits 390 px, nothing to scroll sideways, and passes axe there too; then back to a computer's width. */
async function assertFitsPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `${name}: ${overflow} px wider than the phone`);
  await assertAccessible(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

function dossier(regime: DossierDocument['regime'], procedure: DossierDocument['procedure'], name: string): DossierDocument {
  return {
    format: 'zorgvuldig.dossier/1',
    regime,
    procedure,
    client: { name, birthDate: '1948-04-12', hasRepresentative: false },
    careStarted: procedure === 'weigering' ? null : '2024-01-08',
    entries: [{ id: 'e1', type: 'incident', date: '2026-02-02', ground: 'aggression', by: 'client', description: 'Slaat naar de verpleegkundige.' }],
  };
}

describe('the funder loop in Chromium', () => {
  let s: BrowserSession;
  const cases = new Map<string, string>();
  let groningen: DossierDocument;

  async function as(email: string): Promise<void> {
    const signOut = s.page.getByRole('button', { name: 'Uitloggen' });
    if ((await signOut.count()) > 0) {
      await signOut.click();
      await s.page.waitForURL(/\/inloggen/);
    }
    await signIn(s, email);
  }

  /** The regievoerder submits from the open case page, with a reason where the checklist still misses something; the request's address. */
  async function submitFromCase(continuity: string, reason: string): Promise<string> {
    const { page } = s;
    await page.getByLabel('Hoe is de zorg geregeld tot het besluit?').fill(continuity);
    const override = page.getByLabel('De checklist mist nog iets. Waarom toch indienen?');
    if ((await override.count()) > 0) await override.fill(reason);
    await page.getByRole('button', { name: 'Verzoek indienen' }).click();
    await page.waitForURL(/\/verzoeken\/[0-9a-f-]{36}$/);
    return page.url();
  }

  /** The beoordelaar records the wederhoor on the open request page and waits until it is listed. */
  async function recordHearing(heard: 'De cliënt' | 'De wettelijk vertegenwoordiger', heldOn: string, summary: string, listed: RegExp): Promise<void> {
    const { page } = s;
    await page.getByLabel(heard, { exact: true }).check();
    await page.getByLabel('Datum').fill(heldOn);
    await page.getByLabel('Wat er is gezegd').fill(summary);
    await page.getByRole('button', { name: 'Wederhoor opslaan' }).click();
    await page.getByText(listed).waitFor();
  }

  before(async () => {
    s = await startBrowserSession(database, { today: () => today });
    const deLinde = (await findOrganisationBySlug(s.store.db, 'de-linde'))!.id;
    const ops = operatorContext(s.store);
    // Groningen: the example dossier as it stood before its request, with the municipality's allocation.
    groningen = JSON.parse(readFileSync(new URL('../../examples/groningen-beeindiging.json', import.meta.url), 'utf8')) as DossierDocument;
    const requestAt = groningen.entries.findIndex((e) => e.type === 'funder-request');
    const beforeRequest = { ...groningen, entries: groningen.entries.slice(0, requestAt) };
    cases.set('groningen', (await execute(ops, importDossier, { confirmed: true, organisationId: deLinde, document: beforeRequest })).caseId);
    for (const [key, regime, procedure, name] of [
      ['vgz', 'vgz-wijkverpleging', 'beeindiging', 'J. Verzoek-VGZ'],
      ['b6', 'gemeente-bijlage6', 'beeindiging', 'K. Verzoek-Gemeente'],
      ['b6-refusal', 'gemeente-bijlage6', 'weigering', 'L. Weigering-Gemeente'],
    ] as const) {
      cases.set(key, (await execute(ops, importDossier, { confirmed: true, organisationId: deLinde, document: dossier(regime, procedure, name) })).caseId);
    }
  });
  after(() => s?.close());

  test('VGZ: submitted, a question stops the clock, wederhoor, medical advice, accepted with the PGB offer and the IGJ pointer', async () => {
    const { page } = s;
    const caseUrl = `${s.url}/casussen/${cases.get('vgz')}`;

    // The provider submits from the case page, with the continuity proposal and a recorded reason.
    today = '2026-03-02';
    await as(REGIEVOERDER);
    await page.goto(caseUrl);
    await page.getByText('Nog geen verzoek ingediend.').waitFor();
    await assertAccessible(page, 'verzoek-casus-voor-indienen');
    await page.getByLabel('Hoe is de zorg geregeld tot het besluit?').fill('Wij blijven zorg leveren tot de overdracht.');
    await page.getByLabel('Aangetoond dat er geen andere aanbieder te vinden is').check();
    await page.getByLabel('De checklist mist nog iets. Waarom toch indienen?').fill('Agressie tegen personeel; de situatie is onveilig.');
    await page.getByRole('button', { name: 'Verzoek indienen' }).click();
    await page.waitForURL(/\/verzoeken\/[0-9a-f-]{36}$/);
    const requestUrl = page.url();
    await page.getByText('3 weken na 2 maart = 23 maart').waitFor();
    await assertAccessible(page, 'verzoek-aanbieder');

    // The funder's beoordelaar lands on 'Verzoeken' and opens the request.
    await as(VGZ);
    assert.match(page.url(), /\/verzoeken$/);
    await assertAccessible(page, 'verzoeken-inbox');
    await page.getByRole('link', { name: /J\. Verzoek-VGZ/ }).click();
    await page.getByRole('heading', { name: 'Dossier zoals ingediend' }).waitFor();
    await assertAccessible(page, 'verzoek-financier');

    // A question on 10 March stops the clock.
    today = '2026-03-10';
    await page.getByLabel('Vraag aan de aanbieder').fill('Is de huisarts geïnformeerd over de beëindiging?');
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await page.getByText('Besluiten kan zodra de open vraag is beantwoord.').waitFor();
    await assertAccessible(page, 'verzoek-vraag-open');

    // The provider sees the question on the case page and on 'Taken', and answers on 17 March.
    today = '2026-03-17';
    await as(REGIEVOERDER);
    await page.goto(caseUrl);
    await page.getByText('De financier heeft een vraag; de beslistermijn staat stil tot u antwoordt.').waitFor();
    await assertAccessible(page, 'verzoek-casus-vraag');
    await page.goto(`${s.url}/taken`);
    await page.getByText(/Beantwoord de vraag van Coöperatie VGZ/).waitFor();
    await page.goto(caseUrl);
    await page.getByRole('link', { name: 'Beantwoorden' }).click();
    await page.getByLabel('Uw antwoord').fill('Ja, op 3 maart, telefonisch.');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('3 weken na 2 maart = 23 maart; vraag op 10 maart, antwoord op 17 maart, 7 dagen opgeschort: nieuwe termijn 30 maart').waitFor();
    await assertAccessible(page, 'verzoek-beantwoord');

    // Wederhoor by the beoordelaar; without the IGJ pointer and the PGB offer the decision is refused.
    today = '2026-03-18';
    await as(VGZ);
    await page.goto(requestUrl);
    await recordHearing('De cliënt', '2026-03-18', 'Cliënt erkent de incidenten, wil geen andere zorg.', /Wederhoor op 18 maart 2026 met de cliënt/);

    await as(MEDICAL_ADVISER);
    await page.goto(requestUrl);
    await page.getByLabel('Ja, gegrond').check();
    await page.getByLabel('Motivering').fill('De veiligheid van het personeel is niet te waarborgen.');
    await page.getByRole('button', { name: 'Oordeel opslaan' }).click();
    await page.getByText(/Medisch advies van 18 maart 2026: reden gegrond/).waitFor();
    await assertAccessible(page, 'verzoek-medisch-advies');

    await as(VGZ);
    await page.goto(requestUrl);
    await page.getByLabel('Akkoord', { exact: true }).check();
    await page.getByLabel('Redenen').fill('De reden is gegrond; de-escalatie is niet gelukt.');
    await page.getByLabel(/^Continuïteit: wie neemt/).fill('Geen andere aanbieder gevonden; de cliënt krijgt een aanbod PGB.');
    await page.getByRole('button', { name: 'Besluit versturen' }).click();
    await page.getByRole('alert').getByText(/Wijzen op de melding aan de IGJ/).waitFor();
    await assertAccessible(page, 'verzoek-besluit-geweigerd');
    await page.getByLabel('Akkoord', { exact: true }).check();
    await page.getByLabel('Redenen').fill('De reden is gegrond; de-escalatie is niet gelukt.');
    await page.getByLabel(/^Continuïteit: wie neemt/).fill('Geen andere aanbieder gevonden; de cliënt krijgt een aanbod PGB.');
    await page.getByLabel('Aanbieder gewezen op een melding aan de IGJ').check();
    await page.getByLabel('De cliënt een aanbod PGB gedaan').check();
    await page.getByRole('button', { name: 'Besluit versturen' }).click();
    await page.getByRole('heading', { name: 'Besluit', exact: true }).waitFor();
    assert.equal(await page.locator('[data-duty] .utrecht-status-badge--danger').count(), 0);
    await assertAccessible(page, 'verzoek-besloten');

    // The decision is in the provider's case at once, with the objection deadline.
    await as(REGIEVOERDER);
    await page.goto(caseUrl);
    await page.getByText('Bezwaar kan tot en met 29 april 2026.').waitFor();
    await assertAccessible(page, 'verzoek-casus-besloten');
  });

  test('Bijlage 6: a termination rejected (care continues, no final notice), then an objection the municipality decides', async () => {
    const { page } = s;
    const caseUrl = `${s.url}/casussen/${cases.get('b6')}`;
    today = '2026-04-01';
    await as(REGIEVOERDER);
    await page.goto(caseUrl);
    const requestUrl = await submitFromCase('Zorg loopt door tot het besluit.', 'Het team kan de zorg niet veilig leveren.');

    today = '2026-04-03';
    await as(GRONINGEN);
    await page.goto(requestUrl);
    await recordHearing('De wettelijk vertegenwoordiger', '2026-04-02', 'Vertegenwoordiger wil dat de zorg doorgaat.', /Wederhoor op 2 april 2026/);
    await page.getByLabel('Niet akkoord').check();
    await page.getByLabel('Redenen').fill('Er zijn nog niet genoeg alternatieven geprobeerd.');
    await page.getByRole('button', { name: 'Besluit versturen' }).click();
    await page.getByText('Niet akkoord: de casus blijft open en de zorg loopt door.').waitFor();
    await assertAccessible(page, 'verzoek-afgewezen');

    await as(REGIEVOERDER);
    await page.goto(caseUrl);
    await page.getByText('De financier gaat niet akkoord: de casus blijft open en de zorg loopt door.').waitFor();
    await assertAccessible(page, 'verzoek-casus-afgewezen');
    // A final notice before an acceptance is refused.
    await page.getByLabel('Soort item').selectOption({ label: 'Bericht aan de cliënt' });
    await page.getByRole('button', { name: 'Item toevoegen' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('2026-04-03');
    await page.getByLabel('Soort bericht').selectOption('final-notice');
    await page.getByRole('group', { name: 'Schriftelijk?' }).getByLabel('Ja', { exact: true }).check();
    await page.getByRole('button', { name: 'Opslaan in het dossier' }).click();
    await page.getByText(/pas na een akkoord van de financier/).first().waitFor();
    await assertAccessible(page, 'opzegging-geweigerd');

    // The objection, within six weeks; the municipality decides on it.
    await page.goto(requestUrl);
    await page.getByLabel(/^Gronden van het bezwaar/).fill('Alle alternatieven zijn beproefd; zie het dossier.');
    await page.getByRole('button', { name: 'Bezwaar indienen' }).click();
    await page.getByText('De financier beslist op het bezwaar.').waitFor();
    await assertAccessible(page, 'verzoek-bezwaar');

    today = '2026-04-10';
    await as(GRONINGEN);
    await page.goto(requestUrl);
    await page.getByLabel('Akkoord', { exact: true }).check();
    await page.getByLabel('Redenen').fill('Bij nader inzien is het bezwaar gegrond.');
    await page.getByLabel(/^Continuïteit: wie neemt/).fill('Zorggroep Oost neemt de zorg over per 1 mei.');
    await page.getByRole('button', { name: 'Besluit versturen' }).click();
    await page.getByText(/Besluit op bezwaar: Akkoord/).waitFor();
    await assertAccessible(page, 'verzoek-besluit-op-bezwaar');
  });

  test('Bijlage 6: a refusal withdrawn (a reason is required), submitted again, heard and decided within the week', async () => {
    const { page } = s;
    const caseUrl = `${s.url}/casussen/${cases.get('b6-refusal')}`;
    today = '2026-04-01';
    await as(REGIEVOERDER);
    await page.goto(caseUrl);
    const proposal = 'De cliënt blijft bij de huidige aanbieder tot het besluit.';
    const firstUrl = await submitFromCase(proposal, 'Wij kunnen deze zorg niet veilig bieden.');
    // The refusal's term: one week (Bijlage 6, art. 6.4).
    await page.getByText('1 week na 1 april = 8 april').waitFor();

    // The provider withdraws it: without a reason that is refused and nothing changes.
    await page.getByRole('button', { name: 'Verzoek intrekken' }).click();
    await page.getByRole('alert').getByText('Vul de reden van intrekken in').waitFor();
    assert.equal(await page.getByText('Ingetrokken door de aanbieder').count(), 0);
    await assertAccessible(page, 'verzoek-intrekken-geweigerd');
    await page.getByLabel('Waarom trekt u het verzoek in?').fill('Het wederhoor van de cliënt ontbrak nog in het dossier.');
    await page.getByRole('button', { name: 'Verzoek intrekken' }).click();
    await page.getByText(/Ingetrokken door de aanbieder op 1 april 2026\. Reden: Het wederhoor van de cliënt ontbrak/).waitFor();
    await page.getByText('Vervallen: het verzoek is ingetrokken').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Verzoek intrekken' }).count(), 0);
    await assertAccessible(page, 'verzoek-ingetrokken');
    await assertFitsPhone(page, 'verzoek-ingetrokken');

    // The case page says so, and offers to submit again.
    await page.goto(caseUrl);
    await page.getByText('U kunt hieronder opnieuw een verzoek indienen.').waitFor();
    await assertAccessible(page, 'verzoek-casus-ingetrokken');

    // The municipality's inbox: withdrawn, not overdue, and nothing to decide.
    today = '2026-04-02';
    await as(GRONINGEN);
    await page.goto(`${s.url}/verzoeken?state=withdrawn`);
    const listed = page.locator('[data-request]', { hasText: 'L. Weigering-Gemeente' });
    await listed.getByText('Ingetrokken door de aanbieder op 1 april 2026').waitFor();
    assert.equal(await listed.getByText('termijn verlopen').count(), 0);
    await assertAccessible(page, 'verzoeken-ingetrokken');
    await page.goto(firstUrl);
    assert.equal(await page.getByRole('button', { name: 'Besluit versturen' }).count(), 0);

    // Submitted again on 2 April; the municipality hears the client and decides on 8 April, within the week.
    await as(REGIEVOERDER);
    await page.goto(caseUrl);
    const requestUrl = await submitFromCase(proposal, 'Het wederhoor staat nu in het dossier.');
    assert.notEqual(requestUrl, firstUrl);
    await page.getByText('1 week na 2 april = 9 april').waitFor();

    today = '2026-04-08';
    await as(GRONINGEN);
    await page.goto(requestUrl);
    await recordHearing('De cliënt', '2026-04-07', 'De cliënt begrijpt dat deze aanbieder de zorg niet kan bieden.', /Wederhoor op 7 april 2026 met de cliënt/);
    await page.getByLabel('Akkoord', { exact: true }).check();
    await page.getByLabel('Redenen').fill('De weigering is gegrond: de gevraagde zorg past niet bij het aanbod.');
    await page.getByLabel(/^Continuïteit: wie neemt/).fill('Zorggroep Oost biedt de zorg; de toegangsmedewerker regelt de toewijzing.');
    await page.getByRole('button', { name: 'Besluit versturen' }).click();
    await page.getByRole('heading', { name: 'Besluit', exact: true }).waitFor();
    await page.getByText(/Akkoord op 8 april 2026/).first().waitFor();
    assert.equal(await page.locator('[data-duty] .utrecht-status-badge--danger').count(), 0);
    await assertAccessible(page, 'verzoek-weigering-besloten');

    // The provider sees it at once; a refusal has no 307, so its Documenten page offers none.
    await as(REGIEVOERDER);
    await page.goto(caseUrl);
    await page.getByText(/Besluit: Akkoord\./).waitFor();
    await page.goto(`${caseUrl}/documenten`);
    assert.equal(await page.getByRole('heading', { name: /307-bericht/ }).count(), 0);
  });

  test('Groningen: accepted with conditions and a referral (5B); then the final end date, the final notice, the 307 and the report back', async () => {
    const { page } = s;
    const caseId = cases.get('groningen')!;
    const caseUrl = `${s.url}/casussen/${caseId}`;
    today = '2026-09-01';
    await as(REGIEVOERDER);
    await page.goto(caseUrl);
    // The 307 before an acceptance is refused, as the provider's system would send it.
    const token = ((await (await fetch(`${s.url}/api/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: REGIEVOERDER, password: DEMO_PASSWORD }) })).json()) as { token: string }).token;
    const api = (method: string, path: string, body?: unknown) =>
      fetch(`${s.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    assert.equal((await api('POST', `/api/cases/${caseId}/stop-message?date=2026-09-01&id=SK-GRO-1`)).status, 409);
    // …and on the Documenten page: said in Dutch, nothing recorded.
    await page.goto(`${caseUrl}/documenten`);
    await page.getByText(/Nog geen akkoord van de financier/).waitFor();
    await page.getByLabel('Dagtekening').fill('2026-09-01');
    await page.getByRole('button', { name: 'Vastleggen als verzonden' }).click();
    await page.getByRole('alert').getByText(/Het 307-bericht kan pas na een akkoord van de financier/).waitFor();
    await assertAccessible(page, 'documenten-307-geweigerd');
    await page.goto(caseUrl);

    const requestUrl = await submitFromCase('Zorg loopt door; de toegangsmedewerker zoekt met ons een nieuwe aanbieder.', 'Spoed.');
    await page.getByText('7 werkdagen na 1 september = 10 september').waitFor();

    today = '2026-09-03';
    await as(GRONINGEN);
    await page.goto(requestUrl);
    await page.getByLabel('Akkoord onder voorwaarden', { exact: true }).check();
    await page.getByLabel('Redenen').fill('Het verzoek is getoetst aan de stukken en het contract: akkoord.');
    await page.getByLabel('Voorwaarden (bij akkoord onder voorwaarden)').fill('De definitieve einddatum spreekt u af met de toegangsmedewerker.');
    await page.getByLabel(/^Continuïteit: wie neemt/).fill('Zorggroep Oost neemt over.');
    await page.getByLabel('Doorverwezen naar de toegangsmedewerker').check();
    await page.getByRole('button', { name: 'Besluit versturen' }).click();
    await page.getByText('Doorverwezen naar de toegangsmedewerker.').waitFor();
    await assertAccessible(page, 'verzoek-groningen-akkoord');

    // The provider: the final end date (the allocation), the final notice, the 307, the report back.
    today = '2026-09-07';
    await as(REGIEVOERDER);
    await page.goto(caseUrl);
    await page.getByText(/Na het akkoord: leg de definitieve einddatum vast/).waitFor();
    await assertAccessible(page, 'verzoek-casus-groningen-akkoord');
    // The definitive end date agreed with the toegangsmedewerker, on the Documenten page; without it the form says so.
    await page.getByRole('link', { name: 'Naar de toewijzing en het 307-bericht' }).click();
    await page.getByRole('heading', { name: 'Toewijzing en definitieve einddatum' }).waitFor();
    await assertAccessible(page, 'documenten-na-akkoord');
    await assertFitsPhone(page, 'documenten-na-akkoord');
    assert.equal(await page.getByLabel('BSN van de cliënt').inputValue(), groningen.allocation!.bsn);
    await page.getByRole('button', { name: 'Toewijzing opslaan' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Vul de einddatum in' }).waitFor();
    await assertAccessible(page, 'documenten-toewijzing-fout');
    await page.getByLabel('Einddatum', { exact: true }).fill('2026-10-30');
    await page.getByRole('button', { name: 'Toewijzing opslaan' }).click();
    await page.getByText('De toewijzing is vastgelegd, met einddatum 30 oktober 2026.').waitFor();
    await page.goto(caseUrl);
    await page.getByLabel('Soort item').selectOption({ label: 'Bericht aan de cliënt' });
    await page.getByRole('button', { name: 'Item toevoegen' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('2026-09-07');
    await page.getByLabel('Soort bericht').selectOption('final-notice');
    await page.getByRole('group', { name: 'Schriftelijk?' }).getByLabel('Ja', { exact: true }).check();
    await page.getByRole('button', { name: 'Opslaan in het dossier' }).click();
    await page.waitForURL(/opgeslagen=/);
    // The 307 reports a stop that has begun: on the final end date.
    today = '2026-10-30';
    await page.goto(caseUrl);
    await page.locator('#volgende-stappen').getByRole('link', { name: 'Dien na het akkoord van de gemeente het 307-bericht in.' }).click();
    await page.getByRole('heading', { name: '307-bericht (stop zorg)' }).waitFor();
    await page.getByLabel('Dagtekening').fill('2026-10-30');
    await page.getByLabel('Berichtidentificatie').fill('SK-GRO-1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '307-bericht downloaden (XML)' }).click()]);
    const xml = readFileSync((await download.path())!, 'utf8');
    assert.match(xml, /SK-GRO-1/);
    assert.match(xml, /2026-10-30/);
    await page.getByRole('button', { name: 'Vastleggen als verzonden' }).click();
    await page.getByText('Het 307-bericht is vastgelegd als verzonden.').waitFor();
    await page.getByText(/Verzonden op 30 oktober 2026, berichtidentificatie SK-GRO-1/).waitFor();
    await assertAccessible(page, 'documenten-307-verzonden');
    const [sent] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Verzonden 307-bericht downloaden (XML)' }).click()]);
    assert.equal(readFileSync((await sent.path())!, 'utf8'), xml);
    await page.goto(caseUrl);
    await page.getByLabel('Soort item').selectOption({ label: 'Overleg met andere disciplines' });
    await page.getByRole('button', { name: 'Item toevoegen' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('2026-10-30');
    await page.getByLabel('Contractmanager gemeente').check();
    await page.getByLabel('Toegangsmedewerker gemeente').check();
    await page.getByLabel('Uitkomst').fill('Afspraken en definitieve einddatum 30 oktober 2026 schriftelijk teruggekoppeld.');
    await page.getByRole('button', { name: 'Opslaan in het dossier' }).click();
    await page.waitForURL(/opgeslagen=/);
    await page.getByText(/Afgesloten/).first().waitFor();
    await assertAccessible(page, 'verzoek-casus-groningen-afgerond');
  });
});
