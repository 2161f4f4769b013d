// `npm run bench`: starts the built API on a fresh database with the demo data and measures
// request latency of the main read operations under concurrent load. Prints a table.
// Later issues add their cases (grouping, findings board, harvest counts) here.
import { spawnSync } from 'node:child_process';
import { startScratchServer } from './scratch-server.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['webpack', '--config', 'apps/api/webpack.config.js'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

// Pure domain work first: no server needed.
console.log('\nKijkje domain benchmark');
const grouping = spawnSync(process.execPath, ['dist/apps/api/bench-grouping.js'], { stdio: 'inherit' });
if (grouping.status !== 0) process.exit(1);

const { baseUrl: base, stop } = await startScratchServer({
  prefix: 'kijkje_bench',
  port: 3300,
  env: { RATE_REQUESTS_PER_MINUTE: '1000000', MAIL_OUTBOX_DIR: '/tmp/kijkje-bench-outbox' },
});

async function gql(query, variables, cookie) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { body, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(name, run) {
  const times = [];
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { case: name, requests: times.length, 'req/s': Math.round(times.length / seconds), 'p50 ms': percentile(times, 50).toFixed(1), 'p99 ms': percentile(times, 99).toFixed(1) };
}

try {
  const { cookie } = await gql(`mutation { signIn(input: { email: "coordinator@kijkje.test", password: "Kijkje-demo-2026" }) { user { id } } }`);
  const rows = [];
  rows.push(await measure('viewer (session + memberships)', () => gql(`{ viewer { user { name } currentNetwork { name } memberships { network { name } } } }`, {}, cookie)));
  rows.push(await measure('organisations of the network', () => gql(`{ organisations { id name cbsCode population } }`, {}, cookie)));
  rows.push(await measure('people with organisations', () => gql(`{ memberships { id role user { name } organisation { name } } }`, {}, cookie)));
  rows.push(await measure('municipality search', () => gql(`{ municipalities(search: "berg") { items { cbsCode name } } }`, {}, cookie)));
  console.log(`\nKijkje API benchmark: ${CONNECTIONS} concurrent connections, ${REQUESTS} requests per case\n`);
  console.table(rows);
} finally {
  await stop();
}
