import type { ValidationIssue } from '../../domain/errors.ts';
import type { PageUser } from '../presenters.ts';
import { csrfField, submitButton } from '../components/form.ts';
import { html } from '../html.ts';
import { page } from '../layout.ts';

export function importPage(options: { user: PageUser; csrfToken: string; issues?: readonly ValidationIssue[]; fileName?: string }): string {
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
  <ul class="utrecht-unordered-list">${issues.map((i) => html`<li class="utrecht-unordered-list__item"><code class="utrecht-code">${i.path}</code>: ${i.message}</li>`)}</ul>
</div></div></div>`
    : ''
}
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
