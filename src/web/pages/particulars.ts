import type { ValidationIssue } from '../../domain/errors.ts';
import { csrfField, errorSummary, fieldErrors, formField, submitButton } from '../components/form.ts';
import type { FieldSpec, FormValues } from '../entry-forms.ts';
import { html, type Html } from '../html.ts';
import { page } from '../layout.ts';
import type { Area } from '../../policy/areas.ts';
import type { PageUser } from '../presenters.ts';

// A form that changes a few particulars letters print (a client's address and salutation, an
// organisation's phone number and complaints contact): optional text fields named as in the API,
// so an issue's JSON path ($.address) lands beside its field. Empty clears a field.

export type ParticularField = FieldSpec & { kind: 'text' };

export function particularsPage(options: {
  user: PageUser;
  csrfToken: string;
  title: string;
  intro: Html | string;
  back: { href: string; label: string };
  action: string;
  fields: readonly ParticularField[];
  values: FormValues;
  issues?: readonly ValidationIssue[];
  current?: Area;
}): string {
  const byName = new Map(options.fields.map((f) => [f.name, f] as const));
  const { errors, general } = fieldErrors(options.issues ?? [], (path) => /^\$\.(\w+)/.exec(path)?.[1], byName);
  return page({
    title: options.title,
    user: options.user,
    csrfToken: options.csrfToken,
    ...(options.current !== undefined ? { current: options.current } : {}),
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${options.back.href}">${options.back.label}</a></p>
<h1 class="utrecht-heading-1">${options.title}</h1>
${errorSummary(errors, new Map(options.fields.map((f) => [f.name, f.label] as const)), general)}
<p class="utrecht-paragraph">${options.intro}</p>
<form method="post" action="${options.action}" class="zv-form" novalidate>
  ${csrfField(options.csrfToken)}
  ${options.fields.map((field) => formField(field, { values: options.values, errors }))}
  ${submitButton('Opslaan')}
</form>`,
  });
}
