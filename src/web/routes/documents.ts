import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderOffThread } from '../../documents/render-pool.ts';
import { downloadClientCopy } from '../../commands/documents/download-client-copy.ts';
import { downloadFunderRequest } from '../../commands/documents/download-funder-request.ts';
import { approveLetter } from '../../commands/letters/approve-letter.ts';
import { downloadLetter } from '../../commands/letters/download-letter.ts';
import { listLetters } from '../../commands/letters/list-letters.ts';
import { todayOf } from '../../commands/pipeline/context.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { contextOf } from '../../requests/context.ts';
import { contentDisposition } from '../../requests/file-name.ts';
import { html } from '../errors.ts';
import type { FollowUpForm, FollowUpFormName } from '../pages/allocation.ts';
import { documentsPage } from '../pages/documents.ts';
import type { PageUser } from '../presenters.ts';

// The documents of a case as pages over the same commands the API uses: the request to the funder,
// the client's copy, and the letters with their PDFs and approval.

type IdParams = { Params: { id: string } };
type LetterParams = { Params: { id: string; letterId: string } };

const sendPdf = (reply: FastifyReply, pdf: Buffer, name: string) =>
  reply.type('application/pdf').header('content-disposition', contentDisposition('attachment', name)).send(pdf);

/** The Documenten page; `followUp`: a refused form of the steps after an acceptance, or the one just saved. */
export async function showDocuments(
  request: FastifyRequest<IdParams>,
  reply: FastifyReply,
  followUp: { form?: FollowUpForm; saved?: FollowUpFormName },
  status = 200,
) {
  const ctx = contextOf(request);
  const letters = await execute(ctx, listLetters, request.params.id);
  const model = { caseId: request.params.id, ...letters, followUp: { ...letters.followUp, ...followUp, today: todayOf(ctx) } };
  return html(reply, documentsPage({ user: request.pageUser as PageUser, csrfToken: reply.generateCsrf(), model }), status);
}

export function documentPages(app: FastifyInstance): void {
  app.get<IdParams>('/casussen/:id/documenten', { config: { access: { action: 'document.read', event: 'letter.list' } } }, async (request, reply) => {
    const saved = (request.query as Record<string, unknown>).opgeslagen;
    return showDocuments(request, reply, saved === 'toewijzing' ? { saved: 'allocation' } : saved === '307' ? { saved: 'stop-message' } : {});
  });

  for (const [path, make, title] of [
    ['/casussen/:id/documenten/verzoek.pdf', downloadFunderRequest, 'verzoek aan de financier'],
    ['/casussen/:id/documenten/kopie-client.pdf', downloadClientCopy, 'kopie van het dossier'],
  ] as const) {
    app.get<IdParams>(path, { config: { access: { action: make.action, event: make.event } } }, async (request: FastifyRequest<IdParams>, reply) => {
      const pdf = await renderOffThread(await execute(contextOf(request), make, { caseId: request.params.id }));
      return sendPdf(reply, pdf, `${title} ${request.params.id.slice(0, 8)}.pdf`);
    });
  }

  app.get<LetterParams>('/casussen/:id/brieven/:letterId.pdf', { config: { access: { action: 'document.read', event: 'document.download' } } }, async (request, reply) => {
    const found = await execute(contextOf(request), downloadLetter, { caseId: request.params.id, letterId: request.params.letterId });
    // A sent letter is its stored bytes; a draft is rendered on the render pool, as in the API.
    const [pdf, sent] = found.sent ? [found.pdf, true] : [await renderOffThread(found.render), false];
    return sendPdf(reply, pdf, `${sent ? 'brief' : 'concept'} ${request.params.letterId.slice(0, 8)}.pdf`);
  });

  app.post<LetterParams>('/casussen/:id/brieven/:letterId/goedkeuren', { config: { access: { action: 'letter.approve', event: 'letter.approve' } } }, async (request, reply) => {
    await execute(contextOf(request), approveLetter, { caseId: request.params.id, letterId: request.params.letterId });
    return reply.redirect(`/casussen/${request.params.id}/documenten#brieven`, 303);
  });
}
