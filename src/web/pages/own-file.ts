import { EVENTS, type EventType } from '../../access-log/events.ts';
import { COMPLAINT_ROUTE, RETENTION_EXCEPTIONS, WITHHOLDING_REASONS } from '../../domain/client-file/rights.ts';
import type { OwnFile } from '../../commands/own-file/own-file.ts';
import { currentEntries } from '../../domain/dossier/corrections.ts';
import type { Entry, FunderDecisionEntry } from '../../domain/dossier/types.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import type { CaseRecord } from '../../store/cases.ts';
import { csrfField, submitButton } from '../components/form.ts';
import { pageCount, pagination } from '../components/filters.ts';
import { timeline } from '../components/timeline.ts';
import { html, type Html } from '../html.ts';
import { ENTRY_TYPE_LABELS, LOOKER_ROLE_PLAIN, PROCEDURE_PLAIN, PURPOSE_LABELS, STATUS_PLAIN, formatDate, formatMoment } from '../labels.ts';
import { page } from '../layout.ts';
import type { AccessLogEntryView, PageUser, TimelineEntry } from '../presenters.ts';

// Mijn dossier: the client's (or their representative's) own file, in plain Dutch (B1), on a phone
// as on a computer (decision 0020). What the provider withheld shows as a notice with its reason.

const link = (href: string, label: string, download = false) =>
  html`<a class="utrecht-link utrecht-link--html-a" href="${href}"${download ? html` download` : ''}>${label}</a>`;

export function ownCasesPage(options: { user: PageUser; csrfToken: string; cases: readonly CaseRecord[] }): string {
  return page({
    title: 'Mijn dossier',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'own-file',
    body: html`<h1 class="utrecht-heading-1">Mijn dossier</h1>
<p class="utrecht-paragraph">Hier ziet u wat de zorgaanbieder over u heeft vastgelegd.</p>
${
  options.cases.length === 0
    ? html`<p class="utrecht-paragraph">Er staat nog niets in uw dossier.</p>`
    : html`<ul class="utrecht-unordered-list">${options.cases.map(
        (c) => html`<li class="utrecht-unordered-list__item">${link(`/mijn-dossier/${c.id}`, `${c.client.name}: ${PROCEDURE_PLAIN[c.procedure] ?? c.procedure}`)}</li>`,
      )}</ul>`
}`,
  });
}

const OUTCOME_PLAIN = { granted: 'Toegekend', refused: 'Afgewezen' } as const;
const REQUEST_PLAIN = { correction: 'Verzoek om iets te verbeteren', destruction: 'Verzoek om het dossier te vernietigen' } as const;

/**
 * Which decision the funder took and what happens next, in plain words (review finding 18). The
 * provider tells the client of the decision (seed 001 §6.4 'Opdrachtnemer brengt de cliënt op de
 * hoogte van dit besluit'); after an acceptance the final notice comes in writing with a reasonable
 * notice period (seed 002, Procedure – Zorgbeëindiging); a rejection keeps the care going (issue 11).
 */
function decisionForClient(entries: readonly Entry[], funder: string, stopping: boolean): Html | '' {
  const decision = currentEntries(entries).filter((e): e is FunderDecisionEntry => e.type === 'funder-decision').at(-1);
  if (decision === undefined) return '';
  const on = formatDate(decision.date);
  const text =
    decision.outcome === 'rejected'
      ? `${capitalised(funder)} heeft op ${on} nee gezegd tegen het verzoek van de zorgaanbieder. Uw zorg gaat dus gewoon door.`
      : `${capitalised(funder)} heeft op ${on} ja gezegd tegen het verzoek van de zorgaanbieder${decision.outcome === 'accepted-with-conditions' ? ', met voorwaarden' : ''}. Wat nu? ${stopping ? 'De zorgaanbieder laat u schriftelijk weten wanneer de zorg stopt. U krijgt daarbij redelijk de tijd om andere zorg te vinden.' : 'De zorgaanbieder laat u schriftelijk weten wat dit voor u betekent.'}`;
  return html`<p class="utrecht-paragraph" id="besluit">${text}</p>`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function ownFilePage(options: {
  user: PageUser;
  csrfToken: string;
  file: OwnFile;
  entries: readonly TimelineEntry[];
  /** Shown once after a request was sent. */
  sent?: boolean;
}): string {
  const { file, csrfToken } = options;
  const record = file.case;
  const base = `/mijn-dossier/${record.id}`;
  const termination = record.procedure.startsWith('beeindiging');
  const funder = findRegime(record.regime)?.funderName ?? 'de financier';
  return page({
    title: 'Mijn dossier',
    user: options.user,
    csrfToken,
    current: 'own-file',
    body: html`<h1 class="utrecht-heading-1">Mijn dossier</h1>
${options.sent === true ? html`<div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-alert__message">Uw verzoek is verstuurd. U leest het antwoord hieronder, bij ‘Uw verzoeken’.</p></div></div>` : ''}
<h2 class="utrecht-heading-2">Waar gaat het over?</h2>
<p class="utrecht-paragraph">${PROCEDURE_PLAIN[record.procedure] ?? record.procedure}</p>
<h2 class="utrecht-heading-2">Hoe staat het ervoor?</h2>
<p class="utrecht-paragraph">${STATUS_PLAIN[record.status]}</p>
${decisionForClient(options.entries.map((e) => e.entry), funder, termination)}
<p class="utrecht-paragraph">${link(`${base}/kopie`, 'Download een kopie van uw hele dossier (PDF)', true)}</p>
<p class="utrecht-paragraph">${link(`${base}/inzage`, 'Bekijk wie uw dossier heeft bekeken')}</p>

<h2 class="utrecht-heading-2">Termijnen</h2>
${
  file.deadlines.length === 0
    ? html`<p class="utrecht-paragraph">Er lopen nu geen termijnen voor u.</p>`
    : html`<ul class="utrecht-unordered-list">${file.deadlines.map(
        (d) => html`<li class="utrecht-unordered-list__item" data-deadline="${d.id}"><strong>${formatDate(d.date)}</strong>: ${d.rule}</li>`,
      )}</ul>`
}

<h2 class="utrecht-heading-2">Brieven aan u</h2>
${
  file.letters.length === 0
    ? html`<p class="utrecht-paragraph">U heeft nog geen brieven gekregen.</p>`
    : html`<ul class="utrecht-unordered-list">${file.letters.map(
        (l) => html`<li class="utrecht-unordered-list__item">${link(`${base}/brieven/${l.id}`, `Brief van ${formatMoment(l.sentAt)} (PDF)`, true)}</li>`,
      )}</ul>`
}

<h2 class="utrecht-heading-2">Wat staat er in uw dossier?</h2>
${
  file.withheld.length === 0
    ? ''
    : html`<div class="utrecht-alert utrecht-alert--info" role="note" id="afgeschermd"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
  <p class="utrecht-paragraph">${file.withheld.length === 1 ? 'Eén onderdeel van uw dossier kunt u niet zien.' : `${file.withheld.length} onderdelen van uw dossier kunt u niet zien.`} De zorgaanbieder mag dat, om deze reden:</p>
  <ul class="utrecht-unordered-list">${file.withheld.map((w) => html`<li class="utrecht-unordered-list__item">${WITHHOLDING_REASONS[w.reason].label}.</li>`)}</ul>
  <p class="utrecht-paragraph">Dat staat in de afspraken met de zorgaanbieder (artikel 3).</p>
</div></div></div>`
}
${timeline(options.entries, 'nieuwste')}

<h2 class="utrecht-heading-2">Uw verzoeken</h2>
${
  file.requests.length === 0
    ? html`<p class="utrecht-paragraph">U heeft nog niets gevraagd.</p>`
    : html`<ul class="utrecht-unordered-list">${file.requests.map(
        (r) => html`<li class="utrecht-unordered-list__item" data-request="${r.id}"><strong>${REQUEST_PLAIN[r.kind]}</strong>${r.entryKey !== null ? ` (item ${r.entryKey})` : ''}, ${formatMoment(r.requestedAt)}.
  ${r.outcome === null ? html`Het antwoord komt uiterlijk ${formatDate(r.dueOn)}.` : html`<strong>${OUTCOME_PLAIN[r.outcome]}</strong>: ${r.answer}`}</li>`,
      )}</ul>`
}
${
  file.exceptions.length === 0
    ? ''
    : html`<p class="utrecht-paragraph">Uw dossier wordt bewaard, ook als u vraagt het te vernietigen. De reden: ${file.exceptions.map((k) => RETENTION_EXCEPTIONS[k].label).join('; ')}.</p>`
}

<h3 class="utrecht-heading-3">Klopt er iets niet?</h3>
<p class="utrecht-paragraph">Vraag de zorgaanbieder het te verbeteren. Het oude blijft bewaard; het verbeterde komt erbij. U krijgt binnen een maand antwoord.</p>
<form method="post" action="${base}/verzoeken" class="zv-form">
  ${csrfField(csrfToken)}
  <input type="hidden" name="kind" value="correction">
  <div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="verbeter-item">Welk onderdeel klopt niet?</label></div>
    <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="verbeter-item" name="entryId" aria-required="true">
      <option value="">— kies —</option>
      ${options.entries.map((e) => html`<option value="${e.entry.id}">${ENTRY_TYPE_LABELS[e.entry.type]}, ${formatDate(e.entry.date)} (item ${e.entry.id})</option>`)}
    </select></div>
  </div>
  <div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="verbeter-tekst">Wat moet er anders?</label></div>
    <div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="verbeter-tekst" name="text" rows="4" aria-required="true"></textarea></div>
  </div>
  ${submitButton('Vraag om verbetering')}
</form>

<h3 class="utrecht-heading-3">Wilt u dat uw dossier wordt vernietigd?</h3>
<p class="utrecht-paragraph">De zorgaanbieder vernietigt het dan binnen 3 maanden. Soms mag dat niet, bijvoorbeeld als de wet zegt dat het dossier bewaard moet blijven. Dan hoort u waarom.</p>
<form method="post" action="${base}/verzoeken" class="zv-form">
  ${csrfField(csrfToken)}
  <input type="hidden" name="kind" value="destruction">
  <div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="vernietig-tekst">Waarom wilt u dit? (kort)</label></div>
    <div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="vernietig-tekst" name="text" rows="3" aria-required="true"></textarea></div>
  </div>
  ${submitButton('Vraag om vernietiging', 'secondary')}
</form>

<h2 class="utrecht-heading-2">Niet tevreden?</h2>
<ol class="utrecht-ordered-list">${COMPLAINT_ROUTE.steps.map((s) => html`<li class="utrecht-ordered-list__item">${s}</li>`)}</ol>
${
  termination
    ? html`<p class="utrecht-paragraph" id="besluit-oneens">Over het stoppen van de zorg beslist ${funder}. Bezwaar maken tegen dat besluit kan alleen de zorgaanbieder, niet u zelf. Bent u het niet eens met het besluit? Praat er dan over met de zorgaanbieder, of neem contact op met ${funder}. U kunt ook een klacht indienen, zoals hierboven staat.</p>`
    : ''
}`,
  });
}

function lookerName(entry: AccessLogEntryView): string {
  if (entry.user.role === 'client') return 'U zelf';
  return entry.user.name;
}

export function whoLookedPage(options: {
  user: PageUser;
  csrfToken: string;
  caseId: string;
  from?: string;
  until?: string;
  page: number;
  pageSize: number;
  total: number;
  entries: readonly AccessLogEntryView[];
}): string {
  const base = `/mijn-dossier/${options.caseId}/inzage`;
  const query = new URLSearchParams({ ...(options.from !== undefined ? { van: options.from } : {}), ...(options.until !== undefined ? { tot: options.until } : {}) });
  const dateField = (name: string, label: string, value: string | undefined): Html => html`<div class="utrecht-form-field utrecht-form-field--text">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="periode-${name}">${label}</label></div>
  <div class="utrecht-form-field__input"><input type="date" class="utrecht-textbox utrecht-textbox--html-input" id="periode-${name}" name="${name}" value="${value ?? ''}"></div>
</div>`;
  return page({
    title: 'Wie heeft mijn dossier bekeken',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'own-file',
    body: html`<h1 class="utrecht-heading-1">Wie heeft mijn dossier bekeken?</h1>
<p class="utrecht-paragraph">Iedere keer dat iemand uw dossier bekijkt of iets vastlegt, wordt dat bewaard. Hier ziet u wie, wanneer en waarvoor. Het nieuwste staat bovenaan.</p>
<form method="get" action="${base}" class="zv-filters">
  ${dateField('van', 'Vanaf', options.from)}
  ${dateField('tot', 'Tot en met', options.until)}
  ${submitButton('Toon deze periode', 'secondary')}
</form>
<p class="utrecht-paragraph">${options.total === 1 ? '1 keer' : `${options.total} keer`} in deze periode.</p>
<ul class="zv-looked">${options.entries.map(
      (e) => html`<li class="zv-looked__item" data-event="${e.eventType}" data-role="${e.user.role}">
  <p class="utrecht-paragraph"><strong><time datetime="${e.time}">${e.time.slice(0, 10).split('-').reverse().join('-')} om ${e.time.slice(11, 16)}</time></strong></p>
  <p class="utrecht-paragraph">${lookerName(e)} · ${LOOKER_ROLE_PLAIN[e.user.role] ?? e.user.role}${e.user.organisation !== null ? ` · ${e.user.organisation}` : ''}</p>
  <p class="utrecht-paragraph">${EVENTS[e.eventType as EventType]?.label ?? e.eventType} · Waarvoor: ${PURPOSE_LABELS[e.purpose] ?? e.purpose}${e.outcome === 'denied' ? ' · Geweigerd: deze persoon kreeg geen toegang' : ''}</p>
</li>`,
    )}</ul>
${pagination(options.page, pageCount(options.total, options.pageSize), (n) => `${base}?${new URLSearchParams([...query, ['pagina', String(n)]]).toString()}`)}
<p class="utrecht-paragraph">${link(`/mijn-dossier/${options.caseId}`, 'Terug naar mijn dossier')}</p>`,
  });
}
