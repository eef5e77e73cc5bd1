import '@fastify/rate-limit';

/**
 * Per address, on the requests that make the server hash a password or check a code: a bound on
 * the CPU a flood can take (one argon2id hash is about 10 ms of a core: bench/sign-in.ts), well above what an office
 * behind one address needs. Guessing itself is held back per account and address (decision 0015).
 */
export const SIGN_IN_RATE_LIMIT = { max: 30, timeWindow: 60_000 };
