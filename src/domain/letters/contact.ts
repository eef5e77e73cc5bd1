import { InvalidInputError, type ValidationIssue } from '../errors.ts';

// The organisation's contact as every letter prints it (decision 0025): the number a client calls
// with a question, and whom to turn to with a complaint and how (seed 002: the client is pointed to
// the complaint route; seed 004 §10). Each is one line: a letter prints it inside a sentence.

export type ContactField = 'phone' | 'complaintsContact';
/** A change of the contact: a field left out stays, null or empty clears it. */
export type OrganisationContact = Partial<Record<ContactField, string | null>>;

const RULES: Record<ContactField, { max: number; pattern?: RegExp; message?: string }> = {
  phone: { max: 40, pattern: /^\+?[0-9][0-9 ()-]*[0-9]$/, message: 'moet een telefoonnummer zijn: cijfers, spaties, +, - of haakjes, zoals 050 123 45 67' },
  complaintsContact: { max: 300 },
};

function isContactField(key: string): key is ContactField {
  return Object.hasOwn(RULES, key);
}

/** Checks a change of the contact; returns it trimmed, empty text as null, or throws InvalidInputError naming the paths. */
export function parseOrganisationContact(input: unknown): OrganisationContact {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InvalidInputError([{ path: '$', message: 'moet een object zijn' }]);
  const issues: ValidationIssue[] = [];
  const change: OrganisationContact = {};
  for (const [key, raw] of Object.entries(input)) {
    const path = `$.${key}`;
    if (!isContactField(key)) {
      issues.push({ path, message: 'onbekend veld; dit veld hoort niet bij de contactgegevens' });
      continue;
    }
    if (raw !== null && typeof raw !== 'string') {
      issues.push({ path, message: 'moet tekst of null zijn' });
      continue;
    }
    const value = raw?.trim() ?? '';
    const rule = RULES[key];
    if (/[\r\n]/.test(value)) issues.push({ path, message: 'moet op één regel staan' });
    else if (value.length > rule.max) issues.push({ path, message: `is te lang (maximaal ${rule.max} tekens)` });
    else if (value !== '' && rule.pattern !== undefined && !rule.pattern.test(value)) issues.push({ path, message: rule.message ?? 'ongeldige waarde' });
    change[key] = value === '' ? null : value;
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  return change;
}
