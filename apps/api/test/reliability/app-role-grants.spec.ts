import { APP_FUNCTION_PRIVILEGES, APP_TABLE_PRIVILEGES, bootCheck } from '@kijkje/api/core';
import request from 'supertest';
import { withAdmin } from '../support/database';
import { startTestApp, type TestApp } from '../support/test-app';
import { boot } from '../hardening/support/boot';
import { ensureApiBuilt } from './support/api-process';

/**
 * REL-06: a database the app role cannot use (a dump restored without its role's grants) is
 * never "ready": the boot check refuses it and readiness says so, instead of an API that boots
 * and then fails every request.
 */
describe('the app role can actually use the schema (REL-06)', () => {
  let t: TestApp;
  const asOwner = (sql: string) => withAdmin((c) => c.query(sql), t.db.ownerUrl);
  const ready = async () => (await request(t.http).get('/health/ready')).status;

  beforeAll(async () => {
    await ensureApiBuilt();
    t = await startTestApp();
  }, 300_000);
  afterAll(() => t?.close());

  it('the catalogue of what the app needs is exactly what the migrations grant', async () => {
    const tables = await withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT table_name AS name, string_agg(privilege_type, ',' ORDER BY privilege_type) AS privileges
               FROM information_schema.role_table_grants WHERE grantee = 'kijkje_app' AND table_schema = 'public'
              GROUP BY table_name ORDER BY table_name`,
          )
        ).rows,
      t.db.ownerUrl,
    );
    const granted = Object.fromEntries(tables.map((r: { name: string; privileges: string }) => [r.name, r.privileges]));
    const catalogue = Object.fromEntries(Object.entries(APP_TABLE_PRIVILEGES).map(([name, p]) => [name, [...p].sort().join(',')]));
    expect(granted).toEqual(catalogue);
    const functions = await withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT p.oid::regprocedure::text AS name FROM pg_proc p, aclexplode(p.proacl) a
              WHERE p.pronamespace = 'public'::regnamespace AND a.grantee = 'kijkje_app'::regrole AND a.privilege_type = 'EXECUTE'
              ORDER BY 1`,
          )
        ).rows.map((r: { name: string }) => r.name),
      t.db.ownerUrl,
    );
    expect(functions).toEqual([...APP_FUNCTION_PRIVILEGES].sort());
  });

  it('with every grant in place, the boot check passes and the API is ready', async () => {
    expect((await bootCheck(t.ds)).problems).toEqual([]);
    expect(await ready()).toBe(200);
  });

  it('one missing table grant: the boot check names it and readiness turns 503', async () => {
    await asOwner('REVOKE SELECT ON organisation FROM kijkje_app');
    try {
      expect((await bootCheck(t.ds)).problems).toContain('role kijkje_app lacks SELECT on table organisation');
      const res = await request(t.http).get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'database not usable by the app role' });
    } finally {
      await asOwner('GRANT SELECT ON organisation TO kijkje_app');
    }
    expect(await ready()).toBe(200);
  });

  it('a missing function or schema grant is refused too', async () => {
    // Functions are executable by PUBLIC unless revoked: take both away, then give both back.
    await asOwner('REVOKE EXECUTE ON FUNCTION kijkje_enter(uuid, uuid) FROM PUBLIC, kijkje_app');
    try {
      expect((await bootCheck(t.ds)).problems).toContain('role kijkje_app lacks EXECUTE on function kijkje_enter(uuid,uuid)');
      expect(await ready()).toBe(503);
    } finally {
      await asOwner('GRANT EXECUTE ON FUNCTION kijkje_enter(uuid, uuid) TO PUBLIC, kijkje_app');
    }
    await asOwner('REVOKE USAGE ON SCHEMA public FROM PUBLIC, kijkje_app');
    try {
      expect((await bootCheck(t.ds)).problems).toContain('role kijkje_app lacks USAGE on schema public');
      expect(await ready()).toBe(503);
    } finally {
      await asOwner('GRANT USAGE ON SCHEMA public TO PUBLIC, kijkje_app');
    }
    expect(await ready()).toBe(200);
  });

  it('the real process refuses to start on a database restored without the app role grants', async () => {
    await asOwner('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM kijkje_app');
    try {
      const result = await boot({ KIJKJE_MODE: 'development', DATABASE_URL: t.db.ownerUrl });
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/refusing to start/);
      expect(result.output).toMatch(/role kijkje_app lacks SELECT on table app_user/);
    } finally {
      for (const [table, privileges] of Object.entries(APP_TABLE_PRIVILEGES)) await asOwner(`GRANT ${privileges.join(', ')} ON ${table} TO kijkje_app`);
    }
    expect(await ready()).toBe(200);
  }, 120_000);
});
