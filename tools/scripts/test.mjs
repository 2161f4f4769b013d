// `npm test`: every Jest project against a real PostgreSQL: DATABASE_URL when set, otherwise an
// embedded one. Results also go to dist/test-results.json for CI's summary.
//
// Without arguments it runs in two parts. First, one file at a time, the tests that measure time
// or fight over the machine (processes started and killed, a load balancer, databases going away,
// metrics and logs of a running server): they prove deadlines and must not share the cores.
// Then every other file on two workers: each API test file has a database of its own, so they
// do not meet. With arguments (a pattern, a flag) it is one plain Jest run.
import './node-runtime.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startEmbedded } from './embedded-db.mjs';

const ALONE = '/apps/api/test/(reliability|live|signals)/|/apps/api/test/hardening/production-boot';
const RESULTS = 'dist/test-results.json';

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
rmSync(RESULTS, { force: true });

/** One Jest run; its results go to `output`. */
function jest(output, args) {
  rmSync(output, { force: true });
  const all = ['jest', '--json', `--outputFile=${output}`, ...args];
  if (env.CI) all.push('--ci');
  return spawnSync('npx', all, { stdio: 'inherit', env }).status ?? 1;
}

/** The parts' results as one Jest report; a part that wrote none counts as a failed suite. */
function merge(outputs) {
  const merged = {
    numPassedTests: 0,
    numFailedTests: 0,
    numTotalTests: 0,
    numRuntimeErrorTestSuites: 0,
    numFailedTestSuites: 0,
    success: true,
    testResults: [],
  };
  for (const output of outputs) {
    if (!existsSync(output)) {
      merged.numRuntimeErrorTestSuites += 1;
      merged.success = false;
      continue;
    }
    const part = JSON.parse(readFileSync(output, 'utf8'));
    for (const key of ['numPassedTests', 'numFailedTests', 'numTotalTests', 'numRuntimeErrorTestSuites', 'numFailedTestSuites']) merged[key] += part[key] ?? 0;
    merged.success &&= Boolean(part.success);
    merged.testResults.push(...(part.testResults ?? []));
  }
  return merged;
}

const extra = process.argv.slice(2);
let status;
if (extra.length > 0) {
  status = jest(RESULTS, extra);
} else {
  const parts = ['dist/test-results.alone.json', 'dist/test-results.shared.json'];
  const started = Date.now();
  const alone = jest(parts[0], ['--maxWorkers=1', '--testPathPatterns', ALONE]);
  console.log(`npm test: the files that run alone took ${Math.round((Date.now() - started) / 1000)} s`);
  const shared = jest(parts[1], ['--maxWorkers=2', '--testPathIgnorePatterns', ALONE]);
  writeFileSync(RESULTS, JSON.stringify(merge(parts)));
  status = alone || shared;
}
if (embedded) await embedded.stop();
process.exit(status);
