import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InvalidInputError, type ValidationIssue } from '../errors.ts';
import { parseDossierDocument, parseEntry, parseJson, toJsonPath, untilToday } from './validate.ts';

const base = {
  format: 'zorgvuldig.dossier/1',
  regime: 'vgz-wijkverpleging',
  procedure: 'beeindiging',
  client: { name: 'A. Client', birthDate: '1950-06-01', hasRepresentative: false },
  careStarted: '2025-01-01',
  entries: [
    { id: 'e1', type: 'incident', date: '2026-01-05', ground: 'aggression', by: 'client', description: 'Slaan.' },
    { id: 'e2', type: 'warning', date: '2026-01-06', written: true, consequence: 'termination', description: 'Brief.' },
  ],
};

function issuesOf(run: () => unknown): ValidationIssue[] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof InvalidInputError, String(error));
    return error.issues;
  }
  assert.fail('expected InvalidInputError');
}

const LATEST = untilToday('2026-03-01');
const withEntry = (entry: Record<string, unknown>) => ({ ...base, entries: [...base.entries, entry] });

describe('parseDossierDocument', () => {
  test('accepts a valid document unchanged', () => {
    assert.deepEqual(parseDossierDocument(structuredClone(base), LATEST), base);
  });

  test('accepts the salutation a client and a representative prefer (optional fields of format 1)', () => {
    const client = { ...base.client, address: 'Kerkstraat 1, 9711 AA Groningen', salutation: 'Beste Anna', representative: { name: 'B. Bakker', salutation: 'Geachte heer Bakker' } };
    assert.deepEqual(parseDossierDocument({ ...structuredClone(base), client }, LATEST).client, client);
  });

  const rejected: [string, unknown, ValidationIssue][] = [
    ['not an object', [], { path: '$', message: 'moet een object zijn' }],
    ['wrong format', { ...base, format: 'zorgvuldig.dossier/2' }, { path: '$.format', message: 'moet "zorgvuldig.dossier/1" zijn' }],
    ['unknown top-level field', { ...base, extra: 1 }, { path: '$.extra', message: 'onbekend veld; dit veld hoort niet bij het formaat' }],
    ['missing client name', { ...base, client: { birthDate: '1950-06-01', hasRepresentative: false } }, { path: '$.client.name', message: 'verplicht veld ontbreekt' }],
    ['impossible date', withEntry({ id: 'e3', type: 'gp-informed', date: '2025-02-29' }), { path: '$.entries[2].date', message: 'geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag' }],
    ['date before birth', withEntry({ id: 'e3', type: 'gp-informed', date: '1950-05-31' }), { path: '$.entries[2].date', message: 'datum 1950-05-31 ligt vóór de geboortedatum van de cliënt (1950-06-01)' }],
    ['duplicate id', withEntry({ id: 'e1', type: 'gp-informed', date: '2026-01-07' }), { path: '$.entries[2].id', message: 'id "e1" is al gebruikt in dit dossier' }],
    ['correction of a later entry', { ...base, entries: [{ ...base.entries[0], corrects: 'e2' }, base.entries[1]] }, { path: '$.entries[0].corrects', message: 'verwijst naar "e2", dat geen eerder item van dit dossier is' }],
    ['boolean as string', withEntry({ id: 'e3', type: 'consent', date: '2026-01-07', recipient: 'X', written: 'ja' }), { path: '$.entries[2].written', message: 'moet true of false zijn' }],
    ['fractional cents', withEntry({ id: 'e3', type: 'invoice', date: '2026-01-07', amountCents: 10.5, dueDate: '2026-02-06' }), { path: '$.entries[2].amountCents', message: 'moet een geheel getal zijn' }],
    ['suspension ending before it starts', withEntry({ id: 'e3', type: 'suspension-period', date: '2026-01-07', start: '2026-02-01', end: '2026-01-15', scope: 'Douchen', agreedWithGp: true }), { path: '$.entries[2].end', message: 'het einde van de opschorting ligt vóór het begin' }],
    ['procedure not offered by the regime', { ...base, procedure: 'weigering' }, { path: '$.procedure', message: 'VGZ wijkverpleging (Zvw) kent de procedure "weigering" niet; wel: opschorting, beeindiging' }],
    ['a date far in the future', withEntry({ id: 'e3', type: 'invoice', date: '2026-01-07', amountCents: 100, dueDate: '9999-12-31' }), { path: '$.entries[2].dueDate', message: 'datum 9999-12-31 ligt buiten 1900-01-01 tot en met 2199-12-31' }],
    ['a birth date before 1900', { ...base, client: { ...base.client, birthDate: '1850-01-01' } }, { path: '$.client.birthDate', message: 'datum 1850-01-01 ligt buiten 1900-01-01 tot en met 2199-12-31' }],
    ['an entry dated after today', withEntry({ id: 'e3', type: 'gp-informed', date: '2026-03-02' }), { path: '$.entries[2].date', message: 'datum 2026-03-02 ligt na vandaag (2026-03-01); leg alleen vast wat al gebeurd is' }],
    ['a salutation ending in a comma', { ...base, client: { ...base.client, salutation: 'Geachte heer Client,' } }, { path: '$.client.salutation', message: 'moet op één regel staan, zonder komma aan het eind, zoals "Geachte heer Mulder" of "Beste Jan"' }],
    ['an empty salutation of the representative', { ...base, client: { ...base.client, representative: { name: 'R', salutation: '' } } }, { path: '$.client.representative.salutation', message: 'mag niet leeg zijn' }],
    ['a birth date after today (review finding 8)', { ...base, client: { ...base.client, birthDate: '2030-01-01' }, entries: [] }, { path: '$.client.birthDate', message: 'datum 2030-01-01 ligt na vandaag (2026-03-01); de datum moet in het verleden liggen' }],
    ['care started after today (review finding 8)', { ...base, careStarted: '2026-03-02' }, { path: '$.careStarted', message: 'datum 2026-03-02 ligt na vandaag (2026-03-01); de datum moet in het verleden liggen' }],
    ['care started before birth', { ...base, careStarted: '1949-01-01' }, { path: '$.careStarted', message: 'de zorg kan niet vóór de geboortedatum van de cliënt zijn begonnen' }],
  ];
  for (const [name, input, issue] of rejected) {
    test(`rejects ${name}`, () => {
      const issues = issuesOf(() => parseDossierDocument(input, LATEST));
      assert.ok(
        issues.some((i) => i.path === issue.path && (issue.message === '' || i.message === issue.message)),
        `expected ${JSON.stringify(issue)} in ${JSON.stringify(issues)}`,
      );
    });
  }

  test('an unknown entry type names the type field and lists the allowed types', () => {
    const [issue] = issuesOf(() => parseDossierDocument(withEntry({ id: 'e3', type: 'dream', date: '2026-01-07' }), LATEST));
    assert.equal(issue?.path, '$.entries[2].type');
    assert.match(issue?.message ?? '', /^onbekend soort item; toegestaan: incident, warning, /);
  });
});

describe('parseEntry', () => {
  const ctx = { client: { birthDate: '1950-06-01' }, existingIds: new Set(['e1']), latest: LATEST };
  test('accepts an entry that corrects an existing one', () => {
    const entry = { id: 'e2', type: 'gp-informed', date: '2026-01-07', corrects: 'e1' };
    assert.deepEqual(parseEntry(entry, ctx), entry);
  });
  test('accepts an entry dated today and refuses one dated after it; the assessment of a file as of a date names that date', () => {
    assert.equal(parseEntry({ id: 'e2', type: 'gp-informed', date: '2026-03-01' }, ctx).date, '2026-03-01');
    const late = { id: 'e2', type: 'gp-informed', date: '2026-03-02' };
    assert.deepEqual(issuesOf(() => parseEntry(late, { ...ctx, latest: { date: '2026-02-01', name: 'de peildatum' } })), [
      { path: '$.date', message: 'datum 2026-03-02 ligt na de peildatum (2026-02-01); leg alleen vast wat al gebeurd is' },
    ]);
  });
  test('rejects a correction of an entry this dossier does not have', () => {
    const issues = issuesOf(() => parseEntry({ id: 'e2', type: 'gp-informed', date: '2026-01-07', corrects: 'x9' }, ctx));
    assert.deepEqual(issues, [{ path: '$.corrects', message: 'verwijst naar "x9", dat geen eerder item van dit dossier is' }]);
  });
});

test('parseJson reports a syntax error at $', () => {
  const [issue] = issuesOf(() => parseJson('{"a":'));
  assert.equal(issue?.path, '$');
  assert.match(issue?.message ?? '', /^geen geldige JSON/);
});

test('toJsonPath turns JSON pointers into readable paths', () => {
  assert.equal(toJsonPath('/entries/2/date'), '$.entries[2].date');
  assert.equal(toJsonPath('', 'name'), '$.name');
  assert.equal(toJsonPath('/a~1b'), '$["a/b"]');
});
