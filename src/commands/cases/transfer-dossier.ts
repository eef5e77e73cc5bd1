import { TRANSFER_REFUSALS, transferConsent } from '../../domain/client-file/consent.ts';
import type { DossierDocument } from '../../domain/dossier/types.ts';
import { InvalidInputError, RuleRefusal } from '../../domain/errors.ts';
import { loadEntries } from '../../store/cases.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadCase } from './case-resource.ts';
import { appendToDossier, toDocument } from './dossier.ts';

export interface TransferDossier {
  caseId: string;
  /** The next provider, as the client's consent names it. */
  recipient: unknown;
  /** Where a wrong recipient is reported: the CLI's option or the body's field. */
  path?: string;
}

/**
 * The dossier for the next provider (seed 002 'Zorgbeëindiging', seed 000 'verstrekt het
 * cliëntdossier na toestemming'): only with the client's written consent naming that provider, not
 * withdrawn. Refused otherwise, and the refusal is kept in the access log with its reason. A
 * transfer is recorded in the dossier (a `transfer` entry), which ends the case.
 */
export const transferDossier = command({
  action: 'case.transfer',
  event: 'case.transfer',
  load: (tx, input: TransferDossier) => loadCase(tx, input.caseId, true),
  async run(tx, found, input, ctx): Promise<DossierDocument> {
    const path = input.path ?? '$.recipient';
    const recipient = typeof input.recipient === 'string' ? input.recipient.trim() : '';
    if (recipient === '' || recipient.length > 200) throw new InvalidInputError([{ path, message: 'verplicht: de naam van de volgende aanbieder, zoals de toestemming hem noemt' }]);
    const entries = (await loadEntries(tx, found.caseId)).map((e) => e.entry);
    const consent = transferConsent(entries, recipient);
    if (!consent.allowed) throw new RuleRefusal(consent.reason, [{ path, message: `niet overgedragen: ${TRANSFER_REFUSALS[consent.reason]}` }]);
    const transfer = await appendToDossier(ctx, tx, found.record, { type: 'transfer', date: todayOf(ctx), to: consent.consent.recipient });
    return toDocument(found.record, [...entries, transfer]);
  },
});
