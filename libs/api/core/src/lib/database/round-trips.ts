// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the types of a node-postgres module it does not publish
/// <reference path="./pg-utils.d.ts" />
import type * as PgModule from 'pg';
import { escapeLiteral } from 'pg';
// node-postgres's own conversion of a parameter to the text it sends.
import { prepareValue } from 'pg/lib/utils';
import type { EntityManager, QueryRunner } from 'typeorm';

/*
 * Fewer round trips to PostgreSQL per request. A request sends the same few statements every
 * time, each a round trip that costs both processes a system call and a wake-up, and PostgreSQL
 * a parse and a plan: the connections of the app's pool therefore name their statements (parsed
 * and planned once per connection) and send a transaction's BEGIN together with the statement
 * that follows it, and write-only statements (audit rows, notifications) with the one after them;
 * and they send one statement at a time, in the order asked.
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

/** A statement whose answer nobody reads (an audit row, a notification), waiting for the next one. */
export const DEFER = Symbol('defer a write-only statement');
export type Defer = (text: string, values: readonly unknown[]) => void;

class NotLiteral extends Error {}

/**
 * A longer statement keeps its parameters, and so its plan prepared once per connection: what was
 * held goes in a message of its own before it. Parsing and planning a long statement (a compiled
 * read) every time costs PostgreSQL more than the round trip saved.
 */
const LITERAL_LIMIT = 1000;

/**
 * A parameter as the untyped SQL literal of the text node-postgres would send for it (so PostgreSQL
 * infers its type from where it stands, as for a parameter), or NULL.
 */
function literal(value: unknown): string {
  const text = prepareValue(value);
  if (text === null || text === undefined) return 'NULL';
  if (typeof text !== 'string') throw new NotLiteral();
  return escapeLiteral(text);
}

/** A statement with its parameters written in as literals. */
const withLiterals = (text: string, values: readonly unknown[]): string => text.replace(/\$(\d+)/g, (_, n: string) => literal(values[Number(n) - 1]));

/**
 * Write-only statements travel with the statement after them: `client[DEFER](text, values)` holds
 * one back (its parameters as quoted literals), and the connection's next statement goes in the
 * same message after what was held (`…; COMMIT`; a short statement with parameters has them
 * written in as literals too; a long one, or one with a value that has no text such as a byte
 * array, goes after the held ones in a message of its own). Every later statement therefore sees their effect, as if they had run at once;
 * an error surfaces at that next statement and aborts the transaction as it would have. A ROLLBACK
 * drops what was held.
 */
export function deferWrites(client: Wrappable): void {
  const send = client.query.bind(client);
  let held: string[] = [];
  (client as unknown as Record<symbol, Defer>)[DEFER] = (text, values) => {
    held.push(withLiterals(text, values));
  };
  client.query = (...args: unknown[]) => {
    const [first, values, callback] = args;
    if (!held.length || callback !== undefined || typeof values === 'function' || typeof (first as { submit?: unknown } | null)?.submit === 'function')
      return send(...args);
    const batch = held.join('; ');
    held = [];
    if (first === 'ROLLBACK') return send(...args);
    let next: string | null = typeof first === 'string' && values === undefined ? first : null;
    if (next === null && typeof first === 'string' && Array.isArray(values) && first.length <= LITERAL_LIMIT) {
      try {
        next = withLiterals(first, values);
      } catch (error) {
        if (!(error instanceof NotLiteral)) throw error;
      }
    }
    // One message: what was held, then the statement, whose answer is the last one.
    if (next !== null) return send(`${batch}; ${next}`).then((results) => (results as unknown[]).at(-1));
    return send(batch).then(() => send(...args));
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
        deferWrites(client as unknown as Wrappable);
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

/**
 * Runs a write-only statement as part of the operation's transaction, sent with the statement
 * after it (deferWrites); outside a transaction, or on a connection without that, at once.
 */
export async function writeWithNext(em: EntityManager, text: string, values: readonly unknown[]): Promise<void> {
  const runner = em.queryRunner as (QueryRunner & { databaseConnection?: Record<symbol, Defer | undefined> }) | undefined;
  const defer = runner?.isTransactionActive ? runner.databaseConnection?.[DEFER] : undefined;
  if (defer) defer(text, values);
  else await em.query(text, [...values]);
}
