import { assess } from '../domain/assessment/assess.ts';
import { caseStatus } from '../domain/dossier/status.ts';
import type { Entry } from '../domain/dossier/types.ts';
import { parseEntry } from '../domain/dossier/validate.ts';
import { NotFoundError } from '../domain/errors.ts';
import { authorize } from '../policy/policy.ts';
import type { Transaction } from 'kysely';
import { appendEntries, loadEntries, lockCase, type CaseRecord } from '../store/cases.ts';
import type { Database } from '../store/schema.ts';
import { writeCaseProjection } from '../store/case-projection.ts';
import { todayOf, type CommandContext } from './context.ts';
import { toDocument } from './read-case.ts';

/** A free id for an entry that arrives without one: e1, e2, … after what the dossier uses. */
function freeId(position: number, taken: ReadonlySet<string>): string {
  for (let n = position; ; n++) if (!taken.has(`e${n}`)) return `e${n}`;
}

/**
 * Appends one entry to a case's dossier. The case row is locked first, so the entry is checked
 * against exactly the dossier it joins and concurrent appends each get their own position.
 */
export async function appendEntry(ctx: CommandContext, caseId: string, input: unknown): Promise<Entry> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const record = await lockCase(trx, caseId);
    if (record === undefined) throw new NotFoundError(`Casus ${caseId} bestaat niet.`);
    authorize(ctx.actor, 'entry.append', record);
    return appendToLockedCase(ctx, trx, record, input);
  });
}

/**
 * The append itself, inside a transaction that already holds the case row's lock and has
 * authorised the actor: also the path by which an approved letter records itself in the dossier.
 */
export async function appendToLockedCase(
  ctx: CommandContext,
  trx: Transaction<Database>,
  record: CaseRecord,
  input: unknown,
): Promise<Entry> {
  const existing = (await loadEntries(trx, record.id)).map((e) => e.entry);
  const existingIds = new Set(existing.map((e) => e.id));
  const withId =
    typeof input === 'object' && input !== null && !Array.isArray(input) && !('id' in input)
      ? { id: freeId(record.entryCount + 1, existingIds), ...input }
      : input;
  const entry = parseEntry(withId, { client: record.client, existingIds });
  const authorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const entries = [...existing, entry];
  await appendEntries(trx, record.id, record.organisationId, [entry], authorId, caseStatus(entries));
  await writeCaseProjection(trx, record.id, record.organisationId, assess(toDocument(record, entries), todayOf(ctx)));
  return entry;
}
