import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import dossierSchema from '../../../schema/dossier-1.schema.json' with { type: 'json' };
import { findRegime } from '../protocols/registry.ts';
import { InvalidInputError, type ValidationIssue } from '../errors.ts';
import type { Client, DossierDocument, Entry, IsoDate } from './types.ts';

// One validator for every door into the dossier (CLI import, HTTP import, HTTP append, and the
// assessment of a file): the JSON Schema decides the shape, the checks below decide what a schema
// cannot say (ids unique, corrections pointing backwards, dates after the client's birth).

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, discriminator: true, strict: true, strictTuples: false }));
ajv.addSchema(dossierSchema);

const validateDocumentShape = ajv.getSchema(dossierSchema.$id) as ValidateFunction;
const validateEntryShape = ajv.getSchema(`${dossierSchema.$id}#/definitions/entry`) as ValidateFunction;

// The client's particulars for letters, changed after the case was opened: the very fields of the
// format's client, so they are held to the same rules as at the case's start (decision 0025).
const validateParticularsShape = ajv.compile({
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    (['address', 'salutation'] as const).map((field) => [field, { $ref: `${dossierSchema.$id}#/properties/client/properties/${field}` }]),
  ),
});

const MAX_ISSUES = 50;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  boolean: 'true of false',
  integer: 'een geheel getal',
  number: 'een getal',
  array: 'een lijst',
  object: 'een object',
  null: 'null',
};

/** `/entries/2/date` → `$.entries[2].date` */
export function toJsonPath(pointer: string, extra?: string): string {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/');
  if (extra !== undefined) segments.push(extra);
  return segments.reduce((path, raw) => {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
    if (/^[A-Za-z_$][\w$]*$/.test(segment)) return `${path}.${segment}`;
    return `${path}[${JSON.stringify(segment)}]`;
  }, '$');
}

// What a field with a pattern must look like, by field name (entry ids and the allocation's codes).
const ID_PATTERN_MESSAGE = 'ongeldige id: 1 tot 64 letters, cijfers, punten, streepjes of liggende streepjes';
const PATTERN_MESSAGES: Record<string, string> = {
  providerAgbCode: 'moet een AGB-code van precies 8 cijfers zijn',
  municipalityCode: 'moet een gemeentecode van precies 4 cijfers zijn',
  bsn: 'moet een BSN van precies 9 cijfers zijn',
  initials: 'moet 1 tot 6 voorletters zijn, zonder punten of spaties',
  category: 'moet een productcategorie van 2 cijfers zijn',
  reasonCode: 'moet een reden-beëindigingcode van 2 cijfers zijn',
  salutation: 'moet op één regel staan, zonder komma aan het eind, zoals "Geachte heer Mulder" of "Beste Jan"',
};

function describe(error: ErrorObject): ValidationIssue {
  const p = error.params as Record<string, unknown>;
  const at = (extra?: string) => toJsonPath(error.instancePath, extra);
  switch (error.keyword) {
    case 'required':
      return { path: at(String(p.missingProperty)), message: 'verplicht veld ontbreekt' };
    case 'additionalProperties':
      return { path: at(String(p.additionalProperty)), message: 'onbekend veld; dit veld hoort niet bij het formaat' };
    case 'type': {
      const wanted = String(p.type).split(',').map((t) => TYPE_NAMES[t] ?? t);
      return { path: at(), message: `moet ${wanted.join(' of ')} zijn` };
    }
    case 'format':
      return p.format === 'date'
        ? { path: at(), message: 'geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag' }
        : { path: at(), message: `ongeldig formaat (${String(p.format)})` };
    case 'enum':
      return { path: at(), message: `moet een van deze waarden zijn: ${(p.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { path: at(), message: `moet "${String(p.allowedValue)}" zijn` };
    case 'discriminator':
      return p.error === 'mapping'
        ? {
            path: at('type'),
            message: `onbekend soort item; toegestaan: ${validateEntryTypes().join(', ')}`,
          }
        : { path: at('type'), message: 'verplicht veld ontbreekt of is geen tekst' };
    case 'minLength':
      return { path: at(), message: 'mag niet leeg zijn' };
    case 'maxLength':
      return { path: at(), message: `is te lang (maximaal ${String(p.limit)} tekens)` };
    case 'pattern':
      return { path: at(), message: PATTERN_MESSAGES[error.instancePath.split('/').at(-1) ?? ''] ?? ID_PATTERN_MESSAGE };
    case 'minItems':
      return { path: at(), message: `moet minstens ${String(p.limit)} waarde(n) bevatten` };
    case 'maxItems':
      return { path: at(), message: `mag hoogstens ${String(p.limit)} waarden bevatten` };
    case 'uniqueItems':
      return { path: at(), message: 'bevat dezelfde waarde twee keer' };
    case 'minimum':
      return { path: at(), message: `moet minstens ${String(p.limit)} zijn` };
    case 'maximum':
      return { path: at(), message: `mag hoogstens ${String(p.limit)} zijn` };
    default:
      return { path: at(), message: error.message ?? 'ongeldige waarde' };
  }
}

function validateEntryTypes(): string[] {
  return dossierSchema.definitions.entry.oneOf.map((variant) => variant.properties.type.const);
}

function shapeIssues(errors: ErrorObject[] | null | undefined, prefix = ''): ValidationIssue[] {
  const issues = (errors ?? []).map((e) => describe({ ...e, instancePath: prefix + e.instancePath }));
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The last date an entry may bear: today in Europe/Amsterdam (the caller's clock), or the date a
 * file is assessed as of (`assess --as-of`). A dossier records what happened; an entry dated later
 * would count as a step taken while it has not been, and a deadline would run from it.
 */
export interface LatestDate {
  date: IsoDate;
  /** Dutch, how the message names that date: 'vandaag' or 'de peildatum'. */
  name: 'vandaag' | 'de peildatum';
}

export const untilToday = (date: IsoDate): LatestDate => ({ date, name: 'vandaag' });

/** The context an entry is checked against: the dossier it joins, and the last date it may bear. */
export interface EntryContext {
  client: Pick<Client, 'birthDate'>;
  /** Ids of the entries already in the dossier, in order. */
  existingIds: ReadonlySet<string>;
  latest: LatestDate;
}

// A care dossier's dates lie within living memory and the near future; outside this window a date
// is a typo (20266-01-01, 1026-01-01) and terms counted from it would leave the calendar.
const EARLIEST_DATE = '1900-01-01';
const LATEST_DATE = '2199-12-31';
const DATE_FIELDS = ['date', 'start', 'end', 'dueDate', 'paid', 'answered', 'endDate', 'received', 'provided'] as const;

function dateRangeIssues(value: unknown, path: string): ValidationIssue[] {
  return typeof value === 'string' && (value < EARLIEST_DATE || value > LATEST_DATE)
    ? [{ path, message: `datum ${value} ligt buiten ${EARLIEST_DATE} tot en met ${LATEST_DATE}` }]
    : [];
}

function contextIssues(entry: Entry, ctx: EntryContext, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = DATE_FIELDS.flatMap((field) =>
    dateRangeIssues((entry as unknown as Record<string, unknown>)[field], `${path}.${field}`),
  );
  if (ctx.existingIds.has(entry.id)) {
    issues.push({ path: `${path}.id`, message: `id "${entry.id}" is al gebruikt in dit dossier` });
  }
  if (entry.date < ctx.client.birthDate) {
    issues.push({
      path: `${path}.date`,
      message: `datum ${entry.date} ligt vóór de geboortedatum van de cliënt (${ctx.client.birthDate})`,
    });
  }
  if (entry.date > ctx.latest.date) {
    issues.push({ path: `${path}.date`, message: `datum ${entry.date} ligt na ${ctx.latest.name} (${ctx.latest.date}); leg alleen vast wat al gebeurd is` });
  }
  if (entry.corrects !== undefined && !ctx.existingIds.has(entry.corrects)) {
    issues.push({
      path: `${path}.corrects`,
      message: `verwijst naar "${entry.corrects}", dat geen eerder item van dit dossier is`,
    });
  }
  if (entry.type === 'payment-reminder' && !ctx.existingIds.has(entry.invoice)) {
    issues.push({ path: `${path}.invoice`, message: `verwijst naar "${entry.invoice}", dat geen eerder item van dit dossier is` });
  }
  if (entry.type === 'payment-reminder' && entry.received !== undefined && entry.received < entry.date) {
    issues.push({ path: `${path}.received`, message: 'de herinnering kan niet zijn ontvangen vóór hij is verstuurd' });
  }
  if (entry.type === 'suspension-period' && entry.end < entry.start) {
    issues.push({ path: `${path}.end`, message: 'het einde van de opschorting ligt vóór het begin' });
  }
  return issues;
}

function fail(issues: ValidationIssue[]): never {
  throw new InvalidInputError(issues.slice(0, MAX_ISSUES));
}

/** Checks a whole interchange document; returns it typed or throws InvalidInputError. */
export function parseDossierDocument(input: unknown, latest: LatestDate): DossierDocument {
  if (!validateDocumentShape(input)) fail(shapeIssues(validateDocumentShape.errors));
  const doc = input as DossierDocument;
  const issues: ValidationIssue[] = [
    ...dateRangeIssues(doc.client.birthDate, '$.client.birthDate'),
    ...dateRangeIssues(doc.careStarted, '$.careStarted'),
  ];
  const regime = findRegime(doc.regime);
  if (regime !== undefined && !regime.procedures.includes(doc.procedure)) {
    issues.push({
      path: '$.procedure',
      message: `${regime.name} kent de procedure "${doc.procedure}" niet; wel: ${regime.procedures.join(', ')}`,
    });
  }
  // A client born, or care started, after today is a typo: every entry would then be refused as
  // dated before the birth date or the care (review finding 8; the same clock as issue 12 point 3).
  for (const [value, path] of [[doc.client.birthDate, '$.client.birthDate'], [doc.careStarted, '$.careStarted']] as const) {
    if (value !== null && value > latest.date) issues.push({ path, message: `datum ${value} ligt na ${latest.name} (${latest.date}); de datum moet in het verleden liggen` });
  }
  if (doc.careStarted !== null && doc.careStarted < doc.client.birthDate) {
    issues.push({ path: '$.careStarted', message: 'de zorg kan niet vóór de geboortedatum van de cliënt zijn begonnen' });
  }
  const existingIds = new Set<string>();
  doc.entries.forEach((entry, index) => {
    issues.push(...contextIssues(entry, { client: doc.client, existingIds, latest }, `$.entries[${index}]`));
    existingIds.add(entry.id);
  });
  if (issues.length > 0) fail(issues);
  return doc;
}

/** A change of the client's address or salutation: a field left out stays, null or empty clears it. */
export type ClientParticulars = Partial<Record<'address' | 'salutation', string | null>>;

/** Checks a change of the client's particulars; returns it with empty text as null, or throws InvalidInputError naming the paths. */
export function parseClientParticulars(input: unknown): ClientParticulars {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) fail([{ path: '$', message: 'moet een object zijn' }]);
  // Null and empty text clear a field: the schema sees them as left out, and an unknown one as itself.
  const clears = (key: string, value: unknown) => (key === 'address' || key === 'salutation') && (value === null || value === '');
  const given = Object.fromEntries(Object.entries(input).filter(([key, value]) => !clears(key, value)));
  if (!validateParticularsShape(given)) fail(shapeIssues(validateParticularsShape.errors));
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, clears(key, value) ? null : value])) as ClientParticulars;
}

/** Checks one entry that is to be appended to an existing dossier. */
export function parseEntry(input: unknown, ctx: EntryContext): Entry {
  if (!validateEntryShape(input)) fail(shapeIssues(validateEntryShape.errors));
  const entry = input as Entry;
  const issues = contextIssues(entry, ctx, '$');
  if (issues.length > 0) fail(issues);
  return entry;
}

/** Parses JSON text, reporting a syntax error the same way as a schema error. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    fail([{ path: '$', message: `geen geldige JSON: ${(error as Error).message}` }]);
  }
}
