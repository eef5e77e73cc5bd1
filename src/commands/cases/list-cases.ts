import { listingScope } from '../policy/policy.ts';
import { listCases, type CaseListFilter, type CaseRecord } from '../store/cases.ts';
import type { CommandContext } from './context.ts';

export type CaseListQuery = Omit<CaseListFilter, 'organisationId'>;

/** The cases of the actor's organisation (the operator sees every organisation's). */
export async function listOwnCases(
  ctx: CommandContext,
  query: CaseListQuery,
): Promise<{ total: number; cases: CaseRecord[] }> {
  return listCases(ctx.store.db, { ...query, ...listingScope(ctx.actor, 'case.list') });
}
