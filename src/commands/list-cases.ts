import type { CaseStatus } from '../domain/dossier/status.ts';
import { listingScope } from '../policy/policy.ts';
import { listCases, type CaseRecord } from '../store/cases.ts';
import type { CommandContext } from './context.ts';

export interface CaseListQuery {
  status?: CaseStatus;
  limit: number;
  offset: number;
}

/** The cases of the actor's organisation (the operator sees every organisation's). */
export async function listOwnCases(
  ctx: CommandContext,
  query: CaseListQuery,
): Promise<{ total: number; cases: CaseRecord[] }> {
  return listCases(ctx.store.db, { ...query, ...listingScope(ctx.actor, 'case.list') });
}
