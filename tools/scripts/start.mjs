// `npm start`: builds Kijkje, starts it on an embedded PostgreSQL (or DATABASE_URL), seeds the
// demo network once and serves API and web app on one port. It is the zero-config demo: it sets
// KIJKJE_MODE=demo unless told otherwise, so a NODE_ENV=production in the shell cannot make it
// half a production server (see "Production" in README.md for the real thing).
import './node-runtime.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { startEmbedded } from './embedded-db.mjs';

process.env.NX_NO_CLOUD ??= 'true';
process.env.NX_DAEMON ??= 'false';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let embedded = null;
const env = { ...process.env, KIJKJE_MODE: process.env.KIJKJE_MODE ?? 'demo' };
if (env.KIJKJE_MODE === 'demo') console.log('Kijkje demo mode: demo data with publicly known passwords; not for real data.');
if (!env.DATABASE_URL) {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54320);
  console.log(`Starting embedded PostgreSQL on port ${port} (data in .data/pg)…`);
  embedded = await startEmbedded({ dir: '.data/pg', port, database: 'kijkje' });
  env.DATABASE_URL = embedded.url;
}
env.MAIL_OUTBOX_DIR ??= '.data/outbox';
console.log(`E-mail without SMTP_URL goes to ${env.MAIL_OUTBOX_DIR}/ as .eml files.`);

const api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], { stdio: 'inherit', env });
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  api.kill(signal);
};
process.on('SIGINT', () => stop('SIGTERM'));
process.on('SIGTERM', () => stop('SIGTERM'));
api.on('exit', async (code) => {
  if (embedded) await embedded.stop();
  process.exit(code ?? 0);
});
