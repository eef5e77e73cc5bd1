import type { ValidationIssue } from '../../domain/errors.ts';
import { attr, html, type Html } from '../html.ts';
import type { FieldSpec, FormValues } from '../entry-forms.ts';
import { forPeople, type MessageField } from '../messages.ts';

// Form controls in the NL Design System's markup (utrecht-form-field & co.), accessible by
// construction: each control has a label tied to it, its help text and error are tied to it with
// aria-describedby, an invalid control says so with aria-invalid, and what was typed is kept.

export interface FieldState {
  values: FormValues;
  /** Error message per field name. */
  errors: ReadonlyMap<string, string>;
}

const fieldId = (name: string) => `veld-${name}`;
const errorId = (name: string) => `${fieldId(name)}-fout`;
const helpId = (name: string) => `${fieldId(name)}-hulp`;

function valueOf(state: FieldState, name: string): string {
  const value = state.values[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function describedBy(field: { name: string; help?: string | undefined }, error: string | undefined): string {
  return [error !== undefined ? errorId(field.name) : '', field.help !== undefined ? helpId(field.name) : ''].filter(Boolean).join(' ');
}

function helpAndError(field: { name: string; help?: string | undefined }, error: string | undefined): Html {
  return html`${field.help !== undefined ? html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${helpId(field.name)}">${field.help}</div>` : ''}${
    error !== undefined
      ? html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${errorId(field.name)}">${error}</div>`
      : ''
  }`;
}

/** A fieldset of radios or checkboxes: its legend names the group. */
function optionGroup(
  field: { name: string; label: string; help?: string | undefined },
  type: 'radio' | 'checkbox',
  options: readonly (readonly [string, string])[],
  checked: (value: string) => boolean,
  error: string | undefined,
): Html {
  const inputClass = type === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input';
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error !== undefined ? ' utrecht-form-fieldset--invalid' : ''}" id="${fieldId(field.name)}"${attr('aria-describedby', describedBy(field, error))}>
  <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${field.label}</legend>
  ${helpAndError(field, error)}
  ${options.map(
    ([value, label], i) => html`<div class="utrecht-form-field utrecht-form-field--${type === 'radio' ? 'radio' : 'checkbox'}">
    <div class="utrecht-form-field__input"><input type="${type}" class="${inputClass}" id="${fieldId(field.name)}-${i}" name="${field.name}" value="${value}"${checked(value) ? html` checked` : ''}${error !== undefined ? html` aria-invalid="true"` : ''}></div>
    <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--${type}" for="${fieldId(field.name)}-${i}">${label}</label>
  </div>`,
  )}
</fieldset>`;
}

function singleControl(field: FieldSpec, state: FieldState, error: string | undefined): Html {
  const id = fieldId(field.name);
  const common = html` id="${id}" name="${field.name}"${attr('aria-describedby', describedBy(field, error))}${error !== undefined ? html` aria-invalid="true"` : ''}${
    'optional' in field && field.optional === true ? '' : html` aria-required="true"`
  }`;
  const value = valueOf(state, field.name);
  switch (field.kind) {
    case 'textarea':
      return html`<textarea class="utrecht-textarea utrecht-textarea--html-textarea${error !== undefined ? ' utrecht-textarea--invalid' : ''}" rows="4"${common}>${value}</textarea>`;
    case 'choice':
      return html`<select class="utrecht-select utrecht-select--html-select${error !== undefined ? ' utrecht-select--invalid' : ''}"${common}>
  <option value="">— kies —</option>
  ${Object.entries(field.options).map(([v, label]) => html`<option value="${v}"${v === value ? html` selected` : ''}>${label}</option>`)}
</select>`;
    default: {
      const type = field.kind === 'date' ? 'date' : 'text';
      const mode = field.kind === 'number' ? html` inputmode="numeric"` : field.kind === 'euro' ? html` inputmode="decimal"` : '';
      return html`<input type="${type}" class="utrecht-textbox utrecht-textbox--html-input${error !== undefined ? ' utrecht-textbox--invalid' : ''}" value="${value}"${mode}${common}>`;
    }
  }
}

/** One field of a form, in the control its kind asks for. */
export function formField(field: FieldSpec, state: FieldState): Html {
  const error = state.errors.get(field.name);
  if (field.kind === 'multi') {
    const chosen = new Set([state.values[field.name] ?? []].flat());
    const label = `${field.label}${field.optional === true ? ' (optioneel)' : ''}`;
    return optionGroup({ ...field, label }, 'checkbox', Object.entries(field.options), (v) => chosen.has(v), error);
  }
  if (field.kind === 'yesno') {
    const options: [string, string][] = [['ja', 'Ja'], ['nee', 'Nee']];
    if (field.optional === true) options.push(['', 'Niet vastgelegd']);
    const current = valueOf(state, field.name);
    return optionGroup(field, 'radio', options, (v) => v === current && (v !== '' || field.name in state.values), error);
  }
  const label = `${field.label}${'optional' in field && field.optional === true ? ' (optioneel)' : ''}`;
  return html`<div class="utrecht-form-field utrecht-form-field--text${error !== undefined ? ' utrecht-form-field--invalid' : ''}">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${fieldId(field.name)}">${label}</label></div>
  ${helpAndError(field, error)}
  <div class="utrecht-form-field__input">${singleControl(field, state, error)}</div>
</div>`;
}

/** Errors keyed by field, for the fields a form has; the rest stay general. */
/**
 * The issues of a posted form split into a message per field (the first for each) and the rest,
 * all rephrased for people (messages.ts): no JSON path reaches the page.
 */
export function fieldErrors(issues: readonly ValidationIssue[], fieldOf: (path: string) => string | undefined, fields: ReadonlyMap<string, MessageField>) {
  const errors = new Map<string, string>();
  const general: string[] = [];
  for (const issue of issues) {
    const name = fieldOf(issue.path);
    const field = name === undefined ? undefined : fields.get(name);
    if (name !== undefined && field !== undefined) {
      if (!errors.has(name)) errors.set(name, forPeople(issue.message, field));
    } else general.push(forPeople(issue.message));
  }
  return { errors, general };
}

/** The error summary at the top of a form, announced as an alert, with a link to each invalid field. */
export function errorSummary(
  errors: ReadonlyMap<string, string>,
  labels: ReadonlyMap<string, string>,
  general: readonly string[] = [],
  /** The heading: on a form that stores something, that nothing was stored; signing in speaks of signing in. */
  heading = 'Er ging iets mis; er is niets opgeslagen',
): Html {
  if (errors.size === 0 && general.length === 0) return html``;
  return html`<div class="utrecht-alert utrecht-alert--error" role="alert" id="foutmeldingen" tabindex="-1">
  <div class="utrecht-alert__content"><div class="utrecht-alert__message">
    <h2 class="utrecht-heading-2">${heading}</h2>
    <ul class="utrecht-unordered-list">
      ${general.map((message) => html`<li class="utrecht-unordered-list__item">${forPeople(message)}</li>`)}
      ${[...errors].map(
        ([name, message]) =>
          html`<li class="utrecht-unordered-list__item"><a class="utrecht-link utrecht-link--html-a" href="#${fieldId(name)}">${forPeople(message, { label: labels.get(name) ?? name, kind: 'text' })}</a></li>`,
      )}
    </ul>
  </div></div>
</div>`;
}

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

export function submitButton(label: string, variant: 'primary' | 'secondary' = 'primary'): Html {
  return html`<button type="submit" class="utrecht-button utrecht-button--${variant}-action">${label}</button>`;
}

/** A single text-like input that is not a dossier field: e-mail, password, a code (account pages). */
export function inputField(field: {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  value?: string;
  autocomplete?: string;
  help?: string;
  error?: string | undefined;
  inputmode?: 'numeric';
}): Html {
  const { name, error } = field;
  const type = field.type ?? 'text';
  return html`<div class="utrecht-form-field utrecht-form-field--text${error !== undefined ? ' utrecht-form-field--invalid' : ''}">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${fieldId(name)}">${field.label}</label></div>
  ${helpAndError(field, error)}
  <div class="utrecht-form-field__input"><input type="${type}" class="utrecht-textbox utrecht-textbox--html-input${type === 'password' ? ' utrecht-textbox--password' : ''}${error !== undefined ? ' utrecht-textbox--invalid' : ''}" id="${fieldId(name)}" name="${name}" value="${type === 'password' ? '' : (field.value ?? '')}"${attr('autocomplete', field.autocomplete)}${attr('inputmode', field.inputmode)}${attr('aria-describedby', describedBy(field, error))}${error !== undefined ? html` aria-invalid="true"` : ''} aria-required="true"></div>
</div>`;
}
