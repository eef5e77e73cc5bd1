import type { PageUser, TaskView } from '../presenters.ts';
import { pageCount, pagination } from '../components/filters.ts';
import { csrfField } from '../components/form.ts';
import { html, type Html } from '../html.ts';
import { formatDate, formatMoment } from '../labels.ts';
import { page } from '../layout.ts';

// Taken: what the provider's staff must do (decision 0017), open ones first by the date they are due,
// with a button to mark one done; the done ones on a second tab, newest first.

function about(t: TaskView): Html | string {
  // Where the answer is written first (the question on the request's page, its form beneath it); the
  // case after it, as the only place that names the client.
  if (t.question !== null) {
    return html`<a class="utrecht-link utrecht-link--html-a" href="/verzoeken/${t.question.requestId}#vraag-${t.question.questionId}">Naar de vraag en het antwoordformulier</a> · ${caseLink(t)}`;
  }
  return caseLink(t);
}

function caseLink(t: TaskView): Html | string {
  if (t.caseId !== null) return html`<a class="utrecht-link utrecht-link--html-a" href="/casussen/${t.caseId}">Naar de casus${t.clientName !== null ? html` van ${t.clientName}` : ''}</a>`;
  if (t.clientId !== null) return html`<a class="utrecht-link utrecht-link--html-a" href="/clienten/${t.clientId}">Naar ${t.clientName ?? 'de cliënt'}</a>`;
  return '';
}

function item(t: TaskView, csrfToken: string, returnPage: number): Html {
  const headingId = `taak-${t.id}-kop`;
  const due =
    t.dueOn === null
      ? ''
      : t.overdue
        ? html` <span class="utrecht-status-badge utrecht-status-badge--danger">Te laat: moest af op ${formatDate(t.dueOn)}</span>`
        : html` <span class="utrecht-status-badge">Af op ${formatDate(t.dueOn)}</span>`;
  return html`<li class="zv-entry" id="taak-${t.id}" data-task="${t.id}" data-kind="${t.kind}">
  <h2 class="utrecht-heading-3" id="${headingId}">${t.title}${t.state === 'open' ? due : ''}</h2>
  <p class="utrecht-paragraph utrecht-paragraph--small">Gemaakt op ${formatMoment(t.createdAt)}${t.doneAt !== null ? html`; afgerond op ${formatMoment(t.doneAt)}` : ''}. ${about(t)}</p>
  ${
    t.state === 'open'
      ? html`<form method="post" action="/taken/${t.id}/afronden" class="zv-actions">
    ${csrfField(csrfToken)}
    <input type="hidden" name="pagina" value="${returnPage}">
    <button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-describedby="${headingId}">Afronden</button>
  </form>`
      : ''
  }
</li>`;
}

export function tasksPage(options: {
  user: PageUser;
  csrfToken: string;
  done: boolean;
  page: number;
  pageSize: number;
  total: number;
  tasks: readonly TaskView[];
}): string {
  const pages = pageCount(options.total, options.pageSize);
  const base = options.done ? '/taken?toon=afgerond&' : '/taken?';
  return page({
    title: options.done ? 'Afgeronde taken' : 'Taken',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'tasks',
    body: html`<h1 class="utrecht-heading-1">Taken</h1>
<p class="utrecht-paragraph">Wat u of een collega moet doen, bijvoorbeeld contact opnemen met de gemeente na de tweede keer dat een cliënt niet kwam. Zodra iemand een taak afrondt, is hij voor iedereen klaar.</p>
<nav aria-label="Welke taken"><ul class="zv-tabs">
  <li><a class="utrecht-link utrecht-link--html-a" href="/taken"${options.done ? '' : html` aria-current="page"`}>Open</a></li>
  <li><a class="utrecht-link utrecht-link--html-a" href="/taken?toon=afgerond"${options.done ? html` aria-current="page"` : ''}>Afgerond</a></li>
</ul></nav>
<p class="utrecht-paragraph" role="status">${options.total === 1 ? '1 taak' : `${options.total} taken`} ${options.done ? 'afgerond' : 'open'}${pages > 1 ? `; pagina ${options.page} van ${pages}` : ''}.</p>
${
  options.tasks.length === 0
    ? html`<p class="utrecht-paragraph">${options.done ? 'Nog geen afgeronde taken.' : 'Geen open taken.'}</p>`
    : html`<ul class="zv-notifications">${options.tasks.map((t) => item(t, options.csrfToken, options.page))}</ul>`
}
${pagination(options.page, pages, (n) => `${base}pagina=${n}`)}`,
  });
}
