import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passwordProblem } from './password-policy.ts';

test('a password is at least 12 characters and not in the lists of common and breached passwords', () => {
  assert.match(passwordProblem('kort') ?? '', /minstens 12 tekens/);
  for (const weak of ['Wachtwoord2024!', 'password1234', 'welkom123456', 'qwertyuiop123', 'wachtwoord2024', '123456789012', 'zorgvuldig-2026']) {
    assert.match(passwordProblem(weak) ?? '', /te makkelijk te raden/, weak);
  }
  // Built from the person's own name and address.
  assert.match(passwordProblem('inekebosma1234', { email: 'ineke.bosma@delinde.example', name: 'Ineke Bosma' }) ?? '', /te makkelijk/);
  for (const strong of ['kraanvogel-lantaarn-zeef-pannenkoek', 'Tr0ub4dor&3-paard-batterij', 'vier losse woorden: tulp dijk molen']) {
    assert.equal(passwordProblem(strong), undefined, strong);
  }
  assert.match(passwordProblem('a'.repeat(300)) ?? '', /hoogstens 256/);
});
