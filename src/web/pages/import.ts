import type { ValidationIssue } from '../../domain/errors.ts';
import type { PageUser } from '../presenters.ts';
import { csrfField, submitButton } from '../components/form.ts';
import { html } from '../html.ts';
import { page } from '../layout.ts';
import { forFile, placeInFile } from '../messages.ts';
import { COMMON_FIELDS, ENTRY_FORMS } from '../entry-forms.ts';

/** Each entry field's label, from the forms that ask for it (the first form's, where two differ). */
const ENTRY_LABELS: ReadonlyMap<string, string> = new Map(
  [...COMMON_FIELDS, ...Object.values(ENTRY_FORMS).flatMap((form) => form.fields)].reverse().map((field) => [field.name, field.label]),
);

/** A document whose client and regime match running cases, kept in the form until it is confirmed. */
export interface PendingImport {
  caseIds: readonly string[];
  text: string;
  fileName: string;
}

/** The question before a second case for the same client and protocol, with the running ones to look at first. */
function confirmation(pending: PendingImport, csrfToken: string) {
  return html`<div class="utrecht-alert utrecht-alert--warning" role="alert" id="bevestigen" tabindex="-1"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
  <h2 class="utrecht-heading-2">Er loopt al een casus voor deze cliënt</h2>
  <p class="utrecht-paragraph">${pending.fileName} gaat over een cliënt met dezelfde naam en geboortedatum, onder hetzelfde protocol, als ${pending.caseIds.length === 1 ? 'deze lopende casus' : 'deze lopende casussen'}. Bekijk ${pending.caseIds.length === 1 ? 'die' : 'ze'} eerst: twee casussen voor hetzelfde dossier geven dubbele termijnen en herinneringen. Er is nog niets opgeslagen.</p>
  <ul class="utrecht-unordered-list">${pending.caseIds.map((id) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/casussen/${id}">Lopende casus bekijken</a></li>`)}</ul>
</div></div></div>
<form method="post" action="/casussen/importeren" enctype="multipart/form-data" class="zv-form">
  ${csrfField(csrfToken)}
  <input type="hidden" name="dossierTekst" value="${pending.text}">
  <input type="hidden" name="bestandsnaam" value="${pending.fileName}">
  <input type="hidden" name="bevestigd" value="ja">
  ${submitButton('Toch importeren als nieuwe casus')}
</form>`;
}

export function importPage(options: {
  user: PageUser;
  csrfToken: string;
  issues?: readonly ValidationIssue[];
  fileName?: string;
  pending?: PendingImport;
}): string {
  const issues = options.issues ?? [];
  const invalid = issues.length > 0;
  return page({
    title: 'Dossier importeren',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'import',
    body: html`<h1 class="utrecht-heading-1">Dossier importeren</h1>
<p class="utrecht-paragraph">Laad een dossierbestand in het uitwisselformaat (zorgvuldig.dossier/1, JSON) als nieuwe casus. Alles of niets: bij een fout wordt niets opgeslagen.</p>
${
  invalid
    ? html`<div class="utrecht-alert utrecht-alert--error" role="alert" id="foutmeldingen" tabindex="-1"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
  <h2 class="utrecht-heading-2">${options.fileName !== undefined ? `${options.fileName} is niet ingelezen` : 'Het bestand is niet ingelezen'}; er is niets opgeslagen</h2>
  <ul class="utrecht-unordered-list">${issues.map((i) => html`<li class="utrecht-unordered-list__item">${placeInFile(i.path, ENTRY_LABELS)}: ${forFile(i.message)}</li>`)}</ul>
</div></div></div>`
    : ''
}
${options.pending !== undefined ? confirmation(options.pending, options.csrfToken) : ''}
<form method="post" action="/casussen/importeren" enctype="multipart/form-data" class="zv-form" novalidate>
  ${csrfField(options.csrfToken)}
  <div class="utrecht-form-field utrecht-form-field--text${invalid ? ' utrecht-form-field--invalid' : ''}">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="veld-dossier">Dossierbestand (.json)</label></div>
    <div class="utrecht-form-field__input"><input type="file" id="veld-dossier" name="dossier" accept="application/json,.json" aria-required="true"${invalid ? html` aria-invalid="true" aria-describedby="foutmeldingen"` : ''}></div>
  </div>
  ${submitButton('Importeren')}
</form>`,
  });
}
