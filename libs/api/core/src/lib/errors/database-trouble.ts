/**
 * Recognises the errors that mean "the database cannot do this right now" (REL-09), so they
 * reach the client as a retryable SERVICE_UNAVAILABLE instead of an internal error:
 *
 * - `busy`: this statement gave up (statement or lock timeout, idle-in-transaction timeout, a
 *   deadlock or serialisation failure); the database itself is there.
 * - `down`: the database cannot be reached or is shutting down (refused or cut connections,
 *   57P01 admin_shutdown, 57P03 cannot_connect_now, class 08 connection exceptions, a pool that
 *   could not open a connection in time).
 */
export type DatabaseTrouble = 'busy' | 'down';

const BUSY = new Set(['57014', '55P03', '25P03', '40001', '40P01']);
const DOWN = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const DOWN_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|is not currently accepting connections|Connection is not established|the database system is (starting up|shutting down|in recovery mode)/i;

/** The errors wrapped around this one: GraphQL's originalError, TypeORM's driverError, a cause. */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let todo: unknown[] = [error];
  while (todo.length) {
    const next: unknown[] = [];
    for (const e of todo) {
      if (!e || typeof e !== 'object' || seen.has(e)) continue;
      seen.add(e);
      const r = e as Record<string, unknown>;
      yield r;
      next.push(r['originalError'], r['driverError'], r['cause']);
      if (Array.isArray(r['errors'])) next.push(...(r['errors'] as unknown[])); // AggregateError (every address refused)
    }
    todo = next;
  }
}

export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  for (const e of chain(error)) {
    const code = typeof e['code'] === 'string' ? e['code'] : '';
    if (BUSY.has(code)) return 'busy';
    if (DOWN.has(code) || code.startsWith('08')) return 'down';
    if (typeof e['message'] === 'string' && DOWN_MESSAGE.test(e['message'])) return 'down';
  }
  return null;
}

/** A short description for the log: the code and first line of the innermost error, never a URL or a stack. */
export function troubleSummary(error: unknown): string {
  let last: Record<string, unknown> | null = null;
  for (const e of chain(error)) if (typeof e['message'] === 'string' || typeof e['code'] === 'string') last = e;
  if (!last) return 'unknown error';
  const code = typeof last['code'] === 'string' ? `${last['code']}: ` : '';
  const message = String(last['message'] ?? '')
    .split('\n')[0]
    .replace(/postgres(ql)?:\/\/\S+/gi, '<url>')
    .slice(0, 200);
  return `${code}${message}`;
}
