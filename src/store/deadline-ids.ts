import { sql, type RawBuilder, type SqlBool } from 'kysely';

// A stored deadline's id is its rule's id, plus `-<entry id>` when each entry starts its own term
// (domain/assessment/deadline-types.ts). Selecting deadlines by type matches both forms.

/** Whether the deadline id in `column` is of one of the types (rule ids). */
export function deadlineOfTypes(column: string): (types: readonly string[]) => RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  return (types) =>
    types.length === 0
      ? sql<SqlBool>`false`
      : sql<SqlBool>`(${ref} in (${sql.join(types)}) or ${sql.join(
          types.map((t) => sql`${ref} like ${`${t}-%`}`),
          sql` or `,
        )})`;
}
