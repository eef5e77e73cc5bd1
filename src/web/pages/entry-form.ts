import type { EntryType } from '../../domain/dossier/types.ts';
import type { ValidationIssue } from '../../domain/errors.ts';
import type { EntryFormCase, PageUser } from '../presenters.ts';
import { caseBreadcrumb } from '../components/case-summary.ts';
import { csrfField, errorSummary, fieldErrors, formField, submitButton, type FieldState } from '../components/form.ts';
import { entrySummary } from '../components/timeline.ts';
import { COMMON_FIELDS, ENTRY_FORMS, fieldOfIssue, type FieldSpec, type FormValues } from '../entry-forms.ts';
import { html } from '../html.ts';
import { ENTRY_TYPE_LABELS } from '../labels.ts';
import { page } from '../layout.ts';

export function entryFormPage(options: {
  user: PageUser;
  csrfToken: string;
  case: EntryFormCase;
  type: EntryType;
  values: FormValues;
  issues?: readonly ValidationIssue[];
}): string {
  const { case: record, type } = options;
  const form = ENTRY_FORMS[type];
  // Only entries of the same type can be corrected by this form: a correction replaces the original.
  const correctable = record.entries.filter((e) => e.type === type);
  const corrects: FieldSpec = {
    kind: 'choice',
    name: 'corrects',
    label: 'Corrigeert item',
    help: 'Alleen invullen als dit een eerder item verbetert; het oorspronkelijke item blijft zichtbaar.',
    options: Object.fromEntries(correctable.map((e) => [e.id, `${entrySummary(e)} (item ${e.id})`])),
  };
  const [date, note] = COMMON_FIELDS as [FieldSpec, FieldSpec];
  // A field that names another entry (the invoice a reminder is about) offers the entries of its type.
  const own = form.fields.map((field): FieldSpec => {
    if (field.kind !== 'entry') return field;
    const choices = record.entries.filter((e) => e.type === field.entryType);
    return { ...field, kind: 'choice', options: Object.fromEntries(choices.map((e) => [e.id, `${entrySummary(e)} (item ${e.id})`])) };
  });
  const fields = [date, ...own, note, ...(correctable.length > 0 ? [corrects] : [])];
  const labels = new Map(fields.map((f) => [f.name, f.label]));
  const { errors, general } = fieldErrors(options.issues ?? [], fieldOfIssue, new Map(fields.map((f) => [f.name, f])));
  const state: FieldState = { values: options.values, errors };
  const title = `${ENTRY_TYPE_LABELS[type]} toevoegen`;
  return page({
    title: `${title} · ${record.clientName}`,
    user: options.user,
    csrfToken: options.csrfToken,
    body: html`${caseBreadcrumb(record.id, record.clientName, title)}
<h1 class="utrecht-heading-1">${title}</h1>
<p class="utrecht-paragraph">${form.intro}</p>
${errorSummary(errors, labels, general)}
<form method="post" action="/casussen/${record.id}/items" class="zv-form" novalidate>
  ${csrfField(options.csrfToken)}
  <input type="hidden" name="soort" value="${type}">
  ${fields.map((field) => formField(field, state))}
  ${submitButton('Opslaan in het dossier')}
</form>`,
  });
}
