import { InvalidInputError } from '../../domain/errors.ts';
import { caseRouting } from '../../store/case-routing.ts';
import { command } from '../pipeline/execute.ts';
import { loadCase } from './case-resource.ts';
import { routeCase, type Routing, type RoutingInput } from './routing.ts';

/** Changes the funder, team or responsible person of an existing case (the regievoerder); absent fields stay as they are. */
export const changeCaseRouting = command({
  action: 'case.route',
  event: 'case.route',
  load: (tx, input: { caseId: string; body: unknown }) => loadCase(tx, input.caseId, true),
  async run(tx, found, { body }) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new InvalidInputError([{ path: '$', message: 'moet een object zijn' }]);
    }
    const unknown = Object.keys(body).filter((k) => !['funderOrganisationId', 'teamId', 'responsibleUserId'].includes(k));
    if (unknown.length > 0) throw new InvalidInputError(unknown.map((k) => ({ path: `$.${k}`, message: 'onbekend veld' })));
    await routeCase(tx, found.caseId, found.organisationId, found.record.regime, body as RoutingInput, false);
    return (await caseRouting(tx, found.caseId)) as Routing;
  },
});
