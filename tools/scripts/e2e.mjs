// `npm run test:e2e`: builds, starts Kijkje on a fresh database with the demo data, and runs
// the Playwright journeys in Debian's Chromium against it.
import './node-runtime.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startScratchServer } from './scratch-server.mjs';

process.env.NX_NO_CLOUD ??= 'true';
process.env.NX_DAEMON ??= 'false';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const outbox = mkdtempSync(join(tmpdir(), 'kijkje-e2e-outbox-'));
const { baseUrl, stop, databaseUrl } = await startScratchServer({
  prefix: 'kijkje_e2e',
  port: Number(process.env.E2E_PORT ?? 0),
  // The journeys sign the same demo people in many times; the limits themselves are proven in the API tests.
  // The scheduler looks for due periodic jobs every second, so a journey that makes one due sees it run at once.
  env: { MAIL_OUTBOX_DIR: outbox, RATE_SIGNIN_FREE_FAILURES: '1000', RATE_SIGNIN_PER_MINUTE: '1000', SCHEDULE_TICK_MS: '1000' },
  verbose: Boolean(process.env.E2E_VERBOSE),
});
let status = 1;
try {
  const args = process.argv.slice(2).filter((a) => a !== '--no-build');
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts', ...args], {
    stdio: 'inherit',
    // E2E_DATABASE_URL: for a journey that must move the clock of the server's schedule (owner rights, this database only).
    env: { ...process.env, E2E_BASE_URL: baseUrl, MAIL_OUTBOX_DIR: outbox, E2E_DATABASE_URL: databaseUrl },
  });
  status = run.status ?? 1;
} finally {
  await stop();
}
process.exit(status);
