import { DESTRUCTION_QUOTE, retentionOf } from '../../domain/client-file/rights.ts';
import { claimCase, destroyCaseData, type DueDestruction } from '../../store/destruction.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';

/** The clause a destruction rests on, as its record names it: the request's, or the retention term of the case's regime and law. */
function clauseOf(input: DueDestruction): string {
  return input.ground === 'request' || input.regime === undefined ? `004 §3: ${DESTRUCTION_QUOTE}` : retentionOf(input.regime, input.law ?? null).clause;
}

/**
 * Destroys one case's file (decision 0023), as the retention job does: once, whichever process gets
 * there first (the case row is claimed with SKIP LOCKED; a case gone or claimed is not found). The
 * access log's row of it names the case and client by their ids only, as all its rows do.
 */
export const destroyFile = command({
  action: 'case.destroy',
  event: 'case.destroy',
  async load(tx, input: DueDestruction) {
    const claimed = await claimCase(tx, input.caseId);
    return claimed === undefined ? undefined : { kind: 'installation' as const, ...claimed };
  },
  notFound: 'Dit dossier is al vernietigd of wordt nu vernietigd.',
  async run(tx, claimed, input, ctx): Promise<{ organisationId: string; clientId: string }> {
    await destroyCaseData(
      tx,
      { caseId: input.caseId, clientId: claimed.clientId },
      { organisation_id: claimed.organisationId, destroyed_at: nowOf(ctx), ground: input.ground, requested_at: input.requestedAt, clause: clauseOf(input) },
    );
    return claimed;
  },
  touched: (claimed, _resource, input) => [{ kind: 'client', organisationId: claimed.organisationId, clientId: claimed.clientId, caseId: input.caseId }],
});
