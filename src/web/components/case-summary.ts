import { findRegime } from '../../domain/protocols/registry.ts';
import { html, type Html } from '../html.ts';
import { PROCEDURE_LABELS, STATUS_LABELS, formatDate } from '../labels.ts';
import type { CaseSummary } from '../presenters.ts';

// What a case is at a glance, the same on the case list and at the top of the case's pages: whose,
// under which regime, how far, whose team and who is responsible, and the next deadline, an overdue
// one said in words as well as in colour.

/** The next deadline; an overdue one with 'te laat sinds …' in a red badge. */
export function nextDeadline(summary: Pick<CaseSummary, 'nextDeadline' | 'overdue'>): Html | string {
  if (summary.nextDeadline === null) return 'Geen';
  const date = html`<time datetime="${summary.nextDeadline}">${formatDate(summary.nextDeadline)}</time>`;
  return summary.overdue ? html`<span class="utrecht-status-badge utrecht-status-badge--danger">te laat sinds ${date}</span>` : date;
}

/** Who is responsible; someone deactivated stays named, said to be no longer active (decision 0030). */
export function responsibleText(summary: Pick<CaseSummary, 'responsibleName' | 'responsibleActive'>): string {
  if (summary.responsibleName === null) return 'Nog niemand';
  return summary.responsibleActive ? summary.responsibleName : `${summary.responsibleName} (niet meer actief)`;
}

/** The way back: from a case's page to the case list, from a page of a case to the case. */
export function caseBreadcrumb(caseId: string, clientName: string, here?: string): Html {
  // The page one is on is named, not linked.
  const item = (label: string, href?: string) =>
    html`<li class="utrecht-breadcrumb-nav__item">${
      href !== undefined
        ? html`<a class="utrecht-breadcrumb-nav__link utrecht-link utrecht-link--html-a" href="${href}">${label}</a>`
        : html`<span class="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current" aria-current="page">${label}</span>`
    }</li>`;
  return html`<nav class="utrecht-breadcrumb-nav zv-back" aria-label="Kruimelpad"><ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
  ${item('Mijn casussen', '/casussen')}
  ${here === undefined ? item(`Casus ${clientName}`) : html`${item(`Casus ${clientName}`, `/casussen/${caseId}`)}${item(here)}`}
</ol></nav>`;
}

/** The case as a card: the facts a team lead looks for first. */
export function caseSummaryCard(summary: CaseSummary): Html {
  const item = (label: string, value: Html | string) =>
    html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${label}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${value}</dd></div>`;
  return html`<section class="zv-case-card" aria-label="Samenvatting van de casus">
<dl class="utrecht-data-list">
  ${item('Cliënt', summary.clientName)}
  ${item('Regime', findRegime(summary.regime)?.name ?? summary.regime)}
  ${item('Procedure', PROCEDURE_LABELS[summary.procedure])}
  ${item('Status', STATUS_LABELS[summary.status])}
  ${item('Team', summary.teamName ?? 'Geen team')}
  ${item('Verantwoordelijke', responsibleText(summary))}
  ${item('Geopend op', html`<time datetime="${summary.openedOn}">${formatDate(summary.openedOn)}</time>`)}
  ${item('Volgende termijn', nextDeadline(summary))}
</dl>
</section>`;
}
