import { html, trusted, type Html } from '../html.ts';
import { csrfField, errorSummary, inputField, submitButton } from '../components/form.ts';
import { page } from '../layout.ts';

// Signing in: e-mail and password, then the second factor (its code, or enrolling it the first
// time, with the recovery codes shown once), and an invitation's first password.

const LABELS = new Map([
  ['email', 'E-mailadres'],
  ['password', 'Wachtwoord'],
  ['repeat', 'Herhaal het wachtwoord'],
  ['code', 'Code'],
]);

/** When signing in is held back: the time to try again, in Dutch. */
function blockedMessage(until: Date): string {
  const time = until.toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
  return `Er is te vaak een verkeerd wachtwoord of een verkeerde code geprobeerd. Probeer het na ${time} opnieuw, of log in op een computer of telefoon waarop u eerder bent ingelogd.`;
}

export function signInPage(
  csrfToken: string,
  options: { email?: string; failed?: 'wrong' | 'deactivated'; blocked?: Date; demoAccounts?: boolean } = {},
): string {
  const general: string[] = [];
  if (options.failed === 'wrong') general.push('Het e-mailadres of het wachtwoord klopt niet.');
  if (options.failed === 'deactivated') general.push('Dit account is gedeactiveerd. Neem contact op met de beheerder van uw organisatie.');
  if (options.blocked !== undefined) general.push(blockedMessage(options.blocked));
  return page({
    title: 'Inloggen',
    body: html`<h1 class="utrecht-heading-1">Inloggen</h1>
${errorSummary(new Map(), new Map(), general, 'Inloggen is niet gelukt')}
<form method="post" action="/inloggen" class="zv-form" novalidate>
  ${csrfField(csrfToken)}
  ${inputField({ name: 'email', label: 'E-mailadres', type: 'email', value: options.email ?? '', autocomplete: 'username' })}
  ${inputField({ name: 'password', label: 'Wachtwoord', type: 'password', autocomplete: 'current-password' })}
  ${submitButton('Inloggen')}
</form>
<p class="utrecht-paragraph">Wachtwoord vergeten of uw telefoon met de code kwijt? De beheerder van uw organisatie stuurt u een nieuwe uitnodigingslink.</p>
${
  options.demoAccounts === true
    ? html`<div class="utrecht-alert utrecht-alert--info" role="note"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
  <p class="utrecht-paragraph">Deze installatie bevat demo-accounts (zie de README). Die loggen in met alleen een wachtwoord, zonder tweede factor: ze zijn er om Zorgvuldig te proberen, niet voor echte cliëntgegevens. Elk ander account logt in met een code van een authenticator-app.</p>
</div></div></div>`
    : ''
}`,
  });
}

export function secondFactorPage(csrfToken: string, options: { failed?: boolean; blocked?: Date } = {}): string {
  const errors = new Map<string, string>();
  if (options.failed === true) errors.set('code', 'Deze code klopt niet (of is al gebruikt). Neem de code die de app nu toont.');
  return page({
    title: 'Code van de tweede factor',
    body: html`<h1 class="utrecht-heading-1">Code van de tweede factor</h1>
${errorSummary(errors, LABELS, options.blocked !== undefined ? [blockedMessage(options.blocked)] : [], 'Inloggen is niet gelukt')}
<form method="post" action="/inloggen/code" class="zv-form" novalidate>
  ${csrfField(csrfToken)}
  ${inputField({ name: 'code', label: 'Code', autocomplete: 'one-time-code', inputmode: 'numeric', help: 'De zes cijfers die uw authenticator-app nu toont. Telefoon kwijt? Typ dan een van uw herstelcodes.', error: errors.get('code') })}
  ${submitButton('Verder')}
</form>`,
  });
}

export function enrolPage(csrfToken: string, enrolment: { secret: string; qrSvg: string; email: string }, failed = false): string {
  const errors = new Map<string, string>();
  if (failed) errors.set('code', 'Deze code klopt niet. Controleer of de klok van uw telefoon goed staat, en neem de code die de app nu toont.');
  const grouped = enrolment.secret.replace(/(.{4})/g, '$1 ').trim();
  return page({
    title: 'Tweede factor instellen',
    body: html`<h1 class="utrecht-heading-1">Tweede factor instellen</h1>
${errorSummary(errors, LABELS)}
<div class="zv-prose">
<p class="utrecht-paragraph">Zorgvuldig bevat gegevens van cliënten. Daarom logt u in met uw wachtwoord én een code van een authenticator-app op uw telefoon (bijvoorbeeld FreeOTP, Google Authenticator of Microsoft Authenticator).</p>
<ol class="utrecht-ordered-list">
  <li class="utrecht-ordered-list__item">Open de app en kies 'account toevoegen'.</li>
  <li class="utrecht-ordered-list__item">Scan de QR-code hieronder, of typ de sleutel over.</li>
  <li class="utrecht-ordered-list__item">Typ de zes cijfers die de app daarna toont.</li>
</ol>
<figure class="zv-qr">${trusted(enrolment.qrSvg)}<figcaption class="utrecht-paragraph">QR-code voor ${enrolment.email}</figcaption></figure>
<p class="utrecht-paragraph">Sleutel om over te typen: <code class="utrecht-code zv-secret">${grouped}</code></p>
</div>
<form method="post" action="/inloggen/tweede-factor" class="zv-form" novalidate>
  ${csrfField(csrfToken)}
  ${inputField({ name: 'code', label: 'Code', autocomplete: 'one-time-code', inputmode: 'numeric', error: errors.get('code') })}
  ${submitButton('Tweede factor instellen')}
</form>`,
  });
}

/** Shown once, right after enrolling (or renewing them): there is no way to see them again. */
export function recoveryCodesPage(codes: readonly string[], next: string): string {
  return page({
    title: 'Uw herstelcodes',
    body: recoveryCodesBody(codes, next),
  });
}

export function recoveryCodesBody(codes: readonly string[], next: string): Html {
  return html`<h1 class="utrecht-heading-1">Uw herstelcodes</h1>
<div class="zv-prose">
<p class="utrecht-paragraph">Bewaar deze codes op papier of in een wachtwoordkluis, niet op de telefoon met de app. Bent u die telefoon kwijt, dan logt u in met een van deze codes in plaats van de code uit de app. Elke code werkt één keer. U ziet ze alleen nu.</p>
<ul class="utrecht-unordered-list zv-codes">${codes.map((c) => html`<li class="utrecht-unordered-list__item"><code class="utrecht-code">${c}</code></li>`)}</ul>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${next}">Ik heb ze bewaard: verder naar Zorgvuldig</a></p>
</div>`;
}

export function invitationPage(
  csrfToken: string,
  action: string,
  invited: { name: string; email: string; organisation: string },
  errors: ReadonlyMap<string, string> = new Map(),
): string {
  return page({
    title: 'Wachtwoord instellen',
    body: html`<h1 class="utrecht-heading-1">Welkom, ${invited.name}</h1>
${errorSummary(errors, LABELS)}
<p class="utrecht-paragraph">U bent uitgenodigd voor Zorgvuldig bij ${invited.organisation}, als ${invited.email}. Kies een wachtwoord; daarna stelt u de tweede factor in.</p>
<form method="post" action="${action}" class="zv-form" novalidate>
  ${csrfField(csrfToken)}
  <div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="veld-username">E-mailadres</label></div>
    <div class="utrecht-form-field__input"><input type="email" class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only" id="veld-username" name="username" value="${invited.email}" autocomplete="username" readonly></div>
  </div>
  ${inputField({ name: 'password', label: 'Nieuw wachtwoord', type: 'password', autocomplete: 'new-password', help: 'Minstens 12 tekens. Geen veelgebruikt wachtwoord; vier losse woorden werken goed.', error: errors.get('password') })}
  ${inputField({ name: 'repeat', label: 'Herhaal het wachtwoord', type: 'password', autocomplete: 'new-password', error: errors.get('repeat') })}
  ${submitButton('Wachtwoord instellen')}
</form>`,
  });
}
