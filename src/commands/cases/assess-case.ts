import { assess, type Assessment } from '../../domain/assessment/assess.ts';
import type { IsoDate } from '../../domain/dossier/types.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { toDocument } from './dossier.ts';
import { keptAssessment, readKeptDossiers } from './kept-dossiers.ts';

/**
 * The assessment of a stored case: the same pure `assess` that `zorgvuldig assess FILE` runs on
 * the case's interchange document, so the HTTP and CLI answers are identical.
 */
export const assessCase = command({
  action: 'case.read',
  event: 'case.assess',
  readOnly: true,
  load: async (tx, input: { caseId: string; asOf?: IsoDate }, ctx) => (await readKeptDossiers(tx, ctx.store, [input.caseId]))[0],
  loadTogether: (tx, inputs, ctx) => readKeptDossiers(tx, ctx.store, inputs.map((i) => i.caseId)),
  run: async (_tx, found, { asOf }, ctx): Promise<Assessment> => {
    const document = toDocument(found.record, found.entries.map((e) => e.entry));
    const date = asOf ?? todayOf(ctx);
    // The assessment depends on the entries (kept with it), the date and the rest of the document.
    const key = JSON.stringify([date, { ...document, entries: undefined }]);
    return keptAssessment(ctx.store, found, key, () => assess(document, date));
  },
});
