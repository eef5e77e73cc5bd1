import assert from 'node:assert/strict';
import { randomBytes, scryptSync } from 'node:crypto';
import { test } from 'node:test';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';

test('argon2id at OWASP’s setting; the scrypt hashes from before still verify and are marked for an upgrade', async () => {
  const hash = await hashPassword('kraanvogel-lantaarn-zeef');
  assert.match(hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.equal(await verifyPassword('kraanvogel-lantaarn-zeef', hash), true);
  assert.equal(await verifyPassword('kraanvogel-lantaarn-zee', hash), false);
  assert.equal(needsRehash(hash), false);

  // As src/auth/passwords.ts made them before issue 13.
  const salt = randomBytes(16);
  const key = scryptSync('zorgvuldig-demo'.normalize('NFKC'), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const old = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
  assert.equal(await verifyPassword('zorgvuldig-demo', old), true);
  assert.equal(await verifyPassword('zorgvuldig-dem0', old), false);
  assert.equal(needsRehash(old), true);
  assert.equal(await verifyPassword('x', 'garbage'), false);
  assert.equal(await verifyPassword('x', '$argon2id$v=19$m=19456,t=2,p=1$kapot'), false);
});
