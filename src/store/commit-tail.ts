import {
  CompiledQuery,
  PostgresDialect,
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

/** Starts a statement to be sent with its transaction's COMMIT. */
export const WITH_COMMIT = '/* with the commit */ ';

class TailConnection implements DatabaseConnection {
  inTransaction = false;
  tail: string[] = [];

  constructor(readonly inner: DatabaseConnection) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction && query.sql.startsWith(WITH_COMMIT) && query.parameters.length === 0) {
      this.tail.push(query.sql);
      return { rows: [] };
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
    await this.inner.beginTransaction(tail.inner, settings);
    tail.tail = [];
    tail.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const tail = connection as TailConnection;
    const held = tail.tail;
    tail.tail = [];
    tail.inTransaction = false;
    if (held.length === 0) return this.inner.commitTransaction(tail.inner);
    await tail.inner.executeQuery(CompiledQuery.raw([...held, 'commit'].join(';\n')));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const tail = connection as TailConnection;
    tail.tail = [];
    tail.inTransaction = false;
    await this.inner.rollbackTransaction(tail.inner);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection((connection as TailConnection).inner);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

export class CommitTailDialect extends PostgresDialect {
  override createDriver(): Driver {
    return new TailDriver(super.createDriver());
  }
}
