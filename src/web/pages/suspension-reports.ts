import { GROUND_LABELS } from '../../domain/dossier/labels.ts';
import type { AnonymisedSuspensionReport } from '../../domain/suspension-report/anonymise.ts';
import type { SuspensionReportContent } from '../../domain/suspension-report/report.ts';
import { csrfField, errorSummary, formField, submitButton } from '../components/form.ts';
import { html, type Html } from '../html.ts';
import { formatDate, formatMoment } from '../labels.ts';
import { page } from '../layout.ts';
import type { PageUser } from '../presenters.ts';

// Suspension reports on the pages (seed 002, 'Zorgopschorting' step 4): the provider's form on a
// VGZ suspension case, the list and the report for the insurer's zorgadviseur with exactly what
// passing it on sends to Zorginkoop, and Zorginkoop's own list of what it received.

const SEED_CLAUSE =
  'De zorgaanbieder kan de problematiek melden bij Zorgadvies en Bemiddeling. Zorgadvies geeft dit, geanonimiseerd, ter kennisgeving door aan Zorginkoop van VGZ.';

const source = html`<p class="utrecht-paragraph utrecht-paragraph--small">Bron: VGZ, notitie opschorten en beëindigen van wijkverpleging (002), Zorgopschorting stap 4: ‘${SEED_CLAUSE}’</p>`;

export interface ReportListItem {
  id: string;
  caseId: string;
  clientName: string;
  providerName: string;
  reportedAt: Date;
  passedOnAt: Date | null;
}

const item = (label: string, value: Html | string) =>
  html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${label}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${value}</dd></div>`;

function incidentsList(incidents: readonly { when: string; ground: keyof typeof GROUND_LABELS; description: string }[]): Html {
  if (incidents.length === 0) return html`<p class="utrecht-paragraph">Geen incidenten in het dossier.</p>`;
  return html`<ul class="utrecht-unordered-list">${incidents.map(
    (i) => html`<li class="utrecht-unordered-list__item"><strong>${i.when}, ${GROUND_LABELS[i.ground]}</strong>: ${i.description}</li>`,
  )}</ul>`;
}

const monthName = (month: string) => formatDate(`${month}-01`).replace(/^1 /, '');

/** What was reported, with who it is about: for the provider and the insurer's zorgadviseur. */
function reportedContent(content: SuspensionReportContent): Html {
  const { identity } = content;
  return html`<dl class="utrecht-data-list utrecht-data-list--rows">
  ${item('Zorgaanbieder', content.providerName)}
  ${item('Cliënt', identity.names[0] ?? '')}
  ${item('Geboortedatum', formatDate(identity.birthDate))}
  ${identity.addresses.length > 0 ? item('Adres', identity.addresses.join('; ')) : ''}
  ${identity.bsn !== null ? item('BSN', identity.bsn) : ''}
  ${item('Periode van opschorting', content.period === null ? 'Nog niet vastgelegd' : `${formatDate(content.period.start)} tot en met ${formatDate(content.period.end)}: ${content.period.scope}`)}
  ${content.summary !== '' ? item('Toelichting van de zorgaanbieder', content.summary) : ''}
</dl>
<h3 class="utrecht-heading-3">Incidenten</h3>
${incidentsList(content.incidents.map((i) => ({ when: formatDate(i.date), ground: i.ground, description: i.description })))}`;
}

/** What Zorginkoop gets: no name, BSN, birth date or address; dates to the month. */
function anonymisedContent(a: AnonymisedSuspensionReport): Html {
  return html`<dl class="utrecht-data-list utrecht-data-list--rows">
  ${item('Zorgaanbieder', a.providerName)}
  ${item('Gemeld in', monthName(a.reportedIn))}
  ${item('Opschorting', a.period === null ? 'Nog niet vastgelegd' : `${a.period.days} dagen vanaf ${monthName(a.period.startsIn)}: ${a.period.scope}`)}
  ${item('Toelichting van de zorgaanbieder', a.summary)}
</dl>
<h3 class="utrecht-heading-3">Incidenten</h3>
${incidentsList(a.incidents.map((i) => ({ when: monthName(i.month), ground: i.ground, description: i.description })))}`;
}

export function reportFormPage(options: {
  user: PageUser;
  csrfToken: string;
  caseId: string;
  preview: SuspensionReportContent;
  summary?: string;
  error?: string;
}): string {
  const errors = new Map(options.error !== undefined ? [['summary', options.error]] : []);
  return page({
    title: 'Opschorting melden bij Zorgadvies en Bemiddeling',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'suspension-reports',
    body: html`<h1 class="utrecht-heading-1">Opschorting melden bij Zorgadvies en Bemiddeling</h1>
<p class="utrecht-paragraph">U kunt de problemen melden bij Zorgadvies en Bemiddeling van VGZ. Dat hoeft niet (het protocol van VGZ noemt de stappen bij opschorting aanbevolen, niet verplicht), maar samen zoekt u dan naar een oplossing. De zorgadviseur kan de melding <strong>zonder naam, BSN, geboortedatum en adres</strong> doorsturen naar Zorginkoop.</p>
${source}
<h2 class="utrecht-heading-2">Wat VGZ krijgt uit het dossier</h2>
${reportedContent(options.preview)}
<h2 class="utrecht-heading-2">Uw toelichting</h2>
${errorSummary(errors, new Map([['summary', 'Toelichting']]))}
<form method="post" action="/casussen/${options.caseId}/opschorting-melden" class="zv-form" novalidate>
  ${csrfField(options.csrfToken)}
  ${formField(
    { kind: 'textarea', name: 'summary', label: 'Toelichting', help: 'Beschrijf de problemen en wat u aan VGZ vraagt (hoogstens 4000 tekens).' },
    { values: { summary: options.summary ?? '' }, errors },
  )}
  ${submitButton('Melden bij Zorgadvies en Bemiddeling')}
</form>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/casussen/${options.caseId}">Terug naar de casus</a></p>`,
  });
}

function statusBadge(passedOnAt: Date | null): Html {
  return passedOnAt === null
    ? html`<span class="utrecht-status-badge utrecht-status-badge--neutral">Niet doorgestuurd</span>`
    : html`<span class="utrecht-status-badge utrecht-status-badge--safe">Doorgestuurd naar Zorginkoop</span>`;
}

export function reportListPage(options: { user: PageUser; csrfToken: string; reports: readonly ReportListItem[] }): string {
  return page({
    title: 'Meldingen van opschorting',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'suspension-reports',
    body: html`<h1 class="utrecht-heading-1">Meldingen van opschorting</h1>
${source}
${
  options.reports.length === 0
    ? html`<p class="utrecht-paragraph">Er zijn geen meldingen.</p>`
    : html`<div class="utrecht-table-container"><table class="utrecht-table utrecht-table--html-table">
<caption class="utrecht-table__caption">Meldingen, nieuwste eerst</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th scope="col" class="utrecht-table__header-cell">Gemeld op</th><th scope="col" class="utrecht-table__header-cell">Cliënt</th><th scope="col" class="utrecht-table__header-cell">Zorgaanbieder</th><th scope="col" class="utrecht-table__header-cell">Status</th></tr></thead>
<tbody class="utrecht-table__body">${options.reports.map(
        (r) => html`<tr class="utrecht-table__row" data-report="${r.id}" data-case="${r.caseId}"><td class="utrecht-table__cell">${formatMoment(r.reportedAt)}</td><th scope="row" class="utrecht-table__header-cell"><a class="utrecht-link utrecht-link--html-a" href="/opschortingsmeldingen/${r.id}">${r.clientName}</a></th><td class="utrecht-table__cell">${r.providerName}</td><td class="utrecht-table__cell">${statusBadge(r.passedOnAt)}</td></tr>`,
      )}</tbody></table></div>`
}`,
  });
}

export function reportPage(options: {
  user: PageUser;
  csrfToken: string;
  id: string;
  content: SuspensionReportContent;
  reportedAt: Date;
  passedOnAt: Date | null;
  anonymised: AnonymisedSuspensionReport;
  mayPassOn: boolean;
}): string {
  const passed = options.passedOnAt !== null;
  return page({
    title: `Melding van opschorting: ${options.content.identity.names[0] ?? ''}`,
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'suspension-reports',
    body: html`<h1 class="utrecht-heading-1">Melding van opschorting</h1>
<p class="utrecht-paragraph">Gemeld op ${formatMoment(options.reportedAt)}. ${statusBadge(options.passedOnAt)}</p>
<section aria-labelledby="gemeld-kop">
<h2 class="utrecht-heading-2" id="gemeld-kop">Zoals gemeld</h2>
${reportedContent(options.content)}
</section>
<section aria-labelledby="zorginkoop-kop">
<h2 class="utrecht-heading-2" id="zorginkoop-kop">${passed ? `Doorgestuurd naar Zorginkoop op ${formatMoment(options.passedOnAt as Date)}` : 'Wat Zorginkoop krijgt als u doorstuurt'}</h2>
<p class="utrecht-paragraph">Zonder naam, BSN, geboortedatum en adres; namen, adressen, de geboortedatum, BSN's, postcodes, telefoonnummers en e-mailadressen in de tekst zijn vervangen; data alleen de maand. Lees de tekst toch na: een naam die het dossier niet kent, blijft staan.</p>
${anonymisedContent(options.anonymised)}
${
  options.mayPassOn && !passed
    ? html`<form method="post" action="/opschortingsmeldingen/${options.id}/doorsturen" class="zv-form">${csrfField(options.csrfToken)}${submitButton('Doorsturen naar Zorginkoop (geanonimiseerd)')}</form>`
    : ''
}
</section>
${source}`,
  });
}

export function purchasingPage(options: {
  user: PageUser;
  csrfToken: string;
  reports: readonly { id: string; passedOnAt: Date; anonymised: AnonymisedSuspensionReport }[];
}): string {
  return page({
    title: 'Zorginkoop: meldingen van opschorting',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'purchasing',
    body: html`<h1 class="utrecht-heading-1">Zorginkoop: meldingen van opschorting</h1>
<p class="utrecht-paragraph">Meldingen die Zorgadvies en Bemiddeling ter kennisgeving heeft doorgestuurd, zonder gegevens van de cliënt.</p>
${source}
${
  options.reports.length === 0
    ? html`<p class="utrecht-paragraph">Er zijn nog geen meldingen doorgestuurd.</p>`
    : options.reports.map(
        (r) => html`<article class="zv-report" data-report="${r.id}" aria-labelledby="melding-${r.id}">
<h2 class="utrecht-heading-2" id="melding-${r.id}">${r.anonymised.providerName}, doorgestuurd op ${formatMoment(r.passedOnAt)}</h2>
${anonymisedContent(r.anonymised)}
</article>`,
      )
}`,
  });
}
