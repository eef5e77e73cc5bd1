import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor } from './actors.ts';
import { GRANTS, grantsOf, type Action, type Grant, type Relation } from './policy.ts';

// The policy's grants as query filters, for the lists: the case list, the deadline overview, the
// notifications and who the reminder job reminds. Each relation is written once here as SQL, for
// either side of the question: "which rows may this actor see" (the actor's own values) and "which
// users may be reminded of this row" (a users row's columns). scopes.test.ts checks that a list
// filtered this way holds exactly the rows `decide` allows.

type Sql = RawBuilder<unknown>;

/** The columns of a case (or of a row that copies them, like case_deadlines) a scope tests. */
export interface RowColumns {
  organisationId: Sql;
  funderOrganisationId: Sql;
  teamId: Sql;
  /** Absent when the row does not carry its client (the relation of a client to it is then never met). */
  clientId?: Sql;
  /** How the row's deadline is matched against deadline types; absent on rows that are not deadlines. */
  deadlineOfTypes?: (types: readonly string[]) => RawBuilder<SqlBool>;
}

/** The one who may see the row: the actor's own values, or a users row's columns. */
interface Subject {
  organisationId: Sql;
  teamId: Sql;
  clientId: Sql | undefined;
}

const FALSE = sql<SqlBool>`false`;

function any(conditions: readonly RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length === 0 ? FALSE : sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

function relationHolds(relation: Relation, who: Subject, row: RowColumns): RawBuilder<SqlBool> {
  switch (relation) {
    case 'own-organisation':
      return sql<SqlBool>`${row.organisationId} = ${who.organisationId}`;
    case 'own-team':
      return sql<SqlBool>`(${row.organisationId} = ${who.organisationId} and (${row.teamId} is null or ${who.teamId} is null or ${row.teamId} = ${who.teamId}))`;
    case 'funder-addressed':
      return sql<SqlBool>`${row.funderOrganisationId} = ${who.organisationId}`;
    case 'client-self':
    case 'representative':
      return row.clientId === undefined || who.clientId === undefined ? FALSE : sql<SqlBool>`${row.clientId} = ${who.clientId}`;
    case 'operator':
      return sql<SqlBool>`true`;
    case 'system':
      return FALSE;
  }
}

function grantCovers(grant: Grant, who: Subject, row: RowColumns): RawBuilder<SqlBool> {
  const related = relationHolds(grant.relation, who, row);
  if (grant.deadlineTypes === undefined) return related;
  if (row.deadlineOfTypes === undefined) return FALSE;
  return sql<SqlBool>`(${related} and ${row.deadlineOfTypes(grant.deadlineTypes)})`;
}

/** The rows the actor's grants for `action` cover; `false` when none do. */
export function scopeOf(actor: Actor, action: Action, row: RowColumns): RawBuilder<SqlBool> {
  const who: Subject =
    actor.kind === 'user'
      ? {
          organisationId: sql`${actor.organisationId}::uuid`,
          teamId: sql`${actor.teamId}::uuid`,
          clientId: actor.clientId === undefined ? undefined : sql`${actor.clientId}::uuid`,
        }
      : { organisationId: sql`null::uuid`, teamId: sql`null::uuid`, clientId: undefined };
  return any(grantsOf(actor).filter((g) => g.actions.includes(action)).map((g) => grantCovers(g, who, row)));
}

/** The columns of a users row (joined with its organisation) that say what grants it has. */
export interface UserColumns {
  role: Sql;
  organisationKind: Sql;
  organisationId: Sql;
  teamId: Sql;
}

/** Whether the user of a users row may do `action` to the row: who the reminder job reminds. */
export function usersAllowed(action: Action, user: UserColumns, row: RowColumns): RawBuilder<SqlBool> {
  const who: Subject = { organisationId: user.organisationId, teamId: user.teamId, clientId: undefined };
  return any(
    GRANTS.filter((g) => g.actions.includes(action)).map(
      (g) =>
        sql<SqlBool>`(${user.role} in (${sql.join(g.roles)}) and ${user.organisationKind} in (${sql.join(g.kinds)}) and ${grantCovers(g, who, row)})`,
    ),
  );
}

