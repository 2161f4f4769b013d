import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readArchive, writeArchive, type Manifest } from '../../src/backup/archive';
import { createTestDatabase, withAdmin, type TestDatabase } from '../support/database';
import { ROOT, ensureApiBuilt } from './support/api-process';

const execFileAsync = promisify(execFile);
const TOOLS = join(ROOT, 'dist/apps/api/tools.js');

/** Runs an operator command of the built API; resolves with its exit code and output either way. */
async function tool(databaseUrl: string, ...args: string[]): Promise<{ code: number; output: string }> {
  const env = { PATH: process.env['PATH'] ?? '', KIJKJE_MODE: 'development', DATABASE_URL: databaseUrl };
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [TOOLS, ...args], { cwd: ROOT, env, timeout: 90_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/** The output of a command that must succeed; its output is the failure message otherwise. */
function ok(result: { code: number; output: string }): string {
  if (result.code !== 0) throw new Error(`exit ${result.code}:\n${result.output}`);
  return result.output;
}

const networks = (url: string) => withAdmin(async (c) => (await c.query(`SELECT name FROM network ORDER BY name`)).rows.map((r) => r.name as string), url);

/** REL-06: restore refuses what would lose or corrupt data, and says why. */
describe('backup and restore refuse what they must', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let temp: string;
  let archive: string;

  /** A copy of the archive with its manifest changed. */
  async function tampered(name: string, change: (m: Manifest) => void): Promise<string> {
    const dir = mkdtempSync(join(temp, 'x-'));
    const manifest = await readArchive(createReadStream(archive), dir);
    change(manifest);
    const file = join(temp, name);
    await writeArchive(manifest, dir, createWriteStream(file));
    return file;
  }

  beforeAll(async () => {
    await ensureApiBuilt();
    source = await createTestDatabase();
    target = await createTestDatabase();
    temp = mkdtempSync(join(tmpdir(), 'kijkje-refusals-'));
    await withAdmin((c) => c.query(`INSERT INTO network (name, slug) VALUES ('Bronnetwerk', 'bronnetwerk')`), source.ownerUrl);
    archive = join(temp, 'source.tar.gz');
    ok(await tool(source.ownerUrl, 'backup', archive));
  }, 300_000);
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('restores into an empty database, then refuses to restore over its data without --force', async () => {
    ok(await tool(target.ownerUrl, 'restore', archive));
    expect(await networks(target.ownerUrl)).toEqual(['Bronnetwerk']);
    await withAdmin((c) => c.query(`INSERT INTO network (name, slug) VALUES ('Doelnetwerk', 'doelnetwerk')`), target.ownerUrl);
    const refused = await tool(target.ownerUrl, 'restore', archive);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/the target database is not empty \(rows in .*network.*\).*--force/);
    expect(await networks(target.ownerUrl)).toEqual(['Bronnetwerk', 'Doelnetwerk']);
    ok(await tool(target.ownerUrl, 'restore', archive, '--force'));
    expect(await networks(target.ownerUrl)).toEqual(['Bronnetwerk']);
  }, 120_000);

  it('refuses an archive from a migration this code does not know', async () => {
    const future = await tampered('future.tar.gz', (m) => {
      m.migration = 'Toekomst9999999999999';
      m.migrations.push(m.migration);
    });
    const refused = await tool(target.ownerUrl, 'restore', future, '--force');
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/taken at migration Toekomst9999999999999, which this Kijkje does not know/);
  }, 60_000);

  it('refuses a damaged archive before touching the database', async () => {
    const damaged = await tampered('damaged.tar.gz', (m) => {
      m.tables.find((t) => t.name === 'network')!.sha256 = '0'.repeat(64);
    });
    const refused = await tool(target.ownerUrl, 'restore', damaged, '--force');
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/the data of table network is damaged/);
    expect(await networks(target.ownerUrl)).toEqual(['Bronnetwerk']);
  }, 60_000);

  it('works as an owner that is no superuser but stands above row-level security (as on a managed service)', async () => {
    const role = 'kijkje_backup_owner';
    const names = [`${source.name}_m1`, `${source.name}_m2`];
    await withAdmin(async (c) => {
      await c.query(
        `DO $$ BEGIN CREATE ROLE ${role} LOGIN NOSUPERUSER BYPASSRLS PASSWORD 'eigenaar-wachtwoord'; EXCEPTION WHEN duplicate_object THEN NULL; END $$`,
      );
      for (const n of names) await c.query(`CREATE DATABASE ${n} OWNER ${role}`);
    });
    const [from, to] = names.map((n) => {
      const url = new URL(source.ownerUrl);
      url.username = role;
      url.password = 'eigenaar-wachtwoord';
      url.pathname = `/${n}`;
      return url.toString();
    });
    try {
      expect(ok(await tool(from, 'migrate'))).toMatch(/applied: Foundation/);
      await withAdmin((c) => c.query(`INSERT INTO network (name, slug) VALUES ('Beheerd', 'beheerd')`), from);
      const file = join(temp, 'managed.tar.gz');
      ok(await tool(from, 'backup', file));
      expect(ok(await tool(to, 'restore', file))).toMatch(/boot check passed/);
      expect(await networks(to)).toEqual(['Beheerd']);
    } finally {
      await withAdmin(async (c) => {
        for (const n of names) await c.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      });
    }
  }, 120_000);

  it('refuses to back up as a role that row-level security would limit, without printing its password', async () => {
    const url = new URL(source.ownerUrl);
    url.username = 'kijkje_app';
    url.password = 'kijkje_app_dev';
    const refused = await tool(url.toString(), 'backup', join(temp, 'as-app.tar.gz'));
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/subject to row-level security/);
    expect(refused.output).not.toMatch(/kijkje_app_dev/);
  }, 60_000);
});
