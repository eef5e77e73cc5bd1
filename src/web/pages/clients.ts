import type { AgreementView, AppointmentView, InvoiceView } from '../../commands/agreement/agreement.ts';
import type { AppointmentOutcome } from '../../domain/agreement/appointments.ts';
import { formatLocalMoment } from '../../domain/agreement/instants.ts';
import { formatEuro } from '../../domain/agreement/money.ts';
import { municipalRulesFor } from '../../domain/agreement/municipal-rules.ts';
import type { AgreementRecord } from '../../store/agreement.ts';
import { pageCount, pagination } from '../components/filters.ts';
import { csrfField, submitButton } from '../components/form.ts';
import { attr, html, type Html } from '../html.ts';
import { formatDate } from '../labels.ts';
import { page } from '../layout.ts';
import type { PageUser } from '../presenters.ts';

// Cliënten: the clients with a care agreement (seed 004), a form for a new one, and a client's
// page with four tabs: afspraken, facturen, ondersteuningsplan, overeenkomst. Each record has an
// anchor the termination case's evidence links to. Lists, not tables, so nothing scrolls sideways
// at 390 px; forms fold away in <details> until needed.

export const TABS = { afspraken: 'Afspraken', facturen: 'Facturen', ondersteuningsplan: 'Ondersteuningsplan', overeenkomst: 'Overeenkomst' } as const;
export type Tab = keyof typeof TABS;

/** What the signed-in person may do on the page (the policy's answer, asked before drawing). */
export interface ClientPermissions {
  appointments: boolean;
  invoices: boolean;
  plan: boolean;
  agreement: boolean;
  startCase: boolean;
}

const para = (text: Html | string) => html`<p class="utrecht-paragraph">${text}</p>`;

/** A labelled control; `form` keeps ids unique when one page holds several forms. */
function control(form: string, name: string, label: string, input: { type?: string; help?: string; options?: readonly (readonly [string, string])[]; optional?: boolean; textarea?: boolean; value?: string }): Html {
  const id = `${form}-${name}`;
  const help = input.help !== undefined ? html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${id}-hulp">${input.help}</div>` : '';
  const described = attr('aria-describedby', input.help !== undefined ? `${id}-hulp` : undefined);
  const required = input.optional === true ? '' : html` required`;
  const field = input.options
    ? html`<select class="utrecht-select utrecht-select--html-select" id="${id}" name="${name}"${described}${required}>${input.options.map(([v, t]) => html`<option value="${v}">${t}</option>`)}</select>`
    : input.textarea
      ? html`<textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="${id}" name="${name}" rows="3"${described}${required}></textarea>`
      : html`<input class="utrecht-textbox utrecht-textbox--html-input" type="${input.type ?? 'text'}" id="${id}" name="${name}"${attr('value', input.value)}${described}${required}>`;
  return html`<div class="utrecht-form-field utrecht-form-field--text">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}${input.optional === true ? ' (niet verplicht)' : ''}</label></div>
  ${help}
  <div class="utrecht-form-field__input">${field}</div>
</div>`;
}

function checkbox(form: string, name: string, label: string): Html {
  const id = `${form}-${name}`;
  return html`<div class="utrecht-form-field utrecht-form-field--checkbox">
  <div class="utrecht-form-field__input"><input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="${id}" name="${name}" value="ja"></div>
  <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox" for="${id}">${label}</label>
</div>`;
}

function folded(summary: string, action: string, csrfToken: string, fields: Html, button: string): Html {
  return html`<details class="zv-fold"><summary>${summary}</summary>
<form method="post" action="${action}" class="zv-form">
  ${csrfField(csrfToken)}
  ${fields}
  ${submitButton(button, 'secondary')}
</form></details>`;
}

// The list.

export function clientListPage(options: { user: PageUser; csrfToken: string; total: number; clients: readonly AgreementRecord[]; page: number; pageSize: number; mayAdd: boolean }): string {
  const pages = pageCount(options.total, options.pageSize);
  return page({
    title: 'Cliënten',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'clients',
    body: html`<h1 class="utrecht-heading-1">Cliënten</h1>
${para('Cliënten met een zorgovereenkomst: hun afspraken, facturen, ondersteuningsplan en de overeenkomst zelf.')}
${options.mayAdd ? para(html`<a class="utrecht-link utrecht-link--html-a" href="/clienten/nieuw">Nieuwe cliënt toevoegen</a>`) : ''}
<p class="utrecht-paragraph" role="status">${options.total === 1 ? '1 cliënt' : `${options.total} cliënten`}${pages > 1 ? `; pagina ${options.page} van ${pages}` : ''}.</p>
${
  options.clients.length === 0
    ? para('Nog geen cliënten met een zorgovereenkomst.')
    : html`<ul class="zv-notifications">${options.clients.map(
        (c) => html`<li class="zv-entry"><h2 class="utrecht-heading-3"><a class="utrecht-link utrecht-link--html-a" href="/clienten/${c.clientId}">${c.client.name}</a></h2>
  <p class="utrecht-paragraph utrecht-paragraph--small">Geboren ${formatDate(c.client.birthDate)}. Overeenkomst sinds ${formatDate(c.startedOn)}${c.end !== null ? html`; geëindigd op ${formatDate(c.end.endedOn)}` : ''}.</p></li>`,
      )}</ul>`
}
${pagination(options.page, pages, (n) => `/clienten?pagina=${n}`)}`,
  });
}

export function newClientPage(options: { user: PageUser; csrfToken: string }): string {
  return page({
    title: 'Nieuwe cliënt',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'new-client',
    body: html`<h1 class="utrecht-heading-1">Nieuwe cliënt</h1>
${para('Leg een nieuwe cliënt vast met de zorgovereenkomst. Daarna kunt u afspraken plannen en het ondersteuningsplan maken.')}
<form method="post" action="/clienten/nieuw" class="zv-form">
  ${csrfField(options.csrfToken)}
  ${control('nieuw', 'clientName', 'Naam van de cliënt', {})}
  ${control('nieuw', 'birthDate', 'Geboortedatum', { type: 'date' })}
  ${control('nieuw', 'hasRepresentative', 'Heeft de cliënt een wettelijk vertegenwoordiger?', { options: [['nee', 'Nee'], ['ja', 'Ja']] })}
  ${control('nieuw', 'address', 'Adres voor brieven', { optional: true, help: 'Zoals: Kerkstraat 1, 8301 AA Emmeloord' })}
  ${control('nieuw', 'salutation', 'Aanhef in brieven', { optional: true, help: 'Zoals de cliënt aangesproken wil worden, zonder komma: ‘Geachte heer Mulder’ of ‘Beste Jan’. Leeg: ‘Beste’ en de naam.' })}
  ${control('nieuw', 'startedOn', 'Eerste dag van de overeenkomst', { type: 'date' })}
  ${control('nieuw', 'municipalityCode', 'Gemeentecode', { optional: true, help: 'De CBS-code van de gemeente van de cliënt, 4 cijfers. Noordoostpolder is 0171. Met de code gelden de eigen regels van die gemeente.' })}
  ${submitButton('Cliënt vastleggen')}
</form>`,
  });
}

// The client's page.

const OUTCOME_LABELS: Record<AppointmentOutcome['kind'], string> = {
  planned: 'Gepland',
  held: 'Geweest',
  'cancelled-by-provider': 'Afgezegd door de aanbieder',
  'cancelled-on-time': 'Op tijd afgemeld',
  'no-show': 'Niet gekomen (no-show)',
};

function outcomeBadge(a: AppointmentView): Html {
  if (a.record.cancelledBy === 'agreement-end') return html`<span class="utrecht-status-badge">Vervallen: de overeenkomst is geëindigd</span>`;
  const kind = a.outcome.kind;
  const tone = kind === 'no-show' ? ' utrecht-status-badge--danger' : kind === 'held' ? ' utrecht-status-badge--safe' : '';
  return html`<span class="utrecht-status-badge${tone}">${OUTCOME_LABELS[kind]}</span>`;
}

function outcomeText(a: AppointmentView): Html | string {
  const o = a.outcome;
  if (o.kind === 'no-show') return para(o.explanation);
  if (o.kind === 'cancelled-on-time' && o.declaration !== null) return para(`Ziek: deze ondersteuning mag bij de gemeente worden gedeclareerd tot en met ${formatDate(o.declaration.until)}.`);
  return '';
}

function appointmentItem(a: AppointmentView, view: AgreementView, may: ClientPermissions, csrfToken: string): Html {
  const r = a.record;
  const base = `/clienten/${view.agreement.clientId}/afspraken/${r.id}`;
  const open = may.appointments && r.cancelledBy !== 'agreement-end';
  return html`<li class="zv-entry" id="afspraak-${r.id}" data-appointment="${r.id}" data-outcome="${a.outcome.kind}">
  <h3 class="utrecht-heading-4">${formatLocalMoment(r.start)}, ${r.durationMinutes} minuten ${outcomeBadge(a)}</h3>
  ${para(html`${r.what}. ${r.funding === 'client' ? 'De cliënt betaalt zelf' : 'De gemeente betaalt'}: ${formatEuro(r.rateCentsPerHour)} per uur, voor deze afspraak ${formatEuro(a.priceCents)}.`)}
  ${para(html`Kosteloos afmelden kan tot ${formatLocalMoment(a.cancelBy)} (48 uur van tevoren).${r.cancelledAt !== null && r.cancelledBy !== 'agreement-end' ? html` Afmelding binnengekomen op ${formatLocalMoment(r.cancelledAt)}.` : ''}${r.forceMajeure !== null ? html` Overmacht: ${r.forceMajeure}.` : ''}`)}
  ${outcomeText(a)}
  ${
    open
      ? html`${folded(
          'Afmelding vastleggen',
          base,
          csrfToken,
          html`<input type="hidden" name="kind" value="cancellation">
  ${control(`afmelding-${r.id}`, 'receivedAt', 'Wanneer kwam de afmelding binnen?', { type: 'datetime-local', help: 'Datum en tijd in Nederlandse tijd.' })}
  ${control(`afmelding-${r.id}`, 'by', 'Wie zegt af?', { options: [['client', 'De cliënt'], ['provider', 'De aanbieder']] })}`,
          'Afmelding opslaan',
        )}
  ${folded(
    'Aanwezigheid vastleggen',
    base,
    csrfToken,
    html`<input type="hidden" name="kind" value="attendance">
  ${control(`aanwezig-${r.id}`, 'attendance', 'Kwam de cliënt?', { options: [['attended', 'Ja, de afspraak is doorgegaan'], ['absent', 'Nee, de cliënt kwam niet']] })}
  ${control(`aanwezig-${r.id}`, 'forceMajeure', 'Overmacht', { optional: true, textarea: true, help: 'Alleen als de cliënt door overmacht niet kon afmelden, bijvoorbeeld een opname in het ziekenhuis. Dan wordt niets in rekening gebracht.' })}
  ${control(`aanwezig-${r.id}`, 'sickSince', 'Ziek sinds', { type: 'date', optional: true, help: 'Eerste ziektedag, als de cliënt door ziekte niet kwam.' })}`,
    'Aanwezigheid opslaan',
  )}`
      : ''
  }
</li>`;
}

function appointmentsTab(view: AgreementView, may: ClientPermissions, csrfToken: string): Html {
  const id = view.agreement.clientId;
  return html`<h2 class="utrecht-heading-2">Afspraken</h2>
${para('Een afspraak moet uiterlijk 48 uur van tevoren worden afgemeld. Later afmelden of niet komen is een no-show: die mag in rekening worden gebracht, behalve bij overmacht.')}
${
  view.contact.due
    ? html`<div class="utrecht-alert utrecht-alert--warning" role="note"><div class="utrecht-alert__content"><div class="utrecht-alert__message">${para(html`De cliënt kwam twee keer niet zonder op tijd af te melden. Neem contact op met de gemeente (klantmanager), zodat u samen met de cliënt kunt praten. Deze taak staat bij <a class="utrecht-link utrecht-link--html-a" href="/taken">Taken</a>.`)}</div></div></div>`
    : ''
}
${view.appointments.length === 0 ? para('Nog geen afspraken.') : html`<ul class="zv-notifications">${view.appointments.map((a) => appointmentItem(a, view, may, csrfToken))}</ul>`}
${
  may.appointments && (view.agreement.end === null || view.agreement.end.effect.scope !== 'agreement')
    ? html`<h3 class="utrecht-heading-3">Nieuwe afspraak</h3>
<form method="post" action="/clienten/${id}/afspraken" class="zv-form">
  ${csrfField(csrfToken)}
  ${control('afspraak', 'start', 'Begin', { type: 'datetime-local', help: 'Datum en tijd in Nederlandse tijd.' })}
  ${control('afspraak', 'durationMinutes', 'Duur in minuten', { type: 'number', value: '60' })}
  ${control('afspraak', 'what', 'Welke ondersteuning', { help: 'Zoals in het ondersteuningsplan, bijvoorbeeld: begeleiding bij de administratie.' })}
  ${control('afspraak', 'rate', 'Tarief per uur in euro', { help: 'Met een punt voor de centen, zoals 62.50.' })}
  ${control('afspraak', 'funding', 'Wie betaalt?', { options: [['municipality', 'De gemeente (op indicatie)'], ['client', 'De cliënt zelf']] })}
  ${submitButton('Afspraak plannen')}
</form>`
      : ''
  }`;
}

const STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  paid: 'Betaald',
  'reminder-due': 'Herinnering sturen',
  reminded: 'Herinnerd',
  'in-default': 'Niet betaald na herinnering',
  'paid-late': 'Te laat betaald',
};

function invoiceItem(i: InvoiceView, view: AgreementView, may: ClientPermissions, csrfToken: string): Html {
  const r = i.record;
  const s = i.state;
  const base = `/clienten/${view.agreement.clientId}/facturen/${r.id}`;
  const sentNotReceived = r.reminderSentOn !== null && r.reminderReceivedOn === null;
  const tone = s.status === 'in-default' || s.status === 'reminder-due' ? ' utrecht-status-badge--danger' : s.status === 'paid' ? ' utrecht-status-badge--safe' : '';
  return html`<li class="zv-entry" id="factuur-${r.id}" data-invoice="${r.id}" data-status="${s.status}">
  <h3 class="utrecht-heading-4">Factuur over ${r.month}: ${formatEuro(r.totalCents)} <span class="utrecht-status-badge${tone}">${STATUS_LABELS[s.status] ?? s.status}</span></h3>
  ${para(`Factuurdatum ${formatDate(r.invoiceDate)}, te betalen uiterlijk ${formatDate(r.dueDate)}.`)}
  <ul class="utrecht-unordered-list">${r.lines.map(
    (l) => html`<li class="utrecht-unordered-list__item">${formatDate(l.date)}: ${l.what}, ${l.minutes} minuten tegen ${formatEuro(l.rateCentsPerHour)} per uur = ${formatEuro(l.amountCents)}${l.kind === 'no-show' ? ' (niet gekomen, niet op tijd afgemeld)' : ''}</li>`,
  )}</ul>
  ${para(s.explanation)}
  ${sentNotReceived ? para(`Herinnering verstuurd op ${formatDate(r.reminderSentOn as string)}; de datum van ontvangst is nog niet vastgelegd. De 14 dagen tellen vanaf de dag na ontvangst.`) : ''}
  ${s.interest.kind === 'computed' ? para(`Wettelijke rente van ${formatDate(s.interest.from)} tot en met ${formatDate(s.interest.to)}: ${formatEuro(s.interest.cents)}.`) : ''}
  ${s.interest.kind === 'refused' ? html`<div class="utrecht-alert utrecht-alert--warning" role="note"><div class="utrecht-alert__content"><div class="utrecht-alert__message">${para(s.interest.message)}</div></div></div>` : ''}
  ${s.costs.kind === 'chargeable' ? para(`Incassokosten: ${formatEuro(s.costs.cents)} (vanaf ${formatDate(s.costs.from)}).`) : ''}
  ${s.totalOwedCents !== null && s.status !== 'paid' ? para(html`<strong>Nu verschuldigd: ${formatEuro(s.totalOwedCents)}</strong>`) : ''}
  <ul class="zv-actions zv-links">
    <li><a class="utrecht-link utrecht-link--html-a" href="${base}/brief.pdf?stap=invoice">Factuur (PDF)</a></li>
    ${s.status !== 'open' && s.status !== 'paid' ? html`<li><a class="utrecht-link utrecht-link--html-a" href="${base}/brief.pdf?stap=reminder">Betalingsherinnering (PDF)</a></li>` : ''}
    ${s.status === 'in-default' && s.interest.kind !== 'refused' ? html`<li><a class="utrecht-link utrecht-link--html-a" href="${base}/brief.pdf?stap=default-notice">Brief over rente en incassokosten (PDF)</a></li>` : ''}
  </ul>
  ${
    may.invoices
      ? html`${r.reminderSentOn === null && r.paidOn === null ? folded('Betalingsherinnering vastleggen', base, csrfToken, html`<input type="hidden" name="kind" value="reminder-sent">${control(`herinnering-${r.id}`, 'sentOn', 'Verstuurd op', { type: 'date' })}${checkbox(`herinnering-${r.id}`, 'statesCosts', 'De herinnering noemt de incassokosten (nodig om ze later te mogen rekenen)')}`, 'Herinnering opslaan') : ''}
  ${sentNotReceived ? folded('Ontvangst van de herinnering vastleggen', base, csrfToken, html`<input type="hidden" name="kind" value="reminder-received">${control(`ontvangst-${r.id}`, 'receivedOn', 'Ontvangen op', { type: 'date' })}`, 'Ontvangst opslaan') : ''}
  ${r.paidOn === null ? folded('Betaling vastleggen', base, csrfToken, html`<input type="hidden" name="kind" value="payment">${control(`betaling-${r.id}`, 'paidOn', 'Betaald op', { type: 'date' })}`, 'Betaling opslaan') : ''}`
      : ''
  }
</li>`;
}

function invoicesTab(view: AgreementView, may: ClientPermissions, csrfToken: string): Html {
  return html`<h2 class="utrecht-heading-2">Facturen</h2>
${para('Ondersteuning die de cliënt zelf betaalt en no-shows worden elke maand achteraf gefactureerd, per afspraak gespecificeerd. De cliënt betaalt binnen 30 dagen. Daarna volgt een herinnering met 14 dagen na ontvangst. Pas als dan nog niet is betaald, komen er wettelijke rente en incassokosten bij.')}
${view.invoices.length === 0 ? para('Nog geen facturen.') : html`<ul class="zv-notifications">${view.invoices.map((i) => invoiceItem(i, view, may, csrfToken))}</ul>`}
${
  may.invoices
    ? html`<h3 class="utrecht-heading-3">Factuur maken</h3>
<form method="post" action="/clienten/${view.agreement.clientId}/facturen" class="zv-form">
  ${csrfField(csrfToken)}
  ${control('factuur', 'month', 'Maand', { type: 'month', help: 'De maand waarin de ondersteuning is gegeven, als JJJJ-MM.' })}
  ${control('factuur', 'invoiceDate', 'Factuurdatum', { type: 'date', value: view.today })}
  ${submitButton('Factuur maken')}
</form>`
    : ''
}`;
}

const list = (items: readonly string[]) => html`<ul class="utrecht-unordered-list">${items.map((t) => html`<li class="utrecht-unordered-list__item">${t}</li>`)}</ul>`;

function planTab(view: AgreementView, may: ClientPermissions, csrfToken: string): Html {
  const { current, nextEvaluation, record } = view.plan;
  const id = view.agreement.clientId;
  return html`<h2 class="utrecht-heading-2">Ondersteuningsplan</h2>
${
  nextEvaluation === undefined
    ? para('Er is nog geen ondersteuningsplan.')
    : nextEvaluation.state === 'overdue'
      ? html`<div class="utrecht-alert utrecht-alert--error" role="note" data-evaluation="overdue"><div class="utrecht-alert__content"><div class="utrecht-alert__message">${para(html`<strong>Evaluatie te laat.</strong> ${nextEvaluation.explanation}`)}</div></div></div>`
      : html`<p class="utrecht-paragraph" data-evaluation="upcoming"><strong>Volgende evaluatie: uiterlijk ${formatDate(nextEvaluation.dueDate)}.</strong> ${nextEvaluation.explanation}</p>`
}
${
  current !== undefined
    ? html`<section aria-labelledby="plan-kop"><h3 class="utrecht-heading-3" id="plan-kop">Versie ${current.version}, afgesproken op ${formatDate(current.agreedOn)}</h3>
<h4 class="utrecht-heading-4">Doelen</h4>${list(current.goals.map((g) => g.description))}
<h4 class="utrecht-heading-4">Afspraken</h4>${list(current.agreements)}
<h4 class="utrecht-heading-4">Wat de cliënt zelf doet</h4>${list(current.clientDoes)}
<h4 class="utrecht-heading-4">Mantelzorgers en vrijwilligers</h4>${current.informalCarers.length > 0 ? list(current.informalCarers.map((c) => `${c.who}: ${c.role}`)) : para(current.informalCarersDeclined ? 'De cliënt wil geen mantelzorgers betrekken.' : 'Geen.')}
<h4 class="utrecht-heading-4">Ondersteuning en wie betaalt</h4>${list(current.support.map((s) => `${s.what}, ${s.amount}: ${s.paidBy === 'municipality' ? 'betaald door de gemeente' : `betaald door de cliënt (${formatEuro(s.rateCentsPerHour ?? 0)} per uur)`}`))}
${para(html`<a class="utrecht-link utrecht-link--html-a" href="/clienten/${id}/ondersteuningsplan.pdf">Kopie voor de cliënt: brief met het plan (PDF)</a>`)}
</section>`
    : ''
}
${record.versions.length > 1 ? html`<h3 class="utrecht-heading-3">Eerdere versies</h3>${list(record.versions.slice(0, -1).map((v) => `Versie ${v.version}, afgesproken op ${formatDate(v.agreedOn)}`))}` : ''}
<h3 class="utrecht-heading-3">Evaluaties</h3>
${record.evaluations.length === 0 ? para('Nog geen evaluaties.') : list(record.evaluations.map((e) => `${formatDate(e.date)}${e.withClient ? ', met de cliënt' : ', zonder de cliënt'}${e.note !== '' ? `: ${e.note}` : ''}`))}
${
  may.plan
    ? html`${
        current !== undefined
          ? folded(
              'Evaluatie vastleggen',
              `/clienten/${id}/evaluaties`,
              csrfToken,
              html`${control('evaluatie', 'date', 'Datum', { type: 'date', value: view.today })}
  ${control('evaluatie', 'withClient', 'Samen met de cliënt?', { options: [['ja', 'Ja'], ['nee', 'Nee']], help: 'Alleen een evaluatie met de cliënt telt voor de halfjaarlijkse evaluatie.' })}
  ${control('evaluatie', 'note', 'Wat is besproken', { textarea: true, optional: true })}`,
              'Evaluatie opslaan',
            )
          : ''
      }
${folded(
  current === undefined ? 'Ondersteuningsplan maken' : 'Nieuwe versie van het plan',
  `/clienten/${id}/ondersteuningsplan`,
  csrfToken,
  html`${control('plan', 'agreedOn', 'Afgesproken op', { type: 'date', value: view.today })}
  ${control('plan', 'goals', 'Doelen', { textarea: true, help: 'Eén doel per regel.' })}
  ${control('plan', 'agreements', 'Afspraken om de doelen te halen', { textarea: true, help: 'Eén afspraak per regel.' })}
  ${control('plan', 'clientDoes', 'Wat de cliënt zelf doet', { textarea: true, help: 'Eén punt per regel.' })}
  ${control('plan', 'informalCarers', 'Mantelzorgers en vrijwilligers', { textarea: true, optional: true, help: 'Eén per regel: wie, een dubbele punt, en wat hij of zij doet. Bijvoorbeeld: Dochter: helpt met boodschappen.' })}
  ${checkbox('plan', 'informalCarersDeclined', 'De cliënt wil geen mantelzorgers betrekken')}
  ${control('plan', 'supportWhat', 'Ondersteuning', { help: 'Bijvoorbeeld: begeleiding bij de administratie.' })}
  ${control('plan', 'supportAmount', 'Hoeveel', { help: 'Bijvoorbeeld: 2 uur per week.' })}
  ${control('plan', 'supportPaidBy', 'Wie betaalt?', { options: [['municipality', 'De gemeente'], ['client', 'De cliënt zelf']] })}
  ${control('plan', 'supportRate', 'Tarief per uur in euro als de cliënt zelf betaalt', { optional: true, help: 'Met een punt voor de centen, zoals 62.50.' })}
  ${checkbox('plan', 'clientSupporterPointedOut', 'De cliënt is gewezen op een cliëntondersteuner van de gemeente')}`,
  'Plan opslaan',
)}`
    : ''
}`;
}

const END_LABELS: Record<string, string> = {
  'mutual-consent': 'Met wederzijds goedvinden',
  'goal-reached': 'Doel uit het plan bereikt',
  'indication-ended': 'Indicatie beëindigd',
  'term-expired': 'Looptijd verstreken',
  'notice-by-client': 'Opgezegd door de cliënt (30 dagen)',
  'notice-by-provider': 'Opgezegd door de aanbieder (ten minste een week)',
  court: 'Ontbonden door de rechter',
  death: 'Overlijden van de cliënt',
  'provider-ceased': 'Opheffing, faillissement of surseance van de aanbieder',
};

const PROCEDURE_LABELS: Record<string, string> = { beeindiging: 'Zorgbeëindiging', opschorting: 'Zorgopschorting', 'beeindiging-onmiddellijk': 'Beëindiging met onmiddellijke ingang' };

function agreementTab(view: AgreementView, may: ClientPermissions, csrfToken: string): Html {
  const a = view.agreement;
  const rules = municipalRulesFor(a.municipalityCode ?? undefined);
  return html`<h2 class="utrecht-heading-2">Overeenkomst</h2>
${para(`De overeenkomst loopt sinds ${formatDate(a.startedOn)}.`)}
${para(a.municipalityCode === null ? 'Er is geen gemeente met eigen regels vastgelegd.' : html`Gemeentecode ${a.municipalityCode}.${rules.map((r) => html` ${r.municipality}: ondersteuning die door ziekte is gemist, mag tot ${r.days / 7} weken na de eerste ziektedag bij de gemeente worden gedeclareerd.`)}`)}
${
  a.end !== null
    ? html`<section aria-labelledby="einde-kop" data-end="${a.end.facts.kind}"><h3 class="utrecht-heading-3" id="einde-kop">Einde: ${END_LABELS[a.end.facts.kind]}</h3>
${para(a.end.effect.explanation)}
${para(`${a.end.effect.cancelledAppointments.length === 1 ? '1 geplande afspraak is' : `${a.end.effect.cancelledAppointments.length} geplande afspraken zijn`} zonder kosten vervallen. ${a.end.effect.keptInvoices.length === 1 ? '1 openstaande factuur blijft' : `${a.end.effect.keptInvoices.length} openstaande facturen blijven`} staan: ondersteuning van vóór het einde moet nog worden betaald.`)}</section>`
    : may.agreement
      ? folded(
          'Einde van de overeenkomst vastleggen',
          `/clienten/${a.clientId}/einde`,
          csrfToken,
          html`${control('einde', 'kind', 'Waarom eindigt de overeenkomst?', { options: Object.entries(END_LABELS) })}
  ${control('einde', 'date', 'Datum', { type: 'date', help: 'De afgesproken einddatum, of de dag van de gebeurtenis. Bij opzegging: de dag dat de opzegging binnenkwam.' })}
  ${control('einde', 'requestedEndDate', 'Gevraagde einddatum bij opzegging', { type: 'date', optional: true })}
  ${control('einde', 'cause', 'Bij het stoppen van de aanbieder: wat is er gebeurd?', { options: [['opheffing', 'Opheffing'], ['faillissement', 'Faillissement'], ['surseance', 'Surseance van betaling']], optional: true })}`,
          'Einde vastleggen',
        )
      : ''
}
<h3 class="utrecht-heading-3">Zorgbeëindiging</h3>
${para('Wilt u de zorg beëindigen of opschorten? Dan gelden de no-shows en de onbetaalde facturen van deze cliënt als bewijs in de casus.')}
${view.cases.length > 0 ? html`<ul class="utrecht-unordered-list">${view.cases.map((c) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link utrecht-link--html-a" href="/casussen/${c.id}">${PROCEDURE_LABELS[c.procedure] ?? c.procedure} (${c.status})</a></li>`)}</ul>` : ''}
${
  may.startCase
    ? html`<form method="post" action="/clienten/${a.clientId}/zorgbeeindiging" class="zv-form">
  ${csrfField(csrfToken)}
  ${control('casus', 'procedure', 'Soort', { options: [['beeindiging', 'Zorgbeëindiging'], ['opschorting', 'Zorgopschorting']] })}
  ${control('casus', 'regime', 'Welke regels gelden?', { options: [['onl-wmo', 'De voorwaarden van de aanbieder (Wmo)'], ['groningen-wmo', 'Gemeente Groningen (Wmo)'], ['gemeente-bijlage6', 'Bijlage 6 van het gemeentecontract']] })}
  ${submitButton('Casus starten', 'secondary')}
</form>`
    : ''
}`;
}

export function clientPage(options: { user: PageUser; csrfToken: string; view: AgreementView; tab: Tab; may: ClientPermissions }): string {
  const { view, tab, may, csrfToken } = options;
  const a = view.agreement;
  const body = { afspraken: appointmentsTab, facturen: invoicesTab, ondersteuningsplan: planTab, overeenkomst: agreementTab }[tab](view, may, csrfToken);
  return page({
    title: `${TABS[tab]} · ${a.client.name}`,
    user: options.user,
    csrfToken,
    current: 'clients',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/clienten">Alle cliënten</a></p>
<h1 class="utrecht-heading-1">${a.client.name}</h1>
${para(`Geboren ${formatDate(a.client.birthDate)}. Overeenkomst sinds ${formatDate(a.startedOn)}${a.end !== null ? `, geëindigd op ${formatDate(a.end.endedOn)}` : ''}.`)}
${para(`Brieven gaan naar ${a.client.address ?? '(geen adres vastgelegd)'}, met de aanhef ‘${a.client.salutation ?? `Beste ${a.client.name}`}’.`)}
<nav aria-label="Onderdelen van de cliënt"><ul class="zv-tabs">${(Object.keys(TABS) as Tab[]).map(
      (t) => html`<li><a class="utrecht-link utrecht-link--html-a" href="/clienten/${a.clientId}/${t}"${t === tab ? html` aria-current="page"` : ''}>${TABS[t]}</a></li>`,
    )}</ul></nav>
${body}`,
  });
}
