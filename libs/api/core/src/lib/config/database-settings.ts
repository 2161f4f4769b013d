/**
 * How the serving connections treat a slow database (REL-09): no statement may run, wait for a
 * lock or sit idle inside a transaction for longer than this, so one locked table cannot hold
 * connections for as long as the lock lasts and starve the pool for everyone else. Migrations,
 * the LISTEN connection and the demo seed connect without these limits.
 */
export interface DatabaseSettings {
  /** Connections of the serving pool (DB_POOL_SIZE). */
  poolSize: number;
  /** How long a request waits for a connection of the pool, or for a new one to open (DB_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number of milliseconds (0: no limit); not "${raw}"`);
  return n;
}

export function databaseSettings(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  const poolSize = milliseconds(env, 'DB_POOL_SIZE', 10);
  if (poolSize < 1) throw new Error('DB_POOL_SIZE must be at least 1');
  return {
    poolSize,
    connectTimeoutMs: milliseconds(env, 'DB_CONNECT_TIMEOUT_MS', 5000),
    statementTimeoutMs: milliseconds(env, 'DB_STATEMENT_TIMEOUT_MS', 15_000),
    lockTimeoutMs: milliseconds(env, 'DB_LOCK_TIMEOUT_MS', 5000),
    idleInTransactionTimeoutMs: milliseconds(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000),
  };
}

/** node-postgres options for a serving connection: the limits travel in its startup message, so they hold from its first statement on. */
export function servingConnectionOptions(s: DatabaseSettings) {
  return {
    statement_timeout: s.statementTimeoutMs,
    lock_timeout: s.lockTimeoutMs,
    idle_in_transaction_session_timeout: s.idleInTransactionTimeoutMs,
    connectionTimeoutMillis: s.connectTimeoutMs,
  };
}
