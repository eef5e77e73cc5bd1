import type { ValidationIssue } from '../../domain/errors.ts';
import { regimes } from '../../domain/protocols/registry.ts';
import type { PageUser } from '../presenters.ts';
import { csrfField, errorSummary, fieldErrors, formField, submitButton, type FieldState } from '../components/form.ts';
import type { FieldSpec, FormValues } from '../entry-forms.ts';
import { attr, html } from '../html.ts';
import { PROCEDURE_LABELS } from '../labels.ts';
import { page } from '../layout.ts';
import type { MessageField } from '../messages.ts';

// Opening a case: the client, and the funder's regime with one of the procedures that regime has.
// Regime and procedure are one choice, grouped per regime, so the form can only offer procedures
// the regime actually has, also without JavaScript.

const FIELDS: readonly FieldSpec[] = [
  { kind: 'text', name: 'clientName', label: 'Naam van de cliënt' },
  { kind: 'date', name: 'birthDate', label: 'Geboortedatum' },
  { kind: 'yesno', name: 'hasRepresentative', label: 'Heeft de cliënt een wettelijk vertegenwoordiger?' },
  { kind: 'text', name: 'address', label: 'Adres voor brieven', help: 'Straat en huisnummer, postcode en plaats, met komma’s: Kerkstraat 1, 9711 AA Groningen.', optional: true },
  {
    kind: 'text',
    name: 'salutation',
    label: 'Aanhef in brieven',
    help: 'Zoals de cliënt aangesproken wil worden, zonder komma: ‘Geachte heer Mulder’ of ‘Beste Jan’. Leeg: ‘Beste’ en de naam.',
    optional: true,
  },
  { kind: 'date', name: 'careStarted', label: 'Zorg gestart op', help: 'Laat leeg als de zorg nog niet is begonnen (zorgweigering).', optional: true },
];
const CHOICE = { name: 'soort', label: 'Regime en procedure' };
/** Under Bijlage 6 the care falls under the Wmo or the Jeugdwet, which keep a file 15 or 20 years (decision 0031). */
const CARE_LAW: FieldSpec = {
  kind: 'choice',
  name: 'careLaw',
  label: 'Wet waaronder de zorg valt',
  help: 'Alleen bij Bijlage 6 van het gemeentecontract: Wmo of Jeugdwet. De wet bepaalt hoe lang het dossier bewaard blijft.',
  options: { wmo: 'Wmo 2015', jeugdwet: 'Jeugdwet' },
  optional: true,
};
/** Who is responsible for the case: by default the one who opens it. */
const RESPONSIBLE = { name: 'verantwoordelijke', label: 'Verantwoordelijke' };

const LABELS = new Map([...FIELDS.map((f) => [f.name, f.label] as const), [CHOICE.name, CHOICE.label], [CARE_LAW.name, CARE_LAW.label], [RESPONSIBLE.name, RESPONSIBLE.label]]);

/** Where the interchange format's paths land on this form. */
const PATH_FIELDS: readonly [RegExp, string][] = [
  [/^\$\.client\.name/, 'clientName'],
  [/^\$\.client\.birthDate/, 'birthDate'],
  [/^\$\.client\.hasRepresentative/, 'hasRepresentative'],
  [/^\$\.client\.address/, 'address'],
  [/^\$\.client\.salutation/, 'salutation'],
  [/^\$\.careStarted/, 'careStarted'],
  [/^\$\.(regime|procedure)/, 'soort'],
  [/^\$\.careLaw/, CARE_LAW.name],
  [/^\$\.responsibleUserId/, RESPONSIBLE.name],
];

export function newCaseFieldOf(path: string): string | undefined {
  return PATH_FIELDS.find(([pattern]) => pattern.test(path))?.[1];
}

const text = (values: FormValues, name: string) => {
  const value = values[name];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
};

/** The posted form as the open-case request (the interchange document without entries). */
export function newCaseFromForm(values: FormValues): Record<string, unknown> {
  const [regime, procedure] = text(values, 'soort').split('|');
  const represented = text(values, 'hasRepresentative');
  const client: Record<string, unknown> = {};
  if (text(values, 'clientName') !== '') client.name = text(values, 'clientName');
  if (text(values, 'birthDate') !== '') client.birthDate = text(values, 'birthDate');
  for (const name of ['address', 'salutation']) if (text(values, name) !== '') client[name] = text(values, name);
  if (represented !== '') client.hasRepresentative = represented === 'ja' ? true : represented === 'nee' ? false : represented;
  return {
    client,
    ...(regime !== undefined && regime !== '' ? { regime } : {}),
    ...(procedure !== undefined ? { procedure } : {}),
    careStarted: text(values, 'careStarted') === '' ? null : text(values, 'careStarted'),
    ...(text(values, CARE_LAW.name) !== '' ? { careLaw: text(values, CARE_LAW.name) } : {}),
    ...(text(values, RESPONSIBLE.name) !== '' ? { responsibleUserId: text(values, RESPONSIBLE.name) } : {}),
  };
}

export function newCasePage(options: {
  user: PageUser;
  csrfToken: string;
  /** The care staff who may be responsible, and who is chosen when the form is new (the one opening it). */
  staff: readonly { id: string; name: string }[];
  self: string;
  values?: FormValues;
  issues?: readonly ValidationIssue[];
}): string {
  const values = options.values ?? { [RESPONSIBLE.name]: options.self };
  const responsible: FieldSpec = { kind: 'choice', ...RESPONSIBLE, options: Object.fromEntries(options.staff.map((s) => [s.id, s.name])) };
  const { errors, general } = fieldErrors(
    options.issues ?? [],
    newCaseFieldOf,
    new Map<string, MessageField>([...FIELDS.map((f) => [f.name, f] as const), [CHOICE.name, { ...CHOICE, kind: 'choice' }], [CARE_LAW.name, CARE_LAW], [RESPONSIBLE.name, responsible]]),
  );
  const state: FieldState = { values, errors };
  const chosen = text(values, 'soort');
  const choiceError = errors.get(CHOICE.name);
  return page({
    title: 'Nieuwe casus',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'new-case',
    body: html`<h1 class="utrecht-heading-1">Nieuwe casus</h1>
${errorSummary(errors, LABELS, general)}
<form method="post" action="/casussen/nieuw" class="zv-form" novalidate>
  ${csrfField(options.csrfToken)}
  ${FIELDS.map((field) => formField(field, state))}
  <div class="utrecht-form-field utrecht-form-field--text${choiceError !== undefined ? ' utrecht-form-field--invalid' : ''}">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="veld-soort">${CHOICE.label}</label></div>
    <div class="utrecht-form-field__description utrecht-form-field-description" id="veld-soort-hulp">Het protocol van de financier bepaalt welke procedures er zijn.</div>
    ${choiceError !== undefined ? html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="veld-soort-fout">${choiceError}</div>` : ''}
    <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="veld-soort" name="soort" aria-required="true"${attr('aria-describedby', choiceError !== undefined ? 'veld-soort-fout veld-soort-hulp' : 'veld-soort-hulp')}${choiceError !== undefined ? html` aria-invalid="true"` : ''}>
      <option value="">— kies —</option>
      ${regimes.map(
        (regime) => html`<optgroup label="${regime.name}">${regime.procedures.map((procedure) => {
          const value = `${regime.id}|${procedure}`;
          return html`<option value="${value}"${value === chosen ? html` selected` : ''}>${PROCEDURE_LABELS[procedure]} — ${regime.name}</option>`;
        })}</optgroup>`,
      )}
    </select></div>
  </div>
  ${formField(CARE_LAW, state)}
  ${formField(responsible, state)}
  ${submitButton('Casus openen')}
</form>`,
  });
}
