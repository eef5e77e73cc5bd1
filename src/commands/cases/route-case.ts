import type { Transaction } from 'kysely';
import type { RegimeId } from '../domain/dossier/types.ts';
import { InvalidInputError, NotFoundError, type ValidationIssue } from '../domain/errors.ts';
import { findRegime } from '../domain/protocols/registry.ts';
import { authorize } from '../policy/policy.ts';
import { findCase, lockCase } from '../store/cases.ts';
import { caseRouting, findOrganisationKind, findTeamOrganisation, setCaseRouting, soleOrganisationOfKind } from '../store/case-routing.ts';
import type { Database } from '../store/schema.ts';
import type { CommandContext } from './context.ts';
import { isUuid } from '../store/ids.ts';

// Which funder organisation a case's request goes to and which of the provider's teams handles it.
// The funder decides what a funder's beoordelaar may see (the decision deadlines of requests
// addressed to it) and who is reminded of them; the team filters the overview and the reminders.

const FUNDER_KIND_NAMES = { municipality: 'een gemeente', 'health-insurer': 'een zorgverzekeraar' } as const;

export interface RoutingInput {
  funderOrganisationId?: unknown;
  teamId?: unknown;
}

function idField(value: unknown, field: string, issues: ValidationIssue[]): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (isUuid(value)) return value;
  issues.push({ path: `$.${field}`, message: 'is geen geldig id (een UUID) of null' });
  return undefined;
}

/**
 * Checks and stores the routing of a case in the caller's transaction. Without an explicit funder
 * the case goes to the only organisation of the regime's funder kind, when there is exactly one.
 */
export async function routeCase(
  trx: Transaction<Database>,
  caseId: string,
  organisationId: string,
  regimeId: RegimeId,
  input: RoutingInput,
  isNew: boolean,
): Promise<void> {
  const issues: ValidationIssue[] = [];
  let funderOrganisationId = idField(input.funderOrganisationId, 'funderOrganisationId', issues);
  const teamId = idField(input.teamId, 'teamId', issues);
  if (issues.length > 0) throw new InvalidInputError(issues);
  const funderKind = findRegime(regimeId)?.funderKind;
  if (typeof funderOrganisationId === 'string') {
    const kind = await findOrganisationKind(trx, funderOrganisationId);
    if (kind === undefined) issues.push({ path: '$.funderOrganisationId', message: 'deze organisatie bestaat niet' });
    else if (funderKind !== undefined && kind !== funderKind) {
      issues.push({ path: '$.funderOrganisationId', message: `de financier van dit regime is ${FUNDER_KIND_NAMES[funderKind]}` });
    }
  } else if (funderOrganisationId === undefined && isNew && funderKind !== undefined) {
    funderOrganisationId = await soleOrganisationOfKind(trx, funderKind);
  }
  if (typeof teamId === 'string' && (await findTeamOrganisation(trx, teamId)) !== organisationId) {
    issues.push({ path: '$.teamId', message: 'dit team bestaat niet in uw organisatie' });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  await setCaseRouting(trx, caseId, {
    ...(funderOrganisationId !== undefined ? { funderOrganisationId } : {}),
    ...(teamId !== undefined ? { teamId } : {}),
  });
}

/** Changes the funder or team of an existing case (the regievoerder). */
export async function changeCaseRouting(
  ctx: CommandContext,
  caseId: string,
  input: unknown,
): Promise<{ funderOrganisationId: string | null; teamId: string | null }> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError([{ path: '$', message: 'moet een object zijn' }]);
  }
  const unknown = Object.keys(input).filter((k) => k !== 'funderOrganisationId' && k !== 'teamId');
  if (unknown.length > 0) throw new InvalidInputError(unknown.map((k) => ({ path: `$.${k}`, message: 'onbekend veld' })));
  return ctx.store.db.transaction().execute(async (trx) => {
    const record = await lockCase(trx, caseId);
    if (record === undefined) throw new NotFoundError(`Casus ${caseId} bestaat niet.`);
    authorize(ctx.actor, 'case.route', record);
    await routeCase(trx, caseId, record.organisationId, record.regime, input as RoutingInput, false);
    return (await caseRouting(trx, caseId)) as { funderOrganisationId: string | null; teamId: string | null };
  });
}

/** The routing of a case the actor may read. */
export async function readCaseRouting(ctx: CommandContext, caseId: string) {
  const record = await findCase(ctx.store.db, caseId);
  if (record === undefined) throw new NotFoundError(`Casus ${caseId} bestaat niet.`);
  authorize(ctx.actor, 'case.read', record);
  return (await caseRouting(ctx.store.db, caseId)) as { funderOrganisationId: string | null; teamId: string | null };
}
