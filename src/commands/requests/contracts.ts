import type { RegimeId } from '../../domain/dossier/types.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import type { UserActor } from '../../policy/actors.ts';
import { findOrganisationKind } from '../../store/case-routing.ts';
import { isUuid } from '../../store/ids.ts';
import type { Tx } from '../pipeline/execute.ts';

// A contract as the beheerder of either party names it: the other organisation and the regime.
// Whoever asks, the row reads provider × funder × regime.

export interface ContractKey {
  providerOrganisationId: string;
  funderOrganisationId: string;
  regime: RegimeId;
}

export async function contractKey(tx: Tx, actor: UserActor, input: unknown): Promise<ContractKey> {
  const body = (typeof input === 'object' && input !== null ? input : {}) as { organisationId?: unknown; regime?: unknown };
  const regime = typeof body.regime === 'string' ? findRegime(body.regime) : undefined;
  const issues = [];
  if (regime?.funder === undefined) issues.push({ path: '$.regime', message: 'kies een regime waarin een financier besluit' });
  const kind = isUuid(body.organisationId) ? await findOrganisationKind(tx, body.organisationId) : undefined;
  if (kind === undefined) issues.push({ path: '$.organisationId', message: 'deze organisatie bestaat niet' });
  if (issues.length > 0 || regime === undefined) throw new InvalidInputError(issues);
  const other = body.organisationId as string;
  const provider = actor.organisationKind === 'provider' ? actor.organisationId : other;
  const funder = actor.organisationKind === 'provider' ? other : actor.organisationId;
  const funderKind = actor.organisationKind === 'provider' ? kind : actor.organisationKind;
  const providerKind = actor.organisationKind === 'provider' ? 'provider' : kind;
  if (providerKind !== 'provider' || funderKind !== regime.funderKind) {
    throw new ConflictError([{ path: '$.organisationId', message: `een contract voor ${regime.name} is tussen een aanbieder en ${regime.funderKind === 'municipality' ? 'een gemeente' : 'een zorgverzekeraar'}` }]);
  }
  return { providerOrganisationId: provider, funderOrganisationId: funder, regime: regime.id };
}
