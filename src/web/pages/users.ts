import type { UserListRow } from '../../store/users.ts';
import type { ApiTokenRow } from '../../store/api-tokens.ts';
import { csrfField, errorSummary, formField, inputField, submitButton } from '../components/form.ts';
import { oneTimeSecret } from '../components/one-time-secret.ts';
import { html, type Html } from '../html.ts';
import { ROLE_LABELS } from '../labels.ts';
import { page } from '../layout.ts';
import type { PageUser } from '../presenters.ts';
import { dateTime, tokenTable } from './account.ts';
import { tableContainer } from '../components/table-container.ts';

// The beheerder's users: who works here, in which role and team, whether they can sign in; invite a
// new one (the link is shown once, to pass on), change a role, deactivate, reset a second factor.

const LABELS = new Map([
  ['email', 'E-mailadres'],
  ['name', 'Naam'],
  ['role', 'Rol'],
]);

function status(user: UserListRow): string {
  if (!user.active) return 'Gedeactiveerd';
  if (!user.passwordSet) return user.invitationOpen ? 'Uitgenodigd' : 'Uitnodiging verlopen';
  if (user.demo) return 'Actief (demo-account, zonder tweede factor)';
  return user.secondFactor ? 'Actief' : 'Actief, tweede factor nog niet ingesteld';
}

const roleOptions = (roles: readonly string[]) => Object.fromEntries(roles.map((r) => [r, ROLE_LABELS[r] ?? r]));

export function invitationNotice(url: string, expiresAt: Date, email: string): Html {
  return oneTimeSecret({
    id: 'uitnodiging',
    title: `Uitnodiging voor ${email}`,
    label: 'Uitnodigingslink (kopieer hem nu)',
    help: `Stuur deze link aan de gebruiker. Hij werkt één keer, tot ${dateTime(expiresAt)}, en wordt maar één keer getoond. Kwijt? Maak een nieuwe.`,
    value: url,
  });
}

export function usersPage(options: {
  user: PageUser;
  csrfToken: string;
  users: readonly UserListRow[];
  roles: readonly string[];
  values?: Record<string, string>;
  errors?: ReadonlyMap<string, string>;
  invited?: Html;
}): string {
  const { csrfToken } = options;
  const errors = options.errors ?? new Map<string, string>();
  const state = { values: options.values ?? {}, errors };
  return page({
    title: 'Gebruikers',
    user: options.user,
    csrfToken,
    current: 'users',
    body: html`<h1 class="utrecht-heading-1">Gebruikers</h1>
${options.invited ?? ''}
${tableContainer('Gebruikers', html`<table class="utrecht-table"><caption class="utrecht-table__caption">Gebruikers van ${options.user.organisationName}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th scope="col" class="utrecht-table__header-cell">Naam</th><th scope="col" class="utrecht-table__header-cell">E-mailadres</th><th scope="col" class="utrecht-table__header-cell">Rol</th><th scope="col" class="utrecht-table__header-cell">Team</th><th scope="col" class="utrecht-table__header-cell">Status</th></tr></thead>
<tbody class="utrecht-table__body">${options.users.map(
      (u) => html`<tr class="utrecht-table__row" data-user="${u.id}"><th scope="row" class="utrecht-table__header-cell"><a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruikers/${u.id}">${u.name}</a></th><td class="utrecht-table__cell">${u.email}</td><td class="utrecht-table__cell">${ROLE_LABELS[u.role] ?? u.role}</td><td class="utrecht-table__cell">${u.teamName ?? '—'}</td><td class="utrecht-table__cell">${status(u)}</td></tr>`,
    )}</tbody></table>`)}
<h2 class="utrecht-heading-2">Gebruiker uitnodigen</h2>
${errorSummary(errors, LABELS)}
<form method="post" action="/beheer/gebruikers" class="zv-form" novalidate>
  ${csrfField(csrfToken)}
  ${inputField({ name: 'name', label: 'Naam', value: state.values.name ?? '', autocomplete: 'off', error: errors.get('name') })}
  ${inputField({ name: 'email', label: 'E-mailadres', type: 'email', value: state.values.email ?? '', autocomplete: 'off', error: errors.get('email') })}
  ${formField({ kind: 'choice', name: 'role', label: 'Rol', options: roleOptions(options.roles) }, state)}
  ${submitButton('Uitnodigen')}
</form>`,
  });
}

export function userPage(options: {
  user: PageUser;
  csrfToken: string;
  target: UserListRow;
  tokens: readonly ApiTokenRow[];
  roles: readonly string[];
  teams: readonly { id: string; name: string }[] | undefined;
  self: boolean;
  notice?: Html;
}): string {
  const { csrfToken, target } = options;
  const base = `/beheer/gebruikers/${target.id}`;
  const state = { values: { role: target.role, teamId: target.teamId ?? '' }, errors: new Map<string, string>() };
  return page({
    title: target.name,
    user: options.user,
    csrfToken,
    current: 'users',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruikers">← Alle gebruikers</a></p>
<h1 class="utrecht-heading-1">${target.name}</h1>
${options.notice ?? ''}
<p class="utrecht-paragraph">${target.email} · ${ROLE_LABELS[target.role] ?? target.role} · ${status(target)}</p>
${
  options.self
    ? html`<p class="utrecht-paragraph">Dit bent u zelf: uw eigen rol en status wijzigt een andere beheerder. Uw wachtwoord en tokens staan onder <a class="utrecht-link utrecht-link--html-a" href="/account">Mijn account</a>.</p>`
    : html`<h2 class="utrecht-heading-2">Rol</h2>
<form method="post" action="${base}/rol" class="zv-form">${csrfField(csrfToken)}
  ${formField({ kind: 'choice', name: 'role', label: 'Rol', options: roleOptions(options.roles) }, state)}
  ${submitButton('Rol wijzigen', 'secondary')}
</form>
${
  options.teams !== undefined
    ? html`<h2 class="utrecht-heading-2">Team</h2>
<form method="post" action="${base}/team" class="zv-form">${csrfField(csrfToken)}
  ${formField({ kind: 'choice', name: 'teamId', label: 'Team', help: 'Zonder team werkt de gebruiker voor alle teams.', optional: true, options: Object.fromEntries(options.teams.map((t) => [t.id, t.name])) }, state)}
  ${submitButton('Team wijzigen', 'secondary')}
</form>`
    : ''
}
<h2 class="utrecht-heading-2">Toegang</h2>
<div class="zv-actions">
  <form method="post" action="${base}/status">${csrfField(csrfToken)}<input type="hidden" name="active" value="${target.active ? 'nee' : 'ja'}">${submitButton(target.active ? 'Deactiveren' : 'Weer activeren', 'secondary')}</form>
  <form method="post" action="${base}/uitnodiging">${csrfField(csrfToken)}${submitButton('Nieuwe uitnodigingslink', 'secondary')}</form>
  ${target.secondFactor ? html`<form method="post" action="${base}/tweede-factor">${csrfField(csrfToken)}${submitButton('Tweede factor terugzetten', 'secondary')}</form>` : ''}
</div>
<p class="utrecht-paragraph">Deactiveren beëindigt meteen alle sessies en API-tokens. Een nieuwe uitnodigingslink is de weg terug na een vergeten wachtwoord. De tweede factor terugzetten is voor een verloren telefoon: bij de volgende keer inloggen stelt de gebruiker een nieuwe in.</p>`
}
<h2 class="utrecht-heading-2">API-tokens</h2>
${tokenTable(options.tokens, csrfToken, (id) => `${base}/tokens/${id}/intrekken`)}`,
  });
}
