import { readFileSync } from 'node:fs';
import type { DossierDocument, Entry } from '../../src/domain/dossier/types.ts';
import type { Sender } from '../../src/domain/letters/types.ts';

// Every letter of every regime, each drafted from an example dossier (or one made from it) on a
// date the dossier supports: what the PDF test and the plain-language test render. Together they
// cover every offer of the letter catalogue (src/domain/letters/catalogue.ts); the plain-language
// test checks that they do.

const example = (name: string): DossierDocument =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));
const withEntries = (doc: DossierDocument, ...entries: Entry[]): DossierDocument => ({ ...doc, entries: [...doc.entries, ...entries] });

const groningen = example('groningen-beeindiging');
export const bijlage6 = example('bijlage6-beeindiging-jeugd');
const vgzSuspension = example('vgz-opschorting');
const onl = example('onl-opzegging-wanbetaling');
const bijlage6Refusal: DossierDocument = { ...bijlage6, procedure: 'weigering', careStarted: null };

/** The VGZ suspension that went on to a termination: warned again, a new incident, VGZ's decision and a notice period. */
const vgzTermination: DossierDocument = withEntries(
  { ...vgzSuspension, procedure: 'beeindiging' },
  { id: 't1', type: 'incident', date: '2026-11-04', ground: 'hygiene', by: 'client', description: 'De badkamer was opnieuw vervuild.' },
  { id: 't2', type: 'warning', date: '2026-11-05', written: true, consequence: 'termination', description: 'Tweede schriftelijke waarschuwing.' },
  { id: 't3', type: 'funder-decision', date: '2026-12-01', outcome: 'accepted', reasons: 'VGZ stemt in met het beëindigen van de zorg.' },
  { id: 't4', type: 'notice-period', date: '2026-12-02', amount: 4, unit: 'weeks', problemsAndDependence: 'x', stay: 'x', timeForAlternative: 'x' },
);

/** A Groningen case ended at once for the safety of the staff. */
const groningenImmediate: DossierDocument = {
  ...groningen,
  procedure: 'beeindiging-onmiddellijk',
  entries: [
    { id: 'i1', type: 'incident', date: '2026-08-03', ground: 'aggression', by: 'client', description: 'Duwde een begeleider tegen de muur.', endangered: ['staff'] },
    { id: 'd1', type: 'funder-decision', date: '2026-08-05', outcome: 'accepted', reasons: 'Zeer dringende reden.' },
  ],
};

export const sender: Sender = {
  name: 'Zorggroep De Linde',
  address: 'Lindelaan 12, 9712 AB Groningen',
  phone: '050 123 45 67',
  complaintsContact: 'onze klachtenfunctionaris, mevrouw L. Jansen: bel 050 123 45 68 of mail naar klachten@delinde.example',
};

export interface LetterCase {
  name: string;
  doc: DossierDocument;
  date: string;
  kind: string;
  params?: Record<string, unknown>;
}

const warningParams = (improveBy: string) => ({ requiredChange: 'Spreek medewerkers rustig aan.', improveBy, consequence: 'termination' });

export const LETTER_CASES: readonly LetterCase[] = [
  { name: 'warning-groningen', doc: groningen, date: '2026-07-08', kind: 'warning', params: { ...warningParams('2026-08-05'), requiredChange: 'Spreek medewerkers zonder dreiging aan.' } },
  { name: 'warning-bijlage6', doc: bijlage6, date: '2026-05-28', kind: 'warning', params: warningParams('2026-06-11') },
  { name: 'warning-vgz-suspension', doc: vgzSuspension, date: '2026-09-21', kind: 'warning', params: { requiredChange: 'Laat de badkamer schoonmaken.', improveBy: '2026-10-05', consequence: 'suspension' } },
  { name: 'warning-vgz-termination', doc: vgzTermination, date: '2026-11-05', kind: 'warning', params: { ...warningParams('2026-11-19'), incidents: ['t1'] } },
  { name: 'suspension-intent-vgz', doc: vgzSuspension, date: '2026-10-07', kind: 'suspension-intent', params: { requiredChange: 'Laat de badkamer schoonmaken.' } },
  { name: 'termination-intent-bijlage6', doc: bijlage6, date: '2026-06-09', kind: 'termination-intent' },
  { name: 'termination-intent-vgz', doc: vgzTermination, date: '2026-11-20', kind: 'termination-intent' },
  { name: 'refusal-intent-bijlage6', doc: bijlage6Refusal, date: '2026-06-09', kind: 'refusal-intent' },
  { name: 'funder-notified-groningen', doc: groningen, date: '2026-08-10', kind: 'funder-notified' },
  { name: 'funder-notified-groningen-immediate', doc: groningenImmediate, date: '2026-08-04', kind: 'funder-notified' },
  { name: 'funder-notified-vgz', doc: vgzTermination, date: '2026-11-20', kind: 'funder-notified' },
  { name: 'decision-groningen', doc: groningen, date: '2026-08-21', kind: 'decision' },
  { name: 'decision-groningen-immediate', doc: groningenImmediate, date: '2026-08-05', kind: 'decision' },
  { name: 'decision-bijlage6', doc: bijlage6, date: '2026-06-30', kind: 'decision' },
  { name: 'decision-refusal-bijlage6', doc: bijlage6Refusal, date: '2026-06-30', kind: 'decision' },
  { name: 'decision-vgz', doc: vgzTermination, date: '2026-12-01', kind: 'decision' },
  { name: 'final-notice-groningen', doc: groningen, date: '2026-08-26', kind: 'final-notice' },
  { name: 'final-notice-groningen-immediate', doc: groningenImmediate, date: '2026-08-06', kind: 'final-notice' },
  { name: 'final-notice-bijlage6', doc: bijlage6, date: '2026-06-30', kind: 'final-notice' },
  { name: 'final-notice-vgz', doc: vgzTermination, date: '2026-12-03', kind: 'final-notice' },
  { name: 'final-notice-onl', doc: onl, date: '2026-09-10', kind: 'final-notice' },
  { name: 'consent-request-groningen', doc: groningen, date: '2026-08-22', kind: 'consent-request', params: { nextProvider: 'Stichting Noorderpoort' } },
  { name: 'consent-request-groningen-immediate', doc: groningenImmediate, date: '2026-08-06', kind: 'consent-request', params: { nextProvider: 'Stichting Noorderpoort' } },
  { name: 'consent-request-vgz', doc: vgzTermination, date: '2026-12-03', kind: 'consent-request', params: { nextProvider: 'Thuiszorg Oost' } },
  { name: 'consent-request-onl', doc: onl, date: '2026-09-10', kind: 'consent-request', params: { nextProvider: 'Zorgcentrum Steenwijk' } },
];
