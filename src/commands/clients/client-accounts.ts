import { InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import type { Tx } from '../pipeline/execute.ts';
import { emailAndName } from '../users/user-fields.ts';

// The accounts of a client's own file: the client's, and their legal representatives' (one or more,
// each with the legal ground they act on). Made by the provider's regievoerder from the case.

export type AccountHolder = 'client' | 'representative';

export interface ClientAccountFields {
  email: string;
  name: string;
  /** Null: the client themselves; otherwise the representative's legal ground. */
  ground: string | null;
}

/** The person invited and, for a representative, their legal ground; or every problem at once. */
export function clientAccountFields(body: unknown): ClientAccountFields {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const person = emailAndName(input, issues);
  if (input.holder !== 'client' && input.holder !== 'representative') {
    issues.push({ path: '$.holder', message: 'kies client (de cliënt zelf) of representative (een wettelijk vertegenwoordiger)' });
  }
  const ground = typeof input.ground === 'string' ? input.ground.trim() : '';
  if (input.holder === 'representative' && (ground === '' || ground.length > 200)) {
    issues.push({ path: '$.ground', message: 'verplicht voor een vertegenwoordiger: waarom hij of zij de cliënt vertegenwoordigt (curator, mentor, ouder …), tot 200 tekens' });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  return { ...person, ground: input.holder === 'representative' ? ground : null };
}

export interface ClientAccountRow {
  id: string;
  name: string;
  email: string;
  ground: string | null;
  active: boolean;
  /** Has followed the invitation and set a password. */
  passwordSet: boolean;
}

export async function listClientAccounts(tx: Tx, clientId: string): Promise<ClientAccountRow[]> {
  const rows = await tx
    .selectFrom('users')
    .select(['id', 'name', 'email', 'representation_ground', 'active', 'password_hash'])
    .where('client_id', '=', clientId)
    .orderBy('representation_ground', (ob) => ob.desc().nullsFirst())
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, ground: r.representation_ground, active: r.active, passwordSet: r.password_hash !== null }));
}
