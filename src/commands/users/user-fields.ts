import { InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import type { OrganisationKind, Role } from '../../store/schema.ts';

// What a user is made of, checked the same way at the CLI, the API and the beheerder's pages.

/** The roles staff can have at each kind of organisation (a client's account comes with issue 14). */
export const STAFF_ROLES: Record<OrganisationKind, readonly Role[]> = {
  provider: ['medewerker', 'regievoerder', 'beheerder'],
  municipality: ['beoordelaar', 'medisch-adviseur', 'beheerder'],
  'health-insurer': ['beoordelaar', 'medisch-adviseur', 'beheerder'],
};

export const USER_NOT_FOUND = 'Deze gebruiker bestaat niet in uw organisatie.';

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

export function roleIssue(role: unknown, kind: OrganisationKind, path = '$.role'): ValidationIssue | undefined {
  const roles = STAFF_ROLES[kind];
  return typeof role === 'string' && (roles as readonly string[]).includes(role) ? undefined : { path, message: `kies een van: ${roles.join(', ')}` };
}

export interface NewUserFields {
  email: string;
  name: string;
  role: Role;
}

/** The e-mail address, name and role of a new user, or every problem with them at once. */
export function newUserFields(body: unknown, kind: OrganisationKind): NewUserFields {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const person = emailAndName(input, issues);
  const role = roleIssue(input.role, kind);
  if (role !== undefined) issues.push(role);
  if (issues.length > 0) throw new InvalidInputError(issues);
  return { ...person, role: input.role as Role };
}

/** The e-mail address and name of anyone with an account (staff, a client, a representative); problems go to `issues`. */
export function emailAndName(input: Record<string, unknown>, issues: ValidationIssue[]): { email: string; name: string } {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : undefined;
  if (email === undefined || email.length > 254 || !EMAIL.test(email)) issues.push({ path: '$.email', message: 'verplicht: een e-mailadres, zoals naam@organisatie.nl' });
  const name = typeof input.name === 'string' ? input.name.trim() : undefined;
  if (name === undefined || name === '' || name.length > 100) issues.push({ path: '$.name', message: 'verplicht: de naam van de gebruiker, 1 tot 100 tekens' });
  return { email: email ?? '', name: name ?? '' };
}
