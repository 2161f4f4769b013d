import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/migrations';
import { createdAt, templateName, urlFor, withAdmin } from './support/database';

/** Migrates a template database once per migration set; every test file clones it. */
export default async function globalSetup(): Promise<void> {
  const template = templateName();
  const exists = await withAdmin(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount);
  await withAdmin(async (c) => {
    // Databases left behind by interrupted runs, hours old: a younger one may belong to a run that
    // is going on right now on the same server (and may be refusing connections on purpose).
    const all = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'kijkje\\_t\\_%'`);
    const stale = all.rows.map((r) => r.datname as string).filter((name) => (createdAt(name)?.getTime() ?? 0) < Date.now() - 3 * 3600_000);
    for (const name of stale) await c.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
  });
  if (exists) return;
  const building = `${template}_b${process.pid}`;
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${building}`);
  });
  const ds = new DataSource({ type: 'postgres', url: urlFor(building), migrations: MIGRATIONS, migrationsTransactionMode: 'each' });
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  await withAdmin(async (c) => {
    // Templates of other migration sets stay: another run on this server may be cloning them.
    // Two runs may build the same template at once; the first rename wins.
    await c.query(`ALTER DATABASE ${building} RENAME TO ${template}`).catch(async () => {
      await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    });
  });
}
