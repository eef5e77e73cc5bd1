import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { openTestStore, testDatabases } from '../../../test/support/databases.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import type { UserActor } from '../../policy/actors.ts';
import type { Store } from '../../store/database.ts';
import { insertOrganisation, insertUser } from '../../store/users.ts';
import { assessCase } from '../cases/assess-case.ts';
import type { CommandContext } from '../pipeline/context.ts';
import { execute } from '../pipeline/execute.ts';
import { appointmentEntryId, invoiceEntryId } from '../../domain/agreement/evidence.ts';
import { secondNoShowKey } from './agreement.ts';
import { createAgreement } from './create-agreement.ts';
import { endClientAgreement } from './end-agreement.ts';
import { issueInvoice } from './issue-invoice.ts';
import { planAppointment } from './plan-appointment.ts';
import { readClientAgreement } from './read-agreement.ts';
import { recordAppointment } from './record-appointment.ts';
import { recordInvoice } from './record-invoice.ts';
import { startTermination } from './start-termination.ts';
import { remindPlanEvaluations } from './remind-plan-evaluations.ts';
import { savePlanVersion } from './save-plan-version.ts';
import { jobContext } from '../pipeline/machine.ts';

// The care agreement as stored (decision 0018): the second no-show raises one task however the
// no-shows arrive, an ordinary end stores its effect (planned appointments cancelled without
// charge, open invoices kept), and a termination case counts the agreement's no-shows and unpaid
// invoices as evidence for its grounds, corrected when an invoice is paid.

for (const database of testDatabases) {
  describe(`the care agreement, stored (${database.kind})`, () => {
    let store: Store;
    let ctx: CommandContext;
    let organisationId: string;

    before(async () => {
      store = await openTestStore(database);
      organisationId = await insertOrganisation(store.db, { slug: 'onl', name: 'Zorggroep ONL', kind: 'provider', address: null });
      const userId = await insertUser(store.db, { organisationId, email: 'regie@onl.example', name: 'Regie', role: 'regievoerder', passwordHash: null });
      const actor: UserActor = { kind: 'user', userId, name: 'Regie', organisationId, organisationKind: 'provider', role: 'regievoerder', teamId: null };
      ctx = { store, actor, origin: '127.0.0.1', now: () => new Date('2026-12-04T10:00:00Z'), today: () => '2026-12-04' };
    });
    after(() => store.close());

    const newClient = async () =>
      (
        await execute(ctx, createAgreement, {
          organisationId,
          body: { client: { name: `J. de Vries ${randomUUID().slice(0, 4)}`, birthDate: '1958-04-01', hasRepresentative: false }, startedOn: '2026-01-05', municipalityCode: '0171' },
        })
      ).clientId;
    const plan = async (clientId: string, start: string, funding = 'client') =>
      (await execute(ctx, planAppointment, { clientId, body: { start, durationMinutes: 90, what: 'Begeleiding bij de administratie', rateCentsPerHour: 6000, funding } })).id;
    const absent = (appointmentId: string) => execute(ctx, recordAppointment, { appointmentId, body: { kind: 'attendance', attendance: 'absent' } });
    const tasksOf = async (clientId: string) => store.db.selectFrom('tasks').select(['id', 'kind', 'dedupe_key']).where('client_id', '=', clientId).execute();

    test('the second no-show raises the task to contact the municipality once; the first and the third do not', async () => {
      const clientId = await newClient();
      const [a, b, c, d] = [await plan(clientId, '2026-11-02T10:00'), await plan(clientId, '2026-11-09T10:00'), await plan(clientId, '2026-11-16T10:00'), await plan(clientId, '2026-11-23T10:00')];
      assert.equal((await absent(a)).taskId, undefined);
      // Cancelled 47 hours ahead: too late, so the second no-show.
      const late = await execute(ctx, recordAppointment, { appointmentId: b, body: { kind: 'cancellation', receivedAt: '2026-11-07T11:00', by: 'client' } });
      assert.ok(late.taskId !== undefined);
      assert.equal((await absent(c)).taskId, undefined);
      // Force majeure does not count, and changes nothing about the task either.
      await execute(ctx, recordAppointment, { appointmentId: d, body: { kind: 'attendance', attendance: 'absent', forceMajeure: 'Opgenomen in het ziekenhuis' } });
      const tasks = await tasksOf(clientId);
      assert.deepEqual(tasks.map((t) => [t.id, t.kind, t.dedupe_key]), [[late.taskId, 'agreement.contact-municipality', secondNoShowKey(clientId)]]);
      const view = await execute(ctx, readClientAgreement, clientId);
      assert.deepEqual(view.contact.countedNoShows, [a, b, c]);
      assert.deepEqual(view.appointments.map((x) => x.outcome.kind), ['no-show', 'no-show', 'no-show', 'no-show']);
    });

    test('no-shows recorded at the same moment, in concurrent transactions, make exactly one task', async () => {
      const clientId = await newClient();
      const ids = [await plan(clientId, '2026-11-03T09:00'), await plan(clientId, '2026-11-10T09:00'), await plan(clientId, '2026-11-17T09:00'), await plan(clientId, '2026-11-24T09:00')];
      const results = await Promise.all(ids.map(absent));
      assert.equal(results.filter((r) => r.taskId !== undefined).length, 1, JSON.stringify(results));
      assert.equal((await tasksOf(clientId)).length, 1);
    });

    test('a cancellation exactly 48 hours ahead is on time, across the change to summer time', async () => {
      const clientId = await newClient();
      const id = await plan(clientId, '2026-03-30T10:00');
      // 48 real hours before Monday 30 March 10:00 (summer time) is Saturday 28 March 09:00 (winter time).
      await execute(ctx, recordAppointment, { appointmentId: id, body: { kind: 'cancellation', receivedAt: '2026-03-28T09:00', by: 'client' } });
      const view = await execute(ctx, readClientAgreement, clientId);
      assert.equal(view.appointments[0]!.outcome.kind, 'cancelled-on-time');
      await execute(ctx, recordAppointment, { appointmentId: id, body: { kind: 'cancellation', receivedAt: '2026-03-28T09:01', by: 'client' } });
      assert.equal((await execute(ctx, readClientAgreement, clientId)).appointments[0]!.outcome.kind, 'no-show');
    });

    test('an ordinary end stores its effect: planned appointments after it cancelled without charge, open invoices kept', async () => {
      const clientId = await newClient();
      const held = await plan(clientId, '2026-11-05T14:00');
      await execute(ctx, recordAppointment, { appointmentId: held, body: { kind: 'attendance', attendance: 'attended' } });
      const { id: invoiceId } = await execute(ctx, issueInvoice, { clientId, body: { month: '2026-11', invoiceDate: '2026-12-01' } });
      const before = await plan(clientId, '2026-12-15T10:00');
      const afterEnd = await plan(clientId, '2026-12-16T10:00');
      const effect = await execute(ctx, endClientAgreement, { clientId, body: { kind: 'mutual-consent', agreedEndDate: '2026-12-15' } });
      assert.deepEqual([effect.endDate, effect.cancelledAppointments, effect.keptInvoices], ['2026-12-15', [afterEnd], [invoiceId]]);

      const rows = await store.db.selectFrom('appointments').select(['id', 'cancelled_by']).where('client_id', '=', clientId).execute();
      assert.deepEqual(Object.fromEntries(rows.map((r) => [r.id, r.cancelled_by])), { [held]: null, [before]: null, [afterEnd]: 'agreement-end' });
      const invoice = await store.db.selectFrom('invoices').select(['total_cents', 'paid_on']).where('id', '=', invoiceId).executeTakeFirstOrThrow();
      assert.deepEqual(invoice, { total_cents: 9000, paid_on: null });
      const view = await execute(ctx, readClientAgreement, clientId);
      assert.equal(view.agreement.end?.endedOn, '2026-12-15');
      assert.equal(view.appointments.find((a) => a.record.id === afterEnd)?.outcome.kind, 'cancelled-by-provider');
      assert.equal(view.invoices[0]?.state.status, 'open');

      await assert.rejects(execute(ctx, endClientAgreement, { clientId, body: { kind: 'death', diedOn: '2026-12-01' } }), ConflictError);
      await assert.rejects(plan(clientId, '2026-12-17T10:00'), (e: InvalidInputError) => e.issues[0]?.path === '$.start');
      // Notice by the provider needs a week: refused with its reason, and nothing changed.
      const other = await newClient();
      await assert.rejects(
        execute(ctx, endClientAgreement, { clientId: other, body: { kind: 'notice-by-provider', receivedOn: '2026-12-01', requestedEndDate: '2026-12-03' } }),
        (e: InvalidInputError) => e.issues[0]?.path === '$.requestedEndDate',
      );
      assert.equal((await execute(ctx, readClientAgreement, other)).agreement.end, null);
    });

    test('an overdue evaluation of the support plan: marked, and one task per missed date from the reminder job', async () => {
      const clientId = await newClient();
      await execute({ ...ctx, today: () => '2026-03-02' }, savePlanVersion, {
        clientId,
        body: { agreedOn: '2026-03-02', goals: ['Zelf de post bijhouden'], agreements: ['Samen de post doornemen'], clientDoes: ['Legt de post klaar'], support: [{ what: 'Begeleiding', amount: '1 uur per week', paidBy: 'municipality' }], clientSupporterPointedOut: true },
      });
      const view = await execute(ctx, readClientAgreement, clientId);
      assert.equal(view.plan.nextEvaluation?.state, 'overdue');
      const job = jobContext(store, 'reminders');
      const at = { ...job, today: () => '2026-12-04' };
      await execute(at, remindPlanEvaluations, undefined);
      await execute(at, remindPlanEvaluations, undefined);
      const tasks = await store.db.selectFrom('tasks').select(['kind', 'due_on']).where('client_id', '=', clientId).execute();
      assert.deepEqual(tasks, [{ kind: 'agreement.plan-evaluation', due_on: view.plan.nextEvaluation!.dueDate }]);
    });

    test('in a termination case the no-shows and the invoice unpaid past its term are evidence for the grounds, with links; a payment corrects it', async () => {
      const clientId = await newClient();
      const first = await plan(clientId, '2026-10-05T10:00');
      const second = await plan(clientId, '2026-10-12T10:00');
      const given = await plan(clientId, '2026-10-19T10:00');
      await absent(first);
      await absent(second);
      await execute(ctx, recordAppointment, { appointmentId: given, body: { kind: 'attendance', attendance: 'attended' } });
      const { id: invoiceId } = await execute(ctx, issueInvoice, { clientId, body: { month: '2026-10', invoiceDate: '2026-11-02' } });
      await execute(ctx, recordInvoice, { invoiceId, body: { kind: 'reminder-sent', sentOn: '2026-12-03', statesCosts: true } });

      const { caseId } = await execute(ctx, startTermination, { clientId, body: {} });
      const entries = await store.db.selectFrom('entries').select(['entry_key', 'type', 'body']).where('case_id', '=', caseId).orderBy('seq').execute();
      assert.deepEqual(entries.map((e) => e.type).sort(), ['invoice', 'no-show', 'no-show', 'payment-reminder']);
      const noShow = entries.find((e) => e.type === 'no-show')!;
      assert.match(String(noShow.body.note), new RegExp(`/clienten/${clientId}/afspraken#afspraak-${first}`));

      const assessment = await execute(ctx, assessCase, { caseId });
      const ground = assessment.requirements.find((r) => r.id === 'onl-ground')!;
      assert.equal(ground.status, 'met');
      assert.match(ground.text, /niet afnemen zonder tijdig af te melden/);
      assert.match(ground.text, /facturen niet betalen/);
      assert.deepEqual([...ground.evidence].sort(), [appointmentEntryId(first), appointmentEntryId(second), invoiceEntryId(invoiceId)].sort());

      // Recorded after the case started: the receipt and the payment reach its dossier as corrections.
      await execute(ctx, recordInvoice, { invoiceId, body: { kind: 'reminder-received', receivedOn: '2026-12-04' } });
      await execute(ctx, recordInvoice, { invoiceId, body: { kind: 'payment', paidOn: '2026-12-04' } });
      const later = await store.db.selectFrom('entries').select(['type', 'corrects', 'body']).where('case_id', '=', caseId).orderBy('seq').execute();
      assert.deepEqual(later.slice(entries.length).map((e) => [e.type, e.corrects !== null]), [['payment-reminder', true], ['invoice', true]]);
      // Paid late is still evidence of the late payment, not of an unpaid invoice now.
      const reassessed = await execute(ctx, assessCase, { caseId });
      assert.doesNotMatch(reassessed.requirements.find((r) => r.id === 'onl-ground')!.text, /facturen niet betalen/);
    });
  });
}
