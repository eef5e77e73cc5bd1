import { assess, type Assessment } from '../../domain/assessment/assess.ts';
import { can } from '../../policy/policy.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadDossier } from './case-resource.ts';
import { caseView, toDocument, type CaseView } from './dossier.ts';

export interface AssessedCase {
  view: CaseView;
  assessment: Assessment;
  /** The names of the users who recorded the entries, by user id. */
  authors: Map<string, string>;
  /** Whether the actor may also export this dossier (the page offers it only then). */
  mayExport: boolean;
}

/**
 * A case with its dossier, who recorded what, and its assessment as of today, for the page that
 * shows them together: the dossier is read once and assessed as loaded.
 */
export const readAssessedCase = command({
  action: 'case.read',
  event: 'case.read',
  load: (tx, caseId: string) => loadDossier(tx, caseId),
  run: async (_tx, found, _caseId, ctx): Promise<AssessedCase> => {
    const view = caseView(found.record, found.entries);
    const assessment = assess(toDocument(found.record, view.entries.map((e) => e.entry)), todayOf(ctx));
    return { view, assessment, authors: found.authors, mayExport: can(ctx.actor, 'case.export', found) };
  },
});
