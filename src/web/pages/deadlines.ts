import type { Overview, OverviewDeadline } from '../../commands/deadlines/overview.ts';
import { DEADLINE_TYPES, deadlineTypeOf } from '../../domain/assessment/deadline-types.ts';
import type { Procedure } from '../../domain/dossier/types.ts';
import { regimes } from '../../domain/protocols/registry.ts';
import { heldBeforeDue } from '../../domain/requests/term.ts';
import type { PageUser } from '../presenters.ts';
import { source } from '../components/checklist.ts';
import { countText, filterSelect, keysetPagination } from '../components/filters.ts';
import type { DeadlineListParams } from '../deadline-list-params.ts';
import { html, type Html } from '../html.ts';
import { PROCEDURE_LABELS, formatDate } from '../labels.ts';
import { page } from '../layout.ts';

// Termijnen: every open deadline of the organisation's cases, overdue first and then by date, each
// with the rule it comes from, why it runs and the clause that sets it.

const TYPE_CHOICES = regimes.map(
  (r) => [r.name, DEADLINE_TYPES.filter((t) => t.regime === r.id).map((t) => [t.id, t.label] as const)] as const,
);

function pageLink(params: DeadlineListParams, pageNumber: number): string {
  const query = new URLSearchParams();
  if (params.type !== undefined) query.set('type', params.type);
  if (params.team !== undefined) query.set('team', params.team);
  query.set('pagina', String(pageNumber));
  return `/termijnen?${query.toString()}`;
}

function row(d: OverviewDeadline): Html {
  const regime = regimes.find((r) => r.id === d.case.regime);
  const still = d.standstill !== null && heldBeforeDue(d.standstill.askedOn, d.date);
  const overdue = d.state === 'overdue' && !still;
  return html`<tr class="utrecht-table__row" data-deadline="${d.id}" data-state="${d.state}">
  <td class="utrecht-table__cell"><time datetime="${d.date}">${formatDate(d.date)}</time><br><span class="utrecht-status-badge utrecht-status-badge--${overdue ? 'danger' : 'neutral'}">${still ? 'Staat stil' : overdue ? 'Verlopen' : 'Open'}</span></td>
  <th scope="row" class="utrecht-table__header-cell">${deadlineTypeOf(d.id)?.label ?? d.rule}</th>
  <td class="utrecht-table__cell"><a class="utrecht-link utrecht-link--html-a" href="/casussen/${d.caseId}">${d.case.clientName ?? `Casus ${d.caseId.slice(0, 8)}`}</a><br><span class="utrecht-paragraph--small">${regime?.name ?? d.case.regime}, ${PROCEDURE_LABELS[d.case.procedure as Procedure] ?? d.case.procedure}${d.case.team !== null ? `; team ${d.case.team.name}` : ''}</span></td>
  <td class="utrecht-table__cell"><p class="utrecht-paragraph">${d.rule}</p>${d.standstill !== null ? html`<p class="utrecht-paragraph" data-standstill><strong>${d.standstill.text}</strong></p>` : ''}<p class="utrecht-paragraph utrecht-paragraph--small">${d.explanation}</p>${source(d.source)}</td>
</tr>`;
}

export function deadlinesPage(options: {
  user: PageUser;
  csrfToken: string;
  params: DeadlineListParams;
  teams: readonly { id: string; name: string }[];
  overview: Overview;
  pageSize: number;
  /** The cursor of the next page; null on the last. */
  next: string | null;
}): string {
  const { params, overview, pageSize } = options;
  const { pages, nav } = keysetPagination(params.page, overview, pageSize, options.next, (n) => pageLink(params, n));
  const count = countText(overview, 'openstaande termijn', 'openstaande termijnen');
  const more = overview.exact ? '' : '+';
  return page({
    title: 'Termijnen',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'deadlines',
    body: html`<h1 class="utrecht-heading-1">Termijnen</h1>
<p class="utrecht-paragraph">Alle openstaande termijnen van de casussen van uw organisatie: verlopen termijnen eerst, daarna op datum. Bij elke termijn staat de regel uit het protocol en de bron.</p>
<form method="get" action="/termijnen" class="zv-filters" role="search" aria-label="Termijnen filteren">
  ${filterSelect('type', 'Soort termijn', TYPE_CHOICES, params.type)}
  ${options.teams.length > 0 ? filterSelect('team', 'Team', options.teams.map((t) => [t.id, t.name] as const), params.team) : ''}
  <button type="submit" class="utrecht-button utrecht-button--secondary-action">Filteren</button>
</form>
<p class="utrecht-paragraph" role="status">${count}, waarvan ${overview.overdue.toLocaleString('nl-NL')}${more} verlopen${pages > 1 ? `; pagina ${params.page} van ${pages}${more}` : ''}.</p>
${
  overview.deadlines.length === 0
    ? html`<p class="utrecht-paragraph">Geen openstaande termijnen gevonden.</p>`
    : html`<div class="utrecht-table-container"><table class="utrecht-table utrecht-table--html-table">
  <caption class="utrecht-table__caption">Openstaande termijnen, verlopen eerst</caption>
  <thead class="utrecht-table__header"><tr class="utrecht-table__row">
    <th scope="col" class="utrecht-table__header-cell">Uiterlijk</th>
    <th scope="col" class="utrecht-table__header-cell">Termijn</th>
    <th scope="col" class="utrecht-table__header-cell">Casus</th>
    <th scope="col" class="utrecht-table__header-cell">Regel en toelichting</th>
  </tr></thead>
  <tbody class="utrecht-table__body">${overview.deadlines.map(row)}</tbody>
</table></div>`
}
${nav}`,
  });
}
