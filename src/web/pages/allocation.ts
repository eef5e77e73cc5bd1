import type { FollowUp } from '../../commands/documents/follow-up.ts';
import type { Allocation } from '../../domain/dossier/types.ts';
import type { ValidationIssue } from '../../domain/errors.ts';
import { csrfField, errorSummary, fieldErrors, formField, submitButton, type FieldState } from '../components/form.ts';
import type { FieldSpec, FormValues } from '../entry-forms.ts';
import { html, type Html } from '../html.ts';
import { formatDate } from '../labels.ts';
import type { MessageField } from '../messages.ts';

// The steps after the funder's acceptance on a case's Documenten page (issue 11 point 7, issue 12
// point 2): the municipality's allocation with the definitive end date, and the 307 produced,
// downloaded and recorded as sent. The same commands as the API (PUT …/allocation, POST
// …/stop-message); a refusal (a 307 before an acceptance) comes back here in Dutch.

/** Which form of the section a posted state belongs to. */
export type FollowUpFormName = 'allocation' | 'stop-message';

export interface FollowUpForm {
  name: FollowUpFormName;
  values: FormValues;
  issues: readonly ValidationIssue[];
}

export interface FollowUpModel extends FollowUp {
  form?: FollowUpForm;
  /** The form that was just saved, for the confirmation. */
  saved?: FollowUpFormName;
  today: string;
}

const ALLOCATION_FIELDS: readonly FieldSpec[] = [
  { kind: 'date', name: 'endDate', label: 'Einddatum', help: 'De definitieve einddatum, zoals afgesproken met de toegangsmedewerker van de gemeente.' },
  { kind: 'choice', name: 'law', label: 'Wet', options: { wmo: 'Wmo 2015 (iWmo)', jeugdwet: 'Jeugdwet (iJw)' } },
  { kind: 'text', name: 'providerAgbCode', label: 'AGB-code van de aanbieder', help: '8 cijfers.' },
  { kind: 'text', name: 'municipalityCode', label: 'Gemeentecode', help: '4 cijfers, zoals 0014 voor Groningen.' },
  { kind: 'text', name: 'bsn', label: 'BSN van de cliënt', help: '9 cijfers.' },
  { kind: 'choice', name: 'gender', label: 'Geslacht', options: { unknown: 'Onbekend', male: 'Man', female: 'Vrouw' } },
  { kind: 'text', name: 'familyName', label: 'Achternaam', help: 'Zonder tussenvoegsel, zoals in de toewijzing.' },
  { kind: 'text', name: 'familyNamePrefix', label: 'Tussenvoegsel', optional: true },
  { kind: 'text', name: 'initials', label: 'Voorletters', help: 'Zonder punten of spaties.', optional: true },
  { kind: 'number', name: 'allocationNumber', label: 'Toewijzingsnummer' },
  { kind: 'text', name: 'productCategory', label: 'Productcategorie', help: '2 cijfers.' },
  { kind: 'text', name: 'productCode', label: 'Productcode', optional: true },
  { kind: 'date', name: 'allocationStartDate', label: 'Ingangsdatum van de toewijzing', optional: true },
  { kind: 'date', name: 'startDate', label: 'Begindatum van de zorg' },
  { kind: 'text', name: 'reasonCode', label: 'Reden beëindiging (code)', help: 'Leeg: beëindigd door de aanbieder.', optional: true },
];

const STOP_FIELDS: readonly FieldSpec[] = [
  { kind: 'date', name: 'date', label: 'Dagtekening', help: 'Op of na de einddatum: een 307 meldt een stop die is ingegaan.' },
  { kind: 'text', name: 'id', label: 'Berichtidentificatie', help: 'Hoogstens 12 tekens. Leeg: gemaakt uit de datum en het toewijzingsnummer.', optional: true },
];

const fieldsOf = (specs: readonly FieldSpec[]) => new Map<string, MessageField>(specs.map((f) => [f.name, f]));
const labelsOf = (specs: readonly FieldSpec[]) => new Map(specs.map((f) => [f.name, f.label]));

/** Where the allocation's paths (`$.allocation.product.category`) land on the form. */
function allocationFieldOf(path: string): string | undefined {
  const match = /^\$\.allocation\.(\w+)(?:\.(\w+))?/.exec(path);
  if (match === null) return undefined;
  if (match[1] === 'product') return match[2] === 'code' ? 'productCode' : 'productCategory';
  return match[1];
}

/** The 307's options are named as the API names its query (`?date`, `?id`). */
const stopFieldOf = (path: string) => (path === '?date' ? 'date' : path === '?id' ? 'id' : path === '$.allocation.endDate' ? 'date' : undefined);

const one = (values: FormValues, name: string) => {
  const value = values[name];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
};

/** The posted form as the interchange format's `allocation`; empty fields are left out, so the schema names what is missing. */
export function allocationFromForm(values: FormValues): Record<string, unknown> {
  const allocation: Record<string, unknown> = {};
  for (const name of ['law', 'providerAgbCode', 'municipalityCode', 'bsn', 'gender', 'familyName', 'familyNamePrefix', 'initials', 'allocationStartDate', 'startDate', 'endDate', 'reasonCode']) {
    if (one(values, name) !== '') allocation[name] = one(values, name);
  }
  const number = one(values, 'allocationNumber');
  if (number !== '') allocation.allocationNumber = /^\d{1,15}$/.test(number) ? Number(number) : number;
  const [category, code] = [one(values, 'productCategory'), one(values, 'productCode')];
  if (category !== '' || code !== '') allocation.product = { ...(category !== '' ? { category } : {}), ...(code !== '' ? { code } : {}) };
  return allocation;
}

/** The recorded allocation as the form's start values. */
function allocationValues(a: Allocation | null): FormValues {
  if (a === null) return {};
  const values: FormValues = {
    law: a.law,
    providerAgbCode: a.providerAgbCode,
    municipalityCode: a.municipalityCode,
    bsn: a.bsn,
    gender: a.gender,
    familyName: a.familyName,
    allocationNumber: String(a.allocationNumber),
    productCategory: a.product.category,
    startDate: a.startDate,
  };
  for (const [name, value] of [
    ['familyNamePrefix', a.familyNamePrefix],
    ['initials', a.initials],
    ['productCode', a.product.code],
    ['allocationStartDate', a.allocationStartDate],
    ['endDate', a.endDate],
    ['reasonCode', a.reasonCode],
  ] as const) {
    if (value !== undefined) values[name] = value;
  }
  return values;
}

function formPart(options: {
  action: string;
  csrfToken: string;
  specs: readonly FieldSpec[];
  fieldOf: (path: string) => string | undefined;
  values: FormValues;
  issues: readonly ValidationIssue[];
  button: string;
  /** A second button that posts the same fields elsewhere. */
  also?: { label: string; action: string };
}): Html {
  const { errors, general } = fieldErrors(options.issues, options.fieldOf, fieldsOf(options.specs));
  const state: FieldState = { values: options.values, errors };
  return html`${errorSummary(errors, labelsOf(options.specs), general)}
<form method="post" action="${options.action}" class="zv-form" novalidate>
  ${csrfField(options.csrfToken)}
  ${options.specs.map((field) => formField(field, state))}
  <div class="zv-actions">${submitButton(options.button)}${
    options.also !== undefined
      ? html`<button type="submit" class="utrecht-button utrecht-button--secondary-action" formaction="${options.also.action}">${options.also.label}</button>`
      : ''
  }</div>
</form>`;
}

const para = (text: string | Html) => html`<p class="utrecht-paragraph">${text}</p>`;
const saved = (text: string) => html`<div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-alert__message">${text}</p></div></div>`;

/** The section on the Documenten page; nothing for a case that does not end with a 307 or for someone who may not record it. */
export function followUpSection(caseId: string, csrfToken: string, m: FollowUpModel): Html {
  if (!m.endsWithStopMessage || !m.mayManage) return html``;
  const base = `/casussen/${caseId}/documenten`;
  const posted = (name: FollowUpFormName) => (m.form?.name === name ? m.form : undefined);
  const allocationForm = posted('allocation');
  const stopForm = posted('stop-message');
  const endDate = m.allocation?.endDate;
  return html`<section aria-labelledby="na-akkoord-kop">
  <h2 class="utrecht-heading-2" id="na-akkoord-kop">Na het akkoord: toewijzing en 307-bericht</h2>
  ${
    m.accepted
      ? para('De financier heeft de beëindiging geaccepteerd. Leg de definitieve einddatum vast in de toewijzing, en verstuur op of na die datum het 307-bericht (stop zorg) aan de gemeente.')
      : html`<div class="utrecht-alert utrecht-alert--info"><div class="utrecht-alert__content"><p class="utrecht-alert__message">Nog geen akkoord van de financier: de zorg loopt door. De toewijzing kunt u al vastleggen; het 307-bericht kan pas na een akkoord.</p></div></div>`
  }
  <h3 class="utrecht-heading-3" id="toewijzing-kop">Toewijzing en definitieve einddatum</h3>
  ${m.saved === 'allocation' ? saved(`De toewijzing is vastgelegd${endDate !== undefined ? `, met einddatum ${formatDate(endDate)}` : ''}.`) : ''}
  ${m.allocation === null ? para('Er is nog geen toewijzing vastgelegd. Neem de gegevens over uit het toewijzingsbericht (305) van de gemeente.') : ''}
  ${formPart({
    action: `${base}/toewijzing`,
    csrfToken,
    specs: ALLOCATION_FIELDS,
    fieldOf: allocationFieldOf,
    values: allocationForm?.values ?? allocationValues(m.allocation),
    issues: allocationForm?.issues ?? [],
    button: 'Toewijzing opslaan',
  })}
  <h3 class="utrecht-heading-3" id="stopbericht-kop">307-bericht (stop zorg)</h3>
  ${
    m.stopMessage !== null
      ? html`${m.saved === 'stop-message' ? saved('Het 307-bericht is vastgelegd als verzonden.') : ''}
  ${para(`Verzonden op ${formatDate(m.stopMessage.date)}${m.stopMessage.id !== null ? `, berichtidentificatie ${m.stopMessage.id}` : ''}. Een beëindiging heeft één definitieve stop.`)}
  <div class="zv-actions"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/307.xml" download>Verzonden 307-bericht downloaden (XML)</a></div>`
      : html`${para('Download het bericht voor uw berichtensysteem, verstuur het, en leg vast dat het is verzonden. Daarmee is de casus afgerond.')}
  ${formPart({
    action: `${base}/307`,
    csrfToken,
    specs: STOP_FIELDS,
    fieldOf: stopFieldOf,
    values: stopForm?.values ?? { date: endDate !== undefined && endDate > m.today ? endDate : m.today },
    issues: stopForm?.issues ?? [],
    button: 'Vastleggen als verzonden',
    also: { label: '307-bericht downloaden (XML)', action: `${base}/307/downloaden` },
  })}`
  }
</section>`;
}
