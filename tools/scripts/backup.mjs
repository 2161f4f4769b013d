// `npm run backup [-- file]` and `npm run restore -- file [--force]`: the operator commands of the
// built API (dist/apps/api/tools.js) against DATABASE_URL, or, without it, against the embedded
// PostgreSQL of `npm start` (.data/pg): the running one when `npm start` is up, else started here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import pg from 'pg';
import { startEmbedded } from './embedded-db.mjs';

process.env.NX_NO_CLOUD ??= 'true';
process.env.NX_DAEMON ??= 'false';

const [command, ...rest] = process.argv.slice(2);
const args = rest.filter((a) => a !== '--no-build');
if (command === 'backup' && !args.some((a) => !a.startsWith('--'))) {
  mkdirSync('.data/backups', { recursive: true, mode: 0o700 });
  args.unshift(`.data/backups/kijkje-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z')}.tar.gz`);
}
if (command === 'restore' && !args.some((a) => !a.startsWith('--'))) {
  console.error('usage: npm run restore -- <file.tar.gz | -> [--force]');
  process.exit(2);
}

if (!rest.includes('--no-build')) {
  // The build's output goes to stderr: `npm run backup -- -` writes the archive to stdout.
  const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], { stdio: ['ignore', 2, 2] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const env = { ...process.env };
let embedded = null;
if (!env.DATABASE_URL) {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54320);
  const running = `postgres://postgres:postgres@127.0.0.1:${port}/kijkje`;
  if (await reachable(running)) {
    console.error(`Using the embedded PostgreSQL that is running on port ${port} (.data/pg).`);
    env.DATABASE_URL = running;
  } else {
    if (command === 'backup' && !existsSync('.data/pg/PG_VERSION')) {
      console.error('No embedded database in .data/pg to back up (set DATABASE_URL for another server).');
      process.exit(1);
    }
    console.error(`Starting the embedded PostgreSQL on port ${port} (.data/pg)…`);
    embedded = await startEmbedded({ dir: '.data/pg', port, database: 'kijkje' });
    env.DATABASE_URL = embedded.url;
  }
  // As `npm start` serves it: the app role gets the same (development) password.
  env.KIJKJE_MODE ??= 'demo';
}

const tool = spawn(process.execPath, ['dist/apps/api/tools.js', command, ...args], { stdio: 'inherit', env });
const code = await new Promise((resolve) => tool.on('exit', (c) => resolve(c ?? 1)));
if (embedded) await embedded.stop();
process.exit(code);
