// `npm test`: every Jest project against a real PostgreSQL: DATABASE_URL when set, otherwise an
// embedded one. Results also go to dist/test-results.json for CI's summary.
import './node-runtime.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { startEmbedded } from './embedded-db.mjs';

let embedded = null;
const env = { ...process.env };
if (!env.DATABASE_URL) {
  const port = Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54321);
  console.log(`No DATABASE_URL: starting embedded PostgreSQL on port ${port} (.data/test-pg)`);
  embedded = await startEmbedded({ dir: '.data/test-pg', port, database: 'postgres' });
  env.DATABASE_URL = embedded.adminUrl;
}
mkdirSync('dist', { recursive: true });
// A run that dies leaves no results: never an earlier run's file for CI to count.
rmSync('dist/test-results.json', { force: true });
const args = ['jest', '--json', '--outputFile=dist/test-results.json', ...process.argv.slice(2)];
if (env.CI) args.push('--ci');
const result = spawnSync('npx', args, { stdio: 'inherit', env });
if (embedded) await embedded.stop();
process.exit(result.status ?? 1);
