import pg from 'pg';
import {
  CompiledQuery,
  PostgresDialect,
  type PostgresPool,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

// PostgreSQL over the network: a statement marked to go "with the commit" is held back and sent in
// the same message as the transaction's COMMIT, saving the round trip it would cost on its own. The
// access log's append is such a statement: the last thing every command does (decision 0007). Held
// back only inside a transaction, and only without parameters (several statements in one message
// need the simple query protocol); a failure in it fails the commit, and the transaction is rolled
// back as for any other. PGlite, in the process, has no round trip to save and runs it at once.
//
// The other end likewise: BEGIN is not sent on its own but in one message with the transaction's
// first statement, its parameters written into it as literals (decision 0022). A read that logs is
// then two round trips (BEGIN with its SELECT; the log's append with the COMMIT), as the least a
// logged read needs, instead of three. A literal is what node-postgres would have sent as the
// parameter (text of unknown type, which the server types the same way), quoted by pg's own
// escapeLiteral; a value that is no plain string, number, boolean or null (a Date, a Buffer, an
// array) keeps the statement as it is, after a BEGIN of its own.

/** Starts a statement to be sent with its transaction's COMMIT. */
export const WITH_COMMIT = '/* with the commit */ ';

// A statement of a hot path can be prepared: planned once per database session and then only
// executed (planning the case's read cost PostgreSQL four times its execution; decision 0027). It is
// prepared with SQL (PREPARE, then EXECUTE with its parameters as literals) rather than by the
// protocol, so that it still travels in one message with the transaction's BEGIN. A session that
// pools connections per transaction (pgbouncer in transaction mode) would not keep it: connect
// directly or pool per session (docs/scaling.md).

const PREPARED = /^\/\* prepared ([a-z_]+) \*\/ /;

/** The query, marked to be prepared under `name` (lower case and underscores) in every session that runs it. */
export function preparedQuery<Q extends CompiledQuery<unknown>>(name: string, query: Q): Q {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`prepared statement: ${name} is no plain name`);
  return { ...query, sql: `/* prepared ${name} */ ${query.sql}` };
}

/** The literal node-postgres's parameter would have been, or undefined for a value it sends otherwise. */
function literalOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'null';
  // A NUL would end the message's text early: such a value goes as a parameter (and is refused there).
  if (typeof value === 'string') return value.includes('\0') ? undefined : pg.escapeLiteral(value);
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean' || typeof value === 'bigint') return `'${String(value)}'`;
  return undefined;
}

/**
 * The statement with its `$n` parameters written in as literals, or undefined when one cannot be.
 * Skips what is not SQL code: quoted strings ('…', E'…' with backslash escapes), quoted names,
 * dollar-quoted strings and comments.
 */
export function withLiterals(text: string, parameters: readonly unknown[]): string | undefined {
  const literals = parameters.map(literalOf);
  if (literals.some((l) => l === undefined)) return undefined;
  let out = '';
  let i = 0;
  const skipTo = (end: string, from: number) => {
    const at = text.indexOf(end, from);
    return at === -1 ? text.length : at + end.length;
  };
  while (i < text.length) {
    const c = text[i] as string;
    let next = i + 1;
    if (c === "'") {
      const backslashes = i > 0 && /[eE]/.test(text[i - 1] as string) && !/[\w$]/.test(text[i - 2] ?? ' ');
      next = i + 1;
      while (next < text.length) {
        if (backslashes && text[next] === '\\') next += 2;
        else if (text[next] === "'" && text[next + 1] === "'") next += 2;
        else if (text[next] === "'") break;
        else next++;
      }
      next++;
    } else if (c === '"') next = skipTo('"', i + 1);
    else if (c === '-' && text[i + 1] === '-') next = skipTo('\n', i + 2);
    else if (c === '/' && text[i + 1] === '*') next = skipTo('*/', i + 2);
    else if (c === '$') {
      const parameter = /^\$(\d+)/.exec(text.slice(i, i + 12));
      const tag = /^\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(text.slice(i, i + 64));
      if (parameter !== null && !/[\w$]/.test(text[i - 1] ?? ' ')) {
        const literal = literals[Number(parameter[1]) - 1];
        if (literal === undefined) return undefined;
        out += literal;
        i += parameter[0].length;
        continue;
      }
      if (tag !== null && !/[\w$]/.test(text[i - 1] ?? ' ')) next = skipTo(tag[0], i + tag[0].length);
    }
    out += text.slice(i, next);
    i = next;
  }
  return out;
}

/** The statements a database session has prepared, by the name they were marked with. */
export class PreparedStatements {
  readonly #ready = new Map<string, string>();
  #attempts = 0;

  /**
   * The marked query as this session runs it: EXECUTE of its prepared statement, after its PREPARE
   * when the session has not got it yet; undefined when it is not marked or a parameter cannot be a
   * literal. Call `done` once the message is answered: only then does the session surely have it.
   */
  statement(query: CompiledQuery<unknown>): { sql: string; done: () => void } | undefined {
    const marked = PREPARED.exec(query.sql);
    if (marked === null) return undefined;
    const literals = query.parameters.map(literalOf);
    if (literals.some((l) => l === undefined)) return undefined;
    const name = marked[1] as string;
    const ready = this.#ready.get(name);
    // PREPARE outlives a rollback, so a message that failed may have left it: a new attempt takes a new name.
    const as = ready ?? `${name}_${++this.#attempts}`;
    const execute = `execute ${as}${literals.length > 0 ? `(${literals.join(', ')})` : ''}`;
    return {
      sql: ready !== undefined ? execute : `prepare ${as} as ${query.sql.slice(marked[0].length)};\n${execute}`,
      done: () => this.#ready.set(name, as),
    };
  }
}

class TailConnection implements DatabaseConnection {
  inTransaction = false;
  /** BEGIN is owed: it goes with the transaction's first statement. */
  beginOwed = false;
  tail: string[] = [];
  readonly prepared = new PreparedStatements();

  constructor(readonly inner: DatabaseConnection) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction && query.sql.startsWith(WITH_COMMIT) && query.parameters.length === 0) {
      this.tail.push(query.sql);
      return { rows: [] };
    }
    const begin = this.beginOwed;
    this.beginOwed = false;
    const prepared = this.prepared.statement(query);
    if (prepared !== undefined) {
      const result = await this.inner.executeQuery<R>(CompiledQuery.raw(begin ? `begin;\n${prepared.sql}` : prepared.sql));
      prepared.done();
      return result;
    }
    if (begin) {
      const inlined = withLiterals(query.sql, query.parameters);
      if (inlined !== undefined) return this.inner.executeQuery(CompiledQuery.raw(`begin;\n${inlined}`));
      await this.inner.executeQuery(CompiledQuery.raw('begin'));
    }
    return this.inner.executeQuery(query);
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery(query, chunkSize);
  }
}

class TailDriver implements Driver {
  readonly #connections = new WeakMap<DatabaseConnection, TailConnection>();

  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.inner.acquireConnection();
    let tail = this.#connections.get(connection);
    if (tail === undefined) {
      tail = new TailConnection(connection);
      this.#connections.set(connection, tail);
    }
    return tail;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const tail = connection as TailConnection;
    if (settings.isolationLevel !== undefined || settings.accessMode !== undefined) await this.inner.beginTransaction(tail.inner, settings);
    else tail.beginOwed = true;
    tail.tail = [];
    tail.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const tail = connection as TailConnection;
    const held = tail.tail;
    const owed = tail.beginOwed;
    tail.tail = [];
    tail.inTransaction = false;
    tail.beginOwed = false;
    // Nothing was sent and nothing is held: there is nothing to begin or commit.
    if (owed && held.length === 0) return;
    if (!owed && held.length === 0) return this.inner.commitTransaction(tail.inner);
    await tail.inner.executeQuery(CompiledQuery.raw([...(owed ? ['begin'] : []), ...held, 'commit'].join(';\n')));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const tail = connection as TailConnection;
    const owed = tail.beginOwed;
    tail.tail = [];
    tail.inTransaction = false;
    tail.beginOwed = false;
    if (!owed) await this.inner.rollbackTransaction(tail.inner);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection((connection as TailConnection).inner);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** Several statements in one message answer with one result each: Kysely is given the last one's. */
function lastResultPool(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, ReturnType<typeof lastResultClient>>();
  const lastResultClient = (client: pg.PoolClient) => ({
    query: async (text: string, values: unknown[]) => {
      const result = (await client.query(text, values)) as pg.QueryResult | pg.QueryResult[];
      return Array.isArray(result) ? (result.at(-1) as pg.QueryResult) : result;
    },
    release: () => client.release(),
  });
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (wrapped === undefined) clients.set(client, (wrapped = lastResultClient(client)));
      return wrapped as never;
    },
    end: () => pool.end(),
  };
}

export class CommitTailDialect extends PostgresDialect {
  constructor(pool: pg.Pool) {
    super({ pool: lastResultPool(pool) });
  }

  override createDriver(): Driver {
    return new TailDriver(super.createDriver());
  }
}
