import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { todayInAmsterdam } from '../clock.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../commands/demo/seed-demo.ts';
import { assess } from '../domain/assessment/assess.ts';
import { addDays } from '../domain/calendar/dates.ts';
import type { DossierDocument } from '../domain/dossier/types.ts';
import { buildApp } from '../app.ts';
import type { Mailer, MailMessage } from '../mail/mailer.ts';
import { openStore, type Store } from '../store/database.ts';
import { findOrganisationBySlug, insertOrganisation, insertUser } from '../store/users.ts';
import { testDatabases } from '../../test/support/databases.ts';
import { MAX_ATTEMPTS, retryDelayMs, runReminderCycle, SENDING_LEASE_MS } from './reminders.ts';

const now = new Date();
const today = todayInAmsterdam(now);
const WINDOW_DAYS = 7;
const at = (ms: number) => new Date(now.getTime() + ms);

function doc(regime: DossierDocument['regime'], procedure: DossierDocument['procedure'], requestDaysAgo: number): DossierDocument {
  return {
    format: 'zorgvuldig.dossier/1',
    regime,
    procedure,
    client: { name: 'Cliënt', birthDate: '1950-05-05', hasRepresentative: false },
    careStarted: procedure === 'weigering' ? null : '2024-01-08',
    entries: [{ id: 'e1', type: 'funder-request', date: addDays(today, -requestDaysAgo), dossierAttached: true }],
  };
}
// The VGZ decision (3 weeks) falls within the window; the refusal decision (1 week) is overdue.
const dueSoon = doc('vgz-wijkverpleging', 'beeindiging', 18);
const overdue = doc('gemeente-bijlage6', 'weigering', 12);

class FakeMailer implements Mailer {
  sent: MailMessage[] = [];
  failWith: string | undefined;
  async send(message: MailMessage) {
    if (this.failWith !== undefined) throw new Error(this.failWith);
    this.sent.push(message);
  }
  close() {}
}

for (const database of testDatabases) {
  describe(`reminders on ${database.kind}`, () => {
    let store: Store;
    let second: Store;
    let app: FastifyInstance;
    let dispose: () => Promise<void>;
    const caseIds: string[] = [];

    async function call(email: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
      const login = await app.inject({ method: 'POST', url: '/api/auth/token', payload: { email, password: DEMO_PASSWORD } });
      const headers = { authorization: `Bearer ${login.json().token}` };
      const response = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      return { status: response.statusCode, body: response.body === '' ? {} : response.json() };
    }

    const cycle = (mailer: Mailer | undefined, clock: Date, on: Store = store) =>
      runReminderCycle({ store: on, config: { windowDays: WINDOW_DAYS, mailFrom: 'Zorgvuldig <noreply@zorg.example>' }, mailer, now: () => clock });

    async function reminders() {
      return store.db
        .selectFrom('notifications as n')
        .innerJoin('users as u', 'u.id', 'n.user_id')
        .select(['u.email', 'n.case_id', 'n.deadline_id', 'n.kind', 'n.mail_status', 'n.mail_attempts', 'n.mail_last_error', 'n.mail_message_id'])
        .where('n.case_id', 'in', caseIds)
        .orderBy('n.case_id')
        .orderBy('u.email')
        .execute();
    }

    before(async () => {
      const created = await database.create();
      dispose = created.dispose;
      store = await openStore(created.target);
      // On PostgreSQL a second pool stands in for a second process; PGlite has only ever one.
      second = database.kind === 'postgresql' ? await openStore(created.target) : store;
      await seedDemoIfEmpty(store);
      app = await buildApp({ store });
      for (const d of [dueSoon, overdue]) {
        const { status, body } = await call('regievoerder@delinde.example', 'POST', '/api/import?confirm=true', d);
        assert.equal(status, 201);
        caseIds.push(body.id);
      }
      // Only our two cases are due: the example dossiers' deadlines are marked met for this test.
      await store.db.updateTable('case_deadlines').set({ met: true }).where('case_id', 'not in', caseIds).execute();
    });
    after(async () => {
      await app.close();
      if (second !== store) await second.close();
      await store.close();
      await dispose();
    });

    test('the expected deadlines are due soon and overdue', () => {
      const [soon] = assess(dueSoon, today).deadlines;
      const [late] = assess(overdue, today).deadlines;
      assert.ok(soon!.date >= today && soon!.date <= addDays(today, WINDOW_DAYS), soon!.date);
      assert.ok(late!.date < today, late!.date);
    });

    test('two processes scanning and sending at once: each reminder exactly once, to the responsible people', async () => {
      const mailers = [new FakeMailer(), new FakeMailer()];
      await Promise.all([0, 1, 2, 3, 4].flatMap(() => [cycle(mailers[0], now, store), cycle(mailers[1], now, second)]));
      const rows = await reminders();
      const [vgzCase, b6Case] = caseIds;
      assert.deepEqual(
        rows.map((r) => [r.case_id, r.deadline_id, r.email, r.kind, r.mail_status, r.mail_attempts]),
        [
          [vgzCase, 'vgz-deadline-decision', 'regievoerder@delinde.example', 'upcoming', 'sent', 1],
          [vgzCase, 'vgz-deadline-decision', 'zorgadviseur@vgz.example', 'upcoming', 'sent', 1],
          [b6Case, 'b6-deadline-refusal-decision', 'beoordelaar@groningen.example', 'overdue', 'sent', 1],
          [b6Case, 'b6-deadline-refusal-decision', 'regievoerder@delinde.example', 'overdue', 'sent', 1],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      const sent = mailers.flatMap((m) => m.sent);
      assert.equal(sent.length, 4);
      assert.equal(new Set(sent.map((m) => m.messageId)).size, 4);
      assert.deepEqual(sent.map((m) => m.messageId).sort(), rows.map((r) => r.mail_message_id).sort());
      for (const message of sent) assert.match(message.messageId, /^<reminder\.[0-9a-f]{64}@zorg\.example>$/);
      const overdueMail = sent.find((m) => m.to === 'beoordelaar@groningen.example')!;
      assert.match(overdueMail.subject, /^Zorgvuldig: Termijn verlopen op /);
      assert.match(overdueMail.text, /binnen 1 week na ontvangst van de zorgweigering/);
      assert.ok(!overdueMail.text.includes('Cliënt'), 'no client data in e-mail');

      // Later cycles find nothing new to remind of.
      const again = await cycle(mailers[0], at(3_600_000));
      assert.deepEqual(again, { reminders: 0, sent: 0, failed: 0, unconfirmed: 0 });
      const inbox = await call('zorgadviseur@vgz.example', 'GET', '/api/notifications');
      assert.equal(inbox.body.unread, 1);
      assert.equal(inbox.body.notifications[0].deadlineId, 'vgz-deadline-decision');
      assert.equal(inbox.body.notifications[0].mailStatus, 'sent');
      const read = await call('zorgadviseur@vgz.example', 'POST', `/api/notifications/${inbox.body.notifications[0].id}/read`);
      assert.equal(read.status, 204);
      assert.equal((await call('zorgadviseur@vgz.example', 'GET', '/api/notifications')).body.unread, 0);
      const foreign = await call('regievoerder@delinde.example', 'POST', `/api/notifications/${inbox.body.notifications[0].id}/read`);
      assert.equal(foreign.status, 404);
    });

    test('a request readdressed to another funder reminds that funder, and nobody a second time', async () => {
      const caseId = caseIds[0]!;
      const other = await insertOrganisation(store.db, { slug: 'zilveren-kruis', name: 'Zilveren Kruis', kind: 'health-insurer', address: null });
      await insertUser(store.db, { organisationId: other, email: 'zorgadviseur@zk.example', name: 'Z. Adviseur', role: 'beoordelaar', passwordHash: null });
      const reroute = (funderOrganisationId: string) =>
        call('regievoerder@delinde.example', 'PUT', `/api/cases/${caseId}/routing`, { funderOrganisationId });
      assert.equal((await reroute(other)).status, 200);
      const mailer = new FakeMailer();
      assert.deepEqual(await cycle(mailer, at(60_000)), { reminders: 1, sent: 1, failed: 0, unconfirmed: 0 });
      assert.deepEqual(mailer.sent.map((m) => m.to), ['zorgadviseur@zk.example']);
      await reroute((await findOrganisationBySlug(store.db, 'vgz'))!.id);
      assert.deepEqual(await cycle(mailer, at(120_000)), { reminders: 0, sent: 0, failed: 0, unconfirmed: 0 });
    });

    test('a failed send is retried with backoff, then given up and shown to the beheerder, who can resend it', async () => {
      const caseId = caseIds[0]!;
      // A new request moves the deadline: a new reminder for each responsible person.
      await call('regievoerder@delinde.example', 'POST', `/api/cases/${caseId}/entries`, {
        type: 'funder-request',
        date: addDays(today, -17),
        dossierAttached: true,
      });
      const mailer = new FakeMailer();
      mailer.failWith = 'connect ECONNREFUSED 127.0.0.1:25';
      let clock = now;
      const first = await cycle(mailer, clock);
      assert.deepEqual(first, { reminders: 2, sent: 0, failed: 2, unconfirmed: 0 });
      const early = await cycle(mailer, at(retryDelayMs(1) - 1000));
      assert.equal(early.failed, 0, 'not retried before the backoff has passed');
      for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
        clock = new Date(clock.getTime() + retryDelayMs(attempt - 1));
        assert.equal((await cycle(mailer, clock)).failed, 2, `attempt ${attempt}`);
      }
      assert.equal((await cycle(mailer, new Date(clock.getTime() + 86_400_000))).failed, 0, 'no attempt after the last');
      const admin = await call('beheerder@delinde.example', 'GET', '/api/admin/mail-deliveries?status=failed');
      assert.equal(admin.status, 200);
      assert.deepEqual(
        admin.body.deliveries.map((d: any) => [d.recipient, d.status, d.attempts, d.lastError]),
        [['regievoerder@delinde.example', 'failed', MAX_ATTEMPTS, 'connect ECONNREFUSED 127.0.0.1:25']],
        "only deliveries to the beheerder's own organisation",
      );
      assert.equal((await call('regievoerder@delinde.example', 'GET', '/api/admin/mail-deliveries')).status, 403);
      const resend = await call('beheerder@delinde.example', 'POST', `/api/admin/mail-deliveries/${admin.body.deliveries[0].id}/resend`);
      assert.equal(resend.status, 204);
      mailer.failWith = undefined;
      const after = await cycle(mailer, new Date(clock.getTime() + 86_400_000));
      assert.equal(after.sent, 1);
      assert.deepEqual(mailer.sent.map((m) => m.to), ['regievoerder@delinde.example']);
    });

    test('a process that died between sending and marking an e-mail: that one is never resent automatically but unconfirmed; the rest go out', async () => {
      const caseId = caseIds[1]!;
      await call('regievoerder@delinde.example', 'POST', `/api/cases/${caseId}/entries`, {
        type: 'funder-request',
        date: addDays(today, -11),
        dossierAttached: true,
      });
      const earlier = new Set((await reminders()).map((r) => r.mail_message_id));
      const mailer = new FakeMailer();
      const crash = runReminderCycle({
        store,
        config: { windowDays: WINDOW_DAYS, mailFrom: 'z@zorg.example' },
        mailer,
        now: () => now,
        afterSend: () => {
          throw new Error('process died');
        },
      });
      await assert.rejects(crash, /process died/);
      assert.equal(mailer.sent.length, 1, 'the first e-mail reached the SMTP server, then the process died');
      const inDoubt = mailer.sent[0]!;
      const left = (await reminders()).filter((r) => !earlier.has(r.mail_message_id));
      assert.deepEqual(left.map((r) => r.mail_status).sort(), ['pending', 'sending'], 'only the e-mail in flight is in doubt');
      assert.equal(left.find((r) => r.mail_status === 'sending')!.mail_message_id, inDoubt.messageId);

      // After the restart the other e-mail goes out; the one in doubt is not sent again.
      const restarted = await cycle(mailer, at(60_000));
      assert.deepEqual(restarted, { reminders: 0, sent: 1, failed: 0, unconfirmed: 0 });
      const afterLease = await cycle(mailer, at(SENDING_LEASE_MS + 60_000));
      assert.deepEqual(afterLease, { reminders: 0, sent: 0, failed: 0, unconfirmed: 1 });
      assert.deepEqual(mailer.sent.map((m) => m.messageId).sort(), left.map((r) => r.mail_message_id).sort(), 'each once');
      // Shown to the beheerder as unconfirmed (GET /api/admin/mail-deliveries, as for failed e-mails above).
      const [unconfirmed] = (await reminders()).filter((r) => r.mail_status === 'unconfirmed');
      assert.equal(unconfirmed!.mail_message_id, inDoubt.messageId);
      assert.match(unconfirmed!.mail_last_error!, /onbekend of de e-mail is aangekomen/);
    });
  });
}
