import { assess, type Assessment } from '../domain/assessment/assess.ts';
import { findUserNames } from '../store/users.ts';
import { todayOf, type CommandContext } from './context.ts';
import { readCase, toDocument, type CaseView } from './read-case.ts';

export interface AssessedCase {
  view: CaseView;
  assessment: Assessment;
  /** The names of the users who recorded the entries, by user id. */
  authors: Map<string, string>;
}

/**
 * A case with its dossier, who recorded what, and its assessment as of today, for a page that
 * shows them together: the dossier is read once and assessed as loaded (assessCase would read it
 * a second time).
 */
export async function readAssessedCase(ctx: CommandContext, caseId: string): Promise<AssessedCase> {
  const view = await readCase(ctx, caseId);
  const assessment = assess(toDocument(view.case, view.entries.map((e) => e.entry)), todayOf(ctx));
  const authors = await findUserNames(ctx.store.db, view.entries.flatMap((e) => (e.authorId !== null ? [e.authorId] : [])));
  return { view, assessment, authors };
}
