import { assess, type Assessment } from '../../domain/assessment/assess.ts';
import type { IsoDate } from '../../domain/dossier/types.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadDossier } from './case-resource.ts';
import { toDocument } from './dossier.ts';

/**
 * The assessment of a stored case: the same pure `assess` that `zorgvuldig assess FILE` runs on
 * the case's interchange document, so the HTTP and CLI answers are identical.
 */
export const assessCase = command({
  action: 'case.read',
  event: 'case.assess',
  load: (tx, input: { caseId: string; asOf?: IsoDate }) => loadDossier(tx, input.caseId),
  run: async (_tx, found, { asOf }, ctx): Promise<Assessment> =>
    assess(toDocument(found.record, found.entries.map((e) => e.entry)), asOf ?? todayOf(ctx)),
});
