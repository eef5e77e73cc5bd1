import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { discardLetter } from '../../commands/letters/discard-letter.ts';
import { draftLetter } from '../../commands/letters/draft-letter.ts';
import { editLetter } from '../../commands/letters/edit-letter.ts';
import { letterOffers } from '../../commands/letters/letter-offers.ts';
import { readLetter } from '../../commands/letters/read-letter.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { InvalidInputError, NotFoundError, type ValidationIssue } from '../../domain/errors.ts';
import { LETTERS } from '../../domain/letters/catalogue.ts';
import { LETTER_KINDS, type LetterKind } from '../../domain/letters/types.ts';
import { contextOf } from '../../requests/context.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { draftFromForm, draftLetterPage, editFromForm, editLetterPage } from '../pages/letter-forms.ts';
import type { PageUser } from '../presenters.ts';
import { text } from './form-values.ts';

// Drafting, editing and discarding a case's letters on the pages, over the commands the API uses
// (approval and the PDF are on the documents page's routes). A refused form is shown again with
// its problems beside the fields, and nothing is stored.

type IdParams = { Params: { id: string } };
type LetterParams = { Params: { id: string; letterId: string } };

const user = (request: FastifyRequest) => request.pageUser as PageUser;
const documents = (caseId: string) => `/casussen/${caseId}/documenten#brieven-kop`;

const NOT_OFFERED = 'Deze brief hoort niet bij het protocol van deze casus.';

function letterKind(kind: string): LetterKind {
  if (!(LETTER_KINDS as readonly string[]).includes(kind)) throw new NotFoundError(NOT_OFFERED);
  return kind as LetterKind;
}

/** The form of a letter the case's regime offers (another is a page that does not exist), with the date of today filled in. */
async function showDraftForm(request: FastifyRequest<IdParams>, reply: FastifyReply, kind: LetterKind, values?: FormValues, issues?: readonly ValidationIssue[]) {
  const offers = await execute(contextOf(request), letterOffers, request.params.id);
  if (!offers.available.some((a) => a.kind === kind)) throw new NotFoundError(NOT_OFFERED);
  const model = { caseId: request.params.id, clientName: offers.clientName, kind, title: LETTERS[kind].title };
  const page = draftLetterPage({ user: user(request), csrfToken: reply.generateCsrf(), model, values: values ?? { date: offers.today }, ...(issues !== undefined ? { issues } : {}) });
  return html(reply, page, issues !== undefined ? 400 : 200);
}

async function showEditForm(request: FastifyRequest<LetterParams>, reply: FastifyReply, values?: FormValues, issues?: readonly ValidationIssue[], saved = false) {
  const { mayDraft, mayApprove, ...letter } = await execute(contextOf(request), readLetter, { caseId: request.params.id, letterId: request.params.letterId });
  if (letter.status === 'sent' || !mayDraft) return reply.redirect(documents(request.params.id), 303);
  const model = { caseId: request.params.id, letter, mayApprove, saved };
  const page = editLetterPage({ user: user(request), csrfToken: reply.generateCsrf(), model, ...(values !== undefined ? { values } : {}), ...(issues !== undefined ? { issues } : {}) });
  return html(reply, page, issues !== undefined ? 400 : 200);
}

export function letterPages(app: FastifyInstance): void {
  app.get<IdParams & { Querystring: { soort?: string } }>(
    '/casussen/:id/brieven/nieuw',
    { config: { access: { action: 'letter.draft', event: 'letter.list' } } },
    async (request, reply) => showDraftForm(request, reply, letterKind(typeof request.query.soort === 'string' ? request.query.soort : '')),
  );

  app.post<IdParams & { Body: FormValues }>('/casussen/:id/brieven', { config: { access: { action: 'letter.draft', event: 'letter.draft' } } }, async (request, reply) => {
    const values = request.body ?? {};
    const kind = letterKind(text(values, 'soort'));
    try {
      const drafted = await execute(contextOf(request), draftLetter, { caseId: request.params.id, body: draftFromForm(kind, values) });
      return reply.redirect(`/casussen/${request.params.id}/brieven/${drafted.id}/bewerken`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return showDraftForm(request, reply, kind, values, error.issues);
    }
  });

  app.get<LetterParams & { Querystring: { opgeslagen?: string } }>(
    '/casussen/:id/brieven/:letterId/bewerken',
    { config: { access: { action: 'document.read', event: 'letter.read' } } },
    async (request, reply) => showEditForm(request, reply, undefined, undefined, request.query.opgeslagen !== undefined),
  );

  app.post<LetterParams & { Body: FormValues }>(
    '/casussen/:id/brieven/:letterId/bewerken',
    { config: { access: { action: 'letter.draft', event: 'letter.edit' } } },
    async (request, reply) => {
      const values = request.body ?? {};
      const { edit, issues } = editFromForm(values);
      try {
        if (issues.length > 0) throw new InvalidInputError(issues);
        await execute(contextOf(request), editLetter, { caseId: request.params.id, letterId: request.params.letterId, body: edit });
        return reply.redirect(`/casussen/${request.params.id}/brieven/${request.params.letterId}/bewerken?opgeslagen=1`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        return showEditForm(request, reply, values, error.issues);
      }
    },
  );

  app.post<LetterParams>('/casussen/:id/brieven/:letterId/weggooien', { config: { access: { action: 'letter.draft', event: 'letter.discard' } } }, async (request, reply) => {
    await execute(contextOf(request), discardLetter, { caseId: request.params.id, letterId: request.params.letterId });
    return reply.redirect(documents(request.params.id), 303);
  });
}
