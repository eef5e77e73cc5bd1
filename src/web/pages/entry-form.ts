import type { EntryType } from '../../domain/dossier/types.ts';
import type { ValidationIssue } from '../../domain/errors.ts';
import type { EntryFormCase, PageUser } from '../presenters.ts';
import { caseBreadcrumb } from '../components/case-summary.ts';
import { csrfField, errorSummary, fieldErrors, formField, submitButton, type FieldState } from '../components/form.ts';
import { entrySummary } from '../components/timeline.ts';
import { COMMON_FIELDS, ENTRY_FORMS, fieldOfIssue, type FieldSpec, type FormValues } from '../entry-forms.ts';
import { html } from '../html.ts';
import { ENTRY_TYPE_LABELS } from '../labels.ts';
import { defaultConsequence, regimeAsks, warningConsequences } from '../../domain/protocols/entry-fields.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
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
  const regime = findRegime(record.regime);
  // Only what this case's protocol and client make meaningful: no representative's field without a
  // representative, the GP's part only where the regime asks it, a warning's consequences of the
  // regime's own procedures (review finding 23).
  const asked = form.fields.filter(
    (field) =>
      (field.name !== 'sharedWithRepresentative' || record.hasRepresentative) &&
      (field.name !== 'dependenceAssessedWithGp' || (regime !== undefined && regimeAsks(regime, 'weighing', field.name))),
  );
  // A field that names another entry (the invoice a reminder is about) offers the entries of its type.
  const own = asked.map((field): FieldSpec => {
    if (type === 'warning' && field.name === 'consequence' && field.kind === 'choice' && regime !== undefined) {
      const allowed = new Set<string>(warningConsequences(regime));
      return { ...field, options: Object.fromEntries(Object.entries(field.options).filter(([value]) => allowed.has(value))) };
    }
    if (field.kind !== 'entry') return field;
    const choices = record.entries.filter((e) => e.type === field.entryType);
    return { ...field, kind: 'choice', options: Object.fromEntries(choices.map((e) => [e.id, `${entrySummary(e)} (item ${e.id})`])) };
  });
  const fields = [date, ...own, note, ...(correctable.length > 0 ? [corrects] : [])];
  const labels = new Map(fields.map((f) => [f.name, f.label]));
  const { errors, general } = fieldErrors(options.issues ?? [], fieldOfIssue, new Map(fields.map((f) => [f.name, f])));
  // A new warning names the step the case is about unless the person chooses otherwise.
  const consequence = type === 'warning' ? defaultConsequence(record.procedure) : undefined;
  const state: FieldState = { values: consequence === undefined ? options.values : { consequence, ...options.values }, errors };
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
