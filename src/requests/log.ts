import type { FastifyRequest, FastifyServerOptions } from 'fastify';

// The application log (stdout) is for running the application, not a second access log: it holds
// no client data. A request is logged by its method and path with the query's values left out (a
// search for a client's name stays out of it) and secrets in the path (an invitation, a calendar
// feed) replaced; an error by its type, code and a message with every quoted value and every long
// number taken out, and never the fields a database error carries (its SQL, its parameters, its
// detail line with the offending values). The NEN 7513 access log is the record of who did what.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A path segment that is a secret: 32 or more characters of base64url (not a UUID), perhaps with an extension. */
const SECRET = /^[A-Za-z0-9_-]{32,}(\.[a-z]+)?$/;

/** The path with secrets replaced, and the query with its names but not its values. */
function loggableUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  const safePath = path
    .split('/')
    .map((segment) => (SECRET.test(segment) && !UUID.test(segment) ? '‹geheim›' : segment))
    .join('/');
  if (query === undefined) return safePath;
  const names = query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => `${pair.split('=', 1)[0]?.slice(0, 40) ?? ''}=…`);
  return `${safePath}?${names.join('&')}`;
}

/** A message without the values it may quote: '…', "…", (…) after "Key", and any run of 6+ digits. */
function scrubMessage(message: string): string {
  return message
    .replace(/"[^"]*"|'[^']*'|«[^»]*»|“[^”]*”/g, '‹…›')
    .replace(/\([^()]*\)=\([^()]*\)/g, '(‹…›)=(‹…›)')
    .replace(/\d{6,}/g, '‹…›')
    .slice(0, 500);
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  statusCode?: unknown;
  stack?: unknown;
  severity?: unknown;
  routine?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
}

/** An error as the log may hold it. A database error keeps only its SQLSTATE and what it is about (table, column, constraint). */
function loggableError(value: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (typeof value !== 'object' || value === null) return { type: typeof value, message: scrubMessage(String(value)), stack: '' };
  const error = value as ErrorLike;
  const fromDatabase = typeof error.severity === 'string' && typeof error.routine === 'string';
  const message = fromDatabase ? `database error ${String(error.code)}` : scrubMessage(String(error.message ?? ''));
  const frames = typeof error.stack === 'string' ? error.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  return {
    type: typeof error.name === 'string' ? error.name : 'Error',
    message,
    ...(error.code !== undefined ? { code: String(error.code) } : {}),
    ...(error.statusCode !== undefined ? { statusCode: error.statusCode } : {}),
    ...(fromDatabase ? { table: error.table, column: error.column, constraint: error.constraint } : {}),
    stack: [`${typeof error.name === 'string' ? error.name : 'Error'}: ${message}`, ...frames].join('\n'),
  };
}

/** Fastify's logger: pino with the serializers above, to stdout or (tests) to a stream. */
export function loggerOptions(stream?: NodeJS.WritableStream): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level: 'info',
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, url: loggableUrl(request.url) }),
      err: loggableError,
    },
    ...(stream !== undefined ? { stream } : {}),
  };
}
