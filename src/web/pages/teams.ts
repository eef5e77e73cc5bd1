import { csrfField, errorSummary, inputField, submitButton } from '../components/form.ts';
import { html } from '../html.ts';
import { page } from '../layout.ts';
import type { PageUser } from '../presenters.ts';
import { tableContainer } from '../components/table-container.ts';

// A provider's teams: a case is handled by one, a user works in at most one (set on the user's page).

export function teamsPage(options: {
  user: PageUser;
  csrfToken: string;
  teams: readonly { id: string; name: string; members: number }[];
  name?: string;
  error?: string;
}): string {
  const errors = new Map(options.error !== undefined ? [['name', options.error]] : []);
  return page({
    title: 'Teams',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'teams',
    body: html`<h1 class="utrecht-heading-1">Teams</h1>
<p class="utrecht-paragraph">Een casus hoort bij één team; een regievoerder krijgt de herinneringen van de casussen van zijn eigen team (zonder team: van alle). Wie in welk team werkt, zet u op de pagina van de <a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruikers">gebruiker</a>.</p>
${
  options.teams.length === 0
    ? html`<p class="utrecht-paragraph">Nog geen teams.</p>`
    : tableContainer('Teams', html`<table class="utrecht-table"><caption class="utrecht-table__caption">Teams van ${options.user.organisationName}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th scope="col" class="utrecht-table__header-cell">Team</th><th scope="col" class="utrecht-table__header-cell">Gebruikers</th></tr></thead>
<tbody class="utrecht-table__body">${options.teams.map((t) => html`<tr class="utrecht-table__row" data-team="${t.id}"><th scope="row" class="utrecht-table__header-cell">${t.name}</th><td class="utrecht-table__cell">${t.members}</td></tr>`)}</tbody></table>`)
}
<h2 class="utrecht-heading-2">Team aanmaken</h2>
${errorSummary(errors, new Map([['name', 'Naam']]))}
<form method="post" action="/beheer/teams" class="zv-form" novalidate>
  ${csrfField(options.csrfToken)}
  ${inputField({ name: 'name', label: 'Naam', value: options.name ?? '', autocomplete: 'off', error: options.error })}
  ${submitButton('Team aanmaken')}
</form>`,
  });
}
