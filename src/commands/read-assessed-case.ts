import { assess, type Assessment } from '../domain/assessment/assess.ts';
import { todayOf, type CommandContext } from './context.ts';
import { readCase, toDocument, type CaseView } from './read-case.ts';

/**
 * A case with its dossier and its assessment as of today, for a page that shows both: the dossier
 * is read once and assessed as loaded (assessCase would read it a second time).
 */
export async function readAssessedCase(ctx: CommandContext, caseId: string): Promise<{ view: CaseView; assessment: Assessment }> {
  const view = await readCase(ctx, caseId);
  const assessment = assess(toDocument(view.case, view.entries.map((e) => e.entry)), todayOf(ctx));
  return { view, assessment };
}
