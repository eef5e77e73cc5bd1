import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import { hashPassword } from '../../auth/passwords.ts';
import { todayInAmsterdam } from '../../clock.ts';
import { render as renderHere, type RenderTask } from '../../documents/render.ts';
import { closeRenderPool, renderOffThread } from '../../documents/render-pool.ts';
import { assess } from '../../domain/assessment/assess.ts';
import { entry as e } from '../../domain/assessment/test-support.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { caseStatus } from '../../domain/dossier/status.ts';
import { DOSSIER_FORMAT, type DossierDocument, type Entry, type IsoDate, type Procedure, type RegimeId } from '../../domain/dossier/types.ts';
import { parseDossierDocument, untilToday } from '../../domain/dossier/validate.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { availableLetters, draftLetter } from '../../domain/letters/draft.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import type { UserActor } from '../../policy/actors.ts';
import { decide } from '../../policy/policy.ts';
import type { CaseResource } from '../../policy/resources.ts';
import { projectionOf } from '../../store/case-projection.ts';
import type { Store } from '../../store/database.ts';
import { entryBody } from '../../store/entry-rows.ts';
import type { OrganisationKind, Role } from '../../store/schema.ts';
import { ident, type SqlSession } from '../../store/sql-session.ts';
import { countOrganisations } from '../../store/users.ts';
import { accessLogDocs } from '../pipeline/access-log-rows.ts';
import { FUNDER_REQUEST_COLUMNS, HEARING_COLUMNS, hearingRows, plannedRequest, requestRow, type PlannedRequest, type RequestCase } from './large-requests.ts';
import { DEMO_PASSWORD } from './seed-demo.ts';

// A large organisation's data set for benchmarks and query plans (issue 16): several providers with
// teams, municipalities and health insurers, cases across every regime and procedure with dossiers
// of realistic length, drafted letters and access-log rows, and the funders' inboxes: the request
// of each dossier that holds one, with its PDFs, and the contracts it was submitted under
// (large-requests.ts). Deterministic: the same number of cases gives the same data (ids and PDFs
// included), from one seeded generator. Every dossier passes the same validator as an import, its
// status and projection come from the same domain functions as an append, its letters from the
// same drafting, its log rows from the policy's decisions through append_access_log. Written below
// the pipeline in bulk (COPY), like the operator's restore: one import at a time through the
// pipeline manages about 7,000 entries a second, COPY several times that.

/** mulberry32: a small, fast, seeded generator; good enough for test data, never for secrets. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = generator(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return (items.at(-1) as readonly [T, number])[0];
  }
  /** A log-normal count: most dossiers short, a long tail of long ones. */
  logNormal(mu: number, sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
  private count = 0;
  /**
   * A UUID (version 4 in form) whose first twelve digits count up: rows written one after another
   * land next to each other in a primary key's index instead of all over it, which keeps a bulk
   * load from reading and dirtying a random index page per row.
   */
  uuid(): string {
    const head = (this.count++).toString(16).padStart(12, '0');
    const word = () => Math.floor(this.next() * 0x1_0000_0000).toString(16).padStart(8, '0');
    const tail = `${word()}${word()}${word()}`;
    const variant = ((parseInt(tail[4] as string, 16) & 0x3) | 0x8).toString(16);
    return `${head.slice(0, 8)}-${head.slice(8, 12)}-4${tail.slice(1, 4)}-${variant}${tail.slice(5, 8)}-${tail.slice(8, 20)}`;
  }
}

// How often each regime occurs among the cases, and each procedure within it (the regime's own list).
const REGIME_WEIGHTS: readonly (readonly [RegimeId, number])[] = [
  ['groningen-wmo', 35],
  ['gemeente-bijlage6', 30],
  ['vgz-wijkverpleging', 20],
  ['onl-wmo', 15],
];
const PROCEDURE_WEIGHTS: Record<Procedure, number> = { beeindiging: 5, weigering: 2, opschorting: 2, 'beeindiging-onmiddellijk': 1 };

const FIRST_NAMES = ['Anna', 'Bram', 'Charlotte', 'Daan', 'Emma', 'Fatima', 'Gerrit', 'Hanna', 'Ilse', 'Johan', 'Kees', 'Lotte', 'Mohamed', 'Noor', 'Pieter', 'Sanne', 'Tom', 'Yara'];
const SURNAMES = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'El Amrani', 'Yilmaz', 'Dijkstra'];
const PLACES = ['Groningen', 'Assen', 'Zwolle', 'Utrecht', 'Arnhem', 'Tilburg', 'Haarlem', 'Leeuwarden'];

/** The newest date a generated dossier reaches; fixed, so the data do not depend on the day they are made. */
const ANCHOR: IsoDate = '2026-11-01';
const ANCHOR_TIME = Date.parse('2026-11-01T09:00:00Z');

export interface LargeDataSetOptions {
  cases: number;
  seed?: number;
  /** The day the projections are assessed as of; the Dutch date today by default. */
  today?: IsoDate;
  /** Called after each batch of cases with how many are written. */
  progress?: (written: number) => void;
}

export interface LargeDataSetSummary {
  organisations: number;
  users: number;
  cases: number;
  entries: number;
  deadlines: number;
  letters: number;
  accessLogRows: number;
  /** Requests to the funder (rows of funder_requests), of which decided, and the contracts they came under. */
  requests: number;
  decidedRequests: number;
  contracts: number;
  /** The funder's records of its hearings on the requests. */
  hearings: number;
  /** All of it, start to commit. */
  seconds: number;
  /**
   * Of `seconds`, the second phase that renders the requests' PDFs (on every core) and loads
   * their rows: a PDF takes far longer than the entries of a dossier, so it is counted apart.
   */
  requestSeconds: number;
}

interface Org {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  address: string | null;
  teams: string[];
  users: UserActor[];
}

/** COPY text: tab-separated, `\N` for null, backslash escapes (PostgreSQL's text format). */
function copyValue(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

class Table {
  readonly lines: string[] = [];
  constructor(
    readonly name: string,
    readonly columns: readonly string[],
  ) {}
  add(...values: (string | number | boolean | null)[]): void {
    this.lines.push(values.map(copyValue).join('\t'));
  }
  /** The rows added since the last take, as one COPY load to send. */
  take(): (session: SqlSession) => Promise<number> {
    const text = this.lines.length === 0 ? undefined : `${this.lines.join('\n')}\n`;
    this.lines.length = 0;
    return async (session) => (text === undefined ? 0 : session.copyIn(this.name, this.columns, Readable.from([text])));
  }
  flush(session: SqlSession): Promise<number> {
    return this.take()(session);
  }
}

function organisations(random: Random, cases: number, passwordHash: string) {
  const providers = Math.min(12, Math.max(3, Math.ceil(cases / 4000)));
  const orgs: Org[] = [];
  const users = new Table('users', ['id', 'organisation_id', 'email', 'name', 'role', 'password_hash', 'team_id', 'demo']);
  const teams = new Table('teams', ['id', 'organisation_id', 'name']);
  const add = (kind: OrganisationKind, slug: string, name: string, roles: Role[], teamCount: number) => {
    const org: Org = { id: random.uuid(), slug, name, kind, address: null, teams: [], users: [] };
    for (let t = 1; t <= teamCount; t++) {
      const id = random.uuid();
      org.teams.push(id);
      teams.add(id, org.id, `Team ${PLACES[(t - 1) % PLACES.length]}`);
    }
    // Per team one of each provider role; a funder's people see every request addressed to them.
    const homes: (string | null)[] = teamCount === 0 ? [null] : org.teams;
    for (const teamId of homes) {
      for (const role of roles) {
        const n = org.users.length + 1;
        const user: UserActor = {
          kind: 'user',
          userId: random.uuid(),
          name: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`,
          organisationId: org.id,
          organisationKind: kind,
          role,
          teamId: role === 'beheerder' ? null : teamId,
        };
        org.users.push(user);
        // Demo accounts (the demo password alone signs in): the benchmarks sign in as them.
        users.add(user.userId, org.id, `${role}${n}@${slug}.example`, user.name, role, passwordHash, user.teamId, true);
      }
    }
    orgs.push(org);
  };
  for (let p = 1; p <= providers; p++) {
    add('provider', `aanbieder-${p}`, `Zorggroep ${PLACES[(p - 1) % PLACES.length]} ${p}`, ['medewerker', 'regievoerder', 'beheerder'], 4);
  }
  for (let m = 1; m <= 4; m++) add('municipality', `gemeente-${m}`, `Gemeente ${PLACES[(m + 2) % PLACES.length]}`, ['beoordelaar', 'beheerder'], 0);
  for (let h = 1; h <= 2; h++) add('health-insurer', `verzekeraar-${h}`, `Zorgverzekeraar ${h}`, ['beoordelaar', 'medisch-adviseur'], 0);
  return { orgs, users, teams };
}

/** One step of a dossier that lets time pass; filler that every regime's dossier holds in some mix. */
const ROUTINE: readonly (readonly [(random: Random, id: string, date: IsoDate) => Entry, number])[] = [
  [(r, id, date) => e.incident(id, date, r.pick(['aggression', 'threat-intimidation', 'nuisance', 'substance-use', 'non-cooperation', 'broken-trust'] as const)), 40],
  [(r, id, date) => e.consultation(id, date, r.pick(['mdo', 'huisarts', 'casemanager', 'toegangsmedewerker', 'spv'] as const)), 20],
  [(r, id, date) => e.warning(id, date, { shared: r.next() < 0.5 }), 10],
  [(r, id, date) => e.alternative(id, date, r.pick(['other-team', 'coaching', 'time-out', 'experttafel', 'spv'] as const)), 10],
  [(r, id, date) => e.conditionAssessment(id, date, r.pick(['yes', 'partly', 'no'] as const)), 5],
  [(_r, id, date) => e.weighing(id, date), 5],
  [(r, id, date) => ({ id, type: 'plan-evaluation', date, withClient: r.next() < 0.8 }), 5],
  [(r, id, date) => e.noShow(id, date, r.pick([undefined, 6, 30])), 5],
];

const CONTINUITY_PROPOSALS = [
  'De zorg loopt door tot de overdracht aan een andere aanbieder; het wijkteam zoekt mee.',
  'Overdracht aan de aanbieder die al betrokken is bij de dagbesteding; tot dan blijft ons team.',
  'Tot de gemeente een andere aanbieder heeft gevonden, houden wij de zorg gaande met twee vaste medewerkers.',
];
const DECISION_REASONS = [
  'De aanbieder heeft de stappen van het protocol gezet en de veiligheid van medewerkers is onvoldoende te borgen.',
  'Herhaalde incidenten ondanks waarschuwingen en alternatieven; de overdracht is geregeld.',
];

/** The steps that move a procedure on, in order; a case has come some way along them. */
function procedureSteps(random: Random, regime: RegimeId, procedure: Procedure): ((id: string, date: IsoDate) => Entry)[] {
  if (regime === 'onl-wmo') {
    return [
      (id, date) => e.invoice(id, date, addDays(date, 30)),
      (id, date) => e.incident(id, date, 'non-payment'),
      // s0 is the invoice above.
      (id, date) => e.paymentReminder(id, date, 's0', addDays(date, 2)),
      (id, date) => e.warning(id, date),
      (id, date) => e.noticePeriod(id, date, 1, 'months'),
      (id, date) => e.notice(id, date, 'final-notice'),
    ];
  }
  if (procedure === 'opschorting') {
    return [
      (id, date) => e.warning(id, date, { consequence: 'suspension' }),
      (id, date) => e.gpInformed(id, date),
      (id, date) => e.notice(id, date, 'warning-of-suspension'),
      (id, date) => e.suspension(id, date, addDays(date, 7), addDays(date, 35)),
    ];
  }
  return [
    (id, date) => e.weighing(id, date),
    (id, date) => e.notice(id, date, 'intent'),
    // As the submit command appends it: with the continuity proposal of the request (large-requests.ts).
    (id, date) => e.request(id, date, { continuityProposal: random.pick(CONTINUITY_PROPOSALS) }),
    (id, date) => e.wederhoor(id, date),
    // As the decide command appends it: the funder's reasons.
    (id, date) => ({ id, type: 'funder-decision', date, outcome: 'accepted', reasons: random.pick(DECISION_REASONS) }),
    (id, date) => e.notice(id, date, 'decision'),
    (id, date) => e.transfer(id, date),
    (id, date) => e.stopMessage(id, date),
  ];
}

/** A dossier of about `size` entries: routine, a few corrections, and some of the procedure's steps. */
function generateDossier(random: Random, index: number): DossierDocument {
  const regime = random.weighted(REGIME_WEIGHTS);
  const procedures = (findRegime(regime)?.procedures ?? []) as readonly Procedure[];
  const procedure = random.weighted(procedures.map((p) => [p, PROCEDURE_WEIGHTS[p]] as const));
  const size = Math.max(3, Math.min(2000, Math.round(random.logNormal(3.5, 0.8))));
  const steps = procedureSteps(random, regime, procedure);
  const reached = random.int(0, steps.length);
  const routine = Math.max(1, size - reached);
  const span = Math.round(routine * 3.5) + reached * 10;
  let date = addDays(ANCHOR, -span - random.int(0, 120));
  const careStarted = addDays(date, -random.int(30, 2000));
  const birthYear = random.int(1930, 2000);
  const entries: Entry[] = [];
  for (let n = 1; n <= routine; n++) {
    date = addDays(date, random.int(0, 6));
    const previous = entries.at(-random.int(1, 5));
    // About one entry in thirty corrects an earlier one of the same kind: a new entry, never a change.
    if (previous !== undefined && previous.corrects === undefined && random.next() < 0.033) {
      entries.push({ ...previous, id: `c${n}`, date, corrects: previous.id } as Entry);
    } else {
      entries.push(random.weighted(ROUTINE)(random, `e${n}`, date));
    }
  }
  for (let s = 0; s < reached; s++) {
    date = addDays(date, random.int(3, 10));
    entries.push((steps[s] as (typeof steps)[number])(`s${s}`, date));
  }
  return {
    format: DOSSIER_FORMAT,
    regime,
    procedure,
    client: {
      name: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)} (${index + 1})`,
      birthDate: `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      hasRepresentative: random.next() < 0.3,
      address: `${random.pick(['Dorpsstraat', 'Kerkweg', 'Stationsplein', 'Molenlaan'])} ${random.int(1, 200)}, ${random.pick(PLACES)}`,
    },
    careStarted: careStarted < `${birthYear}-12-31` ? null : careStarted,
    entries,
  };
}

/**
 * Drops the foreign keys of the tables about to be loaded, in the loading transaction (which holds
 * them locked, so no other session sees them without), and returns how to add them back. Checked row
 * by row during COPY they cost four times the load itself; added back at the end, each is checked once
 * over the whole table (the bulk-loading advice of PostgreSQL's manual, "Populating a Database").
 */
async function withoutForeignKeys(session: SqlSession, tables: readonly string[]): Promise<{ table: string; name: string; definition: string }[]> {
  const keys = await session.query<{ table: string; name: string; definition: string }>(
    `select c.relname as "table", k.conname as name, pg_get_constraintdef(k.oid) as definition
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = current_schema() and c.relname = any($1::text[])
      order by c.relname, k.conname`,
    [tables],
  );
  for (const key of keys) await session.query(`alter table ${ident(key.table)} drop constraint ${ident(key.name)}`);
  return keys;
}

const BATCH = 1000;
/** Requests loaded per COPY in the second phase; and requests (two PDFs each at most) rendering at once (the pool queues 32). */
const REQUEST_BATCH = 200;
const REQUESTS_IN_FLIGHT = 4;
const LETTER_SHARE = 0.15;
const READS_PER_CASE = 3;
const LOG_SLICE = 500;

/**
 * Fills an empty database with the large data set; refuses a database that already has organisations
 * (its slugs would collide and its chains would be mixed with generated history).
 */
export async function writeLargeDataSet(store: Store, options: LargeDataSetOptions): Promise<LargeDataSetSummary> {
  if ((await countOrganisations(store.db)) > 0) throw new InvalidInputError([{ path: '--cases', message: 'de database is niet leeg; gebruik een lege database' }]);
  const started = performance.now();
  const random = new Random(options.seed ?? 16);
  const today = options.today ?? todayInAmsterdam();
  const { orgs, users, teams } = organisations(random, options.cases, await hashPassword(DEMO_PASSWORD));
  const providers = orgs.filter((o) => o.kind === 'provider');
  const fundersOf = (kind: OrganisationKind | undefined) => orgs.filter((o) => o.kind === kind);

  const clients = new Table('clients', ['id', 'organisation_id', 'name', 'birth_date', 'has_representative', 'address', 'representative']);
  const casesTable = new Table('cases', [
    'id', 'organisation_id', 'client_id', 'regime', 'procedure', 'status', 'care_started', 'entry_count', 'created_by', 'created_at',
    'can_submit', 'next_deadline', 'assessed_on', 'team_id', 'funder_organisation_id', 'responsible_user_id',
  ]);
  const entries = new Table('entries', ['id', 'case_id', 'organisation_id', 'seq', 'entry_key', 'type', 'date', 'corrects', 'body', 'author_id', 'recorded_at']);
  const deadlines = new Table('case_deadlines', [
    'case_id', 'organisation_id', 'deadline_id', 'due_date', 'met', 'rule', 'start_event', 'counting', 'explanation', 'source_seed', 'source_quote',
  ]);
  const letters = new Table('letters', ['id', 'case_id', 'organisation_id', 'kind', 'status', 'params', 'content', 'drafted_by', 'drafted_at']);
  const summary: LargeDataSetSummary = {
    organisations: orgs.length, users: 0, cases: 0, entries: 0, deadlines: 0, letters: 0, accessLogRows: 0,
    requests: 0, decidedRequests: 0, contracts: 0, hearings: 0, seconds: 0, requestSeconds: 0,
  };
  // The cases whose dossier holds a request, in case order, with the request's id: the second phase
  // plans, renders and loads their requests.
  const requestCases: (RequestCase & { id: string; contractedBy: string })[] = [];
  // The access log's rows, by chain, in the order they happened; appended per batch.
  const logDocs = new Map<string, string[]>();

  await store.withSession(async (session) => {
    await session.query('begin');
    let loading: Promise<void> = Promise.resolve();
    const foreignKeys = await withoutForeignKeys(session, [
      'users', 'teams', 'clients', 'cases', 'entries', 'case_deadlines', 'letters', 'funder_contracts', 'funder_requests', 'funder_request_hearings',
    ]);
    const orgTable = new Table('organisations', ['id', 'slug', 'name', 'kind', 'address']);
    for (const org of orgs) {
      org.address = `Postbus ${random.int(100, 9999)}, ${random.pick(PLACES)}`;
      orgTable.add(org.id, org.slug, org.name, org.kind, org.address);
    }
    await orgTable.flush(session);
    await teams.flush(session);
    summary.users = await users.flush(session);
    for (let i = 0; i < options.cases; i++) {
      const doc = parseDossierDocument(generateDossier(random, i), untilToday(today));
      const provider = providers[i % providers.length] as Org;
      const teamId = random.pick(provider.teams);
      const funder = random.pick(fundersOf(findRegime(doc.regime)?.funderKind));
      const staff = provider.users.filter((u) => u.teamId === teamId);
      const author = staff.find((u) => u.role === 'regievoerder') as UserActor;
      const caseId = random.uuid();
      const clientId = random.uuid();
      const createdAt = new Date(ANCHOR_TIME - (options.cases - i) * 60_000);
      const projection = projectionOf(assess(doc, today));
      clients.add(clientId, provider.id, doc.client.name, doc.client.birthDate, doc.client.hasRepresentative, doc.client.address ?? null, null);
      casesTable.add(
        caseId, provider.id, clientId, doc.regime, doc.procedure, caseStatus(doc.entries), doc.careStarted, doc.entries.length, author.userId,
        createdAt.toISOString(), projection.canSubmit, projection.nextDeadline, projection.assessedOn, teamId, funder.id, author.userId,
      );
      doc.entries.forEach((entry, n) => {
        entries.add(
          random.uuid(), caseId, provider.id, n + 1, entry.id, entry.type, entry.date, entry.corrects ?? null, JSON.stringify(entryBody(entry)),
          random.pick(staff).userId, `${entry.date}T10:00:00Z`,
        );
      });
      for (const d of projection.deadlines) {
        deadlines.add(caseId, provider.id, d.deadline_id, d.due_date, d.met, d.rule, d.start_event, d.counting, d.explanation, d.source_seed, d.source_quote);
      }
      summary.deadlines += projection.deadlines.length;
      if (random.next() < LETTER_SHARE) {
        const kind = random.pick(availableLetters(doc)).kind;
        const date = (doc.entries.at(-1) as Entry).date;
        try {
          const letter = draftLetter(kind, { doc, sender: { name: provider.name, address: null }, date }, {});
          letters.add(random.uuid(), caseId, provider.id, kind, 'draft', '{}', JSON.stringify(letter), author.userId, `${date}T15:00:00Z`);
          summary.letters++;
        } catch (error) {
          // Some kinds need the regievoerder's parameters (a behaviour, a period): those are not drafted here.
          if (!(error instanceof InvalidInputError)) throw error;
        }
      }
      // Who touched the file: the import, then reads by the team and by the funder it is addressed to.
      const resource: CaseResource = { kind: 'case', caseId, organisationId: provider.id, funderOrganisationId: funder.id, teamId, clientId };
      const readers = [...staff, ...funder.users.filter((u) => u.role === 'beoordelaar')];
      const touches: [UserActor, 'case.import' | 'case.read'][] = [[author, 'case.import']];
      for (let r = 0; r < READS_PER_CASE; r++) touches.push([random.pick(readers), 'case.read']);
      touches.forEach(([actor, event], r) => {
        const decision = decide(actor, event === 'case.import' ? 'case.import' : 'case.read', resource);
        const at = new Date(createdAt.getTime() + r * 1000);
        for (const { organisationId, doc: row } of accessLogDocs(actor, '10.0.0.1', event, at, [{ organisationId: provider.id, clientId, caseId, decision }])) {
          const chain = logDocs.get(organisationId);
          if (chain === undefined) logDocs.set(organisationId, [row]);
          else chain.push(row);
        }
      });
      // The request the regievoerder submitted when the dossier got its request entry, under a
      // contract for the regime (its beheerder recorded it long before), and the funder's decision.
      if (doc.entries.some((entry) => entry.type === 'funder-request')) {
        requestCases.push({
          id: random.uuid(), doc, caseId, clientId, teamId, noOtherProvider: random.next() < 0.2,
          provider: { id: provider.id, name: provider.name, sender: { name: provider.name, address: provider.address } },
          funder: { id: funder.id, name: funder.name },
          submitter: author.userId,
          reviewer: random.pick(funder.users.filter((u) => u.role === 'beoordelaar')).userId,
          contractedBy: (provider.users.find((u) => u.role === 'beheerder') as UserActor).userId,
        });
      }
      summary.cases++;
      summary.entries += doc.entries.length;
      if (summary.cases % BATCH === 0 || summary.cases === options.cases) {
        const loads = [clients, casesTable, entries, deadlines, letters].map((table) => table.take());
        const chains = [...logDocs];
        logDocs.clear();
        // The database loads this batch while the next one is generated: two processes, two cores.
        await loading;
        loading = (async () => {
          for (const load of loads) await load(session);
          for (const [chain, docs] of chains) {
            // The database links the rows as it links a command's: the same function, the same hashes
            // (in slices: the function gathers its arrays row by row).
            for (let start = 0; start < docs.length; start += LOG_SLICE) {
              await session.query('select append_access_log($1, $2)', [chain, docs.slice(start, start + LOG_SLICE)]);
            }
            summary.accessLogRows += docs.length;
          }
        })();
        loading.catch(() => {}); // awaited before the next batch and at the end
        options.progress?.(summary.cases);
      }
    }
    await loading;
    const requestsStarted = performance.now();
    await loadRequests(session, requestCases, summary);
    summary.requestSeconds = (performance.now() - requestsStarted) / 1000;
    for (const fk of foreignKeys) await session.query(`alter table ${ident(fk.table)} add constraint ${ident(fk.name)} ${fk.definition}`);
    await session.query('commit');
    await session.query('analyze');
  });
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * The second phase: each request planned as the submit and decide commands would have made it, its
 * PDFs rendered by the same code, on the worker pool, a few at a time, and the rows loaded a batch
 * at a time in the cases' order (so the same seed gives the same rows). Every stored PDF is its own
 * row's, hashed from its bytes. The regievoerder submitted under a contract for the regime, which
 * the provider's beheerder recorded long before.
 */
async function loadRequests(session: SqlSession, cases: readonly (RequestCase & { id: string; contractedBy: string })[], summary: LargeDataSetSummary): Promise<void> {
  const contracts = new Table('funder_contracts', ['provider_organisation_id', 'funder_organisation_id', 'regime', 'created_by', 'created_at']);
  const contracted = new Set<string>();
  const table = new Table('funder_requests', FUNDER_REQUEST_COLUMNS);
  const hearings = new Table('funder_request_hearings', HEARING_COLUMNS);
  // The pool has a thread for every core but one, which is this thread's: with nothing else to do
  // here but wait for the database, it renders its share itself, so the phase uses every core.
  const cores = availableParallelism();
  let rendered = 0;
  const pdf = (task: RenderTask) => (rendered++ % cores === 0 ? renderHere(task) : renderOffThread(task));
  const render = async (r: PlannedRequest) => {
    const [requestPdf, decisionPdf] = await Promise.all([pdf(r.request), r.decision === null ? null : pdf(r.decision.letter)]);
    return requestRow(r, requestPdf, decisionPdf);
  };
  const inFlight: Promise<(string | boolean | null)[]>[] = [];
  let loading: Promise<number> = Promise.resolve(0);
  for (let n = 0; n < cases.length || inFlight.length > 0; ) {
    // Planned only as it is rendered: the frozen copies of a large data set need not all be in memory at once.
    while (n < cases.length && inFlight.length < REQUESTS_IN_FLIGHT) {
      const c = cases[n++] as (typeof cases)[number];
      const request = plannedRequest(c, () => c.id);
      if (request === undefined) continue;
      const rendering = render(request);
      rendering.catch(() => {}); // awaited in turn; a failure rejects the load then
      inFlight.push(rendering);
      if (request.decision !== null) summary.decidedRequests++;
      for (const row of hearingRows(request)) hearings.add(...row);
      const contract = `${c.provider.id} ${c.funder.id} ${c.doc.regime}`;
      if (contracted.has(contract)) continue;
      contracted.add(contract);
      contracts.add(c.provider.id, c.funder.id, c.doc.regime, c.contractedBy, '2020-01-06T09:00:00Z');
    }
    const row = inFlight.shift();
    if (row !== undefined) table.add(...(await row));
    if (table.lines.length === REQUEST_BATCH || (n === cases.length && inFlight.length === 0)) {
      const load = table.take();
      // The database loads a batch while the next is rendered.
      summary.requests += await loading;
      loading = load(session);
      loading.catch(() => {}); // awaited before the next batch and at the end
    }
  }
  summary.requests += await loading;
  summary.contracts = await contracts.flush(session);
  summary.hearings = await hearings.flush(session);
  // Its worker threads would keep a command-line run waiting until they idle out; a server's next PDF starts a new pool.
  await closeRenderPool();
}
