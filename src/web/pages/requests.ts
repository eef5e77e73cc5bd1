import type { RequestView } from '../../commands/requests/request-view.ts';
import type { CaseStatus } from '../../domain/dossier/status.ts';
import type { Entry, Procedure, RegimeId } from '../../domain/dossier/types.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import type { DutyStatus } from '../../domain/requests/checklist.ts';
import { decisionRule } from '../../domain/requests/term.ts';
import { endsWithStopMessage } from '../../domain/stop-message/stop-message.ts';
import { isPending, REQUEST_STATES, STATE_LABELS, type DecisionOutcome } from '../../domain/requests/states.ts';
import type { FrozenCopy, QuestionRecord, RequestRecord } from '../../store/funder-requests.ts';
import { checklist, source } from '../components/checklist.ts';
import { countText, filterSelect, keysetPagination } from '../components/filters.ts';
import { csrfField, submitButton } from '../components/form.ts';
import type { FormValues } from '../entry-forms.ts';
import { text } from '../routes/form-values.ts';
import { entryAnchor, entrySummary } from '../components/timeline.ts';
import { html, type Html } from '../html.ts';
import { PROCEDURE_LABELS, formatDate } from '../labels.ts';
import { page } from '../layout.ts';
import type { PageUser } from '../presenters.ts';

// The request to the funder on the pages (issue 11): the funder's inbox 'Verzoeken' (the
// provider's own submissions for a provider), one request with its frozen dossier, the provider's
// assessment, the funder's checklist and the forms of each side, and the panel on the provider's
// case page.

const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  accepted: 'Akkoord',
  'accepted-with-conditions': 'Akkoord onder voorwaarden',
  rejected: 'Niet akkoord',
};
const DUTY_BADGE: Record<DutyStatus, [string, string]> = {
  met: ['safe', 'Voldaan'],
  missing: ['danger', 'Ontbreekt'],
  'not-applicable': ['neutral', 'Niet van toepassing'],
  'at-decision': ['warning', 'Bij het besluit'],
};

const regimeName = (id: string) => findRegime(id)?.name ?? id;
const link = (href: string, text: string | Html) => html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${text}</a>`;
const para = (text: string | Html) => html`<p class="utrecht-paragraph">${text}</p>`;

function stateBadge(r: RequestRecord, today: string): Html {
  const overdue = isPending(r.state) && r.decisionDeadline < today;
  return html`<span class="utrecht-status-badge${overdue ? ' utrecht-status-badge--danger' : ''}">${STATE_LABELS[r.state]}${overdue ? ' · termijn verlopen' : ''}</span>`;
}

/** What the list says of a request's end: its decision, its withdrawal, or the deadline still running. */
function deadlineLine(r: RequestRecord): Html {
  // 001 §6.4 and 002 give the objection a term of 6 weeks, but the decision on it none.
  if (r.state === 'objection') return html`Bezwaar ingediend tegen het besluit (${OUTCOME_LABELS[r.decision ?? 'rejected']}): wacht op het besluit op het bezwaar. De protocollen noemen daarvoor geen termijn.`;
  if (r.decision !== null) return html`Besluit: <strong>${OUTCOME_LABELS[r.decision]}</strong> op ${formatDate(r.decidedOn ?? r.receivedOn)}`;
  if (r.withdrawal !== null) return html`Ingetrokken door de aanbieder op ${formatDate(r.withdrawal.on)}: er wordt niet meer op besloten.`;
  return html`Beslissen uiterlijk <strong>${formatDate(r.decisionDeadline)}</strong>`;
}

/** The provider's withdrawal as the request and the case show it. */
function withdrawalNote(r: RequestRecord): Html {
  if (r.withdrawal === null) return html``;
  return html`<div class="utrecht-alert utrecht-alert--info" data-withdrawn><div class="utrecht-alert__content"><p class="utrecht-alert__message">Ingetrokken door de aanbieder op ${formatDate(r.withdrawal.on)}. Reden: ${r.withdrawal.reason}. De beslistermijn loopt niet meer.</p></div></div>`;
}

export interface RequestFilters {
  state?: string;
  regime?: string;
  overdue?: boolean;
}

function pageLink(filters: RequestFilters, pageNumber: number): string {
  const query = new URLSearchParams();
  if (filters.state !== undefined) query.set('state', filters.state);
  if (filters.regime !== undefined) query.set('regime', filters.regime);
  if (filters.overdue === true) query.set('overdue', 'true');
  query.set('pagina', String(pageNumber));
  return `/verzoeken?${query.toString()}`;
}

export function requestsPage(options: {
  user: PageUser;
  csrfToken: string;
  requests: readonly RequestRecord[];
  filters: RequestFilters;
  funder: boolean;
  /** The regimes the filter offers: for a funder, those of its own kind. */
  regimes: readonly RegimeId[];
  today: string;
  page: number;
  pageSize: number;
  total: { total: number; exact: boolean };
  /** The cursor of the next page; null on the last. */
  next: string | null;
}): string {
  const { requests, today, funder, total } = options;
  const { pages, nav } = keysetPagination(options.page, total, options.pageSize, options.next, (n) => pageLink(options.filters, n));
  return page({
    title: 'Verzoeken',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'requests',
    body: html`<h1 class="utrecht-heading-1">Verzoeken</h1>
${para(funder ? 'De verzoeken die zorgaanbieders bij uw organisatie hebben ingediend. Eerst die waarop u nog moet besluiten, de verlopen termijn bovenaan.' : 'De verzoeken die uw organisatie bij een financier heeft ingediend.')}
<form method="get" action="/verzoeken" class="zv-filters">
  ${filterSelect('state', 'Stand', REQUEST_STATES.map((s) => [s, STATE_LABELS[s]] as const), options.filters.state)}
  ${filterSelect('regime', 'Regime', options.regimes.map((r) => [r, regimeName(r)] as const), options.filters.regime)}
  <div class="utrecht-form-field utrecht-form-field--checkbox">
    <div class="utrecht-form-field__input"><input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="filter-overdue" name="overdue" value="true"${options.filters.overdue === true ? html` checked` : ''}></div>
    <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox" for="filter-overdue">Alleen verlopen termijnen</label>
  </div>
  ${submitButton('Filteren', 'secondary')}
</form>
<p class="utrecht-paragraph" role="status">${countText(total, 'verzoek', 'verzoeken')}${pages > 1 ? `, pagina ${options.page} van ${pages}${total.exact ? '' : '+'}` : ''}.</p>
${
  requests.length === 0
    ? para('Geen verzoeken.')
    : html`<ul class="zv-notifications">${requests.map(
        (r) => html`<li class="zv-entry" data-request="${r.id}">
  <h2 class="utrecht-heading-3">${link(`/verzoeken/${r.id}`, `${r.clientName}: ${PROCEDURE_LABELS[r.procedure].toLowerCase()}`)} ${stateBadge(r, today)}</h2>
  <p class="utrecht-paragraph utrecht-paragraph--small">${funder ? `Van ${r.providerName}` : `Aan ${r.funderName}`} · ${regimeName(r.regime)} · ingediend ${formatDate(r.receivedOn)}</p>
  <p class="utrecht-paragraph">${deadlineLine(r)}</p>
  <p class="utrecht-paragraph utrecht-paragraph--small">Zo geteld: ${r.deadlineExplanation}</p>
</li>`,
      )}</ul>`
}
${nav}`,
  });
}

export interface RequestPageModel extends RequestView {
  frozen: FrozenCopy;
  may: { review: boolean; advise: boolean; respond: boolean };
  today: string;
  /** Why the last form was refused, in Dutch, each linked to its field where it has one. */
  issues?: readonly PageIssue[];
  /** The refused form as it was posted, to show it again filled in. */
  posted?: PostedForm;
}

export interface PageIssue {
  text: string;
  /** The id of the field the reason is about. */
  field?: string;
}

export interface PostedForm {
  form: 'question' | 'answer' | 'hearing' | 'advice' | 'decision' | 'objection' | 'withdraw';
  values: FormValues;
}

/** The posted value of a field of the refused form, or the default. */
function posted(m: RequestPageModel, form: PostedForm['form'], name: string, fallback = ''): string {
  return m.posted?.form === form ? text(m.posted.values, name) : fallback;
}

function textarea(id: string, name: string, label: string, help?: string, value = ''): Html {
  return html`<div class="utrecht-form-field utrecht-form-field--text">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}</label></div>
  ${help !== undefined ? html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${id}-hulp">${help}</div>` : ''}
  <div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea" rows="3" id="${id}" name="${name}"${help !== undefined ? html` aria-describedby="${id}-hulp"` : ''}>${value}</textarea></div>
</div>`;
}

function checkbox(id: string, name: string, label: string, checked = false): Html {
  return html`<div class="utrecht-form-field utrecht-form-field--checkbox">
  <div class="utrecht-form-field__input"><input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="${id}" name="${name}" value="ja"${checked ? html` checked` : ''}></div>
  <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox" for="${id}">${label}</label>
</div>`;
}

function radios(name: string, legend: string, choices: readonly (readonly [string, string])[], chosen = choices[0]?.[0]): Html {
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
  <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${legend}</legend>
  ${choices.map(
    ([value, label], i) => html`<div class="utrecht-form-field utrecht-form-field--radio">
    <div class="utrecht-form-field__input"><input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id="${name}-${i}" name="${name}" value="${value}"${value === chosen ? html` checked` : ''}></div>
    <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--radio" for="${name}-${i}">${label}</label>
  </div>`,
  )}
</fieldset>`;
}

function form(action: string, csrfToken: string, heading: string, id: string, fields: Html, button: string): Html {
  return html`<section aria-labelledby="${id}" class="zv-form">
  <h3 class="utrecht-heading-3" id="${id}">${heading}</h3>
  <form method="post" action="${action}" class="zv-form">${csrfField(csrfToken)}${fields}${submitButton(button)}</form>
</section>`;
}

/** The provider's way out of a request the funder has not decided on yet. */
function withdrawForm(m: RequestPageModel, token: string): Html {
  if (!m.may.respond || !isPending(m.request.state)) return html``;
  return form(
    `/verzoeken/${m.request.id}/intrekken`,
    token,
    'Verzoek intrekken',
    'intrekken-kop',
    textarea('intrekken-reden', 'reason', 'Waarom trekt u het verzoek in?', 'De reden wordt vastgelegd en de financier ziet hem. Daarna besluit de financier niet meer, en kunt u opnieuw indienen.', posted(m, 'withdraw', 'reason')),
    'Verzoek intrekken',
  );
}

function frozenDossier(entries: readonly Entry[]): Html {
  return html`<ol class="utrecht-ordered-list">${entries.map(
    // The anchor the frozen checklist's evidence links point at (checklist.ts), as on the case page.
    (e) => html`<li class="utrecht-ordered-list__item" id="${entryAnchor(e.id)}">${entrySummary(e)}${'description' in e ? `: ${e.description}` : ''}${e.note !== undefined ? ` — ${e.note}` : ''}</li>`,
  )}</ol>`;
}

function decisionPart(m: RequestPageModel): Html {
  const r = m.request;
  if (r.decision === null || r.decisionDetail === null) return html``;
  const objection = m.records.objections.at(-1);
  return html`<section aria-labelledby="besluit-kop">
<h2 class="utrecht-heading-2" id="besluit-kop">Besluit</h2>
${para(html`<strong>${OUTCOME_LABELS[r.decision]}</strong> op ${formatDate(r.decidedOn ?? r.receivedOn)}. Redenen: ${r.decisionDetail.reasons}`)}
${r.decisionDetail.conditions !== null ? para(`Voorwaarden: ${r.decisionDetail.conditions}`) : ''}
${r.decisionDetail.continuity !== null ? para(`Continuïteit van zorg: ${r.decisionDetail.continuity}`) : ''}
${r.decisionDetail.referredToAccess ? para('Doorverwezen naar de toegangsmedewerker.') : ''}
${r.decisionDetail.igjPointed ? para('De aanbieder is gewezen op een melding aan de IGJ.') : ''}
${r.decisionDetail.pgbOffered ? para('De cliënt krijgt een aanbod PGB.') : ''}
${r.decision === 'rejected' ? html`<div class="utrecht-alert utrecht-alert--info"><div class="utrecht-alert__content"><p class="utrecht-alert__message">Niet akkoord: de casus blijft open en de zorg loopt door.</p></div></div>` : ''}
${r.objectionDeadline !== null ? para(`Bezwaar is mogelijk tot en met ${formatDate(r.objectionDeadline)}.`) : ''}
${para(link(`/verzoeken/${r.id}/besluit.pdf`, 'Besluit als PDF'))}
${
  objection !== undefined
    ? html`<h3 class="utrecht-heading-3">Bezwaar</h3>${para(`Ingediend op ${formatDate(objection.filedOn)}: ${objection.reasons}`)}${
        objection.decision !== null
          ? html`${para(html`Besluit op bezwaar: <strong>${OUTCOME_LABELS[objection.decision]}</strong>. ${objection.decisionDetail?.reasons ?? ''}`)}${para(link(`/verzoeken/${r.id}/besluit-op-bezwaar.pdf`, 'Besluit op bezwaar als PDF'))}`
          : para('De financier beslist op het bezwaar.')
      }`
    : ''
}
</section>`;
}

/**
 * The decision form: the fields every regime asks, and those of this regime's own duties only (the
 * referral to the toegangsmedewerker for Groningen, 000 step 5; the IGJ pointer and the PGB offer
 * for VGZ, 002 'De zorgverzekeraar'). Filled in as posted after a refusal.
 */
function decisionFields(m: RequestPageModel): Html {
  const checks = (findRegime(m.request.regime)?.funder?.duties ?? []).map((d) => d.check);
  const asks = (field: 'igjPointed' | 'referredToAccess') => checks.some((c) => c.kind === 'decision-states' && c.field === field);
  const value = (name: string, fallback = '') => posted(m, 'decision', name, fallback);
  const ticked = (name: string) => value(name) === 'ja';
  return html`${radios('outcome', 'Besluit', [['accepted', 'Akkoord'], ['accepted-with-conditions', 'Akkoord onder voorwaarden'], ['rejected', 'Niet akkoord']], value('outcome', 'accepted'))}
${textarea('besluit-redenen', 'reasons', 'Redenen', undefined, value('reasons'))}
${textarea('besluit-voorwaarden', 'conditions', 'Voorwaarden (bij akkoord onder voorwaarden)', undefined, value('conditions'))}
${textarea('besluit-continuiteit', 'continuity', 'Continuïteit: wie neemt de zorg over, of waarom dat niet nodig of mogelijk is', undefined, value('continuity'))}
${asks('referredToAccess') ? checkbox('besluit-toegang', 'referredToAccess', 'Doorverwezen naar de toegangsmedewerker', ticked('referredToAccess')) : ''}
${asks('igjPointed') ? checkbox('besluit-igj', 'igjPointed', 'Aanbieder gewezen op een melding aan de IGJ', ticked('igjPointed')) : ''}
${checks.some((c) => c.kind === 'pgb-offer') ? checkbox('besluit-pgb', 'pgbOffered', 'De cliënt een aanbod PGB gedaan', ticked('pgbOffered')) : ''}
${textarea('besluit-reden', 'overrideReason', 'Reden om te besluiten terwijl de checklist iets mist (alleen als dat zo is)', undefined, value('overrideReason'))}`;
}

export function requestPage(options: { user: PageUser; csrfToken: string; model: RequestPageModel }): string {
  const m = options.model;
  const r = m.request;
  const base = `/verzoeken/${r.id}`;
  const open = isPending(r.state);
  const token = options.csrfToken;
  const openQuestion = m.records.questions.some((q) => q.answer === null);
  return page({
    title: `Verzoek ${r.clientName}`,
    user: options.user,
    csrfToken: token,
    current: 'requests',
    body: html`<h1 class="utrecht-heading-1">Verzoek: ${r.clientName}</h1>
${
  m.issues !== undefined && m.issues.length > 0
    ? html`<div class="utrecht-alert utrecht-alert--error" role="alert"><div class="utrecht-alert__content"><div class="utrecht-alert__message"><h2 class="utrecht-heading-2">Niet opgeslagen</h2><ul class="utrecht-unordered-list">${m.issues.map((i) => html`<li class="utrecht-unordered-list__item">${i.field !== undefined ? link(`#${i.field}`, i.text) : i.text}</li>`)}</ul></div></div></div>`
    : ''
}
<dl class="utrecht-data-list utrecht-data-list--rows">
  ${[
    ['Stand', STATE_LABELS[r.state]],
    ['Van', r.providerName],
    ['Aan', r.funderName],
    ['Regime', regimeName(r.regime)],
    ['Procedure', PROCEDURE_LABELS[r.procedure]],
    ['Ontvangen', formatDate(r.receivedOn)],
    ['Beslissen uiterlijk', r.withdrawal !== null ? 'Vervallen: het verzoek is ingetrokken' : `${formatDate(m.term.deadline)}${m.term.suspended ? ' (termijn staat stil: er staat een vraag open)' : ''}`],
    ['Zo geteld', m.term.explanation],
    ['Continuïteit tot het besluit', r.continuityProposal],
    ['Geen andere aanbieder gevonden', r.noOtherProvider ? 'Ja, aangetoond door de aanbieder' : 'Nee'],
    ...(r.overrideReason !== null ? [['Ingediend ondanks de toetsing, omdat', r.overrideReason]] : []),
  ].map(([k, v]) => html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${k}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${v}</dd></div>`)}
</dl>
${withdrawalNote(r)}
${para(html`Opschorting bij een vraag: ${m.suspension.onQuestion ? 'aan' : 'uit'}. ${m.suspension.basis}`)}
${para(link(`${base}/verzoek.pdf`, 'Verzoek met dossier als PDF (zoals ontvangen)'))}
${decisionPart(m)}
<section aria-labelledby="vragen-kop">
<h2 class="utrecht-heading-2" id="vragen-kop">Vragen aan de aanbieder</h2>
${
  m.records.questions.length === 0
    ? para('Nog geen vragen.')
    : html`<ul class="zv-notifications">${m.records.questions.map(
        (q) => html`<li class="zv-entry" id="vraag-${q.id}"><p class="utrecht-paragraph"><strong>Vraag van ${formatDate(q.askedOn)}:</strong> ${q.question}</p>${
          q.answer !== null
            ? para(html`<strong>Antwoord van ${formatDate(q.answeredOn ?? q.askedOn)}:</strong> ${q.answer}`)
            : m.may.respond
              ? form(`${base}/vragen/${q.id}/antwoord`, token, 'Beantwoorden', `antwoord-${q.id}-kop`, textarea(`antwoord-${q.id}`, 'answer', 'Uw antwoord', undefined, posted(m, 'answer', 'answer')), 'Antwoord versturen')
              : para('Nog niet beantwoord.')
        }</li>`,
      )}</ul>`
}
${m.may.review && open ? form(`${base}/vragen`, token, 'Vraag stellen', 'vraag-kop', textarea('vraag', 'question', 'Vraag aan de aanbieder', 'De beslistermijn staat stil vanaf de dag na de vraag tot de dag van het antwoord.', posted(m, 'question', 'question')), 'Vraag versturen') : ''}
</section>
<section aria-labelledby="wederhoor-kop">
<h2 class="utrecht-heading-2" id="wederhoor-kop">Wederhoor en medisch advies</h2>
${m.records.hearings.map((h) => para(`Wederhoor op ${formatDate(h.heldOn)} met ${h.heard === 'client' ? 'de cliënt' : 'de vertegenwoordiger'}: ${h.summary}`))}
${m.records.advice.map((a) => para(`Medisch advies van ${formatDate(a.advisedOn)}: reden ${a.wellFounded ? 'gegrond' : 'niet gegrond'}. ${a.reasoning}`))}
${m.records.hearings.length === 0 && m.records.advice.length === 0 ? para('Nog niets vastgelegd.') : ''}
${
  m.may.review && open
    ? form(
        `${base}/wederhoor`,
        token,
        'Wederhoor vastleggen',
        'wederhoor-form-kop',
        html`${radios('with', 'Met wie', [['client', 'De cliënt'], ['representative', 'De wettelijk vertegenwoordiger']], posted(m, 'hearing', 'with', 'client'))}
<div class="utrecht-form-field utrecht-form-field--text"><div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wederhoor-datum">Datum</label></div><div class="utrecht-form-field__input"><input type="date" class="utrecht-textbox utrecht-textbox--html-input" id="wederhoor-datum" name="heldOn" value="${posted(m, 'hearing', 'heldOn', m.today)}"></div></div>
${textarea('wederhoor-tekst', 'summary', 'Wat er is gezegd', undefined, posted(m, 'hearing', 'summary'))}`,
        'Wederhoor opslaan',
      )
    : ''
}
${
  m.may.advise && open
    ? form(
        `${base}/medisch-advies`,
        token,
        'Oordeel medisch adviseur',
        'advies-kop',
        html`${radios('wellFounded', 'Is de reden gegrond?', [['ja', 'Ja, gegrond'], ['nee', 'Nee, niet gegrond']], posted(m, 'advice', 'wellFounded', 'ja'))}${textarea('advies-tekst', 'reasoning', 'Motivering', undefined, posted(m, 'advice', 'reasoning'))}`,
        'Oordeel opslaan',
      )
    : ''
}
</section>
<section aria-labelledby="funder-checklist-kop">
<h2 class="utrecht-heading-2" id="funder-checklist-kop">Checklist van de financier</h2>
<ul class="zv-requirements">${m.duties.map(
      (d) => html`<li data-duty="${d.id}"><span class="utrecht-status-badge utrecht-status-badge--${DUTY_BADGE[d.status][0]}">${DUTY_BADGE[d.status][1]}</span> <strong>${d.title}</strong>${para(d.text)}${source(d.source)}</li>`,
    )}</ul>
${
  m.may.review && (open || r.state === 'objection')
    ? openQuestion
      ? para('Besluiten kan zodra de open vraag is beantwoord.')
      : form(
          `${base}/besluit`,
          token,
          r.state === 'objection' ? 'Besluiten op het bezwaar' : 'Besluiten',
          'besluit-form-kop',
          decisionFields(m),
          'Besluit versturen',
        )
    : ''
}
${
  m.may.respond && r.state === 'decided' && r.objectionDeadline !== null && r.objectionDeadline >= m.today
    ? form(`${base}/bezwaar`, token, 'Bezwaar maken', 'bezwaar-kop', textarea('bezwaar-tekst', 'reasons', `Gronden van het bezwaar (kan tot en met ${formatDate(r.objectionDeadline)})`, undefined, posted(m, 'objection', 'reasons')), 'Bezwaar indienen')
    : ''
}
</section>
${withdrawForm(m, token)}
<section aria-labelledby="bevroren-kop">
<h2 class="utrecht-heading-2" id="bevroren-kop">Dossier zoals ingediend</h2>
${para(`Een vaste kopie van ${formatDate(r.receivedOn)}: wat de aanbieder later toevoegt, staat hier niet in, behalve antwoorden op vragen hierboven.`)}
${frozenDossier(m.frozen.document.entries)}
${checklist(m.frozen.assessment, new Map())}
</section>`,
  });
}

/**
 * What follows an acceptance on the provider's side, per regime: the allocation and the 307 only
 * where the case ends with one (iWmo/iJw, stop-message.ts); the report back only for Groningen
 * (000 step 5B); for VGZ (Zvw, no 307) the written final notice to the client (002 'De
 * zorgaanbieder': 'De definitieve zorgbeëindiging dient schriftelijk … te geschieden').
 */
function afterAcceptance(caseId: string, regime: RegimeId, procedure: Procedure): Html {
  const notice = 'stuur de cliënt de definitieve opzegging (schriftelijk, met een redelijke opzegtermijn)';
  if (!endsWithStopMessage({ regime, procedure })) {
    return para(html`Na het akkoord: ${notice}. ${link(`/casussen/${caseId}/documenten`, 'Naar de documenten en brieven')}`);
  }
  const reportBack = regime === 'groningen-wmo' ? ' Koppel de afspraken en de definitieve einddatum daarna terug aan de contractmanager en de toegangsmedewerker (Groningen, stap 5B; item ‘Overleg’).' : '';
  return para(
    html`Na het akkoord: leg de definitieve einddatum vast (toewijzing), ${notice} en stuur het 307-bericht.${reportBack} ${link(`/casussen/${caseId}/documenten#na-akkoord-kop`, 'Naar de toewijzing en het 307-bericht')}`,
  );
}

/** An imported dossier can hold a request or decision that reached the funder without Zorgvuldig. */
function outsideNote(status: CaseStatus): Html {
  if (status === 'ingediend') return para('Het dossier bevat een verzoek aan de financier dat buiten Zorgvuldig is ingediend; het staat hieronder in het dossier.');
  if (status === 'besloten' || status === 'afgerond') return para('Het dossier bevat een verzoek en een besluit van de financier die buiten Zorgvuldig zijn vastgelegd; ze staan hieronder in het dossier.');
  return para('Nog geen verzoek ingediend.');
}

/** On the provider's case page: where the request stands, its open questions, the decision, and the submit form. */
export function requestPanel(options: {
  caseId: string;
  csrfToken: string;
  requests: readonly RequestRecord[];
  openQuestions: readonly QuestionRecord[];
  maySubmit: boolean;
  /** Why no request can be submitted now (submission.ts), or null. */
  submitRefusal: string | null;
  canSubmit: boolean;
  regime: RegimeId;
  procedure: Procedure;
  status: CaseStatus;
  /** The continuity proposal recorded in the dossier, to start the submit form with. */
  continuityProposal?: string;
  today: string;
}): Html {
  const latest = options.requests[0];
  const regime = findRegime(options.regime);
  // No funder decides (ONL, seed 004 §1): there is nothing to ask, so no panel at all.
  if (latest === undefined && (regime === undefined || decisionRule(regime, options.procedure) === undefined)) return html``;
  return html`<section aria-labelledby="verzoek-kop" class="zv-request-panel">
<h2 class="utrecht-heading-2" id="verzoek-kop">Verzoek aan de financier</h2>
${
  latest === undefined
    ? outsideNote(options.status)
    : html`${para(html`${link(`/verzoeken/${latest.id}`, `Verzoek aan ${latest.funderName}`)}: ${stateBadge(latest, options.today)}`)}
${isPending(latest.state) ? para(`De financier beslist uiterlijk ${formatDate(latest.decisionDeadline)} (${latest.deadlineExplanation}).`) : ''}
${withdrawalNote(latest)}${latest.withdrawal !== null && options.maySubmit && options.submitRefusal === null ? para('U kunt hieronder opnieuw een verzoek indienen.') : ''}
${
  options.openQuestions.length > 0
    ? html`<div class="utrecht-alert utrecht-alert--warning"><div class="utrecht-alert__content"><div class="utrecht-alert__message"><p class="utrecht-paragraph">De financier heeft een vraag; de beslistermijn staat stil tot u antwoordt.</p><ul class="utrecht-unordered-list">${options.openQuestions.map(
        (q) => html`<li class="utrecht-unordered-list__item">${q.question} ${link(`/verzoeken/${latest.id}#vraag-${q.id}`, 'Beantwoorden')}</li>`,
      )}</ul></div></div></div>`
    : ''
}
${latest.decision !== null ? para(html`Besluit: <strong>${OUTCOME_LABELS[latest.decision]}</strong>.${latest.objectionDeadline !== null ? ` Bezwaar kan tot en met ${formatDate(latest.objectionDeadline)}.` : ''}`) : ''}
${latest.state === 'objection' ? para('U heeft bezwaar gemaakt; wacht op het besluit van de financier op het bezwaar.') : ''}
${
  latest.decision === 'rejected'
    ? html`<div class="utrecht-alert utrecht-alert--info"><div class="utrecht-alert__content"><p class="utrecht-alert__message">De financier gaat niet akkoord: de casus blijft open en de zorg loopt door.${
        latest.state === 'decided' && latest.objectionDeadline !== null && latest.objectionDeadline >= options.today
          ? html` ${link(`/verzoeken/${latest.id}#bezwaar-kop`, 'Bezwaar maken')}`
          : ''
      }</p></div></div>`
    : ''
}
${latest.decision !== null && latest.decision !== 'rejected' ? afterAcceptance(options.caseId, options.regime, options.procedure) : ''}`
}
${
  options.maySubmit && options.submitRefusal === null
    ? form(
        `/casussen/${options.caseId}/verzoek`,
        options.csrfToken,
        'Verzoek indienen',
        'indienen-kop',
        html`${textarea('verzoek-continuiteit', 'continuityProposal', 'Hoe is de zorg geregeld tot het besluit?', undefined, options.continuityProposal)}
${checkbox('verzoek-geen-aanbieder', 'noOtherProvider', 'Aangetoond dat er geen andere aanbieder te vinden is')}
${options.canSubmit ? '' : textarea('verzoek-reden', 'overrideReason', 'De checklist mist nog iets. Waarom toch indienen?', 'Deze reden wordt vastgelegd en gaat mee naar de financier.')}`,
        'Verzoek indienen',
      )
    : ''
}
</section>`;
}
