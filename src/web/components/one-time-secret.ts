import { html, type Html } from '../html.ts';

/** A secret address shown this once (only its hash is kept): in a read-only box to select and copy. */
export function oneTimeSecret(options: { id: string; title: string; label: string; help: string; value: string }): Html {
  const field = `veld-${options.id}`;
  return html`<div class="utrecht-alert utrecht-alert--ok" role="status" id="${options.id}"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
  <h2 class="utrecht-heading-2">${options.title}</h2>
  <div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${field}">${options.label}</label></div>
    <div class="utrecht-form-field__description utrecht-form-field-description" id="${field}-hulp">${options.help}</div>
    <div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--readonly zv-feed-url" id="${field}" rows="2" readonly aria-describedby="${field}-hulp">${options.value}</textarea></div>
  </div>
</div></div></div>`;
}
