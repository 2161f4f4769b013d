import type * as PgModule from 'pg';

/*
 * Fewer round trips to PostgreSQL per request. A request sends the same few statements every
 * time, each a round trip that costs both processes a system call and a wake-up, and PostgreSQL
 * a parse and a plan: the connections of the app's pool therefore name their statements (parsed
 * and planned once per connection) and send a transaction's BEGIN together with the statement
 * that follows it; and they send one statement at a time, in the order asked.
 */

/** At most this many named statements per connection; beyond it, statements go unnamed as before. */
export const PREPARED_PER_CONNECTION = 200;

type Query = (...args: unknown[]) => Promise<unknown>;
interface Wrappable {
  query: Query;
}

/**
 * Names every parameterised statement a connection sends, so that PostgreSQL parses it once per
 * connection (and may keep its plan). Statements without parameters and calls with a callback
 * pass through unchanged.
 */
export function nameStatements(client: Wrappable, limit = PREPARED_PER_CONNECTION): void {
  const send = client.query.bind(client);
  const names = new Map<string, string>();
  client.query = (...args: unknown[]) => {
    const [text, values, callback] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined) {
      let name = names.get(text);
      if (!name && names.size < limit) {
        name = `kijkje_${names.size + 1}`;
        names.set(text, name);
      }
      if (name) return send({ name, text, values });
    }
    return send(...args);
  };
}

const BEGIN = 'START TRANSACTION';
const BEGUN = { command: 'BEGIN', rowCount: null, oid: null, rows: [], fields: [] };

/**
 * Holds a transaction's BEGIN back until the next statement: a statement without parameters goes
 * out in the same message (`START TRANSACTION; …`), anything else right after it. `forget()`
 * drops a BEGIN that nothing followed, for a connection going back to the pool.
 */
export function deferBegin(client: Wrappable): { forget(): void } {
  const send = client.query.bind(client);
  let pending = false;
  client.query = (...args: unknown[]) => {
    const [first, values, callback] = args;
    if (callback !== undefined || typeof values === 'function') return send(...args);
    if (first === BEGIN && values === undefined && !pending) {
      pending = true;
      return Promise.resolve(BEGUN);
    }
    if (!pending) return send(...args);
    pending = false;
    if (typeof first === 'string' && values === undefined) {
      return send(`${BEGIN}; ${first}`).then((results) => {
        const rest = (results as unknown[]).slice(1);
        return rest.length === 1 ? rest[0] : rest;
      });
    }
    return send(BEGIN).then(() => send(...args));
  };
  return {
    forget: () => {
      pending = false;
    },
  };
}

/**
 * Sends a connection's statements one after the other, in the order they were asked for.
 * DataLoaders of one request dispatch in the same tick; node-postgres would queue them itself but
 * is dropping that (a deprecation today), and a deferred BEGIN must go before them all. Calls
 * with a callback or a submittable (cursors, streams) pass through unchanged.
 */
export function sendInTurn(client: Wrappable): void {
  const send = client.query.bind(client);
  let tail: Promise<unknown> = Promise.resolve();
  client.query = (...args: unknown[]) => {
    const [first] = args;
    if (args.some((a) => typeof a === 'function') || typeof (first as { submit?: unknown } | null)?.submit === 'function') return send(...args);
    const run = tail.then(() => send(...args));
    tail = run.catch(() => undefined);
    return run;
  };
}

const forget = Symbol('forget a deferred BEGIN');

/**
 * The pg module for the app's DataSource: the same, except that its pools tune every connection
 * they open as above (from the first one on, which TypeORM opens while initialising).
 */
export function fewerRoundTrips(pg: typeof PgModule): typeof PgModule {
  class TunedPool extends pg.Pool {
    constructor(config?: PgModule.PoolConfig) {
      super(config);
      this.on('connect', (client) => {
        const deferred = deferBegin(client as unknown as Wrappable);
        nameStatements(client as unknown as Wrappable);
        sendInTurn(client as unknown as Wrappable);
        (client as unknown as Record<symbol, () => void>)[forget] = deferred.forget;
      });
      this.on('release', (_error: Error | undefined, client: PgModule.PoolClient) =>
        (client as unknown as Record<symbol, (() => void) | undefined>)[forget]?.(),
      );
    }
  }
  return { ...pg, Pool: TunedPool } as typeof PgModule;
}
