import type { Transaction } from 'kysely';
import { alwaysLogged, type EventType } from '../../access-log/events.ts';
import { NotFoundError, RuleRefusal } from '../../domain/errors.ts';
import type { Actor } from '../../policy/actors.ts';
import { CASE_NOT_FOUND, decide, refusal, type Action, type Decision } from '../../policy/policy.ts';
import type { CaseResource, Resource } from '../../policy/resources.ts';
import type { Database } from '../../store/schema.ts';
import { accessLogDocs, databaseAccessLog, type AccessLogDoc, type ClientTouch, type LoggedOutcome, type RuleReason } from './access-log-rows.ts';
import { readTogether } from './read-batches.ts';
import { nowOf, type CommandContext } from './context.ts';

// The one shape of every use case, whichever door it comes through (an API route, a page, the CLI,
// a job): load the resource, ask the policy about it, run in one transaction, and write the access
// log's rows in that same transaction, as its last statement (so the chain's lock is held only
// until the commit). A refusal rolls everything back; its own row is then written in a transaction
// of its own, so the attempt stays on record.

export type Tx = Transaction<Database>;

/** A client touched by a command that is not the case it was decided on (a list's rows, the log's rows). */
export interface OtherClient {
  kind: 'client';
  organisationId: string;
  clientId: string | null;
  caseId: string | null;
}

export interface Command<I, R extends Resource, O> {
  /** What the policy is asked. */
  action: Action;
  /** What the access log calls it. */
  event: EventType;
  /** The resource the action is done to, read in the command's transaction (lock it here to change it); undefined: not found. */
  load(tx: Tx, input: I, ctx: CommandContext): Promise<R | undefined>;
  run(tx: Tx, resource: R, input: I, ctx: CommandContext): Promise<O>;
  /**
   * The clients the command touched: one row each. Cases are decided again one by one (a list's
   * query filter and the decision on each of its rows must agree); by default the case or client itself.
   */
  touched?(output: O, resource: R, input: I): readonly (CaseResource | OtherClient)[];
  /** What a missing resource (or another organisation's, concealed) is called; by default a case. */
  notFound?: string;
  /**
   * The command writes nothing but its access-log rows: it may share one transaction with other
   * such reads that arrive while one is under way, and may use what the process keeps of a
   * dossier (decision 0027).
   */
  readOnly?: boolean;
  /** The resources of several inputs at once, in their order (a read-only command's reads that share a transaction: one query, not one each). */
  loadTogether?(tx: Tx, inputs: readonly I[], ctx: CommandContext): Promise<(R | undefined)[]>;
}

/** Declares a command; the identity, so that its types are checked where it is written. */
export function command<I, R extends Resource, O>(spec: Command<I, R, O>): Command<I, R, O> {
  return spec;
}

/** The organisation whose chain records what happened to a resource that is not a case. */
function chainOf(actor: Actor, resource: Resource): string | undefined {
  if (resource.kind === 'case' || resource.kind === 'organisation' || resource.kind === 'client') return resource.organisationId;
  return actor.kind === 'user' ? actor.organisationId : undefined;
}

function touchesOf(ctx: CommandContext, action: Action, decision: Decision, touched: readonly (CaseResource | OtherClient)[]): ClientTouch[] {
  return touched.map((t) => {
    if (t.kind === 'client') return { organisationId: t.organisationId, clientId: t.clientId, caseId: t.caseId, decision };
    const own = decide(ctx.actor, action, t);
    // A list shows what its scope selects; a row the decision refuses means the two disagree.
    if (!own.allowed) throw new Error(`policy: ${action} touched case ${t.caseId}, which the decision refuses (${own.reason})`);
    return { organisationId: t.organisationId, clientId: t.clientId, caseId: t.caseId, decision: own };
  });
}

/** What a command touched unless it says otherwise: the case or the client it was decided on. */
function defaultTouched(resource: Resource): readonly (CaseResource | OtherClient)[] {
  if (resource.kind === 'case') return [resource];
  if (resource.kind === 'client') return [{ kind: 'client', organisationId: resource.organisationId, clientId: resource.clientId, caseId: null }];
  return [];
}

const sinkOf = (ctx: CommandContext) => ctx.accessLog ?? databaseAccessLog;

/** A row in a transaction of its own: a refusal (what was refused was rolled back, the attempt stays), or an event outside any command. */
async function logApart(ctx: CommandContext, event: EventType, at: Date, touch: ClientTouch): Promise<void> {
  const docs = accessLogDocs(ctx.actor, ctx.origin, event, at, [touch]);
  await ctx.store.db.transaction().execute((tx) => sinkOf(ctx)(tx, docs));
}

/** A command's failure inside its transaction, with the row that keeps the attempt on record (written apart). */
export class Failed {
  constructor(
    readonly error: unknown,
    readonly apart: ClientTouch | undefined,
  ) {}
}

/**
 * A command's work inside a transaction: load, decide, run; its output and the access-log rows that
 * record it (not yet written); `loaded`: its resource, already loaded with others (loadTogether).
 * Throws `Failed` for a refusal, by the policy or by a rule of the domain.
 */
export async function attempt<I, R extends Resource, O>(
  tx: Tx,
  ctx: CommandContext,
  cmd: Command<I, R, O>,
  input: I,
  at: Date,
  loaded?: { resource: R | undefined },
): Promise<{ output: O; docs: AccessLogDoc[] }> {
  let allowedOn: Omit<ClientTouch, 'decision'> & { decision: Extract<Decision, { allowed: true }> } | undefined;
  try {
    const resource = loaded !== undefined ? loaded.resource : await cmd.load(tx, input, ctx);
    if (resource === undefined) throw new NotFoundError(cmd.notFound ?? CASE_NOT_FOUND);
    const decision = decide(ctx.actor, cmd.action, resource);
    const chain = chainOf(ctx.actor, resource);
    if (!decision.allowed) {
      const onCase = resource.kind === 'case' || resource.kind === 'client' ? { clientId: resource.clientId, caseId: resource.kind === 'case' ? resource.caseId : null } : { clientId: null, caseId: null };
      throw new Failed(refusal(decision, cmd.notFound), chain === undefined ? undefined : { organisationId: chain, ...onCase, decision });
    }
    if (chain !== undefined) {
      const onCase = resource.kind === 'case' ? { clientId: resource.clientId, caseId: resource.caseId } : { clientId: null, caseId: null };
      allowedOn = { organisationId: chain, ...onCase, decision };
    }
    const output = await cmd.run(tx, resource, input, ctx);
    const touched = cmd.touched?.(output, resource, input) ?? defaultTouched(resource);
    let touches = touchesOf(ctx, cmd.action, decision, touched);
    if (touches.length === 0 && alwaysLogged(cmd.event) && chain !== undefined) {
      touches = [{ organisationId: chain, clientId: null, caseId: null, decision }];
    }
    return { output, docs: touches.length > 0 ? accessLogDocs(ctx.actor, ctx.origin, cmd.event, at, touches) : [] };
  } catch (error) {
    // A rule of the domain refused what the policy allowed: the attempt stays on record, with why.
    if (error instanceof RuleRefusal && allowedOn !== undefined) {
      const { relation, purpose } = allowedOn.decision;
      throw new Failed(error, { ...allowedOn, decision: { allowed: false, relation, purpose, reason: error.reason as RuleReason } });
    }
    throw error;
  }
}

/** The command in a transaction of its own; a refusal rolls it back, and its row is then written apart. */
export async function executeAlone<I, R extends Resource, O>(ctx: CommandContext, cmd: Command<I, R, O>, input: I): Promise<O> {
  const at = nowOf(ctx);
  try {
    return await ctx.store.db.transaction().execute(async (tx) => {
      const { output, docs } = await attempt(tx, ctx, cmd, input, at);
      if (docs.length > 0) await sinkOf(ctx)(tx, docs);
      return output;
    });
  } catch (error) {
    if (!(error instanceof Failed)) throw error;
    if (error.apart !== undefined) await logApart(ctx, cmd.event, at, error.apart);
    throw error.error;
  }
}

export function execute<I, R extends Resource, O>(ctx: CommandContext, cmd: Command<I, R, O>, input: I): Promise<O> {
  // A read that writes nothing but its log rows may share its transaction with reads arriving at the same time (decision 0027).
  return cmd.readOnly === true && ctx.accessLog === undefined ? readTogether(ctx, cmd, input) : executeAlone(ctx, cmd, input);
}

/**
 * Records what happened outside any command, in the chain of the actor's own organisation, in a
 * transaction of its own: a refusal before a command ran (a page's area the actor may not enter),
 * or a security event (a sign-in, allowed or not: nobody is signed in yet, so no command can run).
 */
export async function recordEvent(ctx: CommandContext, event: EventType, outcome: LoggedOutcome): Promise<void> {
  if (ctx.actor.kind !== 'user') return;
  await logApart(ctx, event, nowOf(ctx), { organisationId: ctx.actor.organisationId, clientId: null, caseId: null, decision: outcome });
}

/** The same denied row a command would write, for a refusal that happened before any command ran. */
export function recordRefusal(ctx: CommandContext, event: EventType, decision: Extract<Decision, { allowed: false }>): Promise<void> {
  return recordEvent(ctx, event, decision);
}
