// What one sign-in costs with the password hash's setting (decision 0015): argon2id at OWASP's
// setting against the scrypt setting it replaced, per hash on one core, and how many hashes two
// cores finish per second when many arrive at once (what a flood of sign-ins can take from the
// server before the rate limit stops it).
//
//   npx tsx bench/sign-in.ts

import { randomBytes, scrypt } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { ARGON2_PARAMS, hashPassword } from '../src/auth/passwords.ts';

const ROUNDS = 40;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const scryptOld = (password: string) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, randomBytes(16), 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key))),
  );

const password = 'kraanvogel-lantaarn-zeef-pannenkoek';
const stored = await hashPassword(password);
await verify(stored, password); // warm up

const argon: number[] = [];
const old: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  argon.push(await time(() => verify(stored, password)));
  old.push(await time(() => scryptOld(password)));
}
const burst = 64;
const argonBurst = await time(() => Promise.all(Array.from({ length: burst }, () => hash(password, ARGON2_PARAMS))));

console.log(`cores: ${availableParallelism()}`);
console.log(`argon2id m=${ARGON2_PARAMS.memoryCost} KiB t=${ARGON2_PARAMS.timeCost} p=${ARGON2_PARAMS.parallelism}: median ${median(argon).toFixed(1)} ms per verification (${ROUNDS} rounds)`);
console.log(`scrypt N=2^15 r=8 p=1 (before issue 13): median ${median(old).toFixed(1)} ms per hash`);
console.log(`${burst} argon2id hashes at once: ${argonBurst.toFixed(0)} ms, ${(burst / (argonBurst / 1000)).toFixed(0)} hashes/s`);
