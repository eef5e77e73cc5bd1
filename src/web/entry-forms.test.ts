import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENTRY_TYPES } from '../domain/dossier/types.ts';
import { parseEntry, untilToday } from '../domain/dossier/validate.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { ENTRY_FORMS, entryFromForm, euroToCents, fieldOfIssue } from './entry-forms.ts';
import { newCaseFieldOf, newCaseFromForm } from './pages/new-case.ts';

const context = { client: { birthDate: '1980-01-01' }, existingIds: new Set(['e1']), latest: untilToday('2026-12-31') };

test('a filled-in warning form becomes the SPEC entry', () => {
  const { input, issues } = entryFromForm('warning', {
    date: '2026-05-07',
    written: 'ja',
    consequence: 'termination',
    sharedWithRepresentative: '',
    description: '  Eerste schriftelijke waarschuwing.  ',
    note: '',
    corrects: 'e1',
    _csrf: 'ignored',
  });
  assert.deepEqual(issues, []);
  assert.deepEqual(input, {
    type: 'warning',
    date: '2026-05-07',
    written: true,
    consequence: 'termination',
    description: 'Eerste schriftelijke waarschuwing.',
    corrects: 'e1',
  });
  assert.deepEqual(parseEntry({ id: 'e2', ...input }, context).type, 'warning');
});

test('checkbox groups give a list, and no box ticked gives an empty list the domain rejects at $.with', () => {
  assert.deepEqual(entryFromForm('consultation', { date: '2026-05-06', with: ['huisarts', 'mdo'], outcome: 'x' }).input.with, ['huisarts', 'mdo']);
  assert.deepEqual(entryFromForm('consultation', { date: '2026-05-06', with: 'spv', outcome: 'x' }).input.with, ['spv']);
  const { input } = entryFromForm('consultation', { date: '2026-05-06', outcome: 'x' });
  assert.throws(
    () => parseEntry({ id: 'e2', ...input }, context),
    (error: unknown) => error instanceof InvalidInputError && error.issues.some((i) => fieldOfIssue(i.path) === 'with'),
  );
});

test('empty fields are left out, so the domain names each missing one', () => {
  const { input } = entryFromForm('incident', { date: '', ground: '', by: 'client', description: '' });
  assert.deepEqual(input, { type: 'incident', by: 'client' });
  assert.throws(
    () => parseEntry({ id: 'e2', ...input }, context),
    (error: unknown) =>
      error instanceof InvalidInputError &&
      JSON.stringify(error.issues.map((i) => fieldOfIssue(i.path)).sort()) === JSON.stringify(['date', 'description', 'ground']),
  );
});

test('amounts are typed in euros the Dutch way and stored in cents; nonsense is refused at the field', () => {
  assert.equal(euroToCents('125,50'), 12550);
  assert.equal(euroToCents('€ 1.250,5'), 125050);
  assert.equal(euroToCents('40'), 4000);
  assert.equal(euroToCents('12.5'), undefined);
  assert.equal(euroToCents('veel'), undefined);
  const { issues } = entryFromForm('invoice', { date: '2026-01-01', amountCents: 'veel', dueDate: '2026-01-31' });
  assert.deepEqual(issues, [{ path: '$.amountCents', message: 'geen geldig bedrag; schrijf bijvoorbeeld 125,50' }]);
});

test('numbers stay text when they are no number, so the domain says what is wrong', () => {
  assert.equal(entryFromForm('no-show', { date: '2026-01-01', cancelledHoursAhead: '12' }).input.cancelledHoursAhead, 12);
  assert.equal(entryFromForm('no-show', { date: '2026-01-01', cancelledHoursAhead: 'twaalf' }).input.cancelledHoursAhead, 'twaalf');
});

test('every entry type of the SPEC has a form, and a complete form passes the domain', () => {
  assert.deepEqual(Object.keys(ENTRY_FORMS).sort(), [...ENTRY_TYPES].sort());
  for (const type of ENTRY_TYPES) {
    const values: Record<string, string | string[]> = { date: '2026-03-02' };
    for (const field of ENTRY_FORMS[type].fields) {
      if (field.kind === 'choice' || field.kind === 'multi') values[field.name] = Object.keys(field.options)[0] as string;
      else if (field.kind === 'yesno') values[field.name] = 'nee';
      else if (field.kind === 'date') values[field.name] = '2026-03-03';
      else if (field.kind === 'number' || field.kind === 'euro') values[field.name] = '5';
      else if (field.kind === 'entry') values[field.name] = 'e1';
      else values[field.name] = 'tekst';
    }
    const { input, issues } = entryFromForm(type, values);
    assert.deepEqual(issues, [], type);
    assert.equal(parseEntry({ id: 'x', ...input }, context).type, type);
  }
});

test('issue paths land on their form field', () => {
  assert.equal(fieldOfIssue('$.description'), 'description');
  assert.equal(fieldOfIssue('$.with[1]'), 'with');
  assert.equal(fieldOfIssue('$'), undefined);
  assert.equal(newCaseFieldOf('$.client.birthDate'), 'birthDate');
  assert.equal(newCaseFieldOf('$.procedure'), 'soort');
});

test('the new-case form becomes the open-case request', () => {
  assert.deepEqual(
    newCaseFromForm({ clientName: 'P. de Boer', birthDate: '1985-03-14', hasRepresentative: 'nee', careStarted: '', soort: 'vgz-wijkverpleging|opschorting' }),
    {
      client: { name: 'P. de Boer', birthDate: '1985-03-14', hasRepresentative: false },
      regime: 'vgz-wijkverpleging',
      procedure: 'opschorting',
      careStarted: null,
    },
  );
});
