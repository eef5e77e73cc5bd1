import { currentEntries } from '../../domain/dossier/corrections.ts';
import { ENTRY_TYPES } from '../../domain/dossier/types.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { providerEntryTypes } from '../../domain/requests/funder-entries.ts';
import type { CasePageModel, PageUser } from '../presenters.ts';
import { caseBreadcrumb, caseSummaryCard } from '../components/case-summary.ts';
import { checklist } from '../components/checklist.ts';
import { csrfField } from '../components/form.ts';
import { taskList, type RequestSteps } from '../components/task-list.ts';
import { timeline, type TimelineOrder } from '../components/timeline.ts';
import { html } from '../html.ts';
import { ENTRY_TYPE_LABELS, formatDate } from '../labels.ts';
import { page } from '../layout.ts';
import { requestPanel } from './requests.ts';

/** The continuity proposal recorded in the dossier (the task list's form), to start the submit form with. */
function continuityProposal(record: CasePageModel): string | undefined {
  const last = currentEntries(record.entries.map((e) => e.entry)).filter((e) => e.type === 'continuity-proposal').at(-1);
  return last?.text;
}

/** The latest request's steps for the task list; the submit form's address only where a request can go now. */
function requestSteps(record: CasePageModel): RequestSteps | undefined {
  const submitHref = record.maySubmit && record.submitRefusal === null ? `/casussen/${record.id}#indienen-kop` : null;
  const request = record.requests[0];
  if (request === undefined) return submitHref === null ? undefined : { request: undefined, openQuestions: [], submitHref };
  return { request, openQuestions: record.openQuestions, submitHref };
}

export function casePage(options: {
  user: PageUser;
  csrfToken: string;
  case: CasePageModel;
  order: TimelineOrder;
  /** Shown once after a save (`?opgeslagen=e3`). */
  saved?: string;
}): string {
  const { case: record, order } = options;
  const base = `/casussen/${record.id}`;
  const regime = findRegime(record.regime);
  const item = (label: string, value: string) =>
    html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${label}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${value}</dd></div>`;
  return page({
    title: `Casus ${record.client.name}`,
    user: options.user,
    csrfToken: options.csrfToken,
    body: html`${caseBreadcrumb(record.id, record.client.name)}
<h1 class="utrecht-heading-1">${record.client.name}</h1>
${
  options.saved !== undefined
    ? html`<div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-alert__message">Opgeslagen als item ${options.saved}. De checklist is bijgewerkt.</p></div></div>`
    : ''
}
${caseSummaryCard(record.summary)}
${
  // The regievoerder chooses who is responsible (the case's routing, logged as such).
  record.responsibleChoices.length > 0
    ? html`<form method="post" action="${base}/verantwoordelijke" class="zv-filters">
  ${csrfField(options.csrfToken)}
  <div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="verantwoordelijke">Verantwoordelijke</label></div>
    <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="verantwoordelijke" name="verantwoordelijke">
      <option value=""${record.responsibleUserId === null ? html` selected` : ''}>Nog niemand</option>
      ${record.responsibleChoices.map((c) => html`<option value="${c.id}"${c.id === record.responsibleUserId ? html` selected` : ''}>${c.name}</option>`)}
    </select></div>
  </div>
  <button type="submit" class="utrecht-button utrecht-button--secondary-action">Verantwoordelijke wijzigen</button>
</form>`
    : ''
}
<dl class="utrecht-data-list utrecht-data-list--rows">
  ${item('Geboortedatum', formatDate(record.client.birthDate))}
  ${item('Wettelijk vertegenwoordiger', record.client.hasRepresentative ? 'Ja' : 'Nee')}
  ${item('Zorg gestart', record.careStarted !== null ? formatDate(record.careStarted) : 'Nog niet')}
  ${item('Adres voor brieven', record.client.address ?? 'Niet vastgelegd')}
  ${item('Aanhef in brieven', record.client.salutation ?? `Beste ${record.client.name} (geen eigen aanhef vastgelegd)`)}
</dl>
${record.mayChangeClient ? html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${base}/adres">Adres of aanhef wijzigen</a></p>` : ''}
<div class="zv-actions">
  <form method="get" action="${base}/items/nieuw" class="zv-filters">
    <div class="utrecht-form-field utrecht-form-field--text">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="nieuw-item-soort">Soort item</label></div>
      <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="nieuw-item-soort" name="soort">
        ${providerEntryTypes(ENTRY_TYPES, record.funderInZorgvuldig).map((type) => html`<option value="${type}">${ENTRY_TYPE_LABELS[type]}</option>`)}
      </select></div>
    </div>
    <button type="submit" class="utrecht-button utrecht-button--primary-action">Item toevoegen</button>
  </form>
  ${record.mayManageClientAccess ? html`<a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/clienttoegang">Toegang van de cliënt</a>` : ''}
  <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/documenten">Documenten en brieven</a>
  ${record.mayExport ? html`<a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/export" download>Dossier exporteren (JSON)</a>` : ''}
  ${
    // Seed 002 names Zorgadvies en Bemiddeling for a VGZ suspension only; the command decides the rest.
    options.user.areas.includes('suspension-reports') && record.regime === 'vgz-wijkverpleging' && record.procedure === 'opschorting'
      ? html`<a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/opschorting-melden">Opschorting melden bij Zorgadvies en Bemiddeling (VGZ)</a>`
      : ''
  }
</div>
${requestPanel({
  caseId: record.id,
  csrfToken: options.csrfToken,
  requests: record.requests,
  openQuestions: record.openQuestions,
  maySubmit: record.maySubmit,
  submitRefusal: record.submitRefusal,
  regime: record.regime,
  procedure: record.procedure,
  status: record.status,
  continuityProposal: continuityProposal(record),
  canSubmit: record.assessment.canSubmit,
  today: record.assessment.asOf,
})}
<div class="zv-case">
  <section aria-labelledby="dossier-kop">
    <h2 class="utrecht-heading-2" id="dossier-kop">Dossier</h2>
    <p class="utrecht-paragraph">Volgorde:
      ${order === 'nieuwste' ? html`<strong aria-current="true">nieuwste eerst</strong>` : html`<a class="utrecht-link utrecht-link--html-a" href="${base}?volgorde=nieuwste">nieuwste eerst</a>`} ·
      ${order === 'oudste' ? html`<strong aria-current="true">oudste eerst</strong>` : html`<a class="utrecht-link utrecht-link--html-a" href="${base}?volgorde=oudste">oudste eerst</a>`}
    </p>
    ${timeline(record.entries, order)}
  </section>
  <aside aria-label="Volgende stappen, checklist en termijnen">
    ${regime !== undefined ? taskList(record.id, regime, record.assessment, record.status !== 'afgerond', requestSteps(record)) : ''}
    ${checklist(record.assessment, new Map(record.entries.map((e) => [e.entry.id, e.entry])))}
  </aside>
</div>`,
  });
}
