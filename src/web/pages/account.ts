import type { ApiTokenRow } from '../../store/api-tokens.ts';
import { csrfField, errorSummary, inputField, submitButton } from '../components/form.ts';
import { html, type Html } from '../html.ts';
import { page } from '../layout.ts';
import type { PageUser } from '../presenters.ts';
import { recoveryCodesBody } from './sign-in.ts';
import { tableContainer } from '../components/table-container.ts';

// Mijn account: one's own password, recovery codes, API tokens and sessions.

const LABELS = new Map([
  ['current', 'Huidig wachtwoord'],
  ['password', 'Nieuw wachtwoord'],
  ['repeat', 'Herhaal het nieuwe wachtwoord'],
]);

export const dateTime = (date: Date) => date.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'medium', timeStyle: 'short' });

/** A table of API tokens, each with a button that revokes it (at `revokeUrl(id)`). */
export function tokenTable(tokens: readonly ApiTokenRow[], csrfToken: string, revokeUrl: (id: string) => string): Html {
  if (tokens.length === 0) return html`<p class="utrecht-paragraph">Geen API-tokens die nog werken.</p>`;
  return tableContainer('API-tokens', html`<table class="utrecht-table"><caption class="utrecht-table__caption">API-tokens die nog werken</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th scope="col" class="utrecht-table__header-cell">Token</th><th scope="col" class="utrecht-table__header-cell">Aangemaakt</th><th scope="col" class="utrecht-table__header-cell">Laatst gebruikt</th><th scope="col" class="utrecht-table__header-cell">Verloopt</th><th scope="col" class="utrecht-table__header-cell"><span class="zv-visually-hidden">Actie</span></th></tr></thead>
<tbody class="utrecht-table__body">${tokens.map(
    (t) => html`<tr class="utrecht-table__row" data-token="${t.id}"><td class="utrecht-table__cell"><code class="utrecht-code">${t.id.slice(0, 8)}</code></td><td class="utrecht-table__cell">${dateTime(t.createdAt)}</td><td class="utrecht-table__cell">${t.lastUsedAt === null ? '—' : dateTime(t.lastUsedAt)}</td><td class="utrecht-table__cell">${dateTime(t.expiresAt)}</td>
<td class="utrecht-table__cell"><form method="post" action="${revokeUrl(t.id)}">${csrfField(csrfToken)}<button type="submit" class="utrecht-button utrecht-button--secondary-action">Intrekken<span class="zv-visually-hidden"> (token ${t.id.slice(0, 8)})</span></button></form></td></tr>`,
  )}</tbody></table>`);
}

export interface AccountView {
  email: string;
  secondFactor: boolean;
  recoveryCodesLeft: number;
  tokens: readonly ApiTokenRow[];
}

export function accountPage(options: {
  user: PageUser;
  csrfToken: string;
  account: AccountView;
  errors?: ReadonlyMap<string, string>;
  notice?: string;
  recoveryCodes?: readonly string[];
}): string {
  const { csrfToken, account } = options;
  const errors = options.errors ?? new Map<string, string>();
  return page({
    title: 'Mijn account',
    user: options.user,
    csrfToken,
    current: 'account',
    body: html`<h1 class="utrecht-heading-1">Mijn account</h1>
${options.notice !== undefined ? html`<div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-alert__message">${options.notice}</p></div></div>` : ''}
${options.recoveryCodes !== undefined ? recoveryCodesBody(options.recoveryCodes, '/account') : ''}
<p class="utrecht-paragraph">${options.user.name}, ${account.email}, ${options.user.organisationName}.</p>
<h2 class="utrecht-heading-2">Wachtwoord wijzigen</h2>
${errorSummary(errors, LABELS)}
<form method="post" action="/account/wachtwoord" class="zv-form" novalidate>
  ${csrfField(csrfToken)}
  ${inputField({ name: 'current', label: 'Huidig wachtwoord', type: 'password', autocomplete: 'current-password', error: errors.get('current') })}
  ${inputField({ name: 'password', label: 'Nieuw wachtwoord', type: 'password', autocomplete: 'new-password', help: 'Minstens 12 tekens, geen veelgebruikt wachtwoord. Daarna werken uw API-tokens niet meer en bent u overal elders uitgelogd.', error: errors.get('password') })}
  ${inputField({ name: 'repeat', label: 'Herhaal het nieuwe wachtwoord', type: 'password', autocomplete: 'new-password', error: errors.get('repeat') })}
  ${submitButton('Wachtwoord wijzigen')}
</form>
<h2 class="utrecht-heading-2">Tweede factor</h2>
${
  account.secondFactor
    ? html`<p class="utrecht-paragraph">U logt in met een code van uw authenticator-app. U heeft nog ${account.recoveryCodesLeft} ongebruikte herstelcodes.</p>
<form method="post" action="/account/herstelcodes">${csrfField(csrfToken)}${submitButton('Nieuwe herstelcodes maken', 'secondary')}</form>
<p class="utrecht-paragraph">Nieuwe telefoon? Vraag de beheerder van uw organisatie uw tweede factor terug te zetten; bij de volgende keer inloggen stelt u hem opnieuw in.</p>`
    : html`<p class="utrecht-paragraph">Dit account heeft geen tweede factor (een demo-account).</p>`
}
<h2 class="utrecht-heading-2">API-tokens</h2>
<p class="utrecht-paragraph">Een API-token vraagt u aan met <code class="utrecht-code">POST /api/auth/token</code> (zie de <a class="utrecht-link utrecht-link--html-a" href="/api/docs">API-documentatie</a>). Het verloopt vanzelf; trek een token in dat u niet meer gebruikt.</p>
${tokenTable(account.tokens, csrfToken, (id) => `/account/tokens/${id}/intrekken`)}
<h2 class="utrecht-heading-2">Overal uitloggen</h2>
<p class="utrecht-paragraph">Beëindigt al uw sessies, in elke browser, ook deze. Doe dit als u ergens bent ingelogd gebleven op een computer die niet van u is.</p>
<form method="post" action="/account/overal-uitloggen">${csrfField(csrfToken)}${submitButton('Overal uitloggen', 'secondary')}</form>`,
  });
}
