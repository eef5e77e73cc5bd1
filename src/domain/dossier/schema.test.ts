import assert from 'node:assert/strict';
import { test } from 'node:test';
import dossierSchema from '../../../schema/dossier-1.schema.json' with { type: 'json' };
import {
  ALTERNATIVE_KINDS,
  CLIENT_NOTICE_KINDS,
  CONSULTATION_PARTIES,
  DEPENDENCE_LEVELS,
  ENDANGERED,
  ENTRY_TYPES,
  GROUNDS,
  INCIDENT_BY,
  NOTICE_UNITS,
  PROCEDURES,
  REGIMES,
} from './types.ts';

// The JSON Schema is the public contract and types.ts mirrors it; these checks keep the two from
// drifting apart (a value added to one and not the other fails here).

type Variant = { properties: Record<string, { const?: string; enum?: string[]; items?: { enum?: string[] } }>; required: string[] };
const variants = dossierSchema.definitions.entry.oneOf as unknown as Variant[];
const variant = (type: string) => variants.find((v) => v.properties.type?.const === type) as Variant;

test('entry types, regimes and procedures agree with the schema', () => {
  assert.deepEqual(variants.map((v) => v.properties.type?.const), [...ENTRY_TYPES]);
  assert.deepEqual(dossierSchema.properties.regime.enum, [...REGIMES]);
  assert.deepEqual(dossierSchema.properties.procedure.enum, [...PROCEDURES]);
});

test('code lists agree with the schema', () => {
  assert.deepEqual(dossierSchema.definitions.ground.enum, [...GROUNDS]);
  assert.deepEqual(variant('consultation').properties.with?.items?.enum, [...CONSULTATION_PARTIES]);
  assert.deepEqual(variant('alternative').properties.kind?.enum, [...ALTERNATIVE_KINDS]);
  assert.deepEqual(variant('client-notice').properties.kind?.enum, [...CLIENT_NOTICE_KINDS]);
  assert.deepEqual(variant('incident').properties.by?.enum, [...INCIDENT_BY]);
  assert.deepEqual(variant('incident').properties.endangered?.items?.enum, [...ENDANGERED]);
  assert.deepEqual(variant('weighing').properties.dependence?.enum, [...DEPENDENCE_LEVELS]);
  assert.deepEqual(variant('notice-period').properties.unit?.enum, [...NOTICE_UNITS]);
});

test('every entry has id, type and date required and note and corrects optional', () => {
  for (const v of variants) {
    for (const field of ['id', 'type', 'date']) assert.ok(v.required.includes(field), `${v.properties.type?.const} requires ${field}`);
    for (const field of ['note', 'corrects']) {
      assert.ok(v.properties[field], `${v.properties.type?.const} has ${field}`);
      assert.ok(!v.required.includes(field));
    }
  }
});
