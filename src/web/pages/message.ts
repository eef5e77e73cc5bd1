import type { PageUser } from '../presenters.ts';
import { html } from '../html.ts';
import { page } from '../layout.ts';

/** A page that only tells something: no access, not found, a rejected form, an error. */
export function messagePage(options: {
  title: string;
  text: string;
  link?: { href: string; label: string };
  user?: PageUser;
  csrfToken?: string;
}): string {
  return page({
    title: options.title,
    ...(options.user !== undefined ? { user: options.user } : {}),
    ...(options.csrfToken !== undefined ? { csrfToken: options.csrfToken } : {}),
    body: html`<h1 class="utrecht-heading-1">${options.title}</h1>
<p class="utrecht-paragraph">${options.text}</p>
${options.link !== undefined ? html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${options.link.href}">${options.link.label}</a></p>` : ''}`,
  });
}
