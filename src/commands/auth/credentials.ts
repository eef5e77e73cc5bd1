import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { UnauthenticatedError } from '../../domain/errors.ts';
import type { Store } from '../../store/database.ts';
import { findUserByEmail } from '../../store/users.ts';

// Spent on unknown e-mail addresses too, so the response time does not tell which addresses exist.
const decoy = hashPassword('decoy');

/** The id of the user with this e-mail address and password, or UnauthenticatedError. */
export async function verifyCredentials(store: Store, email: string, password: string): Promise<string> {
  const user = await findUserByEmail(store.db, email);
  const valid = await verifyPassword(password, user?.password_hash ?? (await decoy));
  if (user?.password_hash == null || !valid) throw new UnauthenticatedError();
  return user.id;
}
