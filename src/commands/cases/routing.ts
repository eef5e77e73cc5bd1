import type { RegimeId } from '../../domain/dossier/types.ts';
import { InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { findOrganisationKind, findTeamOrganisation, isCareStaffOf, setCaseRouting, soleOrganisationOfKind } from '../../store/case-routing.ts';
import { isUuid } from '../../store/ids.ts';
import type { Tx } from '../pipeline/execute.ts';

// Which funder organisation a case's request goes to and which of the provider's teams handles it.
// The funder decides what a funder's beoordelaar may see (the decision deadlines of requests
// addressed to it) and who is reminded of them; the team filters the overview and the reminders;
// the responsible person is who the case list names.

const FUNDER_KIND_NAMES = { municipality: 'een gemeente', 'health-insurer': 'een zorgverzekeraar' } as const;

export type Routing = { funderOrganisationId: string | null; teamId: string | null; responsibleUserId: string | null };

export interface RoutingInput {
  funderOrganisationId?: unknown;
  teamId?: unknown;
  /** Who is responsible for the case (migrations/0020): one of the organisation's care staff. */
  responsibleUserId?: unknown;
}

function idField(value: unknown, field: string, issues: ValidationIssue[]): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (isUuid(value)) return value;
  issues.push({ path: `$.${field}`, message: 'is geen geldig id (een UUID) of null' });
  return undefined;
}

/**
 * Checks and stores the routing of a case in the command's transaction. Without an explicit funder
 * a new case goes to the only organisation of the regime's funder kind, when there is exactly one.
 */
export async function routeCase(
  tx: Tx,
  caseId: string,
  organisationId: string,
  regimeId: RegimeId,
  input: RoutingInput,
  isNew: boolean,
): Promise<void> {
  const issues: ValidationIssue[] = [];
  let funderOrganisationId = idField(input.funderOrganisationId, 'funderOrganisationId', issues);
  const teamId = idField(input.teamId, 'teamId', issues);
  const responsibleUserId = idField(input.responsibleUserId, 'responsibleUserId', issues);
  if (issues.length > 0) throw new InvalidInputError(issues);
  const funderKind = findRegime(regimeId)?.funderKind;
  if (typeof funderOrganisationId === 'string') {
    const kind = await findOrganisationKind(tx, funderOrganisationId);
    if (kind === undefined) issues.push({ path: '$.funderOrganisationId', message: 'deze organisatie bestaat niet' });
    else if (funderKind !== undefined && kind !== funderKind) {
      issues.push({ path: '$.funderOrganisationId', message: `de financier van dit regime is ${FUNDER_KIND_NAMES[funderKind]}` });
    }
  } else if (funderOrganisationId === undefined && isNew && funderKind !== undefined) {
    funderOrganisationId = await soleOrganisationOfKind(tx, funderKind);
  }
  if (typeof teamId === 'string' && (await findTeamOrganisation(tx, teamId)) !== organisationId) {
    issues.push({ path: '$.teamId', message: 'dit team bestaat niet in uw organisatie' });
  }
  if (typeof responsibleUserId === 'string' && !(await isCareStaffOf(tx, responsibleUserId, organisationId))) {
    issues.push({ path: '$.responsibleUserId', message: 'deze persoon is geen actieve medewerker of regievoerder van uw organisatie' });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  await setCaseRouting(tx, caseId, {
    ...(funderOrganisationId !== undefined ? { funderOrganisationId } : {}),
    ...(teamId !== undefined ? { teamId } : {}),
    ...(responsibleUserId !== undefined ? { responsibleUserId } : {}),
  });
}
