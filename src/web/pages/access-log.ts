import { EVENTS, EVENT_TYPES, type EventType } from '../../access-log/events.ts';
import type { AccessLogQuery } from '../../commands/access-log/access-log-query.ts';
import { countText, filterSelect, keysetPagination } from '../components/filters.ts';
import { html, type Html } from '../html.ts';
import { PURPOSE_LABELS, REFUSAL_LABELS, ROLE_LABELS } from '../labels.ts';
import { page } from '../layout.ts';
import type { AccessLogEntryView, PageUser } from '../presenters.ts';

// Toegangslog: who did what with the client data the organisation holds, its own staff and others
// (a funder reading a request), newest first, filtered and paged, with a CSV download of the same
// selection. Reading it is recorded in it too.

export const ACCESS_LOG_PARAMS = { from: 'van', until: 'tot', user: 'gebruiker', client: 'client', caseId: 'casus', eventType: 'soort' } as const;

function queryString(query: AccessLogQuery, pageNumber?: number): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(ACCESS_LOG_PARAMS) as [keyof AccessLogQuery, string][]) {
    const value = query[key];
    if (value !== undefined) params.set(name, value);
  }
  if (pageNumber !== undefined) params.set('pagina', String(pageNumber));
  return params.toString();
}

function textField(name: string, label: string, value: string | undefined, type = 'text'): Html {
  return html`<div class="utrecht-form-field utrecht-form-field--text">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="filter-${name}">${label}</label></div>
  <div class="utrecht-form-field__input"><input type="${type}" class="utrecht-textbox utrecht-textbox--html-input" id="filter-${name}" name="${name}" value="${value ?? ''}"></div>
</div>`;
}

function row(entry: AccessLogEntryView): Html {
  const event = EVENTS[entry.eventType as EventType]?.label ?? entry.eventType;
  const denied = entry.outcome === 'denied';
  return html`<tr class="utrecht-table__row" data-seq="${entry.seq}" data-event="${entry.eventType}" data-outcome="${entry.outcome}" data-client="${entry.client?.id ?? ''}" data-case="${entry.caseId ?? ''}">
  <td class="utrecht-table__cell"><time datetime="${entry.time}">${entry.time.slice(0, 10)} ${entry.time.slice(11, 19)}</time></td>
  <th scope="row" class="utrecht-table__header-cell">${entry.user.name}<br><span class="utrecht-paragraph--small">${ROLE_LABELS[entry.user.role] ?? entry.user.role}${entry.user.organisation !== null ? `, ${entry.user.organisation}` : ''}</span></th>
  <td class="utrecht-table__cell">${event} <span class="zv-muted">(${entry.actionCode})</span></td>
  <td class="utrecht-table__cell">${entry.client === null ? '—' : (entry.client.name ?? html`<span class="zv-muted">cliënt ${entry.client.id.slice(0, 8)} (niet meer aanwezig)</span>`)}${entry.caseId !== null ? html`<br><a class="utrecht-link utrecht-link--html-a utrecht-paragraph--small" href="/casussen/${entry.caseId}">casus ${entry.caseId.slice(0, 8)}</a>` : ''}</td>
  <td class="utrecht-table__cell">${PURPOSE_LABELS[entry.purpose] ?? entry.purpose}</td>
  <td class="utrecht-table__cell"><code class="utrecht-code">${entry.networkAddress}</code></td>
  <td class="utrecht-table__cell">${denied ? html`<span class="utrecht-status-badge utrecht-status-badge--danger">Geweigerd</span> ${REFUSAL_LABELS[entry.reason ?? ''] ?? entry.reason}` : html`<span class="utrecht-status-badge utrecht-status-badge--safe">Toegestaan</span>`}</td>
</tr>`;
}

export function accessLogPage(options: {
  user: PageUser;
  csrfToken: string;
  query: AccessLogQuery;
  page: number;
  pageSize: number;
  total: { total: number; exact: boolean };
  /** The cursor of the next page; null on the last. */
  next: string | null;
  entries: readonly AccessLogEntryView[];
}): string {
  const { query, total, pageSize } = options;
  const { pages, nav } = keysetPagination(options.page, total, pageSize, options.next, (n) => `/beheer/toegangslog?${queryString(query, n)}`);
  return page({
    title: 'Toegangslog',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'access-log',
    body: html`<h1 class="utrecht-heading-1">Toegangslog</h1>
<p class="utrecht-paragraph">Elke keer dat iemand cliëntgegevens van uw organisatie inzag, wijzigde, zocht, downloadde of dat probeerde zonder toegang, staat hier: wie, wanneer, vanaf welk adres, met welk doel en bij welke cliënt. Ook medewerkers van een financier die een verzoek beoordelen staan erin. Regels worden nooit gewijzigd of verwijderd; elke regel is met een hash aan de vorige gekoppeld (NEN 7513).</p>
<form method="get" action="/beheer/toegangslog" class="zv-filters" role="search" aria-label="Toegangslog filteren">
  ${textField(ACCESS_LOG_PARAMS.from, 'Van', query.from, 'date')}
  ${textField(ACCESS_LOG_PARAMS.until, 'Tot en met', query.until, 'date')}
  ${textField(ACCESS_LOG_PARAMS.user, 'Gebruiker', query.user)}
  ${textField(ACCESS_LOG_PARAMS.client, 'Cliënt', query.client)}
  ${textField(ACCESS_LOG_PARAMS.caseId, 'Casusnummer', query.caseId)}
  ${filterSelect(ACCESS_LOG_PARAMS.eventType, 'Gebeurtenis', EVENT_TYPES.map((t) => [t, EVENTS[t].label] as const), query.eventType)}
  <button type="submit" class="utrecht-button utrecht-button--secondary-action">Filteren</button>
</form>
<p class="utrecht-paragraph" role="status">${countText(total, 'regel', 'regels')}${pages > 1 ? `; pagina ${options.page} van ${pages}${total.exact ? '' : '+'}` : ''}. <a class="utrecht-link utrecht-link--html-a" href="/beheer/toegangslog.csv?${queryString(query)}" download>Download deze selectie als CSV</a></p>
${
  options.entries.length === 0
    ? html`<p class="utrecht-paragraph">Geen regels gevonden.</p>`
    : html`<div class="utrecht-table-container"><table class="utrecht-table utrecht-table--html-table">
  <caption class="utrecht-table__caption">Toegang tot cliëntgegevens, de nieuwste eerst</caption>
  <thead class="utrecht-table__header"><tr class="utrecht-table__row">
    <th scope="col" class="utrecht-table__header-cell">Tijdstip</th>
    <th scope="col" class="utrecht-table__header-cell">Gebruiker</th>
    <th scope="col" class="utrecht-table__header-cell">Gebeurtenis</th>
    <th scope="col" class="utrecht-table__header-cell">Cliënt en casus</th>
    <th scope="col" class="utrecht-table__header-cell">Doel</th>
    <th scope="col" class="utrecht-table__header-cell">Adres</th>
    <th scope="col" class="utrecht-table__header-cell">Uitkomst</th>
  </tr></thead>
  <tbody class="utrecht-table__body">${options.entries.map(row)}</tbody>
</table></div>`
}
${nav}`,
  });
}
