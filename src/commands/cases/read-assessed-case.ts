import { assess, type Assessment } from '../../domain/assessment/assess.ts';
import { submitRefusal } from '../../domain/requests/submission.ts';
import { can } from '../../policy/policy.ts';
import { careStaff } from '../../store/teams.ts';
import { sentLettersByEntry } from '../../store/letters.ts';
import { requestRecords, requestsOfCase, type QuestionRecord, type RequestRecord } from '../../store/funder-requests.ts';
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
  /** Whether the actor manages the client's access to their own file (accounts, withholding, retention). */
  mayManageClientAccess: boolean;
  /** Whether the actor may change the client's address and salutation for letters. */
  mayChangeClient: boolean;
  /** The case's requests to the funder, newest first, with the latest one's open questions. */
  requests: RequestRecord[];
  openQuestions: QuestionRecord[];
  /** Whether the actor may submit a request, and answer and object (the page offers the forms only then). */
  maySubmit: boolean;
  mayRespond: boolean;
  /** Why no request can be submitted now (the command's own rule, so the page offers no form it refuses), or null. */
  submitRefusal: string | null;
  /** Who the actor may make responsible for the case; empty when they may not change it (case.route). */
  responsibleChoices: { id: string; name: string }[];
  /** The sent letter each entry records, by entry id, for those who may read the letters. */
  letters: Map<string, string>;
}

/**
 * A case with its dossier, who recorded what, its assessment as of today and its requests to the
 * funder, for the page that shows them together: the dossier is read once and assessed as loaded.
 */
export const readAssessedCase = command({
  action: 'case.read',
  event: 'case.read',
  load: (tx, caseId: string) => loadDossier(tx, caseId),
  run: async (tx, found, _caseId, ctx): Promise<AssessedCase> => {
    const view = caseView(found.record, found.entries);
    const document = toDocument(found.record, view.entries.map((e) => e.entry));
    const assessment = assess(document, todayOf(ctx));
    const requests = await requestsOfCase(tx, found.caseId);
    const latest = requests[0];
    const openQuestions = latest === undefined ? [] : (await requestRecords(tx, latest.id)).questions.filter((q) => q.answer === null);
    return {
      view,
      assessment,
      authors: found.authors,
      mayExport: can(ctx.actor, 'case.export', found),
      requests,
      openQuestions,
      maySubmit: can(ctx.actor, 'request.submit', found),
      submitRefusal: submitRefusal(document, requests) ?? null,
      mayRespond: can(ctx.actor, 'request.respond', found),
      mayManageClientAccess: can(ctx.actor, 'client-account.invite', found),
      mayChangeClient: can(ctx.actor, 'client.update', found),
      responsibleChoices: can(ctx.actor, 'case.route', found) ? await careStaff(tx, found.organisationId) : [],
      letters: can(ctx.actor, 'document.read', found) ? await sentLettersByEntry(tx, found.caseId) : new Map(),
    };
  },
});
