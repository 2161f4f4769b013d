// `npm run test:e2e`: builds, starts Kijkje on a fresh database with the demo data, and runs
// the Playwright journeys in Debian's Chromium against it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbedded } from './embedded-db.mjs';

process.env.NX_NO_CLOUD ??= 'true';
process.env.NX_DAEMON ??= 'false';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let embedded = null;
let adminUrl = process.env.DATABASE_URL;
if (!adminUrl) {
  embedded = await startEmbedded({ dir: '.data/test-pg', port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54321), database: 'postgres' });
  adminUrl = embedded.adminUrl;
}
const database = `kijkje_e2e_${Date.now()}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${database}`;

const port = Number(process.env.E2E_PORT ?? 3100);
const baseUrl = `http://localhost:${port}`;
const outbox = mkdtempSync(join(tmpdir(), 'kijkje-e2e-outbox-'));
const env = {
  ...process.env,
  DATABASE_URL: dbUrl.toString(),
  PORT: String(port),
  APP_URL: baseUrl,
  KIJKJE_DEMO: '1',
  MAIL_OUTBOX_DIR: outbox,
  RATE_SIGNIN_PER_IP_PER_MINUTE: '1000',
};
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (d) => process.env.E2E_VERBOSE && process.stdout.write(d));

let status = 1;
try {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`${baseUrl}/health/ready`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error('Kijkje did not become ready');
    await new Promise((r) => setTimeout(r, 300));
  }
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts', ...process.argv.slice(2).filter((a) => a !== '--no-build')], {
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl, MAIL_OUTBOX_DIR: outbox },
  });
  status = run.status ?? 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  if (embedded) await embedded.stop();
}
process.exit(status);
