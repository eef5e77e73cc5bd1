import type { PageUser } from '../presenters.ts';
import { csrfField } from '../components/form.ts';
import { html } from '../html.ts';
import { oneTimeSecret } from '../components/one-time-secret.ts';
import { page } from '../layout.ts';

// Agenda-koppeling: how to subscribe to the personal deadline feed in Outlook or Google Agenda, and
// the buttons to make its address (shown this once: only its hash is kept) or to revoke it.

export type FeedOutcome = { kind: 'created'; url: string } | { kind: 'revoked' } | { kind: 'none-to-revoke' };

function outcome(result: FeedOutcome | undefined) {
  switch (result?.kind) {
    case undefined:
      return '';
    case 'created':
      return oneTimeSecret({
        id: 'agenda-adres',
        title: 'Uw agenda-adres is aangemaakt',
        label: 'Agenda-adres (kopieer het nu)',
        help: 'Dit adres wordt maar één keer getoond. Selecteer het en kopieer het (Ctrl+C of Cmd+C) naar uw agenda. Kwijt? Maak dan een nieuw adres aan.',
        value: result.url,
      });
    case 'revoked':
      return html`<div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-alert__message">De agenda-koppeling is ingetrokken. Het oude adres werkt niet meer; uw agenda toont de termijnen niet langer bij de volgende verversing.</p></div></div>`;
    case 'none-to-revoke':
      return html`<div class="utrecht-alert utrecht-alert--info" role="status"><div class="utrecht-alert__content"><p class="utrecht-alert__message">U had geen agenda-koppeling; er is niets ingetrokken.</p></div></div>`;
  }
}

export function calendarFeedPage(options: { user: PageUser; csrfToken: string; result?: FeedOutcome }): string {
  const { csrfToken } = options;
  return page({
    title: 'Agenda-koppeling',
    user: options.user,
    csrfToken,
    current: 'calendar',
    body: html`<h1 class="utrecht-heading-1">Agenda-koppeling</h1>
<div class="zv-prose">
${outcome(options.result)}
<p class="utrecht-paragraph">Zet de termijnen uit het overzicht <a class="utrecht-link utrecht-link--html-a" href="/termijnen">Termijnen</a> in uw eigen agenda. U krijgt daarvoor een persoonlijk agenda-adres. Uw agenda haalt de termijnen daar zelf op en werkt ze bij, meestal een paar keer per dag.</p>
<h2 class="utrecht-heading-2">Wat staat er in uw agenda?</h2>
<p class="utrecht-paragraph">Elke openstaande termijn als een afspraak van een hele dag op de uiterste datum, met de regel, de bron en een link naar de casus. Namen van cliënten staan er niet in: u ziet alleen het begin van het casusnummer.</p>
<h2 class="utrecht-heading-2">Zo koppelt u uw agenda</h2>
<ol class="utrecht-ordered-list">
  <li class="utrecht-ordered-list__item">Klik hieronder op <strong>Agenda-adres aanmaken</strong> en kopieer het adres dat verschijnt.</li>
  <li class="utrecht-ordered-list__item"><strong>Outlook</strong> (Outlook op het web of Microsoft 365): ga naar Agenda, kies <em>Agenda toevoegen</em> en dan <em>Abonneren via internet</em>. Plak het adres, geef de agenda een naam (bijvoorbeeld ‘Termijnen’) en kies <em>Importeren</em>. In de klassieke Outlook-app: <em>Agenda openen</em> › <em>Van internet</em>.</li>
  <li class="utrecht-ordered-list__item"><strong>Google Agenda</strong>: klik links bij <em>Andere agenda’s</em> op het plusteken en kies <em>Via URL</em>. Plak het adres en kies <em>Agenda toevoegen</em>.</li>
</ol>
<p class="utrecht-paragraph">Behandel het adres als een wachtwoord: wie het heeft, ziet uw termijnen. Deel het niet. Maakt u een nieuw adres aan, dan werkt het vorige niet meer. Heeft iemand anders het adres gekregen, of gebruikt u de koppeling niet meer? Trek de koppeling dan in.</p>
<div class="zv-actions">
  <form method="post" action="/agenda/aanmaken">
    ${csrfField(csrfToken)}
    <button type="submit" class="utrecht-button utrecht-button--primary-action">Agenda-adres aanmaken</button>
  </form>
  <form method="post" action="/agenda/intrekken">
    ${csrfField(csrfToken)}
    <button type="submit" class="utrecht-button utrecht-button--secondary-action">Koppeling intrekken</button>
  </form>
</div>
</div>`,
  });
}
