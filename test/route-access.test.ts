import type { Allocation } from '../src/domain/dossier/types.ts';
import { example, exampleBeforeRequest } from './support/examples.ts';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { RouteOptions } from 'fastify';
import { sql } from 'kysely';
import { tokenHash } from '../src/auth/tokens.ts';
import { appendEntry } from '../src/commands/cases/append-entry.ts';
import { importDossier } from '../src/commands/cases/import-dossier.ts';
import { approveLetter } from '../src/commands/letters/approve-letter.ts';
import { draftLetter } from '../src/commands/letters/draft-letter.ts';
import { askQuestion } from '../src/commands/requests/ask-question.ts';
import { decideRequest } from '../src/commands/requests/decide-request.ts';
import { fileObjection } from '../src/commands/requests/file-objection.ts';
import { submitRequest } from '../src/commands/requests/submit-request.ts';
import { todayInAmsterdam } from '../src/clock.ts';
import { insertContract } from '../src/store/funder-requests.ts';
import { reportSuspension } from '../src/commands/suspension-reports/report-suspension.ts';
import { createTask } from '../src/commands/tasks/tasks.ts';
import { createAgreement } from '../src/commands/agreement/create-agreement.ts';
import { issueInvoice } from '../src/commands/agreement/issue-invoice.ts';
import { planAppointment } from '../src/commands/agreement/plan-appointment.ts';
import { recordAppointment } from '../src/commands/agreement/record-appointment.ts';
import { savePlanVersion } from '../src/commands/agreement/save-plan-version.ts';
import { addMonths } from '../src/domain/calendar/dates.ts';
import { insertClientRequest } from '../src/store/client-file.ts';
import { execute } from '../src/commands/pipeline/execute.ts';
import { operatorContext } from '../src/commands/pipeline/machine.ts';
import type { UserActor } from '../src/policy/actors.ts';
import { enter } from '../src/policy/areas.ts';
import { decide, type Decision } from '../src/policy/policy.ts';
import type { Resource } from '../src/policy/resources.ts';
import { routeAccess, type RouteAccess } from '../src/requests/access.ts';
import { ACTOR_COLUMNS, insertOrganisation, insertUser, toActor } from '../src/store/users.ts';
import { insertApiToken } from '../src/store/api-tokens.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { DEMO_PASSWORD } from '../src/commands/demo/seed-demo.ts';
import { Agent } from './support/agent.ts';
import { DEMO_STAFF, startTestApp, type TestApp } from './support/app.ts';
import { testDatabases } from './support/databases.ts';

// Every route of the application, API and pages alike, visited by every role: on a case of their
// own organisation (or addressed to their funder organisation), on another organisation's case, and
// on their own organisation. The routes come from the application itself as it registers them, so a
// new route without a sample below fails this test, and one without a policy action and an
// access-log event never starts (app.ts). What is expected comes from the policy: allowed, refused
// (403) or unknown (404, for another organisation's case), and the access-log rows the visit leaves:
// how many, which event, allowed or denied, and by whom.



const CLIENT = 'client@route.example';
// The client of the own case (decision 0020), made in `before` as a demo account (no second factor).
const ROLES = [...DEMO_STAFF, CLIENT] as const;

type Target = 'own' | 'other';

interface Fixture {
  t: TestApp;
  /** A De Linde case addressed to the municipality, and another provider's case addressed to VGZ. */
  cases: Record<Target, string>;
  /** A De Linde client with a care agreement, and another provider's. */
  clients: Record<Target, string>;
  drafts: Map<string, string>;
  /** A VGZ suspension case per organisation: suspension reports are made on those only. */
  vgzCases: Map<string, string>;
  agents: Map<string, Agent>;
}

interface Call {
  actor: UserActor;
  email: string;
  /** The case the visit is about, for a route on a case. */
  caseId?: string;
  /** The client the visit is about, for a route on a client's care agreement. */
  clientId?: string;
}

interface Visit {
  status: number;
  body: string;
}

interface Sample {
  /** What the route's action is decided on. */
  on: 'case' | 'client' | 'organisation' | 'cases';
  /** Path parameters (by default `id`: the case or client), and the case or client the action is decided on when it is not `id`. */
  prepare?(call: Call, f: Fixture): Promise<{ params: Record<string, string>; caseId?: string; clientId?: string }>;
  query?: string;
  /** The JSON body of an API call; the form of a page (a `file` is uploaded as multipart). */
  body?(call: Call): unknown;
  /** How many rows an allowed visit leaves; by default one on a case, none otherwise. */
  rows?(visit: Visit): number;
  /** Puts back what the visit changed that later visits rely on (the actor's password, session). */
  after?(call: Call, f: Fixture): Promise<void>;
}

const distinct = (values: Iterable<string>) => new Set(values).size;
const caseLinks = (body: string) => distinct([...body.matchAll(/href="\/casussen\/([0-9a-f-]{36})"/g)].map((m) => m[1] as string));
const json = (visit: Visit) => JSON.parse(visit.body);

async function operator(f: Fixture) {
  return operatorContext(f.t.store);
}

async function draft(f: Fixture, caseId: string): Promise<string> {
  const letter = await execute(await operator(f), draftLetter, {
    caseId,
    body: { kind: 'warning', date: '2026-11-20', params: { requiredChange: 'Rustig blijven', improveBy: '2026-12-18', consequence: 'termination', incidents: ['e1'] } },
  });
  return letter.id;
}

/** A draft of the case that stays (read, edited, downloaded again and again). */
async function standingDraft(f: Fixture, caseId: string): Promise<string> {
  if (!f.drafts.has(caseId)) f.drafts.set(caseId, await draft(f, caseId));
  return f.drafts.get(caseId) as string;
}

async function organisationOfCase(f: Fixture, caseId: string): Promise<string> {
  return (await f.t.store.db.selectFrom('cases').select('organisation_id').where('id', '=', caseId).executeTakeFirstOrThrow()).organisation_id;
}

/** A notification of the actor about the case: what "mark read" is decided on. */
async function notification(f: Fixture, call: Call): Promise<string> {
  const organisationId = await organisationOfCase(f, call.caseId as string);
  const [row] = await f.t.store.db
    .insertInto('notifications')
    .values({
      user_id: call.actor.userId,
      organisation_id: organisationId,
      case_id: call.caseId as string,
      deadline_id: 'b6-deadline-termination-decision',
      start_event: randomUUID(),
      due_date: '2026-12-01',
      kind: 'upcoming',
      rule: 'r',
      source_seed: 's',
      source_quote: 'q',
    })
    .returning('id')
    .execute();
  return row!.id;
}

async function feedSecret(f: Fixture, actor: UserActor): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  await f.t.store.db.updateTable('calendar_feeds').set({ revoked_at: new Date() }).where('user_id', '=', actor.userId).where('revoked_at', 'is', null).execute();
  await f.t.store.db.insertInto('calendar_feeds').values({ secret_hash: tokenHash(secret), user_id: actor.userId, revoked_at: null }).execute();
  return secret;
}

const onCase: Sample = { on: 'case' };
const onClient: Sample = { on: 'client' };

async function organisationOfClient(f: Fixture, clientId: string): Promise<string> {
  return (await f.t.store.db.selectFrom('clients').select('organisation_id').where('id', '=', clientId).executeTakeFirstOrThrow()).organisation_id;
}

/** The first day of last month and today, in the Netherlands: a month that can be invoiced now. */
const lastMonth = () => addMonths(`${todayInAmsterdam().slice(0, 7)}-01`, -1).slice(0, 7);

/** A new client of the same organisation as the visited one, with what the visit needs (made by the operator). */
async function freshClient(f: Fixture, c: Call, extra: 'none' | 'held' | 'invoice' | 'plan' = 'none'): Promise<{ params: Record<string, string>; clientId: string }> {
  const ops = await operator(f);
  const { clientId } = await execute(ops, createAgreement, {
    organisationId: await organisationOfClient(f, c.clientId!),
    body: { client: { name: 'R. Route', birthDate: '1960-02-02', hasRepresentative: false }, startedOn: '2025-01-06' },
  });
  if (extra === 'held' || extra === 'invoice') {
    const { id } = await execute(ops, planAppointment, { clientId, body: { start: `${lastMonth()}-10T10:00`, durationMinutes: 60, what: 'Begeleiding', rateCentsPerHour: 6000, funding: 'client' } });
    await execute(ops, recordAppointment, { appointmentId: id, body: { kind: 'attendance', attendance: 'attended' } });
  }
  if (extra === 'invoice') {
    const { id } = await execute(ops, issueInvoice, { clientId, body: { month: lastMonth(), invoiceDate: todayInAmsterdam() } });
    return { params: { id }, clientId };
  }
  if (extra === 'plan') await execute(ops, savePlanVersion, { clientId, body: planBody() });
  return { params: { id: clientId }, clientId };
}

/** A support moment of the visited client that has passed, to record what became of it. */
async function pastAppointment(c: Call, f: Fixture): Promise<{ params: Record<string, string>; clientId: string }> {
  const { id } = await execute(await operator(f), planAppointment, {
    clientId: c.clientId!,
    body: { start: `${lastMonth()}-12T10:00`, durationMinutes: 60, what: 'Begeleiding', rateCentsPerHour: 6000, funding: 'municipality' },
  });
  return { params: { id }, clientId: c.clientId! };
}

const planBody = () => ({
  agreedOn: todayInAmsterdam(),
  goals: ['Zelf de post bijhouden'],
  agreements: ['Elke week samen de post doornemen'],
  clientDoes: ['Legt de post klaar'],
  support: [{ what: 'Begeleiding bij de administratie', amount: '1 uur per week', paidBy: 'municipality' }],
  clientSupporterPointedOut: true,
});

// Requests to the funder: each visit that changes one gets a fresh request in the state the step
// needs, on a new case of the target case's organisation (De Linde's, or Andere Zorg's; both have a
// contract with the municipality for Bijlage 6), so every allowed visit can succeed.
const today = todayInAmsterdam();
let municipalityId = '';
type RequestStage = 'submitted' | 'question' | 'decided' | 'objection-decided';

async function freshRequest(f: Fixture, targetCaseId: string, stage: RequestStage): Promise<{ requestId: string; caseId: string; questionId?: string }> {
  const ops = await operator(f);
  const { caseId } = await execute(ops, importDossier, { confirmed: true, organisationId: await organisationOfCase(f, targetCaseId), document: exampleBeforeRequest('bijlage6-beeindiging-jeugd') });
  const { id: requestId } = await execute(ops, submitRequest, { caseId, body: { continuityProposal: 'Zorg loopt door.', overrideReason: 'Route-test.' } });
  if (stage === 'question') {
    const { questionId } = await execute(ops, askQuestion, { requestId, body: { question: 'Wanneer?' } });
    return { requestId, caseId, questionId };
  }
  if (stage !== 'submitted') await execute(ops, decideRequest, { requestId, body: { outcome: 'rejected', reasons: 'Route-test.', overrideReason: 'Route-test.' } });
  if (stage === 'objection-decided') {
    await execute(ops, fileObjection, { requestId, body: { reasons: 'Route-test.' } });
    await execute(ops, decideRequest, { requestId, body: { outcome: 'rejected', reasons: 'Route-test.' } });
  }
  return { requestId, caseId };
}

/** A request that stays (read and downloaded again and again), per target case and stage. */
const standingRequests = new Map<string, { requestId: string; caseId: string }>();
async function standingRequest(f: Fixture, targetCaseId: string, stage: RequestStage) {
  const key = `${targetCaseId} ${stage}`;
  if (!standingRequests.has(key)) standingRequests.set(key, await freshRequest(f, targetCaseId, stage));
  return standingRequests.get(key)!;
}

const onRequest = (stage: RequestStage, fresh: boolean, body?: () => unknown): Sample => ({
  on: 'case',
  prepare: async (c, f) => {
    const r: { requestId: string; caseId: string; questionId?: string } = fresh ? await freshRequest(f, c.caseId!, stage) : await standingRequest(f, c.caseId!, stage);
    const params: Record<string, string> = { id: r.requestId };
    if (r.questionId !== undefined) params.qid = r.questionId;
    return { params, caseId: r.caseId };
  },
  ...(body !== undefined ? { body } : {}),
});
const contractBody = () => ({ organisationId: municipalityId, regime: 'groningen-wmo' });

/** A VGZ suspension case of the organisation of the call's case, addressed to VGZ. */
async function vgzCase(f: Fixture, c: Call): Promise<string> {
  const organisationId = await organisationOfCase(f, c.caseId!);
  if (!f.vgzCases.has(organisationId)) {
    f.vgzCases.set(organisationId, (await execute(await operator(f), importDossier, { confirmed: true, organisationId, document: example('vgz-opschorting') })).caseId);
  }
  return f.vgzCases.get(organisationId) as string;
}

/** A new suspension report on that case, made at the machine. */
async function suspensionReport(c: Call, f: Fixture): Promise<{ params: Record<string, string>; caseId: string }> {
  const caseId = await vgzCase(f, c);
  const report = await execute(await operator(f), reportSuspension, { caseId, body: { summary: 'Mevrouw Smit weigert schoonmaak.' } });
  return { params: { id: report.id }, caseId };
}

const onVgzCase: Sample['prepare'] = async (c, f) => {
  const caseId = await vgzCase(f, c);
  return { params: { id: caseId }, caseId };
};
/** An open task about the case: what completing a task is decided on. */
async function task(f: Fixture, caseId: string): Promise<string> {
  const organisationId = await organisationOfCase(f, caseId);
  const id = await f.t.store.db.transaction().execute((tx) => createTask(tx, operatorContext(f.t.store), { organisationId, caseId, kind: 'test.route', title: 'Bel de gemeente' }));
  return id as string;
}

/** The clients and cases a list of tasks is about: one access-log row each. */
const taskSubjects = (tasks: { caseId: string | null; clientId: string | null }[]) =>
  distinct(tasks.flatMap((t) => (t.caseId !== null ? [`case ${t.caseId}`] : t.clientId !== null ? [`client ${t.clientId}`] : [])));
const taskLinks = (body: string) =>
  distinct([...body.matchAll(/href="\/(casussen|clienten)\/([0-9a-f-]{36})"/g)].map((m) => `${m[1] === 'casussen' ? 'case' : 'client'} ${m[2]}`));
/** A new case of the same organisation as the visited one, for an action that can be done once per entry. */
async function freshCase(c: Call, f: Fixture): Promise<{ params: Record<string, string>; caseId: string }> {
  const { caseId } = await execute(await operator(f), importDossier, { confirmed: true, organisationId: await organisationOfCase(f, c.caseId!), document: example('bijlage6-beeindiging-jeugd') });
  return { params: { id: caseId }, caseId };
}

/** A new case of the same organisation whose client consented in writing to a transfer to 'Zorg Verder'. */
async function consentedCase(c: Call, f: Fixture): Promise<{ params: Record<string, string>; caseId: string }> {
  const fresh = await freshCase(c, f);
  await execute(await operator(f), appendEntry, { caseId: fresh.caseId, entry: { type: 'consent', date: '2026-11-01', recipient: 'Zorg Verder', written: true } });
  return fresh;
}

/** An unanswered request of the case's client (a destruction, granted by the visit). */
async function openRequest(c: Call, f: Fixture): Promise<{ params: Record<string, string> }> {
  const requestId = await insertClientRequest(f.t.store.db, {
    caseId: c.caseId!,
    organisationId: await organisationOfCase(f, c.caseId!),
    kind: 'destruction',
    entryKey: null,
    text: 'Graag vernietigen',
    requestedBy: c.actor.userId,
    requestedAt: new Date(),
    dueOn: '2027-03-01',
  });
  return { params: { id: c.caseId!, requestId } };
}

/** A letter sent to the client of the case. */
async function sentLetter(f: Fixture, caseId: string): Promise<string> {
  const letterId = await draft(f, caseId);
  await execute(await operator(f), approveLetter, { caseId, letterId });
  return letterId;
}

/** Another user of the actor's organisation, to manage. */
async function colleague(f: Fixture, call: Call): Promise<string> {
  const email = `collega-${randomUUID()}@route.example`;
  return insertUser(f.t.store.db, { organisationId: call.actor.organisationId, email, name: 'Collega Route', role: 'beheerder', passwordHash: null });
}

async function apiToken(f: Fixture, userId: string): Promise<string> {
  return insertApiToken(f.t.store.db, { userId, hash: randomUUID(), expiresAt: new Date(Date.now() + 86_400_000) });
}

const onColleague = (extra: Partial<Sample> = {}): Sample => ({
  on: 'organisation',
  prepare: async (c, f) => ({ params: { id: await colleague(f, c) } }),
  ...extra,
});

/** The demo password back, and the tokens and sessions a new one ended made anew. */
async function restorePassword(c: Call, f: Fixture): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await f.t.store.db.updateTable('users').set({ password_hash: hash }).where('id', '=', c.actor.userId).execute();
  const email = (await f.t.store.db.selectFrom('users').select('email').where('id', '=', c.actor.userId).executeTakeFirstOrThrow()).email;
  f.t.forgetToken(email);
  // Asked for now: asking leaves a row (auth.api-token), which must not count towards a later visit.
  await f.t.token(email);
}

const NEW_PASSWORD = 'Vier losse woorden: tulp, dijk, molen, klomp';
const newCase = {
  client: { name: 'R. Route', birthDate: '1960-02-02', hasRepresentative: false },
  regime: 'gemeente-bijlage6',
  procedure: 'beeindiging',
  careStarted: '2025-01-06',
};
const stopMessageQuery = 'date=2026-08-03&id=SK-0307';
const stopMessageForm = () => ({ date: '2026-08-03', id: 'SK-0307' });
/** A case may be stopped once: each visit that records a 307 gets a fresh case of the same organisation. */
const freshCaseToStop: Sample['prepare'] = async (c, f) => {
  const { caseId } = await execute(await operator(f), importDossier, { confirmed: true, organisationId: await organisationOfCase(f, c.caseId!), document: example('bijlage6-beeindiging-jeugd') });
  return { params: { id: caseId }, caseId };
};
const freshCaseBeforeRequest: Sample['prepare'] = async (c, f) => {
  const { caseId } = await execute(await operator(f), importDossier, { confirmed: true, organisationId: await organisationOfCase(f, c.caseId!), document: exampleBeforeRequest('bijlage6-beeindiging-jeugd') });
  return { params: { id: caseId }, caseId };
};
/** The example's allocation as the Documenten page posts it, with the definitive end date. */
const allocationForm = () => {
  const { product, allocationNumber, ...rest } = example('bijlage6-beeindiging-jeugd').allocation as Allocation;
  return { ...rest, allocationNumber: String(allocationNumber), productCategory: product.category, productCode: product.code, endDate: '2026-08-03' };
};

const SAMPLES: Record<string, Sample> = {
  // The API, by resource.
  'GET /api/cases': { on: 'cases', rows: (v) => json(v).cases.length },
  'POST /api/cases': { on: 'organisation', body: () => newCase, rows: () => 1 },
  'GET /api/cases/:id': onCase,
  'POST /api/cases/:id/entries': { on: 'case', body: () => ({ type: 'gp-informed', date: '2026-03-02' }) },
  'GET /api/cases/:id/assessment': onCase,
  'GET /api/cases/:id/export': onCase,
  'POST /api/import': { on: 'organisation', query: 'confirm=true', body: () => example('vgz-opschorting'), rows: () => 1 },
  'GET /api/cases/:id/routing': onCase,
  'PUT /api/cases/:id/routing': { on: 'case', body: () => ({ teamId: null }) },
  'PUT /api/cases/:id/client': { on: 'case', body: () => ({ salutation: 'Beste Jan' }) },
  'GET /api/cases/:id/letters': onCase,
  'POST /api/cases/:id/letters': {
    on: 'case',
    body: () => ({ kind: 'warning', date: '2026-11-20', params: { requiredChange: 'Rustig blijven', improveBy: '2026-12-18', consequence: 'termination', incidents: ['e1'] } }),
  },
  'GET /api/cases/:id/letters/:letterId': { on: 'case', prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await standingDraft(f, c.caseId!) } }) },
  'PATCH /api/cases/:id/letters/:letterId': {
    on: 'case',
    prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await standingDraft(f, c.caseId!) } }),
    body: () => ({ subject: 'Waarschuwing' }),
  },
  'DELETE /api/cases/:id/letters/:letterId': { on: 'case', prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await draft(f, c.caseId!) } }) },
  'POST /api/cases/:id/letters/:letterId/approve': { on: 'case', prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await draft(f, c.caseId!) } }) },
  'GET /api/cases/:id/letters/:letterId/pdf': { on: 'case', prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await standingDraft(f, c.caseId!) } }) },
  'GET /api/cases/:id/funder-request.pdf': onCase,
  'GET /api/cases/:id/client-copy.pdf': onCase,
  'PUT /api/cases/:id/allocation': { on: 'case', body: () => example('bijlage6-beeindiging-jeugd').allocation },
  'GET /api/cases/:id/stop-message.xml': { on: 'case', query: stopMessageQuery },
  'POST /api/cases/:id/stop-message': { on: 'case', query: stopMessageQuery, prepare: freshCaseToStop },
  'POST /api/cases/:id/requests': {
    on: 'case',
    prepare: freshCaseBeforeRequest,
    body: () => ({ continuityProposal: 'Zorg loopt door.', overrideReason: 'Route-test.' }),
  },
  'GET /api/requests': { on: 'cases', rows: (v) => json(v).requests.length },
  'GET /api/requests/:id': onRequest('decided', false),
  'GET /api/requests/:id/request.pdf': onRequest('decided', false),
  'GET /api/requests/:id/decision.pdf': onRequest('decided', false),
  'GET /api/requests/:id/objection-decision.pdf': onRequest('objection-decided', false),
  'POST /api/requests/:id/questions': onRequest('submitted', true, () => ({ question: 'Is de huisarts geïnformeerd?' })),
  'POST /api/requests/:id/questions/:qid/answer': onRequest('question', true, () => ({ answer: 'Ja.' })),
  'POST /api/requests/:id/hearings': onRequest('submitted', true, () => ({ with: 'client', heldOn: today, summary: 'Gehoord.' })),
  'POST /api/requests/:id/medical-advice': onRequest('submitted', true, () => ({ wellFounded: true, reasoning: 'Gegrond.' })),
  'POST /api/requests/:id/decision': onRequest('submitted', true, () => ({ outcome: 'rejected', reasons: 'Niet gegrond.', overrideReason: 'Route-test.' })),
  'POST /api/requests/:id/objection': onRequest('decided', true, () => ({ reasons: 'Wel gegrond.' })),
  'POST /api/requests/:id/withdraw': onRequest('submitted', true, () => ({ reason: 'Route-test.' })),
  'GET /api/funder-contracts': { on: 'organisation', rows: () => 1 },
  'POST /api/funder-contracts': { on: 'organisation', body: contractBody, rows: () => 1 },
  'DELETE /api/funder-contracts': {
    on: 'organisation',
    // The contract exists before each visit, so an allowed one can end it.
    prepare: async (c, f) => {
      const deLinde = await organisationOfCase(f, f.cases.own);
      await insertContract(f.t.store.db, { providerOrganisationId: deLinde, funderOrganisationId: municipalityId, regime: 'groningen-wmo', by: null });
      return { params: {} };
    },
    body: contractBody,
    rows: () => 1,
  },
  'GET /api/deadlines': { on: 'cases', rows: (v) => distinct(json(v).deadlines.map((d: { caseId: string }) => d.caseId)) },
  'POST /api/me/calendar-feed': { on: 'organisation', rows: () => 1 },
  'DELETE /api/me/calendar-feed': {
    on: 'organisation',
    prepare: async (c, f) => (await feedSecret(f, c.actor), { params: {} }),
    rows: () => 1,
  },
  'GET /agenda/:file': {
    on: 'cases',
    prepare: async (c, f) => ({ params: { file: `${await feedSecret(f, c.actor)}.ics` } }),
    rows: (v) => distinct([...v.body.matchAll(/^UID:([0-9a-f-]{36})\./gm)].map((m) => m[1] as string)),
  },
  'GET /api/notifications': { on: 'organisation', rows: (v) => distinct(json(v).notifications.map((n: { caseId: string }) => n.caseId)) },
  'POST /api/notifications/:id/read': { on: 'case', prepare: async (c, f) => ({ params: { id: await notification(f, c) }, caseId: c.caseId! }) },
  'GET /api/tasks': { on: 'organisation', rows: (v) => taskSubjects(json(v).tasks) },
  'POST /api/tasks/:id/done': { on: 'case', prepare: async (c, f) => ({ params: { id: await task(f, c.caseId!) }, caseId: c.caseId! }) },
  'GET /api/clients': { on: 'organisation', rows: (v) => json(v).clients.length },
  'POST /api/clients': {
    on: 'organisation',
    body: () => ({ client: { name: 'R. Route', birthDate: '1960-02-02', hasRepresentative: false }, startedOn: '2025-01-06', municipalityCode: '0171' }),
    rows: () => 1,
  },
  'GET /api/clients/:id': onClient,
  'POST /api/clients/:id/appointments': {
    on: 'client',
    body: () => ({ start: '2027-02-01T10:00', durationMinutes: 60, what: 'Begeleiding', rateCentsPerHour: 6000, funding: 'municipality' }),
  },
  'POST /api/appointments/:id/outcome': { on: 'client', prepare: pastAppointment, body: () => ({ kind: 'attendance', attendance: 'attended' }) },
  'POST /api/clients/:id/invoices': { on: 'client', prepare: (c, f) => freshClient(f, c, 'held'), body: () => ({ month: lastMonth(), invoiceDate: todayInAmsterdam() }) },
  'POST /api/invoices/:id/steps': { on: 'client', prepare: (c, f) => freshClient(f, c, 'invoice'), body: () => ({ kind: 'payment', paidOn: todayInAmsterdam() }) },
  'POST /api/clients/:id/support-plan': { on: 'client', prepare: (c, f) => freshClient(f, c), body: planBody },
  'POST /api/clients/:id/support-plan/evaluations': {
    on: 'client',
    prepare: (c, f) => freshClient(f, c, 'plan'),
    body: () => ({ date: todayInAmsterdam(), withClient: true, note: 'Gaat goed' }),
  },
  'POST /api/clients/:id/end': { on: 'client', prepare: (c, f) => freshClient(f, c), body: () => ({ kind: 'mutual-consent', agreedEndDate: todayInAmsterdam() }) },
  'POST /api/clients/:id/termination': { on: 'client', body: () => ({}), rows: () => 1 },
  'GET /api/clients/:id/support-plan.pdf': { on: 'client', prepare: (c, f) => freshClient(f, c, 'plan') },
  'GET /api/invoices/:id/letter.pdf': { on: 'client', prepare: (c, f) => freshClient(f, c, 'invoice') },
  'GET /api/admin/mail-deliveries': { on: 'organisation' },
  'POST /api/admin/mail-deliveries/:id/resend': {
    on: 'organisation',
    prepare: async (c, f) => {
      const id = await notification(f, { actor: c.actor, email: c.email, caseId: f.cases.own });
      await f.t.store.db.updateTable('notifications').set({ mail_status: 'failed', mail_to: 'x@example.org', mail_message_id: `<${id}@x>` }).where('id', '=', id).execute();
      return { params: { id } };
    },
    rows: () => 1,
  },
  'GET /api/teams': { on: 'organisation' },
  'POST /api/teams': { on: 'organisation', body: () => ({ name: `Team ${randomUUID()}` }), rows: () => 1 },
  'PUT /api/users/:id/team': { on: 'organisation', prepare: async (c) => ({ params: { id: c.actor.userId } }), body: () => ({ teamId: null }), rows: () => 1 },
  'GET /api/users': { on: 'organisation' },
  'GET /api/organisation/contact': { on: 'organisation' },
  'PUT /api/organisation/contact': { on: 'organisation', body: () => ({ phone: '050 123 45 67' }), rows: () => 1 },
  'POST /api/users': { on: 'organisation', body: () => ({ email: `nieuw-${randomUUID()}@route.example`, name: 'Nieuwe Collega', role: 'beheerder' }), rows: () => 1 },
  'GET /api/users/:id': onColleague(),
  'PATCH /api/users/:id': onColleague({ body: () => ({ role: 'beheerder', active: false }), rows: () => 1 }),
  'POST /api/users/:id/invitation': onColleague({ rows: () => 1 }),
  'POST /api/users/:id/second-factor-reset': onColleague({ rows: () => 1 }),
  'DELETE /api/users/:id/api-tokens/:tokenId': {
    on: 'organisation',
    prepare: async (c, f) => {
      const id = await colleague(f, c);
      return { params: { id, tokenId: await apiToken(f, id) } };
    },
    rows: () => 1,
  },
  'GET /api/me/api-tokens': { on: 'organisation' },
  'DELETE /api/me/api-tokens/:tokenId': { on: 'organisation', prepare: async (c, f) => ({ params: { tokenId: await apiToken(f, c.actor.userId) } }), rows: () => 1 },
  'POST /api/cases/:id/suspension-reports': { on: 'case', prepare: onVgzCase, body: () => ({ summary: 'Woning vervuild; hulp bij douchen opgeschort.' }) },
  'GET /api/suspension-reports': { on: 'organisation', rows: (v) => distinct(json(v).reports.map((r: { caseId: string }) => r.caseId)) },
  'GET /api/suspension-reports/:id': { on: 'case', prepare: suspensionReport },
  'POST /api/suspension-reports/:id/pass-on': { on: 'case', prepare: suspensionReport },
  'GET /api/purchasing/suspension-reports': { on: 'organisation', rows: () => 1 },
  'GET /api/funder/dashboard': { on: 'organisation', rows: () => 1 },
  'GET /api/access-log': {
    on: 'organisation',
    query: 'limit=100',
    rows: (v) => Math.max(1, distinct(json(v).rows.filter((r: { client: unknown }) => r.client !== null).map((r: { client: { id: string }; caseId: string }) => `${r.client.id}/${r.caseId}`))),
  },

  'GET /api/cases/:id/client-access': onCase,
  'POST /api/cases/:id/client-accounts': { on: 'case', body: () => ({ holder: 'representative', name: 'V. Route', email: `v-${randomUUID()}@route.example`, ground: 'mentor' }) },
  'POST /api/cases/:id/withheld-entries': { on: 'case', prepare: freshCase, body: () => ({ entryId: 'e1', reason: 'privacy-other' }) },
  'POST /api/cases/:id/retention-exceptions': { on: 'case', body: () => ({ kind: 'longer-retention', reason: 'Lopende zorg elders' }) },
  'POST /api/cases/:id/transfer': { on: 'case', prepare: consentedCase, body: () => ({ recipient: 'zorg verder' }) },
  'POST /casussen/:id/overdragen': { on: 'case', prepare: consentedCase, body: () => ({ recipient: 'Zorg Verder' }) },
  'GET /api/client-requests': { on: 'organisation', rows: (v) => distinct(json(v).requests.map((r: { caseId: string }) => r.caseId)) },
  'POST /api/cases/:id/client-requests/:requestId/answer': { on: 'case', prepare: openRequest, body: () => ({ outcome: 'granted', answer: 'Wordt vernietigd.' }) },
  'GET /api/own-file/cases': { on: 'cases', rows: (v) => json(v).cases.length },
  'GET /api/own-file/cases/:id': onCase,
  'GET /api/own-file/cases/:id/access-log': onCase,
  'POST /api/own-file/cases/:id/requests': { on: 'case', body: () => ({ kind: 'correction', entryId: 'e1', text: 'Dit klopt niet.' }) },

  // The pages, by area.
  'GET /mijn-dossier': { on: 'cases', rows: (v) => (v.status === 303 ? 1 : [...v.body.matchAll(/href="\/mijn-dossier\/[0-9a-f-]{36}"/g)].length) },
  'GET /mijn-dossier/:id': onCase,
  'GET /mijn-dossier/:id/kopie': onCase,
  'GET /mijn-dossier/:id/brieven/:letterId': { on: 'case', prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await sentLetter(f, c.caseId!) } }) },
  'GET /mijn-dossier/:id/inzage': onCase,
  'POST /mijn-dossier/:id/verzoeken': { on: 'case', body: () => ({ kind: 'correction', entryId: 'e1', text: 'Dit klopt niet.' }) },
  'GET /casussen/:id/clienttoegang': onCase,
  'POST /casussen/:id/clienttoegang': { on: 'case', body: () => ({ holder: 'client', name: 'C. Route', email: `c-${randomUUID()}@route.example` }) },
  'POST /casussen/:id/clienttoegang/:userId/uitnodiging': {
    on: 'case',
    prepare: async (c, f) => {
      const clientId = (await f.t.store.db.selectFrom('cases').select('client_id').where('id', '=', c.caseId!).executeTakeFirstOrThrow()).client_id;
      const userId = await insertUser(f.t.store.db, { organisationId: await organisationOfCase(f, c.caseId!), email: `u-${randomUUID()}@route.example`, name: 'U. Route', role: 'client', passwordHash: null, clientId });
      return { params: { id: c.caseId!, userId } };
    },
  },
  'POST /casussen/:id/afschermen': { on: 'case', prepare: freshCase, body: () => ({ entryId: 'e1', reason: 'child-abuse' }) },
  'POST /casussen/:id/bewaren': { on: 'case', body: () => ({ kind: 'longer-retention', reason: 'Lopende zorg elders', until: '' }) },
  'GET /clientverzoeken': { on: 'organisation', rows: (v) => caseLinks(v.body) },
  'POST /casussen/:id/clientverzoeken/:requestId': { on: 'case', prepare: openRequest, body: () => ({ outcome: 'granted', answer: 'Wordt vernietigd.' }) },
  'GET /casussen': { on: 'cases', rows: (v) => caseLinks(v.body) },
  'GET /casussen/nieuw': { on: 'organisation' },
  'POST /casussen/nieuw': {
    on: 'organisation',
    body: () => ({ clientName: 'R. Route', birthDate: '1960-02-02', hasRepresentative: 'nee', careStarted: '2025-01-06', soort: 'gemeente-bijlage6|beeindiging' }),
    rows: () => 1,
  },
  'GET /casussen/importeren': { on: 'organisation' },
  'POST /casussen/importeren': {
    on: 'organisation',
    // The demo holds this client's case already: the import is the confirmed second one.
    body: () => ({ bevestigd: 'ja', bestandsnaam: 'dossier.json', dossierTekst: JSON.stringify(example('vgz-opschorting')) }),
    rows: () => 1,
  },
  'GET /casussen/:id': onCase,
  'GET /casussen/:id/export': onCase,
  'GET /casussen/:id/documenten': onCase,
  'POST /casussen/:id/documenten/toewijzing': { on: 'case', body: allocationForm },
  'POST /casussen/:id/documenten/307/downloaden': { on: 'case', body: stopMessageForm },
  'GET /casussen/:id/documenten/307.xml': { on: 'case', query: stopMessageQuery },
  'POST /casussen/:id/documenten/307': { on: 'case', prepare: freshCaseToStop, body: stopMessageForm },
  'GET /casussen/:id/documenten/verzoek.pdf': onCase,
  'GET /casussen/:id/documenten/kopie-client.pdf': onCase,
  'GET /casussen/:id/brieven/:letterId.pdf': { on: 'case', prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await standingDraft(f, c.caseId!) } }) },
  'GET /casussen/:id/brieven/nieuw': { on: 'case', query: 'soort=termination-intent' },
  'POST /casussen/:id/brieven': { on: 'case', body: () => ({ soort: 'termination-intent', date: '2026-11-20' }) },
  'GET /casussen/:id/brieven/:letterId/bewerken': { on: 'case', prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await standingDraft(f, c.caseId!) } }) },
  'POST /casussen/:id/brieven/:letterId/bewerken': {
    on: 'case',
    prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await standingDraft(f, c.caseId!) } }),
    body: () => ({ subject: 'Waarschuwing', body: 'Wij waarschuwen u.' }),
  },
  'POST /casussen/:id/brieven/:letterId/weggooien': { on: 'case', prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await draft(f, c.caseId!) } }) },
  'POST /casussen/:id/brieven/:letterId/goedkeuren': { on: 'case', prepare: async (c, f) => ({ params: { id: c.caseId!, letterId: await draft(f, c.caseId!) } }) },
  'GET /casussen/:id/items/nieuw': { on: 'case', query: 'soort=incident' },
  'POST /casussen/:id/items': { on: 'case', body: () => ({ soort: 'gp-informed', date: '2026-03-02' }) },
  'POST /casussen/:id/verantwoordelijke': { on: 'case', body: () => ({ verantwoordelijke: '' }) },
  'GET /casussen/:id/adres': onCase,
  'POST /casussen/:id/adres': { on: 'case', body: () => ({ address: 'Kerkstraat 1, 9711 AA Groningen', salutation: 'Beste Jan' }) },
  'GET /verzoeken': { on: 'cases', rows: (v) => [...v.body.matchAll(/data-request="/g)].length },
  'GET /verzoeken/:id': onRequest('decided', false),
  'GET /verzoeken/:id/verzoek.pdf': onRequest('decided', false),
  'GET /verzoeken/:id/besluit.pdf': onRequest('decided', false),
  'GET /verzoeken/:id/besluit-op-bezwaar.pdf': onRequest('objection-decided', false),
  'POST /casussen/:id/verzoek': {
    on: 'case',
    prepare: freshCaseBeforeRequest,
    body: () => ({ continuityProposal: 'Zorg loopt door.', overrideReason: 'Route-test.' }),
  },
  'POST /verzoeken/:id/vragen': onRequest('submitted', true, () => ({ question: 'Is de huisarts geïnformeerd?' })),
  'POST /verzoeken/:id/vragen/:qid/antwoord': onRequest('question', true, () => ({ answer: 'Ja.' })),
  'POST /verzoeken/:id/wederhoor': onRequest('submitted', true, () => ({ with: 'client', heldOn: today, summary: 'Gehoord.' })),
  'POST /verzoeken/:id/medisch-advies': onRequest('submitted', true, () => ({ wellFounded: 'ja', reasoning: 'Gegrond.' })),
  'POST /verzoeken/:id/besluit': onRequest('submitted', true, () => ({ outcome: 'rejected', reasons: 'Niet gegrond.', overrideReason: 'Route-test.' })),
  'POST /verzoeken/:id/bezwaar': onRequest('decided', true, () => ({ reasons: 'Wel gegrond.' })),
  'POST /verzoeken/:id/intrekken': onRequest('submitted', true, () => ({ reason: 'Route-test.' })),
  'GET /beheer/contracten': { on: 'organisation', rows: () => 1 },
  'POST /beheer/contracten': { on: 'organisation', body: contractBody, rows: () => 1 },
  'POST /beheer/contracten/beeindigen': {
    on: 'organisation',
    prepare: async (c, f) => {
      await insertContract(f.t.store.db, { providerOrganisationId: await organisationOfCase(f, f.cases.own), funderOrganisationId: municipalityId, regime: 'groningen-wmo', by: null });
      return { params: {} };
    },
    body: contractBody,
    rows: () => 1,
  },
  'GET /termijnen': { on: 'cases', rows: (v) => caseLinks(v.body) },
  'GET /meldingen': { on: 'organisation', rows: (v) => caseLinks(v.body) },
  'POST /meldingen/:id/gelezen': { on: 'case', prepare: async (c, f) => ({ params: { id: await notification(f, c) }, caseId: c.caseId! }) },
  'GET /taken': { on: 'organisation', rows: (v) => taskLinks(v.body) },
  'POST /taken/:id/afronden': { on: 'case', prepare: async (c, f) => ({ params: { id: await task(f, c.caseId!) }, caseId: c.caseId! }) },
  'GET /clienten': { on: 'organisation', rows: (v) => distinct([...v.body.matchAll(/href="\/clienten\/([0-9a-f-]{36})"/g)].map((m) => m[1] as string)) },
  'GET /clienten/nieuw': { on: 'organisation' },
  'POST /clienten/nieuw': {
    on: 'organisation',
    body: () => ({ clientName: 'R. Route', birthDate: '1960-02-02', hasRepresentative: 'nee', startedOn: '2025-01-06', municipalityCode: '0171' }),
    rows: () => 1,
  },
  'GET /clienten/:id': onClient,
  'GET /clienten/:id/:tab': { on: 'client', prepare: async (c) => ({ params: { id: c.clientId!, tab: 'facturen' } }) },
  'POST /clienten/:id/afspraken': { on: 'client', body: () => ({ start: '2027-02-01T10:00', durationMinutes: '60', what: 'Begeleiding', rate: '60.00', funding: 'municipality' }) },
  'POST /clienten/:id/afspraken/:item': {
    on: 'client',
    prepare: async (c, f) => {
      const { params } = await pastAppointment(c, f);
      return { params: { id: c.clientId!, item: params.id as string }, clientId: c.clientId! };
    },
    body: () => ({ kind: 'attendance', attendance: 'absent', forceMajeure: 'Opname in het ziekenhuis' }),
  },
  'POST /clienten/:id/facturen': { on: 'client', prepare: (c, f) => freshClient(f, c, 'held'), body: () => ({ month: lastMonth(), invoiceDate: todayInAmsterdam() }) },
  'POST /clienten/:id/facturen/:item': {
    on: 'client',
    prepare: async (c, f) => {
      const { params, clientId } = await freshClient(f, c, 'invoice');
      return { params: { id: clientId, item: params.id as string }, clientId };
    },
    body: () => ({ kind: 'payment', paidOn: todayInAmsterdam() }),
  },
  'POST /clienten/:id/ondersteuningsplan': {
    on: 'client',
    prepare: (c, f) => freshClient(f, c),
    body: () => ({
      agreedOn: todayInAmsterdam(),
      goals: 'Zelf de post bijhouden',
      agreements: 'Elke week samen de post doornemen',
      clientDoes: 'Legt de post klaar',
      informalCarers: 'Dochter: helpt met boodschappen',
      supportWhat: 'Begeleiding bij de administratie',
      supportAmount: '1 uur per week',
      supportPaidBy: 'client',
      supportRate: '62.50',
      clientSupporterPointedOut: 'ja',
    }),
  },
  'POST /clienten/:id/evaluaties': { on: 'client', prepare: (c, f) => freshClient(f, c, 'plan'), body: () => ({ date: todayInAmsterdam(), withClient: 'ja', note: 'Gaat goed' }) },
  'POST /clienten/:id/einde': { on: 'client', prepare: (c, f) => freshClient(f, c), body: () => ({ kind: 'death', date: todayInAmsterdam() }) },
  'GET /clienten/:id/ondersteuningsplan.pdf': { on: 'client', prepare: (c, f) => freshClient(f, c, 'plan') },
  'GET /clienten/:id/facturen/:item/brief.pdf': {
    on: 'client',
    query: 'stap=invoice',
    prepare: async (c, f) => {
      const { params, clientId } = await freshClient(f, c, 'invoice');
      return { params: { id: clientId, item: params.id as string }, clientId };
    },
  },
  'POST /clienten/:id/zorgbeeindiging': { on: 'client', body: () => ({ procedure: 'beeindiging' }), rows: () => 1 },
  'GET /agenda': { on: 'organisation' },
  'POST /agenda/aanmaken': { on: 'organisation', rows: () => 1 },
  'POST /agenda/intrekken': { on: 'organisation', prepare: async (c, f) => (await feedSecret(f, c.actor), { params: {} }), rows: () => 1 },
  'GET /beheer/toegangslog': {
    on: 'organisation',
    rows: (v) => Math.max(1, distinct([...v.body.matchAll(/data-client="([^"]+)" data-case="([^"]*)"/g)].map((m) => `${m[1]}/${m[2]}`))),
  },
  'GET /account': { on: 'organisation' },
  'POST /account/wachtwoord': {
    on: 'organisation',
    body: () => ({ current: DEMO_PASSWORD, password: NEW_PASSWORD, repeat: NEW_PASSWORD }),
    rows: () => 1,
    after: restorePassword,
  },
  'POST /account/herstelcodes': {
    on: 'organisation',
    // Recovery codes belong to a second factor: the demo account gets one for this visit.
    prepare: async (c, f) => {
      await f.t.store.db.updateTable('users').set({ totp_secret: 'JBSWY3DPEHPK3PXP', totp_enrolled_at: new Date() }).where('id', '=', c.actor.userId).execute();
      return { params: {} };
    },
    rows: () => 1,
  },
  'POST /account/tokens/:tokenId/intrekken': { on: 'organisation', prepare: async (c, f) => ({ params: { tokenId: await apiToken(f, c.actor.userId) } }), rows: () => 1 },
  'POST /account/overal-uitloggen': { on: 'organisation', rows: () => 1, after: async (c, f) => void (await f.agents.get(c.email)!.signIn(c.email)) },
  'GET /beheer/gebruikers': { on: 'organisation' },
  'POST /beheer/gebruikers': { on: 'organisation', body: () => ({ email: `nieuw-${randomUUID()}@route.example`, name: 'Nieuwe Collega', role: 'beheerder' }), rows: () => 1 },
  'GET /beheer/gebruikers/:id': onColleague(),
  'POST /beheer/gebruikers/:id/rol': onColleague({ body: () => ({ role: 'beheerder' }), rows: () => 1 }),
  'POST /beheer/gebruikers/:id/status': onColleague({ body: () => ({ active: 'nee' }), rows: () => 1 }),
  'POST /beheer/gebruikers/:id/tweede-factor': onColleague({ rows: () => 1 }),
  'POST /beheer/gebruikers/:id/uitnodiging': onColleague({ rows: () => 1 }),
  'POST /beheer/gebruikers/:id/team': onColleague({ body: () => ({ teamId: '' }), rows: () => 1 }),
  'POST /beheer/gebruikers/:id/tokens/:tokenId/intrekken': {
    on: 'organisation',
    prepare: async (c, f) => {
      const id = await colleague(f, c);
      return { params: { id, tokenId: await apiToken(f, id) } };
    },
    rows: () => 1,
  },
  'GET /casussen/:id/opschorting-melden': { on: 'case', prepare: onVgzCase },
  'POST /casussen/:id/opschorting-melden': { on: 'case', prepare: onVgzCase, body: () => ({ summary: 'Woning vervuild; hulp bij douchen opgeschort.' }) },
  'GET /opschortingsmeldingen': { on: 'organisation', rows: (v) => distinct([...v.body.matchAll(/data-case="([0-9a-f-]{36})"/g)].map((m) => m[1] as string)) },
  'GET /opschortingsmeldingen/:id': { on: 'case', prepare: suspensionReport },
  'POST /opschortingsmeldingen/:id/doorsturen': { on: 'case', prepare: suspensionReport },
  'GET /zorginkoop': { on: 'organisation', rows: () => 1 },
  'GET /dashboard': { on: 'organisation', rows: () => 1 },
  'GET /dashboard.csv': { on: 'organisation', rows: () => 1 },
  'GET /beheer/teams': { on: 'organisation' },
  'GET /beheer/organisatie': { on: 'organisation' },
  'POST /beheer/organisatie': { on: 'organisation', body: () => ({ phone: '050 123 45 67', complaintsContact: 'onze klachtenfunctionaris' }), rows: () => 1 },
  'POST /beheer/teams': { on: 'organisation', body: () => ({ name: `Team ${randomUUID()}` }), rows: () => 1 },
  'GET /beheer/toegangslog.csv': {
    on: 'organisation',
    rows: (v) => {
      const records = parse(v.body, { columns: true }) as Record<string, string>[];
      return Math.max(1, distinct(records.filter((r) => r.ParticipantObjectID !== '').map((r) => `${r.ParticipantObjectID}/${r.CaseID}`)));
    },
  },
};

interface Declared {
  method: string;
  url: string;
  access: RouteAccess;
}

/** The routes as the application registered them (HEAD routes are their GET's twins). */
function declaredRoutes(routes: readonly RouteOptions[]): Declared[] {
  return routes.flatMap((route) =>
    [route.method]
      .flat()
      .filter((method) => method !== 'HEAD')
      .map((method) => ({ method, url: route.url, access: routeAccess(route) as RouteAccess })),
  );
}

interface LogRow {
  organisation_id: string;
  event_type: string;
  outcome: string;
  reason: string | null;
  user_id: string;
  case_id: string | null;
}

async function heads(t: TestApp): Promise<Map<string, number>> {
  const rows = await t.store.db.selectFrom('access_log_heads').select(['organisation_id', sql<string>`seq::text`.as('seq')]).execute();
  return new Map(rows.map((r) => [r.organisation_id, Number(r.seq)]));
}

async function rowsSince(t: TestApp, before: Map<string, number>): Promise<LogRow[]> {
  const rows = await t.store.db
    .selectFrom('access_log')
    .select(['organisation_id', sql<string>`seq::text`.as('seq'), 'event_type', 'outcome', 'reason', 'user_id', 'case_id'])
    .execute();
  return rows.filter((r) => Number(r.seq) > (before.get(r.organisation_id) ?? 0));
}

for (const database of testDatabases) {
  describe(`every route, every role: the policy's answer and the access log's rows (${database.kind})`, () => {
    const registered: RouteOptions[] = [];
    const agents = new Map<string, Agent>();
    const f = { drafts: new Map(), vgzCases: new Map(), agents } as unknown as Fixture;
    const actors = new Map<string, UserActor>();

    before(async () => {
      f.t = await startTestApp(database, { onRoute: (route) => void registered.push(route) });
      const other = await insertOrganisation(f.t.store.db, { slug: 'andere-zorg', name: 'Andere Zorg', kind: 'provider', address: null });
      const deLinde = (await f.t.store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow()).id;
      const ops = operatorContext(f.t.store);
      municipalityId = (await f.t.store.db.selectFrom('organisations').select('id').where('slug', '=', 'gemeente-groningen').executeTakeFirstOrThrow()).id;
      await insertContract(f.t.store.db, { providerOrganisationId: other, funderOrganisationId: municipalityId, regime: 'gemeente-bijlage6', by: null });
      f.cases = {
        own: (await execute(ops, importDossier, { confirmed: true, organisationId: deLinde, document: example('bijlage6-beeindiging-jeugd') })).caseId,
        other: (await execute(ops, importDossier, { confirmed: true, organisationId: other, document: example('vgz-opschorting') })).caseId,
      };
      const agreement = (organisationId: string) =>
        execute(ops, createAgreement, { organisationId, body: { client: { name: 'A. Akkoord', birthDate: '1950-03-03', hasRepresentative: false }, startedOn: '2025-01-06' } });
      f.clients = { own: (await agreement(deLinde)).clientId, other: (await agreement(other)).clientId };
      const ownClient = (await f.t.store.db.selectFrom('cases').select('client_id').where('id', '=', f.cases.own).executeTakeFirstOrThrow()).client_id;
      await insertUser(f.t.store.db, { organisationId: deLinde, email: CLIENT, name: 'C. Liënt', role: 'client', passwordHash: await hashPassword(DEMO_PASSWORD), demo: true, clientId: ownClient });
      for (const email of ROLES) {
        const row = await f.t.store.db
          .selectFrom('users as u')
          .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
          .select(ACTOR_COLUMNS)
          .where('u.email', '=', email)
          .executeTakeFirstOrThrow();
        actors.set(email, toActor(row));
        agents.set(email, await new Agent(f.t).signIn(email));
        await f.t.token(email);
      }
    });
    after(() => f.t.close());

    test('every route declares its access, and every route that is not public has a sample here', () => {
      const routes = declaredRoutes(registered);
      assert.ok(routes.length > 50, `${routes.length} routes`);
      for (const route of routes) {
        if ('public' in route.access) assert.ok(route.access.public.length > 5, `${route.method} ${route.url}: say why it is public`);
      }
      const guarded = routes.filter((r) => !('public' in r.access)).map((r) => `${r.method} ${r.url}`);
      const missing = guarded.filter((key) => SAMPLES[key] === undefined);
      assert.deepEqual(missing, [], 'routes without a sample in test/route-access.test.ts: say how to call them');
      assert.deepEqual(Object.keys(SAMPLES).filter((key) => !guarded.includes(key)), [], 'samples of routes that no longer exist');
    });

    test('public routes need no one and leave no row', async () => {
      for (const route of declaredRoutes(registered).filter((r) => 'public' in r.access && r.method === 'GET' && !r.url.includes('*') && !r.url.includes(':'))) {
        const before = await heads(f.t);
        const response = await f.t.app.inject({ method: 'GET', url: route.url });
        assert.ok(response.statusCode < 400, `${route.url}: ${response.statusCode}`);
        assert.deepEqual(await rowsSince(f.t, before), [], route.url);
      }
    });

    async function visit(route: Declared, email: string | null, path: string, body: unknown): Promise<Visit> {
      const page = !path.startsWith('/api/') && route.access !== undefined && !('credential' in route.access && route.access.credential === 'feed-secret');
      if (page && email !== null) {
        const agent = agents.get(email) as Agent;
        if (route.method === 'GET') return toVisit(await agent.get(path));
        const form = (body ?? {}) as Record<string, unknown>;
        if ('file' in form) return toVisit(await agent.upload(path, 'dossier', form.file as { name: string; text: string }));
        return toVisit(await agent.post(path, form as Record<string, string>));
      }
      const token = email === null || !path.startsWith('/api/') ? undefined : await f.t.token(email);
      const response = await f.t.app.inject({
        method: route.method as 'GET',
        url: path,
        headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      return toVisit(response);
    }

    const toVisit = (response: { statusCode: number; body: string }): Visit => ({ status: response.statusCode, body: response.body });

    async function resourceOf(sample: Sample, actor: UserActor, caseId: string | undefined): Promise<Resource> {
      if (sample.on === 'organisation') return { kind: 'organisation', organisationId: actor.organisationId };
      if (sample.on === 'cases') return { kind: 'cases' };
      if (sample.on === 'client') return { kind: 'client', organisationId: await organisationOfClient(f, caseId as string), clientId: caseId as string };
      const row = await f.t.store.db
        .selectFrom('cases')
        .select(['organisation_id', 'funder_organisation_id', 'team_id', 'client_id'])
        .where('id', '=', caseId as string)
        .executeTakeFirstOrThrow();
      return {
        kind: 'case',
        caseId: caseId as string,
        organisationId: row.organisation_id,
        funderOrganisationId: row.funder_organisation_id,
        teamId: row.team_id,
        clientId: row.client_id,
      };
    }

    test('each role on its own organisation, on a case it relates to, and on another organisation’s case', async () => {
      const tally = { allowed: 0, forbidden: 0, concealed: 0 };
      for (const route of declaredRoutes(registered).filter((r) => !('public' in r.access))) {
        const access = route.access as Extract<RouteAccess, { action: unknown }>;
        const key = `${route.method} ${route.url}`;
        const sample = SAMPLES[key] as Sample;
        for (const email of ROLES) {
          const actor = actors.get(email) as UserActor;
          for (const target of sample.on === 'case' || sample.on === 'client' ? (['own', 'other'] as const) : [undefined]) {
            const on = target === undefined ? {} : sample.on === 'case' ? { caseId: f.cases[target] } : { clientId: f.clients[target] };
            const call: Call = { actor, email, ...on };
            const subject = call.caseId ?? call.clientId;
            const prepared = sample.prepare !== undefined ? await sample.prepare(call, f) : { params: subject !== undefined ? { id: subject } : {} };
            // The case or the client the action is decided on.
            const caseId = prepared.caseId ?? prepared.clientId ?? prepared.params.id;
            const path =
              route.url.replace(/:(\w+)/g, (_, name: string) => prepared.params[name] as string) + (sample.query !== undefined ? `?${sample.query}` : '');
            const label = `${email} ${key} (${target ?? 'own organisation'})`;

            const resource = await resourceOf(sample, actor, caseId);
            const area = access.area !== undefined ? enter(actor, access.area) : undefined;
            const decision: Decision = area !== undefined && !area.allowed ? area : decide(actor, access.action, resource);

            const before = await heads(f.t);
            const result = await visit(route, email, path, sample.body?.(call));
            const rows = await rowsSince(f.t, before);
            await sample.after?.(call, f);

            assert.ok(rows.every((r) => r.event_type === access.event), `${label}: event types ${rows.map((r) => r.event_type)}, declared ${access.event}`);
            assert.ok(rows.every((r) => r.user_id === actor.userId), `${label}: rows by someone else`);
            if (decision.allowed) {
              tally.allowed++;
              assert.ok([200, 201, 204, 303].includes(result.status), `${label}: allowed, yet ${result.status} ${result.body.slice(0, 300)}`);
              const expected = sample.rows?.(result) ?? (sample.on === 'case' || sample.on === 'client' ? 1 : 0);
              assert.equal(rows.length, expected, `${label}: rows`);
              assert.ok(rows.every((r) => r.outcome === 'allowed'), `${label}: outcome`);
              if (sample.on === 'case') assert.ok(rows.every((r) => r.case_id === caseId), `${label}: the case`);
            } else {
              const concealed = decision.conceal;
              tally[concealed ? 'concealed' : 'forbidden']++;
              assert.equal(result.status, concealed ? 404 : 403, `${label}: refused (${decision.reason})`);
              assert.equal(rows.length, 1, `${label}: one row for the refusal`);
              const [row] = rows as [LogRow];
              assert.deepEqual([row.outcome, row.reason], ['denied', decision.reason], label);
              // The refusal is in the chain of whoever holds the data: the case's organisation, or the
              // actor's own (also when the page's area was refused before any case was looked at).
              const byArea = area !== undefined && !area.allowed;
              const holder = (resource.kind === 'case' || resource.kind === 'client') && !byArea;
              assert.equal(row.organisation_id, holder ? resource.organisationId : actor.organisationId, `${label}: chain`);
            }
          }
        }
        // Nobody: no credential, no data, no row.
        const before = await heads(f.t);
        const anonymousPath = route.url.replace(/:(\w+)/g, () => randomUUID()) + (sample.query !== undefined ? `?${sample.query}` : '');
        const anonymous = await visit(route, null, anonymousPath, sample.body?.({ actor: actors.get(ROLES[0]) as UserActor, email: ROLES[0] }));
        assert.ok([401, 303, 403, 404].includes(anonymous.status), `${key} without credentials: ${anonymous.status}`);
        assert.deepEqual(await rowsSince(f.t, before), [], `${key} without credentials left rows`);
      }
      // The fixture does exercise all three answers.
      assert.ok(tally.allowed > 50 && tally.forbidden > 50 && tally.concealed > 20, JSON.stringify(tally));
    });
  });
}
