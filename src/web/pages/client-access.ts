import { careLawOf, retentionOf, RETENTION_EXCEPTIONS, WITHHOLDING_REASONS } from '../../domain/client-file/rights.ts';
import type { ClientAccess } from '../../commands/clients/read-client-access.ts';
import type { OpenRequestRow } from '../../store/client-file.ts';
import { csrfField, inputField, submitButton } from '../components/form.ts';
import { html, type Html } from '../html.ts';
import { ENTRY_TYPE_LABELS, formatDate, formatMoment } from '../labels.ts';
import { page } from '../layout.ts';
import type { PageUser } from '../presenters.ts';

// The regievoerder's side of the client's own file (decisions 0020, 0023): who has an account
// (the client, their representatives), inviting them, withholding entries with a reason of seed
// 004 §3, recording why the file is kept; and the list of the clients' requests to answer.

const select = (id: string, name: string, label: string, options: readonly [string, string][]): Html => html`<div class="utrecht-form-field utrecht-form-field--text">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}</label></div>
  <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="${id}" name="${name}" aria-required="true">
    <option value="">— kies —</option>
    ${options.map(([v, l]) => html`<option value="${v}">${l}</option>`)}
  </select></div>
</div>`;

const textarea = (id: string, name: string, label: string): Html => html`<div class="utrecht-form-field utrecht-form-field--text">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}</label></div>
  <div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="${id}" name="${name}" rows="3" aria-required="true"></textarea></div>
</div>`;

/** After an invitation: the link, shown once, and the way back (the page itself is not read again: that would be another read of the file). */
export function invitationMadePage(options: { user: PageUser; csrfToken: string; caseId: string; notice: Html }): string {
  return page({
    title: 'Uitnodiging gemaakt',
    user: options.user,
    csrfToken: options.csrfToken,
    body: html`<h1 class="utrecht-heading-1">Uitnodiging gemaakt</h1>
${options.notice}
<p class="utrecht-paragraph">Geef de link persoonlijk of veilig door. Bij de eerste keer inloggen stelt de cliënt of vertegenwoordiger een wachtwoord en een tweede factor in.</p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/casussen/${options.caseId}/clienttoegang">Terug naar de toegang van de cliënt</a></p>`,
  });
}

export function clientAccessPage(options: { user: PageUser; csrfToken: string; access: ClientAccess }): string {
  const { access, csrfToken } = options;
  const base = `/casussen/${access.case.id}/clienttoegang`;
  const withheld = new Map(access.withheld.map((w) => [w.entryKey, w]));
  const retention = retentionOf(access.case.regime, careLawOf(access.case));
  return page({
    title: `Toegang cliënt · ${access.case.client.name}`,
    user: options.user,
    csrfToken,
    body: html`<h1 class="utrecht-heading-1">Toegang van de cliënt tot het eigen dossier</h1>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/casussen/${access.case.id}">Terug naar de casus van ${access.case.client.name}</a></p>
<h2 class="utrecht-heading-2">Accounts</h2>
${
  access.accounts.length === 0
    ? html`<p class="utrecht-paragraph">Nog niemand heeft een account voor dit dossier.</p>`
    : html`<ul class="utrecht-unordered-list">${access.accounts.map(
        (a) => html`<li class="utrecht-unordered-list__item" data-account="${a.id}">${a.name} (${a.email}) · ${a.ground === null ? 'de cliënt zelf' : `wettelijk vertegenwoordiger: ${a.ground}`} · ${!a.active ? 'gedeactiveerd' : a.passwordSet ? 'actief' : 'uitgenodigd'}
  <form method="post" action="${base}/${a.id}/uitnodiging" class="zv-inline-form">${csrfField(csrfToken)}${submitButton('Nieuwe uitnodigingslink', 'secondary')}</form></li>`,
      )}</ul>`
}
<h3 class="utrecht-heading-3">Uitnodigen</h3>
<form method="post" action="${base}" class="zv-form">
  ${csrfField(csrfToken)}
  ${select('houder', 'holder', 'Wie', [['client', 'De cliënt zelf'], ['representative', 'Een wettelijk vertegenwoordiger']])}
  ${inputField({ name: 'name', label: 'Naam', autocomplete: 'off' })}
  ${inputField({ name: 'email', label: 'E-mailadres', type: 'email', autocomplete: 'off' })}
  ${inputField({ name: 'ground', label: 'Grond van de vertegenwoordiging (alleen voor een vertegenwoordiger)', autocomplete: 'off', help: 'Bijvoorbeeld: curator, mentor, ouder met gezag.' })}
  ${submitButton('Uitnodigen')}
</form>

<h2 class="utrecht-heading-2">Afgeschermd voor de cliënt</h2>
<p class="utrecht-paragraph">De cliënt ziet dat er iets is afgeschermd en waarom, niet wat (afspraken, artikel 3). Afschermen wordt vastgelegd en kan niet worden gewijzigd.</p>
${
  access.withheld.length === 0
    ? html`<p class="utrecht-paragraph">Niets afgeschermd.</p>`
    : html`<ul class="utrecht-unordered-list">${access.withheld.map(
        (w) => html`<li class="utrecht-unordered-list__item" data-withheld="${w.entryKey}">Item ${w.entryKey}: ${WITHHOLDING_REASONS[w.reason].label} (${formatMoment(w.recordedAt)})</li>`,
      )}</ul>`
}
<form method="post" action="/casussen/${access.case.id}/afschermen" class="zv-form">
  ${csrfField(csrfToken)}
  ${select('afschermen-item', 'entryId', 'Item', access.entries.filter((e) => !withheld.has(e.entry.id)).map((e) => [e.entry.id, `${ENTRY_TYPE_LABELS[e.entry.type]}, ${formatDate(e.entry.date)} (item ${e.entry.id})`]))}
  ${select('afschermen-reden', 'reason', 'Reden (artikel 3)', Object.entries(WITHHOLDING_REASONS).map(([k, v]) => [k, v.label]))}
  ${submitButton('Afschermen voor de cliënt', 'secondary')}
</form>

<h2 class="utrecht-heading-2">Overdracht aan een volgende aanbieder</h2>
<p class="utrecht-paragraph">Het dossier gaat alleen naar een volgende aanbieder met schriftelijke toestemming van de cliënt die deze aanbieder noemt (item ‘Toestemming om gegevens te delen’). Is de toestemming ingetrokken, dan wordt de overdracht geweigerd. Een weigering komt in de toegangslog.</p>
<form method="post" action="/casussen/${access.case.id}/overdragen" class="zv-form">
  ${csrfField(csrfToken)}
  ${inputField({ name: 'recipient', label: 'Volgende aanbieder', autocomplete: 'off' })}
  ${submitButton('Dossier overdragen (JSON)', 'secondary')}
</form>

<h2 class="utrecht-heading-2">Bewaren en vernietigen</h2>
<p class="utrecht-paragraph" data-retention="${retention.years}">Het dossier wordt ${retention.years} jaar na de laatste wijziging bewaard en daarna vernietigd (${retention.source}); op verzoek van de cliënt binnen 3 maanden, tenzij een uitzondering hieronder geldt. De cliënt ziet welke.</p>
${
  access.exceptions.length === 0
    ? html`<p class="utrecht-paragraph">Geen uitzonderingen vastgelegd.</p>`
    : html`<ul class="utrecht-unordered-list">${access.exceptions.map(
        (e) => html`<li class="utrecht-unordered-list__item">${RETENTION_EXCEPTIONS[e.kind].label}: ${e.reason}${e.until !== null ? ` (tot ${formatDate(e.until)})` : ''}</li>`,
      )}</ul>`
}
<form method="post" action="/casussen/${access.case.id}/bewaren" class="zv-form">
  ${csrfField(csrfToken)}
  ${select('bewaren-soort', 'kind', 'Uitzondering', Object.entries(RETENTION_EXCEPTIONS).map(([k, v]) => [k, v.label]))}
  ${textarea('bewaren-reden', 'reason', 'Waarom')}
  <div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="bewaren-tot">Tot (optioneel)</label></div>
    <div class="utrecht-form-field__input"><input type="date" class="utrecht-textbox utrecht-textbox--html-input" id="bewaren-tot" name="until"></div>
  </div>
  ${submitButton('Uitzondering vastleggen', 'secondary')}
</form>`,
  });
}

const KIND_LABELS = { correction: 'Correctie', destruction: 'Vernietiging' } as const;

export function clientRequestsPage(options: { user: PageUser; csrfToken: string; requests: readonly OpenRequestRow[]; today: string }): string {
  const { csrfToken } = options;
  return page({
    title: 'Verzoeken van cliënten',
    user: options.user,
    csrfToken,
    current: 'client-requests',
    body: html`<h1 class="utrecht-heading-1">Verzoeken van cliënten</h1>
<p class="utrecht-paragraph">Open verzoeken, het eerst te beantwoorden bovenaan. Een correctie legt u eerst vast als nieuw item dat het oude verbetert; het oude blijft bewaard. Vernietigen gebeurt binnen 3 maanden, tenzij een uitzondering is vastgelegd.</p>
${
  options.requests.length === 0
    ? html`<p class="utrecht-paragraph">Geen open verzoeken.</p>`
    : options.requests.map(
        (r) => html`<section class="zv-request" data-request="${r.id}" aria-labelledby="verzoek-${r.id}">
  <h2 class="utrecht-heading-3" id="verzoek-${r.id}">${KIND_LABELS[r.kind]}: <a class="utrecht-link utrecht-link--html-a" href="/casussen/${r.caseId}">${r.clientName}</a>${r.entryKey !== null ? ` (item ${r.entryKey})` : ''}</h2>
  <p class="utrecht-paragraph">Ontvangen ${formatMoment(r.requestedAt)} · antwoord uiterlijk <strong${r.dueOn < options.today ? html` class="zv-overdue"` : ''}>${formatDate(r.dueOn)}</strong></p>
  <p class="utrecht-paragraph">${r.text}</p>
  <form method="post" action="/casussen/${r.caseId}/clientverzoeken/${r.id}" class="zv-form">
    ${csrfField(csrfToken)}
    ${select(`uitkomst-${r.id}`, 'outcome', 'Besluit', [['granted', 'Toekennen'], ['refused', 'Afwijzen']])}
    ${textarea(`antwoord-${r.id}`, 'answer', 'Antwoord aan de cliënt')}
    ${submitButton('Antwoord versturen')}
  </form>
</section>`,
      )
}`,
  });
}
