import { html } from '../html.ts';
import { csrfField, errorSummary, submitButton } from '../components/form.ts';
import { page } from '../layout.ts';

export function signInPage(csrfToken: string, options: { email?: string; failed?: boolean } = {}): string {
  const general = options.failed === true ? ['Het e-mailadres of het wachtwoord klopt niet.'] : [];
  return page({
    title: 'Inloggen',
    body: html`<h1 class="utrecht-heading-1">Inloggen</h1>
${errorSummary(new Map(), new Map(), general)}
<form method="post" action="/inloggen" class="zv-form" novalidate>
  ${csrfField(csrfToken)}
  <div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="veld-email">E-mailadres</label></div>
    <div class="utrecht-form-field__input"><input type="email" class="utrecht-textbox utrecht-textbox--html-input" id="veld-email" name="email" value="${options.email ?? ''}" autocomplete="username" aria-required="true"></div>
  </div>
  <div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="veld-password">Wachtwoord</label></div>
    <div class="utrecht-form-field__input"><input type="password" class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password" id="veld-password" name="password" autocomplete="current-password" aria-required="true"></div>
  </div>
  ${submitButton('Inloggen')}
</form>`,
  });
}
