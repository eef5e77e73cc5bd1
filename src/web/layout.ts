import { can, type Action } from '../policy/policy.ts';
import { html, type Html } from './html.ts';
import { csrfField } from './components/form.ts';
import type { WebUser } from './session.ts';

// The page shell every page shares: language, skip link, landmarks (header, nav, main, footer), and
// the NL Design System's stylesheets with the Utrecht theme's design tokens.

export interface PageOptions {
  title: string;
  /** The signed-in user, for the navigation and the sign-out form; absent on the sign-in page. */
  user?: WebUser;
  csrfToken?: string;
  body: Html;
  /** Part of the navigation that is the current page. */
  current?: 'casussen' | 'nieuw' | 'importeren' | 'termijnen' | 'meldingen' | 'agenda';
}

// Each item shows only to those the policy lets do what it leads to. The deadline pages are the
// provider's (their links lead to its cases), so they also ask for the provider's overview.
const NAV: readonly { key: NonNullable<PageOptions['current']>; href: string; label: string; actions: readonly Action[] }[] = [
  { key: 'casussen', href: '/casussen', label: 'Mijn casussen', actions: ['case.list'] },
  { key: 'nieuw', href: '/casussen/nieuw', label: 'Nieuwe casus', actions: ['case.create'] },
  { key: 'importeren', href: '/casussen/importeren', label: 'Dossier importeren', actions: ['case.import'] },
  { key: 'termijnen', href: '/termijnen', label: 'Termijnen', actions: ['deadline.list'] },
  { key: 'meldingen', href: '/meldingen', label: 'Meldingen', actions: ['deadline.list', 'notification.list'] },
  { key: 'agenda', href: '/agenda', label: 'Agenda-koppeling', actions: ['deadline.list', 'calendar-feed.manage'] },
];

/** Whether the navigation offers this page to the user: the policy allows all it leads to. */
export function navAllows(user: WebUser, key: NonNullable<PageOptions['current']>): boolean {
  const item = NAV.find((i) => i.key === key);
  return item !== undefined && item.actions.every((action) => can(user.actor, action, { organisationId: user.actor.organisationId }));
}

function navLabel(key: NonNullable<PageOptions['current']>, label: string, user: WebUser): Html | string {
  const unread = user.unreadNotifications ?? 0;
  if (key !== 'meldingen' || unread === 0) return label;
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
<script src="/assets/enhance.js" defer></script>
</head>
<body class="utrecht-document utrecht-page-body">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Direct naar de inhoud</a>
<div class="utrecht-page">
<header class="utrecht-page-header zv-header">
  <div class="utrecht-page-header__content">
    <p class="zv-brand"><a class="utrecht-link utrecht-link--html-a" href="/casussen">Zorgvuldig</a>${user !== undefined ? html` <span class="zv-org">${user.organisationName}</span>` : ''}</p>
    ${
      user !== undefined && csrfToken !== undefined
        ? html`<nav class="utrecht-nav-bar" aria-label="Hoofdmenu"><ul class="utrecht-nav-list zv-nav">
      ${NAV.filter((item) => navAllows(user, item.key)).map(
        (item) =>
          html`<li class="utrecht-nav-list__item"><a class="utrecht-nav-list__link utrecht-link utrecht-link--html-a" href="${item.href}"${current === item.key ? html` aria-current="page"` : ''}>${navLabel(item.key, item.label, user)}</a></li>`,
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
${body}
</main>
<footer class="utrecht-page-footer">
  <div class="utrecht-page-footer__content"><p class="utrecht-paragraph">Zorgvuldig — zorgweigering, opschorting en zorgbeëindiging volgens het protocol van de financier.</p></div>
</footer>
</div>
</body>
</html>`.value}`;
}
