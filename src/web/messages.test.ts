import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forFile, forPeople, placeInFile } from './messages.ts';

test('form errors say what to do and name the field, as the NL Design System and GOV.UK phrase them', () => {
  const date = { label: 'Geboortedatum', kind: 'date' };
  assert.equal(forPeople('verplicht veld ontbreekt', date), 'Vul de geboortedatum in');
  assert.equal(forPeople('is verplicht: beschrijf de problemen en wat u vraagt', { label: 'Toelichting', kind: 'text' }), 'Vul de toelichting in');
  assert.equal(forPeople('verplicht veld ontbreekt', { label: 'Soort gebeurtenis', kind: 'choice' }), 'Kies de soort gebeurtenis');
  assert.equal(forPeople('verplicht veld ontbreekt', { label: 'Schriftelijk?', kind: 'yesno' }), 'Kies ja of nee bij ‘Schriftelijk?’');
  assert.equal(forPeople('datum 2026-03-20 ligt na vandaag (2026-03-16); leg alleen vast wat al gebeurd is', { label: 'Datum', kind: 'date' }), 'De datum moet vandaag of in het verleden liggen');
  assert.equal(forPeople('datum 2030-01-01 ligt na vandaag (2026-03-16); de datum moet in het verleden liggen', date), 'De geboortedatum moet in het verleden liggen');
  assert.equal(forPeople('verplicht veld ontbreekt', { label: 'Naam van de cliënt', kind: 'text' }), 'Vul de naam van de cliënt in');
  assert.equal(forPeople('verplicht veld ontbreekt', { label: 'Beoordeeld door', kind: 'text' }), 'Vul ‘Beoordeeld door’ in');
  assert.equal(forPeople('geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag', date), 'De geboortedatum moet een bestaande datum zijn, bijvoorbeeld 16-03-2026');
  assert.equal(forPeople('is te lang (maximaal 200 tekens)', { label: 'Bedrag', kind: 'euro' }), 'Het bedrag mag niet langer zijn dan 200 tekens');
});

test('no JSON path and no program error text reaches a page', () => {
  assert.equal(forPeople('verwijst naar "x9", dat geen eerder item van dit dossier is'), 'Verwijst naar "x9", dat geen eerder item van dit dossier is');
  assert.doesNotMatch(forPeople('de waarde bij $.entries[2].date klopt niet'), /\$/);
  assert.equal(forPeople('geen geldige JSON: Unexpected token } in JSON at position 12'), 'Het bestand is geen dossierbestand: de inhoud is geen geldige JSON');
  // Imported files name their fields in Dutch (review finding 21).
  assert.equal(placeInFile('$.entries[2].date', new Map([['date', 'Datum']])), 'Item 3, datum');
  assert.equal(placeInFile('$.client.birthDate'), 'Geboortedatum');
  assert.equal(placeInFile('$.careStarted'), 'Zorg gestart op');
  assert.equal(forFile('verplicht veld ontbreekt'), 'Ontbreekt in het bestand');
});
