import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { insertTeam } from '../../store/teams.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

export const createTeam = command({
  action: 'team.manage',
  event: 'team.create',
  load: ownOrganisation,
  async run(tx, _organisation, input: unknown, ctx): Promise<string> {
    const name = (input as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
      throw new InvalidInputError([{ path: '$.name', message: 'verplicht: de naam van het team, 1 tot 100 tekens' }]);
    }
    const id = await insertTeam(tx, userOf(ctx.actor).organisationId, name.trim());
    if (id === undefined) throw new ConflictError([{ path: '$.name', message: 'er is al een team met deze naam' }]);
    return id;
  },
});
