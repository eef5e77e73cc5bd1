import type { ValidationIssue } from '../../domain/errors.ts';
import type { LetterBlock, LetterKind } from '../../domain/letters/types.ts';
import type { LetterRecord } from '../../store/letters.ts';
import { csrfField, errorSummary, fieldErrors, formField, submitButton, type FieldState } from '../components/form.ts';
import type { FieldSpec, FormValues } from '../entry-forms.ts';
import { html, trusted } from '../html.ts';
import { formatDate } from '../labels.ts';
import { page } from '../layout.ts';
import type { MessageField } from '../messages.ts';
import type { PageUser } from '../presenters.ts';

// The letters on the pages: a form to draft each letter the regime offers (only what the dossier
// cannot say: the change asked for, the term, the next provider), and a form to edit a draft's text
// before it is approved or thrown away. The commands are the API's; a refusal shows the form again
// with each problem beside its field, in words (messages.ts).

const DATE: FieldSpec = { kind: 'date', name: 'date', label: 'Datum van de brief', help: 'Leeg: vandaag.', optional: true };

/** What each kind asks beyond the dossier (src/domain/letters/*: its params). */
const PARAM_FIELDS: Readonly<Record<LetterKind, readonly FieldSpec[]>> = {
  warning: [
    { kind: 'textarea', name: 'requiredChange', label: 'Wat moet er veranderen', help: 'In gewone woorden, zoals u het tegen de cliënt zou zeggen.' },
    { kind: 'date', name: 'improveBy', label: 'Datum waarop het beter moet zijn', help: 'Na de datum van de brief: de cliënt krijgt tijd om te verbeteren.' },
    { kind: 'choice', name: 'consequence', label: 'Gevolg als het niet verandert', options: { suspension: 'De zorg tijdelijk opschorten', termination: 'De zorg beëindigen' } },
  ],
  'suspension-intent': [{ kind: 'textarea', name: 'requiredChange', label: 'Wat moet er veranderen' }],
  'refusal-intent': [],
  'termination-intent': [],
  'funder-notified': [],
  decision: [],
  'final-notice': [],
  'consent-request': [{ kind: 'text', name: 'nextProvider', label: 'Nieuwe zorgaanbieder', help: 'De aanbieder die de zorg overneemt.' }],
};

const fieldsOf = (kind: LetterKind): FieldSpec[] => [...PARAM_FIELDS[kind], DATE];

const posted = (values: FormValues, name: string) => {
  const value = values[name];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
};

/** The draft command's body from the posted form: a field left empty is left out. */
export function draftFromForm(kind: LetterKind, values: FormValues): { kind: LetterKind; params: Record<string, string>; date?: string } {
  const params = Object.fromEntries(PARAM_FIELDS[kind].map((f) => [f.name, posted(values, f.name)]).filter(([, v]) => v !== ''));
  const date = posted(values, 'date');
  return { kind, params, ...(date !== '' ? { date } : {}) };
}

/** Where the draft command's paths land on the form: `$.params.improveBy` → improveBy, `$.date` → date. */
const draftFieldOf = (path: string) => /^\$\.params\.(\w+)/.exec(path)?.[1] ?? (path === '$.date' ? 'date' : undefined);

const messageFields = (fields: readonly FieldSpec[]) => new Map<string, MessageField>(fields.map((f) => [f.name, f]));
const labels = (fields: readonly FieldSpec[]) => new Map(fields.map((f) => [f.name, f.label]));

export interface DraftFormModel {
  caseId: string;
  clientName: string;
  kind: LetterKind;
  title: string;
}

export function draftLetterPage(options: { user: PageUser; csrfToken: string; model: DraftFormModel; values?: FormValues; issues?: readonly ValidationIssue[] }): string {
  const { model } = options;
  const fields = fieldsOf(model.kind);
  const { errors, general } = fieldErrors(options.issues ?? [], draftFieldOf, messageFields(fields));
  const state: FieldState = { values: options.values ?? {}, errors };
  const base = `/casussen/${model.caseId}`;
  return page({
    title: `${model.title} opstellen · ${model.clientName}`,
    user: options.user,
    csrfToken: options.csrfToken,
    body: html`<p class="utrecht-paragraph zv-back"><a class="utrecht-link utrecht-link--html-a" href="${base}/documenten#brieven-kop">Terug naar de documenten van ${model.clientName}</a></p>
<h1 class="utrecht-heading-1">${model.title} opstellen</h1>
<p class="utrecht-paragraph">Wat er gebeurd is, haalt de brief uit het dossier. Hierna kunt u de tekst nog aanpassen; verstuurd wordt de brief pas als u hem goedkeurt.</p>
${errorSummary(errors, labels(fields), general)}
<form method="post" action="${base}/brieven" class="zv-form" novalidate>
  ${csrfField(options.csrfToken)}
  <input type="hidden" name="soort" value="${model.kind}">
  ${fields.map((field) => formField(field, state))}
  ${submitButton('Concept opstellen')}
</form>`,
  });
}

// ---------------------------------------------------------------------------------------------
// Editing a draft: the body as plain text, one paragraph per block of lines, a list as lines that
// start with '- ', so a care worker edits a letter as text rather than as a structure.

const EDIT_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', name: 'subject', label: 'Onderwerp' },
  {
    kind: 'textarea',
    name: 'body',
    label: 'Tekst van de brief',
    help: 'Een witregel begint een nieuwe alinea; een regel die begint met ‘- ’ is een punt van een opsomming. Aanhef, adres, datum en ondertekening zet de brief er zelf bij.',
  },
];

function bodyAsText(body: readonly LetterBlock[]): string {
  return body.map((b) => (b.kind === 'paragraph' ? b.text : b.items.map((item) => `- ${item}`).join('\n'))).join('\n\n');
}

function bodyFromText(text: string): LetterBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter((line) => line !== ''))
    .filter((lines) => lines.length > 0)
    .map((lines): LetterBlock =>
      lines.every((line) => line.startsWith('- ')) ? { kind: 'list', items: lines.map((line) => line.slice(2).trim()) } : { kind: 'paragraph', text: lines.join(' ') },
    );
}

/** The edit command's body from the posted form; an empty subject or text is named before the command runs. */
export function editFromForm(values: FormValues): { edit: { subject: string; body: LetterBlock[] }; issues: ValidationIssue[] } {
  const subject = posted(values, 'subject');
  const body = bodyFromText(posted(values, 'body'));
  const issues: ValidationIssue[] = [];
  if (subject === '') issues.push({ path: '$.subject', message: 'verplicht veld ontbreekt of is leeg' });
  if (body.length === 0) issues.push({ path: '$.body', message: 'verplicht veld ontbreekt of is leeg' });
  return { edit: { subject, body }, issues };
}

const editFieldOf = (path: string) => /^\$\.(subject|body)/.exec(path)?.[1];

export interface EditFormModel {
  caseId: string;
  letter: LetterRecord;
  mayApprove: boolean;
  /** Just saved: the page says so. */
  saved: boolean;
}

export function editLetterPage(options: { user: PageUser; csrfToken: string; model: EditFormModel; values?: FormValues; issues?: readonly ValidationIssue[] }): string {
  const { letter, caseId, mayApprove, saved } = options.model;
  const { errors, general } = fieldErrors(options.issues ?? [], editFieldOf, messageFields(EDIT_FIELDS));
  const values = options.values ?? { subject: letter.letter.subject, body: bodyAsText(letter.letter.body) };
  const state: FieldState = { values, errors };
  const base = `/casussen/${caseId}`;
  const recipient = letter.letter.recipient;
  return page({
    title: `Concept bewerken · ${letter.letter.subject}`,
    user: options.user,
    csrfToken: options.csrfToken,
    body: html`<p class="utrecht-paragraph zv-back"><a class="utrecht-link utrecht-link--html-a" href="${base}/documenten#brieven-kop">Terug naar de documenten</a></p>
<h1 class="utrecht-heading-1">Concept bewerken</h1>
${saved ? html`<div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-alert__message utrecht-paragraph">De wijzigingen zijn opgeslagen. Lees het concept na en keur de brief goed om hem te versturen.</p></div></div>` : ''}
<dl class="utrecht-data-list">
  <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Aan</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${recipient.name}${recipient.address !== null ? `, ${recipient.address}` : ''}</dd></div>
  <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Aanhef</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${letter.letter.salutation}</dd></div>
  <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Datum</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${formatDate(letter.letter.date)}</dd></div>
</dl>
${errorSummary(errors, labels(EDIT_FIELDS), general)}
<form method="post" action="${base}/brieven/${letter.id}/bewerken" class="zv-form" novalidate>
  ${csrfField(options.csrfToken)}
  ${formField(EDIT_FIELDS[0]!, state)}
  ${trusted(formField(EDIT_FIELDS[1]!, state).value.replace('rows="4"', 'rows="18"'))}
  ${submitButton('Wijzigingen opslaan')}
</form>
<div class="zv-actions">
  <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/brieven/${letter.id}.pdf" download>Concept lezen (PDF)</a>
  ${mayApprove ? html`<form method="post" action="${base}/brieven/${letter.id}/goedkeuren">${csrfField(options.csrfToken)}${submitButton('Goedkeuren en versturen')}</form>` : ''}
  <form method="post" action="${base}/brieven/${letter.id}/weggooien">${csrfField(options.csrfToken)}${submitButton('Concept weggooien', 'secondary')}</form>
</div>`,
  });
}
