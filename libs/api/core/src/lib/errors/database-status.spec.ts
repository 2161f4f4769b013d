import { DatabaseStatus, unavailableFor } from './database-status';
import { databaseTrouble } from './database-trouble';

/** The shapes node-postgres and TypeORM give these errors (real ones are met in apps/api/test/reliability). */
const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const queryFailed = (code: string) => Object.assign(new Error('query failed'), { driverError: pgError(code) });
const inGraphQL = (error: unknown) => ({ originalError: error });

describe('databaseTrouble', () => {
  it.each([
    ['statement timeout', queryFailed('57014'), 'busy'],
    ['lock timeout', inGraphQL(queryFailed('55P03')), 'busy'],
    ['idle in transaction', pgError('25P03'), 'busy'],
    ['deadlock', queryFailed('40P01'), 'busy'],
    ['admin shutdown', queryFailed('57P01'), 'down'],
    ['cannot connect now', pgError('57P03'), 'down'],
    ['connection failure', pgError('08006'), 'down'],
    ['refused', inGraphQL(pgError('ECONNREFUSED')), 'down'],
    ['refused on every address', Object.assign(new AggregateError([pgError('ECONNREFUSED')]), {}), 'down'],
    ['connection terminated', new Error('Connection terminated unexpectedly'), 'down'],
    ['pool timeout', new Error('timeout exceeded when trying to connect'), 'down'],
    ['database not accepting connections', pgError('55000', 'database "k" is not currently accepting connections'), 'down'],
    ['unique violation', queryFailed('23505'), null],
    ['a bug', new TypeError('x is undefined'), null],
  ])('%s → %s', (_name, error, expected) => {
    expect(databaseTrouble(error)).toBe(expected);
  });
});

describe('DatabaseStatus', () => {
  it('says once that the database went away and once that it is back, however many requests fail', () => {
    const lines: string[] = [];
    const status = new DatabaseStatus((l) => lines.push(l));
    for (let i = 0; i < 50; i++) unavailableFor(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), status);
    status.reachable();
    status.reachable();
    expect(lines).toEqual([
      expect.stringMatching(/^database unreachable \(ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:5432\)/),
      'database reachable again',
    ]);
  });

  it('reports timeouts at most once per interval, with their number, and never a URL', () => {
    const lines: string[] = [];
    const status = new DatabaseStatus((l) => lines.push(l), 60_000);
    for (let i = 0; i < 5; i++) status.saw('busy', pgError('55P03', 'canceling statement due to lock timeout'));
    status.saw('down', new Error('connect to postgres://kijkje_app:geheim@db/kijkje failed'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^database busy: 55P03: canceling statement due to lock timeout/);
    expect(lines[1]).not.toMatch(/geheim/);
  });

  it('gives a retryable error with HTTP 503 and Retry-After', () => {
    const error = unavailableFor(queryFailed('57P01'), new DatabaseStatus(() => undefined))!;
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5, http: { status: 503 } });
    expect(unavailableFor(queryFailed('23505'), new DatabaseStatus(() => undefined))).toBeNull();
  });
});
