import { assess, type Assessment } from '../domain/assessment/assess.ts';
import type { IsoDate } from '../domain/dossier/types.ts';
import { todayOf, type CommandContext } from './context.ts';
import { loadAuthorized, toDocument } from './read-case.ts';

/**
 * The assessment of a stored case: the same pure `assess` that `zorgvuldig assess FILE` runs on
 * the case's interchange document, so the HTTP and CLI answers are identical.
 */
export async function assessCase(ctx: CommandContext, caseId: string, asOf?: IsoDate): Promise<Assessment> {
  const { record, entries } = await loadAuthorized(ctx, caseId, 'case.read');
  return assess(toDocument(record, entries.map((e) => e.entry)), asOf ?? todayOf(ctx));
}
