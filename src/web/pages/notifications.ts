import type { NotificationView, PageUser } from '../presenters.ts';
import { source } from '../components/checklist.ts';
import { pageCount, pagination } from '../components/filters.ts';
import { csrfField } from '../components/form.ts';
import { html, type Html } from '../html.ts';
import { formatDate, formatMoment } from '../labels.ts';
import { page } from '../layout.ts';

// Meldingen: the user's deadline reminders, newest first. Unread ones are marked and can be marked
// read one by one; each names the case by the start of its id, as the e-mail does.

function item(n: NotificationView, csrfToken: string, returnPage: number): Html {
  const unread = n.readAt === null;
  // Who and when first: the client (or, for a funder, the case) and the date the term ends.
  const who = n.clientName ?? `Casus ${n.caseId.slice(0, 8)}`;
  const heading = `${who}: ${n.kind === 'overdue' ? 'termijn verlopen op' : 'termijn verloopt op'} ${formatDate(n.dueDate)}`;
  const headingId = `melding-${n.id}-kop`;
  return html`<li class="zv-entry${unread ? ' zv-notification--unread' : ''}" id="melding-${n.id}" data-notification="${n.id}" data-read="${unread ? 'nee' : 'ja'}">
  <h2 class="utrecht-heading-3" id="${headingId}">${heading}${unread ? html` <span class="utrecht-status-badge utrecht-status-badge--warning">Ongelezen</span>` : ''}</h2>
  <p class="utrecht-paragraph">${n.rule}</p>
  <p class="utrecht-paragraph utrecht-paragraph--small">Herinnering van ${formatMoment(n.createdAt)}${unread ? '' : html`; gelezen op ${formatMoment(n.readAt as Date)}`}. <a class="utrecht-link utrecht-link--html-a" href="/casussen/${n.caseId}">Naar de casus${n.clientName !== null ? ` van ${n.clientName}` : ` ${n.caseId.slice(0, 8)}`}</a></p>
  ${source(n.source)}
  ${
    unread
      ? html`<form method="post" action="/meldingen/${n.id}/gelezen" class="zv-actions">
    ${csrfField(csrfToken)}
    <input type="hidden" name="pagina" value="${returnPage}">
    <button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-describedby="${headingId}">Markeer als gelezen</button>
  </form>`
      : ''
  }
</li>`;
}

export function notificationsPage(options: {
  user: PageUser;
  csrfToken: string;
  page: number;
  pageSize: number;
  total: number;
  unread: number;
  notifications: readonly NotificationView[];
}): string {
  const { total, unread, pageSize } = options;
  const pages = pageCount(total, pageSize);
  return page({
    title: 'Meldingen',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'notifications',
    body: html`<h1 class="utrecht-heading-1">Meldingen</h1>
<p class="utrecht-paragraph">Herinneringen aan de termijnen van uw casussen: kort voordat een termijn verloopt, of zodra hij verlopen is. De nieuwste staan bovenaan.</p>
<p class="utrecht-paragraph" role="status">${total === 1 ? '1 melding' : `${total} meldingen`}, waarvan ${unread} ongelezen${pages > 1 ? `; pagina ${options.page} van ${pages}` : ''}.</p>
${
  options.notifications.length === 0
    ? html`<p class="utrecht-paragraph">Geen meldingen.</p>`
    : html`<ul class="zv-notifications">${options.notifications.map((n) => item(n, options.csrfToken, options.page))}</ul>`
}
${pagination(options.page, pages, (n) => `/meldingen?pagina=${n}`)}`,
  });
}
