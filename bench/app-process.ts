// One application process for `npm run bench`'s '2 processes' rows: the app on the PostgreSQL given,
// on a port of its own, as `zorgvuldig serve` would run it (without its jobs and its request log, as
// the in-process app beside it). Prints its URL on the first line of stdout; ends on SIGTERM.
//   node --import tsx bench/app-process.ts postgres://…
import { buildApp } from '../src/app.ts';
import { openStore } from '../src/store/database.ts';

const store = await openStore({ kind: 'postgresql', url: process.argv[2] as string }, { migrate: false });
const app = await buildApp({ store });
process.stdout.write(`${await app.listen({ port: 0, host: '127.0.0.1' })}\n`);
process.once('SIGTERM', () => void app.close().then(() => store.close()).then(() => process.exit(0)));
