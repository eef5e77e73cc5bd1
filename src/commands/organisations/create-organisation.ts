import { ConflictError, InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import { ORGANISATION_KINDS } from '../../policy/policy.ts';
import type { OrganisationKind } from '../../store/schema.ts';
import { findOrganisationBySlug, insertOrganisation } from '../../store/users.ts';
import { command } from '../pipeline/execute.ts';

export interface NewOrganisation {
  kind: string;
  name: string;
  slug: string;
  address?: string;
  /** The number a client calls with a question about a letter. */
  phone?: string;
  /** Whom a client turns to with a complaint, and how (it follows 'Neem daarvoor contact op met' in a letter). */
  complaintsContact?: string;
}

/**
 * A new organisation on the installation: a provider, a municipality or a health insurer. The
 * operator's, at the machine (`zorgvuldig organisation add`); the row goes in the new one's chain.
 */
export const createOrganisation = command({
  action: 'organisation.create',
  event: 'organisation.create',
  load: async () => ({ kind: 'installation' as const }),
  async run(tx, _installation, input: NewOrganisation): Promise<string> {
    const issues: ValidationIssue[] = [];
    if (!(ORGANISATION_KINDS as readonly string[]).includes(input.kind)) issues.push({ path: '--kind', message: `kies ${ORGANISATION_KINDS.join(', ')}` });
    const name = input.name.trim();
    if (name === '' || name.length > 200) issues.push({ path: '--name', message: 'verplicht: de naam van de organisatie, 1 tot 200 tekens' });
    if (!/^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/.test(input.slug)) {
      issues.push({ path: '--slug', message: 'kleine letters, cijfers en streepjes, 1 tot 50 tekens, zoals de-linde' });
    }
    for (const [option, value] of [['--phone', input.phone], ['--complaints', input.complaintsContact]] as const) {
      if (value !== undefined && value.length > 300) issues.push({ path: option, message: 'is te lang (maximaal 300 tekens)' });
    }
    if (issues.length > 0) throw new InvalidInputError(issues);
    if ((await findOrganisationBySlug(tx, input.slug)) !== undefined) throw new ConflictError([{ path: '--slug', message: 'deze korte naam is al in gebruik' }]);
    return insertOrganisation(tx, {
      slug: input.slug,
      name,
      kind: input.kind as OrganisationKind,
      address: input.address?.trim() || null,
      phone: input.phone?.trim() || null,
      complaints_contact: input.complaintsContact?.trim() || null,
    });
  },
  touched: (organisationId) => [{ kind: 'client', organisationId, clientId: null, caseId: null }],
});
