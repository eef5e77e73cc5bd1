import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { FUNDER_REVIEWER, MEDEWERKER, REGIEVOERDER, startTestApp, type TestApp } from './support/app.ts';
import { testDatabases } from './support/databases.ts';
import { istandaardenAbsent, validate307 } from './support/istandaarden.ts';
import { pdfText, renderPages } from './support/pdf.ts';

// Documents over HTTP, on each database: a letter from draft to the stored PDF that never changes
// again and counts in the assessment; the request to the funder; the client's copy; the 307.

const example = (name: string) => JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8'));
const bijlage6 = example('bijlage6-beeindiging-jeugd');
const vgz = example('vgz-opschorting');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

for (const database of testDatabases) {
  describe(`documents on ${database.kind}`, () => {
    let t: TestApp;
    let caseId: string;
    /** The 307s the routes produced, validated in a test of their own (skipped without ../shared). */
    const produced: { xml: string; law: 'wmo' | 'jeugdwet' }[] = [];
    before(async () => {
      t = await startTestApp(database);
      caseId = (await call(REGIEVOERDER, 'POST', '/api/import?confirm=true', bijlage6)).body.id;
    });
    after(() => t.close());

    async function call(email: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) {
      const response = await t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${await t.token(email)}` },
        ...(payload !== undefined ? { payload } : {}),
      });
      const isJson = response.headers['content-type']?.toString().startsWith('application/json');
      return { status: response.statusCode, body: isJson ? (response.json() as Record<string, any>) : {}, raw: response.rawPayload, headers: response.headers };
    }

    const letterCount = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from letters`.execute(t.store.db)).rows[0]?.n;

    test('a letter goes from draft to sent: stored byte for byte, recorded in the dossier, counted by the assessment', async () => {
      const before = await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}/assessment?asOf=2026-07-01`);
      const requirement = () => before.body.requirements.find((r: { id: string }) => r.id === 'b6-client-informed-decision');
      assert.equal(requirement().status, 'missing');

      const listed = await call(MEDEWERKER, 'GET', `/api/cases/${caseId}/letters`);
      assert.deepEqual(listed.body.available.map((l: { kind: string }) => l.kind), ['warning', 'termination-intent', 'decision', 'final-notice']);

      const drafted = await call(MEDEWERKER, 'POST', `/api/cases/${caseId}/letters`, { kind: 'decision', date: '2026-06-30' });
      assert.equal(drafted.status, 201);
      assert.equal(drafted.body.status, 'draft');
      assert.equal(drafted.body.sha256, null);
      const letterId = drafted.body.id as string;

      const edited = await call(MEDEWERKER, 'PATCH', `/api/cases/${caseId}/letters/${letterId}`, { subject: 'Besluit van de gemeente Zwolle' });
      assert.equal(edited.status, 200);
      assert.equal(edited.body.letter.subject, 'Besluit van de gemeente Zwolle');

      const preview = await call(MEDEWERKER, 'GET', `/api/cases/${caseId}/letters/${letterId}/pdf`);
      assert.equal(preview.status, 200);
      assert.equal(preview.headers['content-type'], 'application/pdf');
      assert.ok(pdfText(preview.raw).includes('CONCEPT — NIET VERZONDEN'));

      assert.equal((await call(MEDEWERKER, 'POST', `/api/cases/${caseId}/letters/${letterId}/approve`)).status, 403);
      const approved = await call(REGIEVOERDER, 'POST', `/api/cases/${caseId}/letters/${letterId}/approve`);
      assert.equal(approved.status, 200);
      assert.equal(approved.body.status, 'sent');
      assert.match(approved.body.sha256, /^[0-9a-f]{64}$/);
      assert.equal(approved.body.entryId, 'e14');

      const read = await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}`);
      const entry = read.body.entries.find((e: { id: string }) => e.id === 'e14');
      assert.deepEqual(
        { type: entry.type, date: entry.date, kind: entry.kind, written: entry.written, complaintRouteMentioned: entry.complaintRouteMentioned },
        { type: 'client-notice', date: '2026-06-30', kind: 'decision', written: true, complaintRouteMentioned: true },
      );
      const after = await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}/assessment?asOf=2026-07-01`);
      const met = after.body.requirements.find((r: { id: string }) => r.id === 'b6-client-informed-decision');
      assert.deepEqual([met.status, met.evidence], ['met', ['e14']]);

      // The download is the stored PDF, byte for byte, with the hash recorded at sending.
      const download = await call(MEDEWERKER, 'GET', `/api/cases/${caseId}/letters/${letterId}/pdf`);
      assert.equal(sha256(download.raw), approved.body.sha256);
      const stored = await t.store.db.selectFrom('letters').select(['pdf', 'sha256']).where('id', '=', letterId).executeTakeFirstOrThrow();
      assert.deepEqual(Buffer.from(stored.pdf as Uint8Array), download.raw);
      const text = pdfText(download.raw);
      for (const fact of ['Besluit van de gemeente Zwolle', 'dhr. R. Kramer (vader, gezaghebbende ouder)', 'Datum: 30 juni 2026', 'geaccepteerd', 'niet eerder dan 31 juli 2026']) {
        assert.ok(text.includes(fact), `sent letter lacks "${fact}"`);
      }
      assert.ok(!text.includes('CONCEPT'));
      renderPages(download.raw, `http-${database.kind}-decision`);
    });

    test('a sent letter is immutable: the API answers 409 and the database itself refuses', async () => {
      const { body } = await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}/letters`);
      const sent = body.letters.find((l: { status: string }) => l.status === 'sent');
      const url = `/api/cases/${caseId}/letters/${sent.id}`;
      assert.equal((await call(REGIEVOERDER, 'PATCH', url, { subject: 'Anders' })).status, 409);
      assert.equal((await call(REGIEVOERDER, 'DELETE', url)).status, 409);
      assert.equal((await call(REGIEVOERDER, 'POST', `${url}/approve`)).status, 409);
      await assert.rejects(
        t.store.db.updateTable('letters').set({ content: JSON.stringify({ subject: 'vervalst' }) }).where('id', '=', sent.id).execute(),
        /sent letter is immutable/,
      );
      await assert.rejects(t.store.db.deleteFrom('letters').where('id', '=', sent.id).execute(), /sent letter is immutable/);
      const again = await call(REGIEVOERDER, 'GET', `${url}/pdf`);
      assert.equal(sha256(again.raw), sent.sha256);
    });

    test('002 ‘in afstemming met de behandelend huisarts’: a letter whose facts the dossier no longer supports is refused at approval (409), and nothing changes', async () => {
      const vgzId = (await call(REGIEVOERDER, 'POST', '/api/import?confirm=true', vgz)).body.id as string;
      const request = { kind: 'suspension-intent', date: '2026-10-07', params: { requiredChange: 'Laat de badkamer schoonmaken.' } };
      const drafted = await call(MEDEWERKER, 'POST', `/api/cases/${vgzId}/letters`, request);
      assert.equal(drafted.status, 201);
      assert.ok(JSON.stringify(drafted.body.letter.body).includes('afgestemd met de huisarts'));
      // The GP did not agree after all: a correction says so.
      const period = vgz.entries.find((x: { id: string }) => x.id === 'e6a');
      const corrected = await call(MEDEWERKER, 'POST', `/api/cases/${vgzId}/entries`, { ...period, id: 'e6b', corrects: 'e6a', agreedWithGp: false });
      assert.equal(corrected.status, 201);
      const entriesBefore = (await call(REGIEVOERDER, 'GET', `/api/cases/${vgzId}`)).body.entries.length;

      const refused = await call(REGIEVOERDER, 'POST', `/api/cases/${vgzId}/letters/${drafted.body.id}/approve`);
      assert.equal(refused.status, 409);
      assert.match(refused.body.issues[0].message, /^deze brief kan niet worden goedgekeurd: .*niet met de huisarts afgestemd/);
      assert.equal((await call(REGIEVOERDER, 'GET', `/api/cases/${vgzId}/letters/${drafted.body.id}`)).body.status, 'draft');
      assert.equal((await call(REGIEVOERDER, 'GET', `/api/cases/${vgzId}`)).body.entries.length, entriesBefore);
      // Nor can it be drafted again from this dossier.
      const again = await call(MEDEWERKER, 'POST', `/api/cases/${vgzId}/letters`, request);
      assert.equal(again.status, 400);
      assert.match(again.body.issues[0].message, /niet met de huisarts afgestemd/);
    });

    test('a draft can be thrown away; bad input is a 400 naming the field and changes nothing', async () => {
      const drafted = await call(MEDEWERKER, 'POST', `/api/cases/${caseId}/letters`, {
        kind: 'warning',
        date: '2026-07-02',
        params: { requiredChange: 'Geen dreiging meer.', improveBy: '2026-07-16', consequence: 'termination' },
      });
      assert.equal(drafted.status, 201);
      assert.equal((await call(MEDEWERKER, 'DELETE', `/api/cases/${caseId}/letters/${drafted.body.id}`)).status, 204);
      assert.equal((await call(MEDEWERKER, 'GET', `/api/cases/${caseId}/letters/${drafted.body.id}`)).status, 404);

      const count = await letterCount();
      const bad = await call(MEDEWERKER, 'POST', `/api/cases/${caseId}/letters`, { kind: 'warning', date: '2026-02-30', params: { consequence: 'none' } });
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body.issues, [{ path: '$.date', message: 'geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag' }]);
      const missing = await call(MEDEWERKER, 'POST', `/api/cases/${caseId}/letters`, { kind: 'suspension-intent' });
      assert.equal(missing.status, 400);
      assert.equal(missing.body.issues[0].path, '$.kind');
      const dashes = '-'.repeat(36);
      assert.equal((await call(MEDEWERKER, 'GET', `/api/cases/${caseId}/letters/${dashes}`)).status, 404);
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/cases/${caseId}/letters/${dashes}/approve`)).status, 404);
      assert.equal(await letterCount(), count);
      // Issue 10: VGZ has nothing to do with this municipal case, so for VGZ it does not exist; the
      // municipality it is addressed to may not read its letters (yet).
      assert.equal((await call(FUNDER_REVIEWER, 'GET', `/api/cases/${caseId}/letters`)).status, 404);
      assert.equal((await call('beoordelaar@groningen.example', 'GET', `/api/cases/${caseId}/letters`)).status, 403);
    });

    test('the request to the funder: the request, every entry in date order with its notes, the assessment with its clauses', async () => {
      const response = await call(MEDEWERKER, 'GET', `/api/cases/${caseId}/funder-request.pdf?asOf=2026-06-10`);
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-type'], 'application/pdf');
      const text = pdfText(response.raw);
      for (const fact of [
        'Verzoek tot zorgbeëindiging (Bijlage 6)',
        'Voorstel voor de continuïteit van de zorg',
        'Hulp aan Sem loopt door op de locatie met twee hulpverleners',
        'Vader dreigde de ambulant hulpverlener',
        'Dossier (14 items, op datum)',
        'registratienummer bij de locatiemanager',
        'Toetsing aan het protocol (per 10 juni 2026)',
        'Bepaling: “Opdrachtgever neemt contact op met de cliënt of diens wettelijk vertegenwoordiger voor wederhoor”',
      ]) {
        assert.ok(text.includes(fact), `funder request lacks "${fact}"`);
      }
      for (let i = 1; i <= 14; i++) assert.ok(text.includes(`(e${i})`), `entry e${i} missing`);
      assert.ok(text.indexOf('(e1)') < text.indexOf('(e13)'), 'entries in date order');
      assert.ok(renderPages(response.raw, `funder-request-${database.kind}`) >= 3);
    });

    test('the client’s copy holds every entry but no internal note', async () => {
      const response = await call(MEDEWERKER, 'GET', `/api/cases/${caseId}/client-copy.pdf?asOf=2026-07-01`);
      assert.equal(response.status, 200);
      const text = pdfText(response.raw);
      assert.ok(text.includes('Kopie van het dossier van S. (Sem) Kramer'));
      assert.ok(text.includes('Aangifte of melding bij de politie (e5)'));
      assert.ok(!text.includes('registratienummer'), 'the internal note must not be in the client’s copy');
      assert.ok(!text.includes('Notitie:'));
      renderPages(response.raw, `client-copy-${database.kind}`);
    });

    test('the 307: the case’s allocation gives a valid iJw message; missing or wrong data is a 400 naming it', async () => {
      const response = await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}/stop-message.xml?date=2026-08-03&id=SK-0307`);
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-type'], 'application/xml; charset=utf-8');
      const xml = response.raw.toString('utf8');
      produced.push({ xml, law: 'jeugdwet' });
      for (const fact of ['<jw307:Afzender>98761234</jw307:Afzender>', '<jw307:Ontvanger>0193</jw307:Ontvanger>', '<jw307:Einddatum>2026-07-31</jw307:Einddatum>', '<jw307:RedenBeeindiging>33</jw307:RedenBeeindiging>']) {
        assert.ok(xml.includes(fact), fact);
      }
      assert.equal((await call(MEDEWERKER, 'GET', `/api/cases/${caseId}/stop-message.xml`)).status, 403);
      const early = await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}/stop-message.xml?date=2026-07-30`);
      assert.deepEqual(early.body.issues.map((i: { path: string }) => i.path), ['?date']);

      const vgzId = (await call(REGIEVOERDER, 'POST', '/api/import?confirm=true', vgz)).body.id;
      const noStop = await call(REGIEVOERDER, 'GET', `/api/cases/${vgzId}/stop-message.xml`);
      assert.equal(noStop.status, 400);
      assert.equal(noStop.body.issues[0].path, '$.regime');

      const groningenId = (await call(REGIEVOERDER, 'POST', '/api/import?confirm=true', { ...example('groningen-beeindiging'), allocation: undefined })).body.id;
      const missing = await call(REGIEVOERDER, 'GET', `/api/cases/${groningenId}/stop-message.xml`);
      assert.deepEqual(missing.body.issues.map((i: { path: string }) => i.path), ['$.allocation']);
      const allocation = { ...bijlage6.allocation, law: 'wmo', product: { category: '02' }, bsn: '123456789' };
      const wrong = await call(REGIEVOERDER, 'PUT', `/api/cases/${groningenId}/allocation`, allocation);
      assert.equal(wrong.status, 400);
      assert.deepEqual(wrong.body.issues, [{ path: '$.allocation.bsn', message: 'BSN voldoet niet aan de elfproef' }]);
      const shape = await call(REGIEVOERDER, 'PUT', `/api/cases/${groningenId}/allocation`, { ...allocation, providerAgbCode: '123' });
      assert.deepEqual(shape.body.issues, [{ path: '$.allocation.providerAgbCode', message: 'moet een AGB-code van precies 8 cijfers zijn' }]);
      assert.equal((await call(REGIEVOERDER, 'PUT', `/api/cases/${groningenId}/allocation`, { ...allocation, bsn: '999993653' })).status, 200);
      const fixed = await call(REGIEVOERDER, 'GET', `/api/cases/${groningenId}/stop-message.xml`);
      assert.equal(fixed.status, 200);
      produced.push({ xml: fixed.raw.toString('utf8'), law: 'wmo' });
      const exported = await call(REGIEVOERDER, 'GET', `/api/cases/${groningenId}/export`);
      assert.equal(exported.body.allocation.bsn, '999993653');
      // The Groningen example already recorded its 307: one definitive stop per termination.
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/cases/${groningenId}/stop-message`)).status, 409);
    });

    test('the 307s produced above validate against their XSDs', { skip: istandaardenAbsent }, async () => {
      assert.equal(produced.length, 2);
      for (const { xml, law } of produced) assert.deepEqual((await validate307(xml, law)).errors, []);
    });

    test('sending the 307 records it in the dossier, closes the case, and the same message comes back from it', async () => {
      const sent = await call(REGIEVOERDER, 'POST', `/api/cases/${caseId}/stop-message?date=2026-08-03&id=SK-0307`);
      assert.equal(sent.status, 201);
      const again = await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}/stop-message.xml`);
      assert.equal(again.raw.toString('utf8'), sent.raw.toString('utf8'));
      const read = await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}`);
      assert.equal(read.body.status, 'afgerond');
      const entry = read.body.entries.at(-1);
      assert.deepEqual([entry.type, entry.date, entry.messageId], ['stop-message', '2026-08-03', 'SK-0307']);
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/cases/${caseId}/stop-message`)).status, 409);
    });

    test('the OpenAPI document lists the document routes', async () => {
      const { body } = await call(REGIEVOERDER, 'GET', '/api/openapi.json');
      for (const path of [
        '/api/cases/{id}/letters',
        '/api/cases/{id}/letters/{letterId}',
        '/api/cases/{id}/letters/{letterId}/approve',
        '/api/cases/{id}/letters/{letterId}/pdf',
        '/api/cases/{id}/funder-request.pdf',
        '/api/cases/{id}/client-copy.pdf',
        '/api/cases/{id}/allocation',
        '/api/cases/{id}/stop-message.xml',
        '/api/cases/{id}/stop-message',
      ]) {
        assert.ok(body.paths[path], `OpenAPI lacks ${path}`);
      }
    });
  });
}
