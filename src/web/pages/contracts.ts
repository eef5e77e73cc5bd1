import { REGIMES } from '../../domain/dossier/types.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import type { ContractRecord } from '../../store/funder-requests.ts';
import { csrfField, submitButton } from '../components/form.ts';
import { html } from '../html.ts';
import { page } from '../layout.ts';
import type { PageUser } from '../presenters.ts';
import { tableContainer } from '../components/table-container.ts';

// Contracten: which funders the organisation has a contract with per regime (for a provider), or
// which providers (for a funder). A provider submits a request only under such a contract.

export function contractsPage(options: {
  user: PageUser;
  csrfToken: string;
  /** The beheerder's own organisation: the other party of each contract is the one to name. */
  organisationId: string;
  contracts: readonly ContractRecord[];
  counterparts: readonly { id: string; name: string }[];
  issues?: readonly string[];
}): string {
  const regimes = REGIMES.filter((r) => findRegime(r)?.funder !== undefined);
  return page({
    title: 'Contracten',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'contracts',
    body: html`<h1 class="utrecht-heading-1">Contracten</h1>
<p class="utrecht-paragraph">Een zorgaanbieder kan een verzoek alleen indienen bij een financier waarmee een contract is vastgelegd voor dat regime. De beheerder van de aanbieder of van de financier houdt dit bij.</p>
${
  options.issues !== undefined
    ? html`<div class="utrecht-alert utrecht-alert--error" role="alert"><div class="utrecht-alert__content"><div class="utrecht-alert__message"><h2 class="utrecht-heading-2">Niet opgeslagen</h2><ul class="utrecht-unordered-list">${options.issues.map((i) => html`<li class="utrecht-unordered-list__item">${i}</li>`)}</ul></div></div></div>`
    : ''
}
${
  options.contracts.length === 0
    ? html`<p class="utrecht-paragraph">Nog geen contracten.</p>`
    : tableContainer('Vastgelegde contracten', html`<table class="utrecht-table">
  <caption class="utrecht-table__caption">Vastgelegde contracten</caption>
  <thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Aanbieder</th><th class="utrecht-table__header-cell" scope="col">Financier</th><th class="utrecht-table__header-cell" scope="col">Regime</th><th class="utrecht-table__header-cell" scope="col">Beëindigen</th></tr></thead>
  <tbody class="utrecht-table__body">${options.contracts.map((c) => {
    const other = options.organisationId === c.providerOrganisationId ? c.funderOrganisationId : c.providerOrganisationId;
    return html`<tr class="utrecht-table__row"><td class="utrecht-table__cell">${c.providerName}</td><td class="utrecht-table__cell">${c.funderName}</td><td class="utrecht-table__cell">${findRegime(c.regime)?.name ?? c.regime}</td><td class="utrecht-table__cell">
      <form method="post" action="/beheer/contracten/beeindigen">${csrfField(options.csrfToken)}<input type="hidden" name="organisationId" value="${other}"><input type="hidden" name="regime" value="${c.regime}"><button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label="Contract ${c.providerName} en ${c.funderName} voor ${findRegime(c.regime)?.name ?? c.regime} beëindigen">Beëindigen</button></form>
    </td></tr>`;
  })}</tbody>
</table>`)
}
<section aria-labelledby="contract-nieuw-kop" class="zv-form">
<h2 class="utrecht-heading-2" id="contract-nieuw-kop">Contract vastleggen</h2>
<form method="post" action="/beheer/contracten" class="zv-form">
  ${csrfField(options.csrfToken)}
  <div class="utrecht-form-field utrecht-form-field--text"><div class="utrecht-form-field__label"><label class="utrecht-form-label" for="contract-organisatie">Met</label></div>
  <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="contract-organisatie" name="organisationId">${options.counterparts.map((o) => html`<option value="${o.id}">${o.name}</option>`)}</select></div></div>
  <div class="utrecht-form-field utrecht-form-field--text"><div class="utrecht-form-field__label"><label class="utrecht-form-label" for="contract-regime">Regime</label></div>
  <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="contract-regime" name="regime">${regimes.map((r) => html`<option value="${r}">${findRegime(r)?.name ?? r}</option>`)}</select></div></div>
  ${submitButton('Contract vastleggen')}
</form>
</section>`,
  });
}
