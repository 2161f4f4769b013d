import { Client } from 'pg';
import { formatError } from '@kijkje/api/core';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, signedIn, type World } from '../support/world';
import type { GqlResult } from '../support/gql-client';

/*
 * REL-09: one slow table must not take the whole API down. Another connection (as the owner, as a
 * migration or a careless operator would) holds a lock for longer than the app's timeouts; the
 * requests that need the locked rows fail within the lock timeout with a retryable error, and
 * requests for anything else keep being answered, more of them at once than the pool has
 * connections.
 */

const POOL = 3;
const LOCK_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 2500;
/** The lock is held until every request is answered: without the timeouts, never (the pool would wait for it). */
const HOLD_MS = 8000;
/** Readers of other tables wait at most for the stuck writers' lock timeouts (and a loaded machine). */
const READ_WITHIN_MS = 5000;

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const start = Date.now();
  const result = await work();
  return { ms: Date.now() - start, result };
};

function expectRetryable(res: GqlResult) {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  expect(error.extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(error.extensions.retryAfterSeconds).toEqual(expect.any(Number));
  expect(error.extensions.messages?.nl).toMatch(/opnieuw/);
  expect(error.extensions.messages?.en).toMatch(/again/);
  expect(JSON.stringify({ message: error.message, extensions: error.extensions })).not.toMatch(/lock|statement|canceling|programme/i);
}

describe('statement, lock and idle-in-transaction timeouts (REL-09)', () => {
  let t: TestApp;
  let world: World;
  let holder: Client;

  beforeAll(async () => {
    t = await startTestApp(
      { DB_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS), DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS), DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '4000' },
      { poolSize: POOL },
    );
    world = await buildWorld(t);
  });
  beforeEach(async () => {
    holder = new Client({ connectionString: t.db.ownerUrl });
    await holder.connect();
  });
  afterEach(async () => {
    await holder.query('ROLLBACK').catch(() => undefined);
    await holder.end();
  });
  afterAll(() => t?.close());

  it('are set on every connection of the serving pool', async () => {
    const rows = await Promise.all(
      Array.from({ length: POOL }, () =>
        t.ds.query(
          `SELECT current_setting('statement_timeout') AS s, current_setting('lock_timeout') AS l, current_setting('idle_in_transaction_session_timeout') AS i`,
        ),
      ),
    );
    for (const [row] of rows) expect(row).toEqual({ s: '2500ms', l: '1s', i: '4s' });
  });

  it('a row lock held elsewhere fails the mutation that needs it within the lock timeout, while other requests (more than the pool) are answered', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const [{ version }] = (await holder.query(`SELECT version FROM programme WHERE id = $1`, [world.a.programmeId])).rows;
    await holder.query('BEGIN');
    await holder.query(`SELECT id FROM programme WHERE id = $1 FOR UPDATE`, [world.a.programmeId]);
    const lockedAt = Date.now();

    const update = (name: string) =>
      timed(() =>
        coordinator.gql(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id name } }`, {
          input: { id: world.a.programmeId, version, name },
        }),
      );
    const other = () => timed(() => coordinator.gql(`{ organisations { id } }`));
    // As many writers as the pool has connections, all stuck on the lock, and three times the
    // pool of readers of another table behind them.
    const [writes, reads] = await Promise.all([
      Promise.all(Array.from({ length: POOL }, (_, i) => update(`Nieuwe naam ${i}`))),
      Promise.all(Array.from({ length: POOL * 3 }, () => other())),
    ]);
    const tookAll = Date.now() - lockedAt;

    for (const w of writes) {
      expectRetryable(w.result);
      expect(w.result.status).toBe(503);
      expect(w.ms).toBeLessThan(LOCK_TIMEOUT_MS + 2500);
    }
    for (const r of reads) {
      expect(r.result.errors).toBeUndefined();
      expect(r.result.data?.organisations).toHaveLength(2);
      expect(r.ms).toBeLessThan(READ_WITHIN_MS);
    }
    expect(tookAll).toBeLessThan(HOLD_MS);
    await holder.query('ROLLBACK');

    // Once the lock is gone the same mutation goes through.
    const after = await coordinator.gql(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id name } }`, {
      input: { id: world.a.programmeId, version, name: 'Na het slot' },
    });
    expect(after.errors).toBeUndefined();
  }, 20_000);

  it('a table locked elsewhere fails the queries that read it within the lock timeout, and the rest of the API keeps answering', async () => {
    const member = await signedIn(t, world.a.member);
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE programme IN ACCESS EXCLUSIVE MODE');
    const lockedAt = Date.now();

    const [blocked, reads] = await Promise.all([
      Promise.all(Array.from({ length: POOL }, () => timed(() => member.gql(`{ programmes { id } }`)))),
      Promise.all(Array.from({ length: POOL * 3 }, () => timed(() => member.gql(`{ organisations { id } }`)))),
    ]);
    for (const b of blocked) {
      expectRetryable(b.result);
      expect(b.ms).toBeLessThan(LOCK_TIMEOUT_MS + 2500);
    }
    for (const r of reads) {
      expect(r.result.errors).toBeUndefined();
      expect(r.ms).toBeLessThan(READ_WITHIN_MS);
    }
    expect(Date.now() - lockedAt).toBeLessThan(HOLD_MS);
    await holder.query('ROLLBACK');
    expect((await member.gql(`{ programmes { id } }`)).errors).toBeUndefined();
  }, 20_000);

  it('a statement running past the statement timeout is cancelled and reads as the same retryable error', async () => {
    const { ms, result } = await timed(() =>
      t.ds.query('SELECT pg_sleep(10)').then(
        () => null,
        (e: unknown) => e,
      ),
    );
    expect(ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 1500);
    expect((result as { driverError?: { code?: string } }).driverError?.code).toBe('57014');
    const formatted = formatError({ message: 'x', path: ['programmes'] }, { originalError: result }, () => {
      throw new Error('a timeout is not logged as an internal error');
    });
    expect(formatted.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
  });
});
