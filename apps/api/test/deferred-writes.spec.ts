import { writeWithNext } from '@kijkje/api/core';
import { randomUUID } from 'node:crypto';
import { withAdmin } from './support/database';
import { RoundTripCounter } from './support/round-trips';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Write-only statements (audit rows, notifications) travel with the statement after them
 * (round-trips.ts deferWrites): fewer round trips, the same effects in the same order.
 */
describe('write-only statements sent with the next one (PERF-01)', () => {
  let t: TestApp;
  const counter = new RoundTripCounter();

  beforeAll(async () => {
    t = await startTestApp({}, { poolSize: 1 });
    counter.start();
  });
  afterAll(async () => {
    counter.stop();
    await t.close();
  });

  async function inTransaction<T>(
    work: (run: { write(text: string, values: unknown[]): Promise<void>; query(text: string, values?: unknown[]): Promise<any> }) => Promise<T>,
    end: 'COMMIT' | 'ROLLBACK' = 'COMMIT',
  ) {
    const qr = t.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const result = await work({ write: (text, values) => writeWithNext(qr.manager, text, values), query: (text, values) => qr.query(text, values) });
      if (end === 'COMMIT') await qr.commitTransaction();
      else await qr.rollbackTransaction();
      return result;
    } catch (error) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw error;
    } finally {
      await qr.release();
    }
  }

  const audited = (id: string) =>
    withAdmin(async (c) => (await c.query(`SELECT action, target_id AS "targetId", data FROM audit_event WHERE target_id = $1`, [id])).rows, t.db.ownerUrl);

  it('the next statement sees what was held, and both go in one message', async () => {
    counter.reset();
    const seen = await inTransaction(async (run) => {
      await run.query(`SELECT 1`);
      await run.write(`SELECT set_config('kijkje.probe', $1, true)`, [`it's "quoted" \\ and ; semicolon`]);
      return (await run.query(`SELECT current_setting('kijkje.probe') AS v WHERE $1::int = 1`, [1]))[0].v;
    });
    expect(seen).toBe(`it's "quoted" \\ and ; semicolon`);
    const trips = counter.all().find((texts) => texts.some((s) => s.includes('kijkje.probe')))!;
    expect(trips.filter((s) => s.includes('kijkje.probe'))).toHaveLength(1);
  });

  it('held writes commit with the COMMIT, in its message, with their values intact', async () => {
    const id = randomUUID();
    const data = { quote: `"Wij lopen 't achter"`, cijfers: [1, 2], leeg: null };
    counter.reset();
    await inTransaction(async (run) => {
      await run.query(`SELECT 1`);
      await run.write(`INSERT INTO audit_event (network_id, actor_user_id, action, target_type, target_id, data, ip) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        null,
        null,
        'finding.created',
        'finding',
        id,
        JSON.stringify(data),
        null,
      ]);
    });
    expect(await audited(id)).toEqual([{ action: 'finding.created', targetId: id, data }]);
    expect(
      counter
        .all()
        .flat()
        .filter((s) => s.includes(id)),
    ).toEqual([expect.stringMatching(/^INSERT INTO audit_event .*; COMMIT$/s)]);
  });

  it('a ROLLBACK drops what was held: nothing is written', async () => {
    const id = randomUUID();
    await inTransaction(async (run) => {
      await run.query(`SELECT 1`);
      await run.write(`INSERT INTO audit_event (network_id, action, target_type, target_id) VALUES ($1, $2, $3, $4)`, [null, 'finding.created', 'finding', id]);
    }, 'ROLLBACK');
    expect(await audited(id)).toEqual([]);
  });

  it('a held write that fails fails the next statement and the transaction: nothing half-written', async () => {
    const id = randomUUID();
    await expect(
      inTransaction(async (run) => {
        await run.query(`SELECT 1`);
        await run.write(`INSERT INTO audit_event (network_id, action, target_type, target_id) VALUES ($1, $2, $3, $4)`, [
          null,
          'finding.created',
          'finding',
          id,
        ]);
        // Not a uuid: refused when it is sent, with the statement after it.
        await run.write(`INSERT INTO audit_event (network_id, action) VALUES ($1, $2)`, ['geen-uuid', 'finding.created']);
        await run.query(`SELECT 1 AS n`);
      }),
    ).rejects.toThrow(/uuid/);
    expect(await audited(id)).toEqual([]);
  });

  it('outside a transaction a write-only statement runs at once', async () => {
    const id = randomUUID();
    await writeWithNext(t.ds.manager, `INSERT INTO audit_event (network_id, action, target_type, target_id) VALUES ($1, $2, $3, $4)`, [
      null,
      'finding.created',
      'finding',
      id,
    ]);
    expect(await audited(id)).toHaveLength(1);
  });
});
