// `npm run bench`: starts the built API on a fresh database with the demo data and the generated
// M dataset (PERF-02: 355 municipalities, 2,000 rounds, 10,000 visits, 500,000 findings), and
// measures request latency of the main read operations under concurrent load; then (PERF-04) the
// hot reads and a write against a hand-written floor with random ids. Prints tables; exits
// non-zero when an answer is wrong or differs from the floor's, not when a bar is missed.
import './node-runtime.mjs';
import { spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { generateDataset } from './bench-dataset.mjs';
import { floorCases } from './bench-floor-cases.mjs';
import { FIRST_ROUTE_BAR_KB, firstRouteJavaScript } from './first-route.mjs';
import { floorComparison, startFloor } from './bench-floor.mjs';
import { benchSessions } from './bench-sessions.mjs';
import { lighthouseScores } from './bench-lighthouse.mjs';
import { startScratchServer } from './scratch-server.mjs';
import { printMyTasks, runningProgrammeForTasks } from './bench-tasks.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], {
    stdio: 'inherit',
    env: { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', ...process.env },
  });
  if (build.status !== 0) process.exit(1);
}

// PERF-03: the JavaScript the first route loads, as the browser receives it (gzip).
const firstRoute = firstRouteJavaScript();
console.log(`\nFirst-route JavaScript: ${firstRoute.files.length} files, ${firstRoute.kb.toFixed(1)} KB gzip (bar PERF-03: ≤ ${FIRST_ROUTE_BAR_KB} KB)`);

// Pure domain work first: no server needed.
console.log('\nKijkje domain benchmark');
const grouping = spawnSync(process.execPath, ['dist/apps/api/bench-grouping.js'], { stdio: 'inherit' });
if (grouping.status !== 0) process.exit(1);

const {
  baseUrl: base,
  stop,
  databaseUrl,
  pid: apiPid,
} = await startScratchServer({
  prefix: 'kijkje_bench',
  port: Number(process.env.BENCH_PORT ?? 0),
  env: { RATE_REQUESTS_PER_MINUTE: '1000000', MAIL_OUTBOX_DIR: '/tmp/kijkje-bench-outbox' },
  // BENCH_PROFILE=dir writes a CPU profile of the API process there (open it in Chrome's DevTools).
  nodeArgs: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
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

/**
 * One case: CONNECTIONS connections send the same GraphQL request for SECONDS (autocannon, so
 * that the load generator costs the two cores little), after a warm-up of two seconds. Every answer must be the
 * one the first request got: a GraphQL error or any other difference counts as an error.
 */
async function measure(name, query, variables, cookie) {
  const headers = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  const request = JSON.stringify({ query, variables });
  const first = await (await fetch(`${base}/graphql`, { method: 'POST', headers, body: request })).text();
  if (JSON.parse(first).errors) throw new Error(`${name}: ${first}`);
  const options = { url: `${base}/graphql`, method: 'POST', connections: CONNECTIONS, headers, body: request, expectBody: first };
  await autocannon({ ...options, duration: 2 });
  const r = await autocannon({ ...options, duration: SECONDS });
  const failed = r.errors + r.timeouts + r.non2xx + r.mismatches;
  if (failed) throw new Error(`${name}: ${failed} of ${r.requests.total} requests failed or answered differently (${JSON.stringify(r.statusCodeStats)})`);
  return {
    case: name,
    requests: r.requests.total,
    'req/s': Math.round(r.requests.total / SECONDS),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    'max ms': r.latency.max,
  };
}

/** As libs/api/core app-config.ts deriveAppUrl: the owner's URL with the app role's name and password. */
function deriveAppUrl(ownerUrl, password) {
  const url = new URL(ownerUrl);
  url.username = 'kijkje_app';
  url.password = password;
  return url.toString();
}

let floor = null;
try {
  const { cookie } = await gql(`mutation { signIn(input: { email: "coordinator@kijkje.test", password: "Kijkje-demo-2026" }) { user { id } } }`);
  const rows = [];
  rows.push(
    await measure('viewer (session + memberships)', `{ viewer { user { name } currentNetwork { name } memberships { network { name } } } }`, {}, cookie),
  );
  rows.push(await measure('organisations of the network', `{ organisations { id name cbsCode population } }`, {}, cookie));
  rows.push(await measure('people with organisations', `{ memberships { id role user { name } organisation { name } } }`, {}, cookie));
  rows.push(await measure('municipality search', `{ municipalities(search: "berg") { items { cbsCode name } } }`, {}, cookie));
  console.log(`\nKijkje API benchmark: ${CONNECTIONS} concurrent connections, ${SECONDS} s per case\n`);
  console.table(rows);

  // The demo's public harvest, before the big dataset loads the database.
  const publicHarvest = `${base}/oogst/oogst-sturen-met-kwaliteit-2025`;
  const page = await fetch(publicHarvest);
  const html = await page.text();
  console.log(`\nPublic harvest page (${publicHarvest}): HTTP ${page.status}, ${html.length.toLocaleString('en')} bytes of HTML, no JavaScript`);
  console.log('Bar (PERF-03): Lighthouse mobile performance ≥ 90\n');
  console.table([await lighthouseScores(publicHarvest)]);
  for (const file of ['oogst.pdf', 'oogst.docx']) {
    const res = await fetch(`${publicHarvest}/${file}`);
    console.log(`export of the demo harvest, ${file}: ${(await res.arrayBuffer()).byteLength.toLocaleString('en')} bytes`);
  }
  const { body: viewer } = await gql(`{ viewer { memberships { network { id name } } } }`, {}, cookie);
  const demoNetwork = viewer.data.viewer.memberships.find((m) => m.network.name === 'Netwerk Directeuren Sociaal Domein').network.id;
  await gql(`mutation($id: ID!) { switchNetwork(networkId: $id) { user { id } } }`, { id: demoNetwork }, cookie);
  const { body: programmes } = await gql(`{ programmes { id name } }`, {}, cookie);
  const closed = programmes.data.programmes.find((p) => p.name === 'Sturen met Kwaliteit 2025');
  const { body: reports } = await gql(`query($id: ID!) { visitReports(programmeId: $id) { visitId host } }`, { id: closed.id }, cookie);
  const report = reports.data.visitReports[0];
  for (const format of ['pdf', 'docx']) {
    const t0 = performance.now();
    const res = await fetch(`${base}/export/bezoekverslag/${report.visitId}/${format}`, { headers: { cookie } });
    const bytes = (await res.arrayBuffer()).byteLength;
    console.log(
      `export of the demo visit report of ${report.host}, ${format}: ${bytes.toLocaleString('en')} bytes in ${(performance.now() - t0).toFixed(0)} ms`,
    );
  }

  console.log('\nGenerating the M dataset …');
  const data = await generateDataset(databaseUrl);
  console.log(`M dataset in ${data.seconds} s: ${JSON.stringify(data.counts)}`);
  const bench = (await gql(`mutation { signIn(input: { email: "bench-coordinator@kijkje.test", password: "Kijkje-demo-2026" }) { user { id } } }`)).cookie;
  const lead = (await gql(`mutation($e: String!) { signIn(input: { email: $e, password: "Kijkje-demo-2026" }) { user { id } } }`, { e: data.leadEmail }))
    .cookie;
  const m = [];
  m.push(
    await measure(
      'round dashboard (coordinator; 5 visits, teams, counts)',
      `query($id: ID!) { round(id: $id) { name status organisations { name } visits { status startsOn hostOrganisation { name } team { isLead user { name } } findingCounts { submitted shared final released } } } }`,
      { id: data.roundId },
      bench,
    ),
  );
  m.push(
    await measure(
      'visit findings list (lead; 50 findings)',
      `query($id: ID!) { visit(id: $id) { status findings { id kind theme text tags status version author { name } } } }`,
      { id: data.visitId },
      lead,
    ),
  );
  m.push(
    await measure(
      'harvest counts (coordinator; theme × kind, size class, round)',
      `query($id: ID!) { harvest(id: $id) { counts { byTheme { label total cells { kind count } } bySizeClass { label organisations total cells { kind count } } byRound { label total } totals { total organisations } } } }`,
      { id: data.harvestId },
      bench,
    ),
  );
  console.log(`\nOn the M dataset (${data.counts.findings.toLocaleString('en')} findings): ${CONNECTIONS} concurrent connections, ${SECONDS} s per case`);
  console.log('Bars (PERF-02): round dashboard p99 ≤ 25 ms, visit findings list p99 ≤ 50 ms, harvest counts p99 ≤ 20 ms\n');
  console.table(m);

  // PERF-04: the same work by hand, on the same database as the same app role (the password
  // outside production is the development default the scratch API uses too).
  console.log('\nComparing Kijkje with its hand-written floor (tools/bench-floor) …');
  // First, so that the sessions' rights see it: one of the M dataset's programmes runs again, so
  // that "Mijn taken" has work to find (the dataset is otherwise all history).
  await runningProgrammeForTasks(databaseUrl);
  const people = await benchSessions(databaseUrl);
  floor = await startFloor(deriveAppUrl(databaseUrl, process.env.DATABASE_APP_PASSWORD || 'kijkje_app_dev'));
  const measured = await floorComparison({
    kijkje: { base, pid: apiPid },
    floor,
    // BENCH_FLOOR_CASES=my-tasks,round measures only those (my-tasks is needed for the table after).
    cases: floorCases(people).filter((k) => !process.env.BENCH_FLOOR_CASES || process.env.BENCH_FLOOR_CASES.split(',').includes(k.key)),
    seconds: Number(process.env.BENCH_FLOOR_SECONDS ?? SECONDS),
    connections: CONNECTIONS,
    database: new URL(databaseUrl).pathname.slice(1),
  });
  if (measured['my-tasks']) printMyTasks(measured['my-tasks'].kijkje);
} finally {
  await floor?.stop();
  await stop();
}
