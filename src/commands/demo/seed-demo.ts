import { readdirSync, readFileSync } from 'node:fs';
import { hashPassword } from '../../auth/passwords.ts';
import type { RegimeId } from '../../domain/dossier/types.ts';
import type { Store } from '../../store/database.ts';
import { insertContract } from '../../store/funder-requests.ts';
import type { OrganisationKind, Role } from '../../store/schema.ts';
import { countOrganisations, insertOrganisation, insertUser } from '../../store/users.ts';
import { importDossier } from '../cases/import-dossier.ts';
import { execute } from '../pipeline/execute.ts';
import { operatorContext } from '../pipeline/machine.ts';
import { seedDemoAgreement } from './demo-agreement.ts';

// Demo organisations, one user per role, the example dossiers and one client with a care agreement, so a new installation can be
// tried at once. Only ever written into an empty database. The README lists these accounts.

export const DEMO_PASSWORD = 'zorgvuldig-demo';

const ORGANISATIONS: { slug: string; name: string; kind: OrganisationKind; address: string; phone?: string; complaints_contact?: string }[] = [
  {
    slug: 'de-linde',
    name: 'Zorggroep De Linde',
    kind: 'provider',
    address: 'Lindelaan 12, 9712 AB Groningen',
    // What its letters tell a client: whom to call, and whom to turn to with a complaint.
    phone: '050 123 45 67',
    complaints_contact: 'onze klachtenfunctionaris, mevrouw L. Jansen: bel 050 123 45 68 of mail naar klachten@delinde.example',
  },
  { slug: 'gemeente-groningen', name: 'Gemeente Groningen', kind: 'municipality', address: 'Postbus 30026, 9700 RM Groningen' },
  { slug: 'vgz', name: 'Coöperatie VGZ', kind: 'health-insurer', address: 'Postbus 5040, 6802 EA Arnhem' },
];

const USERS: { organisation: string; email: string; name: string; role: Role }[] = [
  { organisation: 'de-linde', email: 'medewerker@delinde.example', name: 'Sanne de Vries', role: 'medewerker' },
  { organisation: 'de-linde', email: 'regievoerder@delinde.example', name: 'Mohamed El Amrani', role: 'regievoerder' },
  { organisation: 'de-linde', email: 'beheerder@delinde.example', name: 'Ineke Bosma', role: 'beheerder' },
  { organisation: 'gemeente-groningen', email: 'beoordelaar@groningen.example', name: 'Jeroen Kuipers', role: 'beoordelaar' },
  { organisation: 'vgz', email: 'zorgadviseur@vgz.example', name: 'Fatma Yilmaz', role: 'beoordelaar' },
  { organisation: 'vgz', email: 'medisch.adviseur@vgz.example', name: 'dr. Pieter Hoekstra', role: 'medisch-adviseur' },
];

/** Which funders De Linde has a contract with, per regime: what a submission is checked against. */
const CONTRACTS: { provider: string; funder: string; regime: RegimeId }[] = [
  { provider: 'de-linde', funder: 'gemeente-groningen', regime: 'groningen-wmo' },
  { provider: 'de-linde', funder: 'gemeente-groningen', regime: 'gemeente-bijlage6' },
  { provider: 'de-linde', funder: 'vgz', regime: 'vgz-wijkverpleging' },
];

const EXAMPLES_DIR = new URL('../../../examples/', import.meta.url);

/** Seeds the demo data when the database has no organisations yet; returns whether it did. */
export async function seedDemoIfEmpty(store: Store): Promise<boolean> {
  if ((await countOrganisations(store.db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const org of ORGANISATIONS) ids.set(org.slug, await insertOrganisation(store.db, org));
  for (const user of USERS) {
    // Demo accounts sign in with the password alone (the pages say so); every other account has a second factor.
    await insertUser(store.db, { ...user, organisationId: ids.get(user.organisation) as string, passwordHash, demo: true });
  }
  for (const c of CONTRACTS) {
    await insertContract(store.db, { providerOrganisationId: ids.get(c.provider) as string, funderOrganisationId: ids.get(c.funder) as string, regime: c.regime, by: null });
  }
  const provider = ids.get('de-linde') as string;
  const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')).sort();
  // Imported by whoever runs the installation, as `zorgvuldig import` would: logged as theirs.
  const operator = operatorContext(store);
  for (const file of files) {
    const document: unknown = JSON.parse(readFileSync(new URL(file, EXAMPLES_DIR), 'utf8'));
    await execute(operator, importDossier, { organisationId: provider, document });
  }
  await seedDemoAgreement(operator, provider);
  // The imported cases have no one who opened them: the demo's regievoerder is responsible for each.
  const regievoerder = await store.db.selectFrom('users').select('id').where('email', '=', 'regievoerder@delinde.example').executeTakeFirstOrThrow();
  await store.db.updateTable('cases').set({ responsible_user_id: regievoerder.id }).where('organisation_id', '=', provider).execute();
  return true;
}
