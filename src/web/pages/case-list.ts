import { CASE_STATUSES } from '../../domain/dossier/status.ts';
import { PROCEDURES } from '../../domain/dossier/types.ts';
import { regimes } from '../../domain/protocols/registry.ts';
import type { CaseSummary, PageUser } from '../presenters.ts';
import { html, type Html } from '../html.ts';
import { nextDeadline, responsibleText } from '../components/case-summary.ts';
import { countText, filterSelect, keysetPagination } from '../components/filters.ts';
import { PROCEDURE_LABELS, STATUS_LABELS, formatDate } from '../labels.ts';
import { page } from '../layout.ts';
import { RESPONSIBLE_NEEDS, type CaseListParams } from '../case-list-params.ts';
import { tableContainer } from '../components/table-container.ts';

const RESPONSIBLE_CHOICES = [
  ['niet-meer-actief', 'Niet meer actief'],
  ['nog-niemand', 'Nog niemand'],
] as const satisfies readonly (readonly [keyof typeof RESPONSIBLE_NEEDS, string])[];

/** The filter's value in the address for what it selects. */
function responsibleValue(params: CaseListParams): string | undefined {
  return (Object.keys(RESPONSIBLE_NEEDS) as (keyof typeof RESPONSIBLE_NEEDS)[]).find((k) => RESPONSIBLE_NEEDS[k] === params.responsible);
}

/** The running cases whose responsible person was deactivated: the team lead chooses someone else. */
function inactiveWarning(count: number): Html | string {
  if (count === 0) return '';
  const cases = count === 1 ? '1 lopende casus heeft' : `${count.toLocaleString('nl-NL')} lopende casussen hebben`;
  return html`<div class="utrecht-alert utrecht-alert--warning" data-inactive-responsible="${count}"><div class="utrecht-alert__content"><div class="utrecht-alert__message"><p class="utrecht-paragraph">${cases} een verantwoordelijke die niet meer actief is. Kies een nieuwe verantwoordelijke op de pagina van de casus. <a class="utrecht-link utrecht-link--html-a" href="/casussen?verantwoordelijke=niet-meer-actief">Toon ${count === 1 ? 'deze casus' : 'deze casussen'}</a></p></div></div></div>`;
}

function pageLink(params: CaseListParams, pageNumber: number): string {
  const query = new URLSearchParams();
  if (params.search !== undefined) query.set('zoek', params.search);
  if (params.regime !== undefined) query.set('regime', params.regime);
  if (params.procedure !== undefined) query.set('procedure', params.procedure);
  if (params.status !== undefined) query.set('status', params.status);
  if (params.canSubmit !== undefined) query.set('indienbaar', params.canSubmit ? 'ja' : 'nee');
  const responsible = responsibleValue(params);
  if (responsible !== undefined) query.set('verantwoordelijke', responsible);
  query.set('pagina', String(pageNumber));
  return `/casussen?${query.toString()}`;
}

function row(record: CaseSummary): Html {
  const regime = regimes.find((r) => r.id === record.regime);
  return html`<tr class="utrecht-table__row">
  <th scope="row" class="utrecht-table__header-cell"><a class="utrecht-link utrecht-link--html-a" href="/casussen/${record.id}">${record.clientName}</a></th>
  <td class="utrecht-table__cell">${regime?.name ?? record.regime}</td>
  <td class="utrecht-table__cell">${PROCEDURE_LABELS[record.procedure]}</td>
  <td class="utrecht-table__cell">${STATUS_LABELS[record.status]}</td>
  <td class="utrecht-table__cell">${record.teamName ?? '—'}</td>
  <td class="utrecht-table__cell">${responsibleText(record)}</td>
  <td class="utrecht-table__cell"><time datetime="${record.openedOn}">${formatDate(record.openedOn)}</time></td>
  <td class="utrecht-table__cell">${record.nextDeadline !== null ? nextDeadline(record) : '—'}</td>
  <td class="utrecht-table__cell">${record.status !== 'open' ? '—' : record.canSubmit ? 'Ja' : 'Nee'}</td>
</tr>`;
}

export function caseListPage(options: {
  user: PageUser;
  csrfToken: string;
  params: CaseListParams;
  total: { total: number; exact: boolean };
  cases: readonly CaseSummary[];
  pageSize: number;
  /** The cursor of the next page; null on the last. */
  next: string | null;
  /** How many running cases have a responsible person who was deactivated. */
  inactiveResponsible: number;
}): string {
  const { params, total, cases, pageSize } = options;
  const { pages, nav } = keysetPagination(params.page, total, pageSize, options.next, (n) => pageLink(params, n));
  return page({
    title: 'Mijn casussen',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'cases',
    body: html`<h1 class="utrecht-heading-1">Mijn casussen</h1>
${inactiveWarning(options.inactiveResponsible)}
<form method="get" action="/casussen" class="zv-filters" role="search" aria-label="Casussen zoeken en filteren">
  <div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="filter-zoek">Naam cliënt</label></div>
    <div class="utrecht-form-field__input"><input type="search" class="utrecht-textbox utrecht-textbox--html-input" id="filter-zoek" name="zoek" value="${params.search ?? ''}"></div>
  </div>
  ${filterSelect('regime', 'Regime', regimes.map((r) => [r.id, r.name] as const), params.regime)}
  ${filterSelect('procedure', 'Procedure', PROCEDURES.map((p) => [p, PROCEDURE_LABELS[p]] as const), params.procedure)}
  ${filterSelect('status', 'Status', CASE_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const), params.status)}
  ${filterSelect('verantwoordelijke', 'Verantwoordelijke (lopende casussen)', RESPONSIBLE_CHOICES, responsibleValue(params))}
  ${filterSelect('indienbaar', 'Indienbaar', [['ja', 'Ja'], ['nee', 'Nee']], params.canSubmit === undefined ? undefined : params.canSubmit ? 'ja' : 'nee')}
  <button type="submit" class="utrecht-button utrecht-button--secondary-action">Zoeken</button>
</form>
<p class="utrecht-paragraph" role="status">${countText(total, 'casus', 'casussen')}${pages > 1 ? `, pagina ${params.page} van ${pages}${total.exact ? '' : '+'}` : ''}.</p>
${
  cases.length === 0
    ? html`<p class="utrecht-paragraph">Geen casussen gevonden.</p>`
    : tableContainer('Casussen', html`<table class="utrecht-table utrecht-table--html-table">
  <caption class="utrecht-table__caption">Casussen, de meest dringende termijn eerst</caption>
  <thead class="utrecht-table__header"><tr class="utrecht-table__row">
    <th scope="col" class="utrecht-table__header-cell">Cliënt</th>
    <th scope="col" class="utrecht-table__header-cell">Regime</th>
    <th scope="col" class="utrecht-table__header-cell">Procedure</th>
    <th scope="col" class="utrecht-table__header-cell">Status</th>
    <th scope="col" class="utrecht-table__header-cell">Team</th>
    <th scope="col" class="utrecht-table__header-cell">Verantwoordelijke</th>
    <th scope="col" class="utrecht-table__header-cell">Geopend op</th>
    <th scope="col" class="utrecht-table__header-cell">Volgende termijn</th>
    <th scope="col" class="utrecht-table__header-cell">Indienbaar</th>
  </tr></thead>
  <tbody class="utrecht-table__body">${cases.map(row)}</tbody>
</table>`)
}
${nav}`,
  });
}
