import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { issuesOf } from '../../../test/support/issues.ts';
import { addMinutes, compareInstants, formatLocalMoment, instantFromLocalTime, localDate, parseInstant } from './instants.ts';

const refusal = (fn: () => unknown): string =>
  issuesOf(fn)
    .map((i) => `${i.path}: ${i.message}`)
    .join('\n');

describe('instants', () => {
  test('an instant keeps its moment and is stored in UTC', () => {
    assert.equal(parseInstant('2026-03-30T10:00+02:00', '$.start'), '2026-03-30T08:00:00.000Z');
    assert.equal(parseInstant('2026-03-30T08:00:00Z', '$.start'), '2026-03-30T08:00:00.000Z');
    assert.equal(parseInstant('2026-03-30T08:00:30.250Z', '$.start'), '2026-03-30T08:00:30.250Z');
  });

  test('a time without its offset, or no time at all, is refused', () => {
    for (const text of ['2026-03-30T10:00', '2026-03-30', 'maandag', '2026-02-30T10:00Z', '2026-03-30T25:00Z']) {
      assert.match(refusal(() => parseInstant(text, '$.receivedAt')), /^\$\.receivedAt: is geen geldig tijdstip/, text);
    }
  });

  test('Dutch wall-clock time: summer time (+02:00) and winter time (+01:00)', () => {
    assert.equal(instantFromLocalTime('2026-03-30T10:00', '$.start'), '2026-03-30T08:00:00.000Z');
    assert.equal(instantFromLocalTime('2026-03-28T10:00', '$.start'), '2026-03-28T09:00:00.000Z');
    assert.equal(instantFromLocalTime('2026-03-29T01:59', '$.start'), '2026-03-29T00:59:00.000Z');
    assert.equal(instantFromLocalTime('2026-03-29T03:00', '$.start'), '2026-03-29T01:00:00.000Z');
  });

  test('a time the clocks skip on the last Sunday of March does not exist', () => {
    assert.equal(
      refusal(() => instantFromLocalTime('2026-03-29T02:30', '$.start')),
      '$.start: bestaat niet in Nederland: op zondag 29 maart 2026 gaat de klok om 02:00 een uur vooruit naar 03:00',
    );
    assert.match(refusal(() => instantFromLocalTime('2026-03-29T02:00', '$.start')), /bestaat niet/);
  });

  test('a time the clocks pass twice on the last Sunday of October needs to say which', () => {
    assert.match(refusal(() => instantFromLocalTime('2026-10-25T02:30', '$.start')), /komt twee keer voor: op zondag 25 oktober 2026/);
    assert.equal(instantFromLocalTime('2026-10-25T02:30', '$.start', 'earlier'), '2026-10-25T00:30:00.000Z');
    assert.equal(instantFromLocalTime('2026-10-25T02:30', '$.start', 'later'), '2026-10-25T01:30:00.000Z');
    // Outside the fold the choice changes nothing.
    assert.equal(instantFromLocalTime('2026-10-25T03:00', '$.start', 'earlier'), '2026-10-25T02:00:00.000Z');
  });

  test('a malformed local time is refused', () => {
    for (const text of ['2026-03-30 10:00', '2026-03-30T10:00+02:00', '2026-02-30T10:00', '2026-03-30T24:00']) {
      assert.match(refusal(() => instantFromLocalTime(text, '$.start')), /is geen geldige datum en tijd/, text);
    }
  });

  test('local date and the moment in Dutch', () => {
    assert.equal(localDate('2026-03-29T22:30:00.000Z'), '2026-03-30'); // 00:30 CEST
    assert.equal(localDate('2026-01-31T23:30:00.000Z'), '2026-02-01'); // 00:30 CET
    assert.equal(formatLocalMoment('2026-03-28T08:00:00.000Z'), 'zaterdag 28 maart 2026 om 09:00');
    assert.equal(formatLocalMoment('2026-10-24T09:00:00.000Z'), 'zaterdag 24 oktober 2026 om 11:00');
  });

  test('minutes are real minutes, across the clock change', () => {
    assert.equal(addMinutes('2026-03-29T00:30:00.000Z', 60), '2026-03-29T01:30:00.000Z'); // 01:30 CET -> 03:30 CEST
    assert.ok(compareInstants('2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z') < 0);
    assert.equal(compareInstants('2026-03-29T02:30:00+02:00', '2026-03-29T00:30:00.000Z'), 0);
  });
});
