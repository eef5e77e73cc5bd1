import { parseArgs } from 'node:util';
import { execute } from '../commands/pipeline/execute.ts';
import { operatorContext } from '../commands/pipeline/machine.ts';
import { createOrganisation } from '../commands/organisations/create-organisation.ts';
import { inviteUser } from '../commands/users/invite-user.ts';
import { loadConfig } from '../config.ts';
import type { Store } from '../store/database.ts';
import { findOrganisationBySlug } from '../store/users.ts';
import { UsageError } from './usage-error.ts';
import { ConflictError, InvalidInputError, type ValidationIssue } from '../domain/errors.ts';

const asOption = (issue: ValidationIssue): ValidationIssue => ({ ...issue, path: issue.path.replace(/^\$\./, '--') });

// Starting an installation from the machine (issue 13): `organisation add` and `user add`, as the
// operator. `user add` prints a one-time invitation link that expires (ZORGVULDIG_INVITATION_HOURS);
// the person sets their password and enrols their second factor through it.

export const ACCOUNTS_USAGE = `  organisation add --kind provider|municipality|health-insurer --name NAAM --slug KORTE-NAAM [--address ADRES]
                   [--phone TELEFOON] [--complaints 'onze klachtenfunctionaris, …: bel … of mail …']
                                      maak een organisatie aan; print haar id. Brieven aan cliënten noemen
                                      het telefoonnummer en bij wie een klacht kan worden ingediend
  user add --org KORTE-NAAM --email E-MAIL --role ROL [--name NAAM]
                                      maak een gebruiker aan; print een uitnodigingslink (één keer te gebruiken, verloopt)`;

type WithStore = <T>(run: (store: Store) => Promise<T>) => Promise<T>;

/** `<noun> add --option value …`: the options, all strings, the required ones present. */
function addOptions<K extends string>(noun: string, args: string[], names: readonly K[], required: readonly K[]): Partial<Record<K, string>> {
  const options = Object.fromEntries(names.map((name) => [name, { type: 'string' as const }]));
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  if (positionals.length !== 1 || positionals[0] !== 'add') throw new UsageError(`Gebruik: zorgvuldig ${noun} add ${required.map((r) => `--${r} …`).join(' ')}`);
  const missing = required.filter((option) => values[option] === undefined);
  if (missing.length > 0) throw new UsageError(`Geef ${missing.map((m) => `--${m}`).join(', ')}.`);
  return values as Partial<Record<K, string>>;
}

export async function organisationCommand(args: string[], withStore: WithStore, out: (text: string) => void): Promise<void> {
  const values = addOptions('organisation', args, ['kind', 'name', 'slug', 'address', 'phone', 'complaints'], ['kind', 'name', 'slug']);
  const id = await withStore((store) =>
    execute(operatorContext(store), createOrganisation, {
      kind: values.kind as string,
      name: values.name as string,
      slug: values.slug as string,
      ...(values.address !== undefined ? { address: values.address } : {}),
      ...(values.phone !== undefined ? { phone: values.phone } : {}),
      ...(values.complaints !== undefined ? { complaintsContact: values.complaints } : {}),
    }),
  );
  out(id);
}

export async function userCommand(args: string[], withStore: WithStore, out: (text: string) => void): Promise<void> {
  const values = addOptions('user', args, ['org', 'email', 'role', 'name'], ['org', 'email', 'role']);
  const settings = loadConfig().auth;
  const made = await withStore(async (store) => {
    try {
      return await invite(store);
    } catch (error) {
      // The command names the fields as the API does ($.email); here they are options (--email).
      if (error instanceof InvalidInputError) throw new InvalidInputError(error.issues.map(asOption));
      if (error instanceof ConflictError) throw new ConflictError(error.issues.map(asOption));
      throw error;
    }
  });
  async function invite(store: Store) {
    const organisation = await findOrganisationBySlug(store.db, values.org as string);
    if (organisation === undefined) throw new UsageError(`Organisatie "${values.org}" bestaat niet.`);
    const email = values.email as string;
    const body = { email, role: values.role, name: values.name ?? email.split('@')[0] };
    return execute(operatorContext(store), inviteUser, { organisationId: organisation.id, body, settings });
  }
  out(`Uitnodigingslink (één keer te gebruiken, geldig tot ${made.expiresAt.toISOString()}):`);
  out(made.url);
}
