import type { LetterKind } from '../../domain/letters/types.ts';
import type { LetterRecord } from '../../store/letters.ts';
import { caseBreadcrumb } from '../components/case-summary.ts';
import { csrfField } from '../components/form.ts';
import { followUpSection, type FollowUpModel } from './allocation.ts';
import { html, type Html } from '../html.ts';
import { formatDate, formatMoment } from '../labels.ts';
import { page } from '../layout.ts';
import type { PageUser } from '../presenters.ts';

// A case's documents in one place: the request to the funder and the client's copy as PDFs made
// from the dossier as it stands, and the letters the regime offers, each draft to be read as a PDF
// and approved (which stores the PDF for good and records the letter in the dossier).

export interface DocumentsPageModel {
  caseId: string;
  clientName: string;
  available: readonly { kind: LetterKind; title: string }[];
  letters: readonly LetterRecord[];
  mayDraft: boolean;
  mayApprove: boolean;
  /** The allocation and the 307 after an acceptance (pages/allocation.ts). */
  followUp: FollowUpModel;
}

const download = (href: string, label: string) =>
  html`<a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${href}" download>${label}</a>`;

// Drafting letters from the page (issue 12): the letters the regime offers, each a form; a draft is
// edited or thrown away on its own page.

function letterDrafting(model: DocumentsPageModel): Html {
  if (model.available.length === 0) return html``;
  if (!model.mayDraft) {
    return html`<p class="utrecht-paragraph">Het protocol vraagt deze brieven: ${model.available.map((a, i) => html`${i > 0 ? ', ' : ''}${a.title}`)}.</p>`;
  }
  return html`<h3 class="utrecht-heading-3" id="brief-opstellen-kop">Brief opstellen</h3>
<p class="utrecht-paragraph">Het protocol van deze casus vraagt deze brieven. Kies de brief die u wilt opstellen; de feiten komen uit het dossier.</p>
<ul class="utrecht-unordered-list" aria-labelledby="brief-opstellen-kop">${model.available.map(
    (a) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link utrecht-link--html-a" href="/casussen/${model.caseId}/brieven/nieuw?soort=${a.kind}">${a.title}</a></li>`,
  )}</ul>`;
}

const draftActions = (base: string, letterId: string): Html =>
  html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${base}/brieven/${letterId}/bewerken">Tekst bewerken of concept weggooien</a></p>`;

export function documentsPage(options: { user: PageUser; csrfToken: string; model: DocumentsPageModel }): string {
  const { model } = options;
  const base = `/casussen/${model.caseId}`;
  return page({
    title: `Documenten · ${model.clientName}`,
    user: options.user,
    csrfToken: options.csrfToken,
    body: html`${caseBreadcrumb(model.caseId, model.clientName, 'Documenten')}
<h1 class="utrecht-heading-1">Documenten van ${model.clientName}</h1>
<section aria-labelledby="dossierstukken-kop">
  <h2 class="utrecht-heading-2" id="dossierstukken-kop">Uit het dossier</h2>
  <p class="utrecht-paragraph">Gemaakt uit het dossier zoals het nu is, met de datum van vandaag.</p>
  <div class="zv-actions">
    ${download(`${base}/documenten/verzoek.pdf`, 'Verzoek aan de financier (PDF)')}
    ${download(`${base}/documenten/kopie-client.pdf`, 'Kopie voor de cliënt (PDF)')}
  </div>
</section>
${followUpSection(model.caseId, options.csrfToken, model.followUp)}
<section aria-labelledby="brieven-kop">
  <h2 class="utrecht-heading-2" id="brieven-kop">Brieven</h2>
  ${
    model.letters.length === 0
      ? html`<p class="utrecht-paragraph">Er zijn nog geen brieven opgesteld.</p>`
      : html`<ul class="zv-task-list" id="brieven">${model.letters.map(
          (l) => html`<li class="zv-task" data-letter="${l.id}" data-status="${l.status}">
  <div class="zv-task__name">
    <a class="utrecht-link utrecht-link--html-a" href="${base}/brieven/${l.id}.pdf">${l.letter.subject}</a>
    <p class="utrecht-paragraph utrecht-paragraph--small">${
      l.status === 'sent' ? `Verzonden op ${formatMoment(l.sentAt as Date)}` : `Concept van ${formatDate(l.letter.date)}: lees de PDF na en keur de brief goed om hem te versturen.`
    }</p>
    ${l.status === 'draft' && model.mayDraft ? draftActions(base, l.id) : ''}
    ${
      l.status === 'draft' && model.mayApprove
        ? html`<form method="post" action="${base}/brieven/${l.id}/goedkeuren" class="zv-actions">${csrfField(options.csrfToken)}<button type="submit" class="utrecht-button utrecht-button--primary-action">Goedkeuren en versturen</button></form>`
        : ''
    }
  </div>
  <strong class="utrecht-status-badge utrecht-status-badge--${l.status === 'sent' ? 'safe' : 'warning'} zv-task__status">${l.status === 'sent' ? 'Verzonden' : 'Concept'}</strong>
</li>`,
        )}</ul>`
  }
  ${letterDrafting(model)}
</section>`,
  });
}
