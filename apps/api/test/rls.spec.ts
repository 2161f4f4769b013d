import { bootCheck } from '@kijkje/api/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { withAdmin } from './support/database';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

/** SEC-01: row-level security is on, forced and fail-closed on every tenant table. */
describe('row-level security', () => {
  let t: TestApp;
  let world: World;
  let app: Client;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    app = new Client({ connectionString: t.config.databaseAppUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await t.close();
  });

  it('is enabled and forced on every table that has a network_id, with a policy', async () => {
    const tables = await withAdmin(
      (c) =>
        c.query(`
          SELECT c.relname, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
                 (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)::int AS policies
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'network_id' AND NOT a.attisdropped
           WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`),
      t.db.ownerUrl,
    );
    expect(tables.rows.length).toBeGreaterThanOrEqual(5);
    for (const row of tables.rows) {
      expect({ table: row.relname, enabled: row.enabled, forced: row.forced, hasPolicy: row.policies > 0 }).toEqual({
        table: row.relname,
        enabled: true,
        forced: true,
        hasPolicy: true,
      });
    }
  });

  it('connects as a role that is neither superuser, owner, nor able to bypass RLS', async () => {
    const { rows } = await app.query(`SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(rows[0]).toEqual({ name: 'kijkje_app', rolsuper: false, rolbypassrls: false });
    expect((await bootCheck(t.ds)).problems).toEqual([]);
  });

  it('boot check refuses an owner connection', async () => {
    const owner = new DataSource({ type: 'postgres', url: t.db.ownerUrl });
    await owner.initialize();
    const result = await bootCheck(owner);
    await owner.destroy();
    expect(result.ok).toBe(false);
    expect(result.problems.join()).toMatch(/superuser|owns/);
  });

  it('without a tenant context the app role sees no tenant rows', async () => {
    for (const table of ['organisation', 'membership', 'invitation', 'idempotency_record', 'audit_event']) {
      const { rows } = await app.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });

  it('with network A set, sees only A and cannot write into B', async () => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.network_id', $1, true)`, [world.a.id]);
      const { rows } = await app.query(`SELECT DISTINCT network_id FROM organisation`);
      expect(rows).toEqual([{ network_id: world.a.id }]);
      await expect(app.query(`INSERT INTO organisation (network_id, name, kind) VALUES ($1, 'Indringer', 'PARTNERSHIP')`, [world.b.id])).rejects.toThrow(
        /row-level security/,
      );
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('cannot move a row of A into B', async () => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.network_id', $1, true)`, [world.a.id]);
      await expect(app.query(`UPDATE organisation SET network_id = $1`, [world.b.id])).rejects.toThrow(/row-level security/);
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('keeps the audit trail append-only for the app role (SEC-10)', async () => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.network_id', $1, true)`, [world.a.id]);
      await app.query(`INSERT INTO audit_event (network_id, action) VALUES ($1, 'test.event')`, [world.a.id]);
      await app.query('SAVEPOINT s');
      await expect(app.query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(/permission denied/);
      await app.query('ROLLBACK TO SAVEPOINT s');
      await expect(app.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.query('ROLLBACK');
    }
  });
});
