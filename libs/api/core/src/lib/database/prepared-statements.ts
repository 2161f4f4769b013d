import type * as PgModule from 'pg';

/** At most this many named statements per connection; beyond it, statements go unnamed as before. */
export const PREPARED_PER_CONNECTION = 200;

/**
 * Names every parameterised statement a connection sends, so that PostgreSQL parses it once per
 * connection (and may keep its plan) instead of on every request: each request sends the same
 * few statements, and parsing and planning them again was a good part of its cost. Statements
 * without parameters (BEGIN, COMMIT) and calls with a callback pass through unchanged.
 */
export function nameStatements(client: PgModule.PoolClient, limit = PREPARED_PER_CONNECTION): void {
  const send = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Map<string, string>();
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
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

/**
 * The pg module for the app's DataSource: the same, except that its pools name the statements of
 * every connection they open (from the first one on, which TypeORM opens while initialising).
 */
export function namingStatements(pg: typeof PgModule): typeof PgModule {
  class NamingPool extends pg.Pool {
    constructor(config?: PgModule.PoolConfig) {
      super(config);
      this.on('connect', (client) => nameStatements(client));
    }
  }
  return { ...pg, Pool: NamingPool } as typeof PgModule;
}
