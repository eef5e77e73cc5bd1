import type { Area } from '../policy/areas.ts';
import { html, type Html } from './html.ts';
import { csrfField } from './components/form.ts';
import type { PageUser } from './presenters.ts';

// The page shell every page shares: language, skip link, landmarks (header, nav, main, footer), and
// the NL Design System's stylesheets with the Utrecht theme's design tokens.

export interface PageOptions {
  title: string;
  /** The signed-in user, for the navigation and the sign-out form; absent on the sign-in page. */
  user?: PageUser;
  csrfToken?: string;
  body: Html;
  /** Part of the navigation that is the current page. */
  current?: Area;
}

// Each item shows only to those the policy lets enter its area (policy/areas.ts).
const NAV: readonly { area: Area; href: string; label: string }[] = [
  { area: 'own-file', href: '/mijn-dossier', label: 'Mijn dossier' },
  { area: 'cases', href: '/casussen', label: 'Mijn casussen' },
  { area: 'new-case', href: '/casussen/nieuw', label: 'Nieuwe casus' },
  { area: 'import', href: '/casussen/importeren', label: 'Dossier importeren' },
  { area: 'requests', href: '/verzoeken', label: 'Verzoeken' },
  { area: 'deadlines', href: '/termijnen', label: 'Termijnen' },
  { area: 'notifications', href: '/meldingen', label: 'Meldingen' },
  { area: 'tasks', href: '/taken', label: 'Taken' },
  { area: 'clients', href: '/clienten', label: 'Cliënten' },
  { area: 'new-client', href: '/clienten/nieuw', label: 'Nieuwe cliënt' },
  { area: 'calendar', href: '/agenda', label: 'Agenda-koppeling' },
  { area: 'suspension-reports', href: '/opschortingsmeldingen', label: 'Opschortingsmeldingen' },
  { area: 'purchasing', href: '/zorginkoop', label: 'Zorginkoop' },
  { area: 'dashboard', href: '/dashboard', label: 'Dashboard' },
  { area: 'access-log', href: '/beheer/toegangslog', label: 'Toegangslog' },
  { area: 'users', href: '/beheer/gebruikers', label: 'Gebruikers' },
  { area: 'teams', href: '/beheer/teams', label: 'Teams' },
  { area: 'contracts', href: '/beheer/contracten', label: 'Contracten' },
  { area: 'organisation', href: '/beheer/organisatie', label: 'Gegevens voor brieven' },
  { area: 'client-requests', href: '/clientverzoeken', label: 'Verzoeken van cliënten' },
  { area: 'account', href: '/account', label: 'Mijn account' },
];

/** Where a person lands after signing in: the first page the navigation offers them. */
export function landingPage(user: PageUser): string {
  return NAV.find((item) => user.areas.includes(item.area))?.href ?? '/casussen';
}

function navLabel(key: Area, label: string, user: PageUser): Html | string {
  const unread = user.unreadNotifications ?? 0;
  if (key !== 'notifications' || unread === 0) return label;
  return html`${label} <span class="utrecht-badge-counter">${unread}<span class="zv-visually-hidden"> ongelezen</span></span>`;
}

export function page({ title, user, csrfToken, body, current }: PageOptions): string {
  return `<!DOCTYPE html>\n${html`<html lang="nl" class="utrecht-theme">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Zorgvuldig</title>
<link rel="stylesheet" href="/assets/utrecht/tokens/index.css">
<link rel="stylesheet" href="/assets/utrecht/components/index.css">
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<script src="/assets/enhance.js" defer></script>
</head>
<body class="utrecht-document utrecht-page-body">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Direct naar de inhoud</a>
<div class="utrecht-page">
<header class="utrecht-page-header zv-header">
  <div class="utrecht-page-header__content">
    <p class="zv-brand"><a class="utrecht-link utrecht-link--html-a" href="${user !== undefined ? landingPage(user) : '/inloggen'}">Zorgvuldig</a>${user !== undefined ? html` <span class="zv-org">${user.organisationName}</span>` : ''}</p>
    ${
      user !== undefined && csrfToken !== undefined
        ? html`<nav class="utrecht-nav-bar" aria-label="Hoofdmenu"><ul class="utrecht-nav-list zv-nav">
      ${NAV.filter((item) => user.areas.includes(item.area)).map(
        (item) =>
          html`<li class="utrecht-nav-list__item"><a class="utrecht-nav-list__link utrecht-link utrecht-link--html-a" href="${item.href}"${current === item.area ? html` aria-current="page"` : ''}>${navLabel(item.area, item.label, user)}</a></li>`,
      )}
    </ul></nav>
    <form method="post" action="/uitloggen" class="zv-signout">
      ${csrfField(csrfToken)}
      <span>${user.name}</span>
      <button type="submit" class="utrecht-button utrecht-button--subtle">Uitloggen</button>
    </form>`
        : ''
    }
  </div>
</header>
<main id="inhoud" class="utrecht-page-content zv-main" tabindex="-1">
${
  user?.demo === true
    ? html`<div class="utrecht-alert utrecht-alert--warning zv-demo-banner" role="note"><div class="utrecht-alert__content"><div class="utrecht-alert__message"><p class="utrecht-paragraph">U bent ingelogd met een demo-account, zonder tweede factor. Demo-accounts zijn er om Zorgvuldig te proberen, niet voor echte cliëntgegevens.</p></div></div></div>`
    : ''
}
${body}
</main>
<footer class="utrecht-page-footer">
  <div class="utrecht-page-footer__content"><p class="utrecht-paragraph">Zorgvuldig — zorgweigering, opschorting en zorgbeëindiging volgens het protocol van de financier.</p></div>
</footer>
</div>
</body>
</html>`.value}`;
}
