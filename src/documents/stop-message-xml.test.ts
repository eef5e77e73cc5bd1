import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { istandaardenAbsent, validate307 } from '../../test/support/istandaarden.ts';
import { issuesOf } from '../../test/support/issues.ts';
import type { DossierDocument } from '../domain/dossier/types.ts';
import { buildStopMessage } from '../domain/stop-message/stop-message.ts';
import { stopMessageXml } from './stop-message-xml.ts';

const groningen: DossierDocument = JSON.parse(readFileSync(new URL('../../examples/groningen-beeindiging.json', import.meta.url), 'utf8'));

function variant(change: (doc: DossierDocument) => void): DossierDocument {
  const doc = structuredClone(groningen);
  change(doc);
  return doc;
}


describe('the 307 stop message', () => {
  test('the accepted Groningen termination gives an iWmo 307 that validates against WMO307.xsd', { skip: istandaardenAbsent }, async () => {
    const result = await validate307(stopMessageXml(buildStopMessage(groningen, { today: '2026-11-22' })), 'wmo');
    assert.deepEqual(result.errors, []);
    assert.equal(result.valid, true);
  });

  test('the accepted Groningen termination gives an iWmo 307 with the case’s data', () => {
    const xml = stopMessageXml(buildStopMessage(groningen, { today: '2026-11-22' }));
    // The case's data, copied: the recorded stop-message entry gives the id and the date.
    for (const fact of [
      '<wmo307:BerichtCode>420</wmo307:BerichtCode>',
      '<wmo307:Afzender>73730123</wmo307:Afzender>',
      '<wmo307:Ontvanger>0014</wmo307:Ontvanger>',
      '<iwmo:Identificatie>DL2026-0307</iwmo:Identificatie>',
      '<iwmo:Dagtekening>2026-10-01</iwmo:Dagtekening>',
      '<wmo307:Bsn>999993653</wmo307:Bsn>',
      '<iwmo:Datum>1979-04-12</iwmo:Datum>',
      '<wmo307:ToewijzingNummer>4100217</wmo307:ToewijzingNummer>',
      '<wmo307:Begindatum>2024-09-01</wmo307:Begindatum>',
      '<wmo307:RedenBeeindiging>22</wmo307:RedenBeeindiging>',
      '<wmo307:Einddatum>2026-09-30</wmo307:Einddatum>',
      '<wmo307:StatusAanlevering>1</wmo307:StatusAanlevering>',
    ]) {
      assert.ok(xml.includes(fact), `missing ${fact}`);
    }
  });

  test('a Jeugdwet allocation gives an iJw 307 with reason 33 that validates against JW307.xsd', { skip: istandaardenAbsent }, async () => {
    const doc = variant((d) => {
      d.allocation = { ...d.allocation!, law: 'jeugdwet', product: { category: '45', code: '45A10' }, familyNamePrefix: 'de' };
    });
    const xml = stopMessageXml(buildStopMessage(doc, { today: '2026-11-22', date: '2026-10-02', id: 'JW-1' }));
    const result = await validate307(xml, 'jeugdwet');
    assert.deepEqual(result.errors, []);
    assert.ok(xml.includes('<jw307:BerichtCode>440</jw307:BerichtCode>'));
    assert.ok(xml.includes('<jw307:RedenBeeindiging>33</jw307:RedenBeeindiging>'));
    assert.ok(xml.includes('<ijw:Voorvoegsel>de</ijw:Voorvoegsel>'));
    assert.ok(xml.includes('<ijw:Identificatie>JW-1</ijw:Identificatie>'));
  });

  test('the validator does reject a message that breaks the schema', { skip: istandaardenAbsent }, async () => {
    const xml = stopMessageXml(buildStopMessage(groningen, { today: '2026-11-22' })).replace('<wmo307:Geslacht>1<', '<wmo307:Geslacht>7<');
    const result = await validate307(xml, 'wmo');
    assert.equal(result.valid, false);
    assert.match(result.errors.join('\n'), /Geslacht/);
  });

  test('without a recorded stop message the id is derived and the date is today', () => {
    const doc = variant((d) => {
      d.entries = d.entries.filter((e) => e.type !== 'stop-message');
    });
    const message = buildStopMessage(doc, { today: '2026-11-22' });
    assert.deepEqual(message.header, { sender: '73730123', receiver: '0014', id: '261122100217', date: '2026-11-22' });
  });

  test('the allocation end date overrides the decision end date; a reason code is kept', () => {
    const doc = variant((d) => {
      d.allocation = { ...d.allocation!, endDate: '2026-09-28', reasonCode: '38' };
    });
    const { product } = buildStopMessage(doc, { today: '2026-11-22' });
    assert.equal(product.endDate, '2026-09-28');
    assert.equal(product.reasonCode, '38');
  });

  test('a BSN that fails the eleven-test, an unknown category and a reason of the other standard are named', () => {
    const doc = variant((d) => {
      d.allocation = { ...d.allocation!, bsn: '999993654', product: { category: '45' }, reasonCode: '33' };
    });
    assert.deepEqual(issuesOf(() => buildStopMessage(doc, { today: '2026-11-22' })), [
      { path: '$.allocation.bsn', message: 'BSN voldoet niet aan de elfproef' },
      {
        path: '$.allocation.product.category',
        message: 'productcategorie 45 bestaat niet in iWmo; wel: 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 11, 12, 13, 14, 15, 16, 17, 18',
      },
      {
        path: '$.allocation.reasonCode',
        message: 'reden beëindiging 33 bestaat niet in iWmo; wel: 02, 19, 20, 21, 22, 23, 31, 36, 37, 38, 39',
      },
    ]);
  });

  test('no allocation, no acceptance, no end date, a date before the end: each is refused with its path', () => {
    assert.deepEqual(issuesOf(() => buildStopMessage(variant((d) => delete d.allocation), { today: '2026-11-22' })).map((i) => i.path), [
      '$.allocation',
    ]);
    const rejected = variant((d) => {
      d.entries = d.entries.map((e) => (e.type === 'funder-decision' ? { ...e, outcome: 'rejected' } : e));
    });
    assert.deepEqual(issuesOf(() => buildStopMessage(rejected, { today: '2026-11-22' })), [
      { path: '$.entries', message: 'er is geen besluit van de gemeente vastgelegd dat de beëindiging accepteert; een 307 volgt pas na acceptatie' },
    ]);
    const noEnd = variant((d) => {
      d.entries = d.entries.map((e) => (e.type === 'funder-decision' ? { ...e, endDate: undefined } : e));
    });
    assert.deepEqual(issuesOf(() => buildStopMessage(noEnd, { today: '2026-11-22' })).map((i) => i.path), ['$.allocation.endDate']);
    assert.deepEqual(issuesOf(() => buildStopMessage(groningen, { today: '2026-11-22', date: '2026-09-29' })), [
      {
        path: 'date',
        message: 'een 307 meldt een stop die al is ingegaan: verstuur het op of na de einddatum (30 september 2026), niet op 29 september 2026',
      },
    ]);
    assert.deepEqual(issuesOf(() => buildStopMessage(groningen, { today: '2026-11-22', id: 'DIT-IS-TE-LANG' })).map((i) => i.path), ['id']);
  });

  test('VGZ wijkverpleging has no 307', () => {
    assert.deepEqual(issuesOf(() => buildStopMessage(variant((d) => (d.regime = 'vgz-wijkverpleging')), { today: '2026-11-22' })).map((i) => i.path), [
      '$.regime',
    ]);
  });
});

test('under the ONL conditions the written notice ends the care; the end date must then be in the allocation', () => {
  const onl: DossierDocument = JSON.parse(readFileSync(new URL('../../examples/onl-opzegging-wanbetaling.json', import.meta.url), 'utf8'));
  const allocation = { ...groningen.allocation!, endDate: undefined };
  const noNotice = { ...onl, allocation };
  assert.deepEqual(issuesOf(() => buildStopMessage(noNotice, { today: '2026-11-22' })).map((i) => i.path), ['$.entries']);
  const notice = { ...noNotice, entries: [...onl.entries, { id: 'n1', type: 'client-notice' as const, date: '2026-09-10', kind: 'final-notice' as const, written: true }] };
  assert.deepEqual(issuesOf(() => buildStopMessage(notice, { today: '2026-11-22' })), [
    { path: '$.allocation.endDate', message: 'de definitieve einddatum ontbreekt: leg de einddatum na de opzegtermijn vast in de toewijzing' },
  ]);
  const ended = { ...notice, allocation: { ...allocation, endDate: '2026-09-17' } };
  assert.equal(buildStopMessage(ended, { today: '2026-11-22' }).product.endDate, '2026-09-17');
});
