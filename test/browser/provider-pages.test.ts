import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { runReminderCycle } from '../../src/jobs/reminders.ts';
import { insertUser } from '../../src/store/users.ts';
import { testDatabases } from '../support/databases.ts';
import { axeViolations, screenshot, signIn, startBrowserSession, unreachableByKeyboard, type BrowserSession } from './browser.ts';

// A care worker's walk through the provider pages in a real browser: a Groningen termination from a
// new case and a VGZ suspension on an imported dossier, with bad input on the way. Every page passes
// axe-core and can be used with the keyboard alone. Runs on PGlite only: what differs per database
// is covered by the non-browser tests; this suite is about the browser.

const database = testDatabases[0]!;

async function statusOf(page: Page, requirement: string): Promise<string | null> {
  return page.locator(`[data-requirement="${requirement}"]`).getAttribute('data-status');
}

async function assertAccessible(page: Page, name: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  await screenshot(page, name);
}

/** Opens the form for an entry type from the case page, fills it and saves it. */
async function addEntry(page: Page, typeLabel: string, date: string, fill: () => Promise<void>): Promise<void> {
  await page.getByLabel('Soort item').selectOption({ label: typeLabel });
  await page.getByRole('button', { name: 'Item toevoegen' }).click();
  await page.getByLabel('Datum', { exact: true }).fill(date);
  await fill();
  await page.getByRole('button', { name: 'Opslaan in het dossier' }).click();
  await page.waitForURL(/opgeslagen=/);
}

const yes = (page: Page, group: string) => page.getByRole('group', { name: group }).getByLabel('Ja', { exact: true }).check();

const addAlternative = (page: Page, date: string, kind: string, outcome: string) =>
  addEntry(page, 'Alternatief gezocht', date, async () => {
    await page.getByLabel('Soort alternatief').selectOption(kind);
    await page.getByLabel('Uitkomst').fill(outcome);
  });

/** A written notice to the client that points out the complaint route. */
const addClientNotice = (page: Page, date: string, kind: string) =>
  addEntry(page, 'Bericht aan de cliënt', date, async () => {
    await page.getByLabel('Soort bericht').selectOption(kind);
    await yes(page, 'Schriftelijk?');
    await yes(page, 'Klachtenregeling genoemd?');
  });

describe('provider pages in Chromium', () => {
  let s: BrowserSession;
  before(async () => {
    s = await startBrowserSession(database);
  });
  after(() => s?.close());

  test('sign-in page: accessible, keyboard-reachable, a wrong password is refused in Dutch', async () => {
    await s.page.goto(`${s.url}/casussen`);
    assert.match(s.page.url(), /\/inloggen\?terug=%2Fcasussen$/);
    await assertAccessible(s.page, 'inloggen');
    assert.deepEqual(await unreachableByKeyboard(s.page), []);
    await s.page.getByLabel('E-mailadres').fill('regievoerder@delinde.example');
    await s.page.getByLabel('Wachtwoord').fill('fout');
    await s.page.getByRole('button', { name: 'Inloggen' }).click();
    await s.page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
    assert.equal(await s.page.getByLabel('E-mailadres').inputValue(), 'regievoerder@delinde.example');
  });

  test('Groningen termination: a regievoerder opens the case and the checklist turns from missing to met', async () => {
    const { page } = s;
    await signIn(s, 'regievoerder@delinde.example');
    await assertAccessible(page, 'mijn-casussen');
    assert.deepEqual(await unreachableByKeyboard(page), []);

    await page.getByRole('link', { name: 'Nieuwe casus' }).click();
    await assertAccessible(page, 'nieuwe-casus');
    assert.deepEqual(await unreachableByKeyboard(page), []);
    // The procedure list offers only what each regime has: VGZ has no zorgweigering.
    const vgzOptions = await page.locator('optgroup[label="VGZ wijkverpleging (Zvw)"] option').allTextContents();
    assert.ok(vgzOptions.length > 0 && vgzOptions.every((o) => !o.startsWith('Zorgweigering')), vgzOptions.join());

    await page.getByLabel('Naam van de cliënt').fill('A. (Anouk) Bakker');
    await page.getByLabel('Geboortedatum').fill('1990-02-28');
    await page.getByRole('button', { name: 'Casus openen' }).click();
    // Bad input: errors beside the fields, in Dutch, with what was typed kept.
    await page.locator('#foutmeldingen').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'foutmeldingen'); // enhance.js
    assert.equal(await page.getByLabel('Naam van de cliënt').inputValue(), 'A. (Anouk) Bakker');
    assert.equal(await page.getByLabel('Regime en procedure').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#veld-hasRepresentative-fout').textContent(), 'Kies ja of nee bij ‘Heeft de cliënt een wettelijk vertegenwoordiger?’');
    assert.equal(await page.locator('#veld-soort-fout').textContent(), 'Kies het regime en procedure');
    await assertAccessible(page, 'nieuwe-casus-fouten');

    await yes(page, 'Heeft de cliënt een wettelijk vertegenwoordiger?');
    await page.getByLabel('Zorg gestart op').fill('2025-09-01');
    await page.getByLabel('Regime en procedure').selectOption('groningen-wmo|beeindiging');
    await page.getByRole('button', { name: 'Casus openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'A. (Anouk) Bakker' }).waitFor();
    for (const id of ['gro-ground', 'gro-toegang-involved', 'gro-consequence-stated', 'gro-means-used', 'gro-alternative-sought', 'gro-client-informed-before-request']) {
      assert.equal(await statusOf(page, id), 'missing', id);
    }

    await addEntry(page, 'Incident', '2026-09-07', async () => {
      await page.getByLabel('Soort gebeurtenis').selectOption('aggression');
      await page.getByLabel('Door wie').selectOption('client');
      await page.getByLabel('Beschrijving').fill('Cliënt sloeg met een vuist op tafel en duwde de begeleider weg.');
    });
    assert.equal(await statusOf(page, 'gro-ground'), 'met');

    // Bad input on an entry form: the date and the description are wrong; nothing is saved.
    await page.getByLabel('Soort item').selectOption({ label: 'Waarschuwing' });
    await page.getByRole('button', { name: 'Item toevoegen' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('1980-01-01');
    await yes(page, 'Schriftelijk?');
    await page.getByLabel('Gevolg dat is genoemd').selectOption('termination');
    await page.getByRole('button', { name: 'Opslaan in het dossier' }).click();
    await page.locator('#foutmeldingen').waitFor();
    assert.equal(await page.locator('#veld-description-fout').textContent(), 'Vul de inhoud van de waarschuwing in');
    assert.equal(await page.getByLabel('Gevolg dat is genoemd').inputValue(), 'termination');
    await assertAccessible(page, 'item-fouten');
    assert.deepEqual(await unreachableByKeyboard(page), []);
    await yes(page, 'Gedeeld met de wettelijk vertegenwoordiger?');
    await page.getByLabel('Inhoud van de waarschuwing').fill('Schriftelijke waarschuwing: bij herhaling volgt beëindiging van de zorg.');
    await page.getByRole('button', { name: 'Opslaan in het dossier' }).click();
    assert.match(await page.locator('#veld-date-fout').textContent() ?? '', /^De datum moet na de geboortedatum van de cliënt liggen$/);
    assert.equal(await page.getByLabel('Datum', { exact: true }).inputValue(), '1980-01-01');
    await page.getByLabel('Datum', { exact: true }).fill('2026-09-08');
    await page.getByRole('button', { name: 'Opslaan in het dossier' }).click();
    await page.waitForURL(/opgeslagen=/);
    assert.equal(await statusOf(page, 'gro-consequence-stated'), 'met');

    await addEntry(page, 'Overleg met andere disciplines', '2026-09-09', async () => {
      await page.getByLabel('Toegangsmedewerker gemeente').check();
      await page.getByLabel('Multidisciplinair overleg (MDO)').check();
      await page.getByLabel('Uitkomst').fill('Toegangsmedewerker betrokken; MDO adviseert experttafel.');
    });
    assert.equal(await statusOf(page, 'gro-toegang-involved'), 'met');

    await addAlternative(page, '2026-09-15', 'experttafel', 'Experttafel: time-out bij een andere locatie geadviseerd.');
    assert.equal(await statusOf(page, 'gro-means-used'), 'met');
    // A means to improve is not the alternative the provider must help find (000).
    assert.equal(await statusOf(page, 'gro-alternative-sought'), 'missing');
    await addEntry(page, 'Alternatief gezocht', '2026-09-16', async () => {
      await page.getByLabel('Soort alternatief').selectOption('other-provider');
      await page.getByLabel('Uitkomst').fill('Met Anouk twee aanbieders bezocht; Stichting Noorderpoort heeft plek.');
      await yes(page, 'Samen met de cliënt gezocht?');
    });
    assert.equal(await statusOf(page, 'gro-alternative-sought'), 'met');

    await addClientNotice(page, '2026-09-20', 'funder-notified');
    assert.equal(await statusOf(page, 'gro-client-informed-before-request'), 'met');

    // The evidence links to the timeline entry, and the clause folds open.
    const evidence = page.locator('[data-requirement="gro-ground"] a[href^="#item-"]').first();
    assert.match((await evidence.textContent()) ?? '', /^Incident, 7 september 2026$/);
    await page.locator('[data-requirement="gro-ground"] summary').click();
    assert.equal(await page.locator('[data-requirement="gro-ground"] details').getAttribute('open'), '');
    await assertAccessible(page, 'casus');
    assert.deepEqual(await unreachableByKeyboard(page), []);
  });

  test('VGZ suspension: the regievoerder opens the case, a medewerker builds the dossier; a correction keeps the original', async () => {
    const { page } = s;
    await signIn(s, 'regievoerder@delinde.example');
    await page.getByRole('link', { name: 'Nieuwe casus' }).click();
    await page.getByLabel('Naam van de cliënt').fill('mevrouw H. de Wit');
    await page.getByLabel('Geboortedatum').fill('1938-06-12');
    await page.getByRole('group', { name: 'Heeft de cliënt een wettelijk vertegenwoordiger?' }).getByLabel('Nee').check();
    await page.getByLabel('Zorg gestart op').fill('2025-03-01');
    await page.getByLabel('Regime en procedure').selectOption('vgz-wijkverpleging|opschorting');
    await page.getByRole('button', { name: 'Casus openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'mevrouw H. de Wit' }).waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen$/);
    await page.goto(`${s.url}/casussen`);
    assert.match(page.url(), /\/inloggen\?terug=/);

    await signIn(s, 'medewerker@delinde.example');
    await page.getByLabel('Naam cliënt').fill('de wit');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const links = page.locator('table a[href^="/casussen/"]');
    assert.equal(await links.count(), 1);
    await links.first().click();
    const steps = ['vgz-ground', 'vgz-suspension-warning', 'vgz-suspension-disciplines', 'vgz-suspension-alternatives', 'vgz-suspension-notice', 'vgz-suspension-complaint-route'];
    for (const id of steps) assert.equal(await statusOf(page, id), 'missing', id);
    // 002 calls the suspension steps recommended: shown as advice, not as a gap (decision 0006).
    const warningStep = page.locator('[data-requirement="vgz-suspension-warning"]');
    assert.equal(await warningStep.getAttribute('data-level'), 'advised');
    assert.equal(await warningStep.locator('.utrecht-status-badge').textContent(), 'Aanbevolen');
    assert.match((await warningStep.textContent()) ?? '', /Zie ook: VGZ — Zorg opschorten of beëindigen/);

    await addEntry(page, 'Incident', '2026-10-01', async () => {
      await page.getByLabel('Soort gebeurtenis').selectOption('hygiene');
      await page.getByLabel('Door wie').selectOption('client');
      await page.getByLabel('Beschrijving').fill('Badkamer ernstig vervuild; risico voor de medewerkers bij de wondzorg.');
    });
    assert.equal(await statusOf(page, 'vgz-ground'), 'met');
    await addEntry(page, 'Waarschuwing', '2026-10-05', async () => {
      await yes(page, 'Schriftelijk?');
      await page.getByLabel('Gevolg dat is genoemd').selectOption('suspension');
      await page.getByLabel('Inhoud van de waarschuwing').fill('Zonder schoonmaak van de badkamer wordt de hulp bij douchen opgeschort.');
    });
    assert.equal(await statusOf(page, 'vgz-suspension-warning'), 'met');
    await addEntry(page, 'Overleg met andere disciplines', '2026-10-08', async () => {
      await page.getByLabel('Huisarts', { exact: true }).check();
      await page.getByLabel('Uitkomst').fill('Huisarts: opschorting van niet-noodzakelijke zorg verantwoord, wondzorg gaat door.');
    });
    assert.equal(await statusOf(page, 'vgz-suspension-disciplines'), 'met');
    await addAlternative(page, '2026-10-12', 'other-team', 'Ander team aangeboden; cliënte weigert.');
    assert.equal(await statusOf(page, 'vgz-suspension-alternatives'), 'met');
    await addClientNotice(page, '2026-10-15', 'warning-of-suspension');
    for (const id of steps) assert.equal(await statusOf(page, id), 'met', id);

    // Correct the alternative: the original stays visible, marked as corrected.
    await page.getByLabel('Soort item').selectOption({ label: 'Alternatief gezocht' });
    await page.getByRole('button', { name: 'Item toevoegen' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('2026-10-12');
    await page.getByLabel('Soort alternatief').selectOption('coaching');
    await page.getByLabel('Uitkomst').fill('Coaching van het team ingezet in plaats van een ander team.');
    const alternatives = await page.getByLabel('Corrigeert item').locator('option').allTextContents();
    await page.getByLabel('Corrigeert item').selectOption({ index: alternatives.length - 1 });
    await page.getByRole('button', { name: 'Opslaan in het dossier' }).click();
    await page.waitForURL(/opgeslagen=/);
    await page.getByRole('link', { name: 'oudste eerst' }).click();
    const superseded = page.locator('.zv-entry--superseded');
    assert.equal(await superseded.count(), 1);
    assert.match((await superseded.textContent()) ?? '', /Gecorrigeerd/);
    assert.match((await superseded.textContent()) ?? '', /Ander team aangeboden/);
    assert.match((await page.locator('.zv-entry--correction').textContent()) ?? '', /Correctie: Alternatief gezocht/);
    await assertAccessible(page, 'casus-vgz');
  });

  test('export and import a dossier file from the pages', async () => {
    const { page } = s;
    await signIn(s, 'regievoerder@delinde.example');
    await page.locator('table a[href^="/casussen/"]').first().click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Dossier exporteren (JSON)' }).click();
    const file = await (await download).path();
    await page.getByRole('link', { name: 'Dossier importeren' }).click();
    await assertAccessible(page, 'importeren');
    assert.deepEqual(await unreachableByKeyboard(page), []);
    await page.getByLabel('Dossierbestand (.json)').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "zorgvuldig.dossier/1"}') });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText(/kapot\.json is niet ingelezen/).waitFor();
    assert.match((await page.locator('#foutmeldingen').textContent()) ?? '', /Regime: Ontbreekt in het bestand.*Zorg gestart op: Ontbreekt in het bestand/);
    await assertAccessible(page, 'importeren-fouten');
    await page.getByLabel('Dossierbestand (.json)').setInputFiles(file);
    await page.getByRole('button', { name: 'Importeren' }).click();
    // The same client under the same protocol as a running case: asked first, imported once confirmed.
    await page.getByRole('heading', { name: 'Er loopt al een casus voor deze cliënt' }).waitFor();
    await assertAccessible(page, 'importeren-bevestigen');
    await page.getByRole('button', { name: 'Toch importeren als nieuwe casus' }).click();
    await page.getByRole('heading', { name: 'Checklist van het protocol' }).waitFor();
    assert.match(page.url(), /\/casussen\/[0-9a-f-]{36}$/);
  });

  test('deadline pages: Termijnen, Meldingen and Agenda-koppeling are accessible and keyboard-reachable', async () => {
    const { page } = s;
    // The reminder job (no SMTP) puts the example dossiers' due deadlines in the in-app list.
    await runReminderCycle({ store: s.store, config: { windowDays: 7, mailFrom: 'noreply@zorg.example' }, mailer: undefined, now: () => new Date() });
    await signIn(s, 'regievoerder@delinde.example');
    await page.getByRole('link', { name: 'Termijnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Termijnen' }).waitFor();
    assert.ok((await page.locator('tr[data-deadline]').count()) > 0);
    await assertAccessible(page, 'termijnen');
    assert.deepEqual(await unreachableByKeyboard(page), []);

    await page.getByRole('link', { name: /^Meldingen \d+ ongelezen$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const unread = await page.locator('[data-read="nee"]').count();
    assert.ok(unread > 0);
    await assertAccessible(page, 'meldingen');
    assert.deepEqual(await unreachableByKeyboard(page), []);
    await page.getByRole('button', { name: 'Markeer als gelezen' }).first().click();
    await page.waitForURL(/\/meldingen\?pagina=1#melding-/);
    assert.equal(await page.locator('[data-read="nee"]').count(), unread - 1);

    await page.getByRole('link', { name: 'Agenda-koppeling' }).click();
    await page.getByRole('button', { name: 'Agenda-adres aanmaken' }).click();
    assert.match(await page.getByLabel('Agenda-adres (kopieer het nu)').inputValue(), /^http:\/\/127\.0\.0\.1:\d+\/agenda\/[A-Za-z0-9_-]{43}\.ics$/);
    await assertAccessible(page, 'agenda');
    assert.deepEqual(await unreachableByKeyboard(page), []);
  });

  test('Toegangslog: the beheerder lands on it; accessible, keyboard-reachable, filtered by event and client', async () => {
    const { page } = s;
    await signIn(s, 'beheerder@delinde.example');
    await page.getByRole('heading', { level: 1, name: 'Toegangslog' }).waitFor();
    assert.match(page.url(), /\/beheer\/toegangslog$/);
    assert.ok((await page.locator('tr[data-seq]').count()) > 0);
    await assertAccessible(page, 'toegangslog');
    assert.deepEqual(await unreachableByKeyboard(page), []);
    await page.getByLabel('Gebeurtenis').selectOption({ label: 'Dossier geïmporteerd' });
    await page.getByLabel('Cliënt').fill('Sem');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/soort=case\.import/);
    // The demo data's import of Sem Kramer's dossier, by whoever ran the installation.
    const events = await page.locator('tr[data-seq]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));
    assert.deepEqual(events, ['case.import']);
    await page.getByText('S. (Sem) Kramer').waitFor();
    await assertAccessible(page, 'toegangslog-gefilterd');
  });

  test('a funder reviewer lands on the requests addressed to them (the first funder page); the provider pages answer with a friendly "geen toegang"', async () => {
    await signIn(s, 'zorgadviseur@vgz.example');
    await s.page.getByRole('heading', { level: 1, name: 'Verzoeken' }).waitFor();
    await s.page.goto(`${s.url}/account`);
    await s.page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await s.page.getByText('U bent ingelogd met een demo-account, zonder tweede factor').waitFor();
    await assertAccessible(s.page, 'mijn-account-demo');
    await s.page.goto(`${s.url}/casussen`);
    await s.page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await assertAccessible(s.page, 'geen-toegang');
  });

  test('a deactivated responsible person: the case list warns and filters, the case names her as no longer active', async () => {
    const organisation = (await s.store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow()).id;
    const leaving = await insertUser(s.store.db, { organisationId: organisation, email: 'vertrekt@delinde.example', name: 'Vera Vertrek', role: 'medewerker', passwordHash: null, demo: true });
    const running = await s.store.db.selectFrom('cases').select('id').where('organisation_id', '=', organisation).where('status', '<>', 'afgerond').orderBy('id').executeTakeFirstOrThrow();
    // Set up as the routing would have left it, then the beheerder's deactivation.
    await s.store.db.updateTable('cases').set({ responsible_user_id: leaving }).where('id', '=', running.id).execute();
    await s.store.db.updateTable('users').set({ active: false }).where('id', '=', leaving).execute();
    await signIn(s, 'regievoerder@delinde.example');
    const { page } = s;
    await page.goto(`${s.url}/casussen`);
    await page.getByText('1 lopende casus heeft een verantwoordelijke die niet meer actief is.').waitFor();
    await assertAccessible(page, 'mijn-casussen-niet-meer-actief');
    await page.getByRole('link', { name: 'Toon deze casus' }).click();
    await page.getByText('Vera Vertrek (niet meer actief)').first().waitFor();
    await assertAccessible(page, 'mijn-casussen-filter-niet-meer-actief');
    await page.goto(`${s.url}/casussen/${running.id}`);
    await page.getByText('Vera Vertrek (niet meer actief)').first().waitFor();
    await assertAccessible(page, 'casus-niet-meer-actief');
  });
});
