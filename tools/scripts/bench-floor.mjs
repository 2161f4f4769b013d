// PERF-04: Kijkje against a hand-written floor (tools/bench-floor) on the same database, as the
// same role, with the same session, scope and authorisation. Per case: first ~30 random requests
// to both, whose answers must be equal (or the bench stops); then both measured, interleaved, with
// random ids, and their CPU per request. Bars are reported, not enforced.
import { spawn } from 'node:child_process';
import { deepStrictEqual } from 'node:assert';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { postgresCpu, postgresDelta, processCpuMs } from './bench-cpu.mjs';

const SAMPLES = 30;
const SLICES = 3;
const WARM_UP_SECONDS = 2;

/** Starts the floor server on the app role's URL; resolves with its address, pid and stop(). */
export async function startFloor(appDatabaseUrl) {
  const child = spawn(process.execPath, ['tools/bench-floor/server.mjs'], {
    env: { ...process.env, FLOOR_DATABASE_URL: appDatabaseUrl, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await Promise.race([
    (async () => {
      for await (const l of createInterface({ input: child.stdout })) return [l];
      return [null];
    })(),
    new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`the floor server exited (${code})`)))),
  ]);
  const { port } = JSON.parse(line);
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  return { base: `http://127.0.0.1:${port}`, pid: child.pid, stop };
}

const headersFor = (kase, cookie) => ({ 'content-type': 'application/json', 'x-bench-case': kase.key, cookie });

async function ask(base, kase, request) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: headersFor(kase, request.cookie),
    body: JSON.stringify({ query: kase.query, variables: request.variables }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${kase.name}: HTTP ${res.status} from ${base}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

/** Leaves out what two creations of the same thing cannot share (ids, timestamps). */
function comparable(body, unique = []) {
  if (!unique.length) return body;
  return JSON.parse(JSON.stringify(body), (key, value) => (unique.includes(key) ? '(differs by nature)' : value));
}

/** The same random requests to both servers must get the same answer: key order aside, list order included. */
export async function compareAnswers(kijkje, floor, kase) {
  for (let i = 0; i < SAMPLES; i++) {
    const request = kase.next();
    const mine = await ask(kijkje, kase, request);
    const theirs = await ask(floor, kase, request);
    if (mine.errors) throw new Error(`${kase.name}: Kijkje answered with errors: ${JSON.stringify(mine.errors)} for ${JSON.stringify(request)}`);
    try {
      deepStrictEqual(comparable(theirs, kase.unique), comparable(mine, kase.unique));
    } catch (error) {
      throw new Error(`${kase.name}: the floor's answer (actual) differs from Kijkje's (expected) for ${JSON.stringify(request.variables)}\n${error.message}`);
    }
  }
}

/** One autocannon run against one server; every latency is kept, so that slices can be merged. */
async function load(base, kase, seconds, connections, latencies) {
  const instance = autocannon({
    url: `${base}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const request = kase.next();
          return { ...req, headers: headersFor(kase, request.cookie), body: JSON.stringify({ query: kase.query, variables: request.variables }) };
        },
      },
    ],
    // A GraphQL error is a failure like any non-2xx.
    verifyBody: (body) => !body.includes('"errors"'),
  });
  if (latencies) instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const r = await instance;
  const failed = r.errors + r.timeouts + r.non2xx + r.mismatches;
  if (failed) throw new Error(`${kase.name}: ${failed} of ${r.requests.total} requests to ${base} failed or answered with errors`);
  return r;
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

/** Measures both servers on one case in alternating slices; CPU from /proc around each slice. */
export async function measurePair(servers, kase, { seconds, connections, database }) {
  for (const s of servers) await load(s.base, kase, WARM_UP_SECONDS, connections, null);
  const totals = servers.map(() => ({ requests: 0, seconds: 0, latencies: [], nodeMs: 0, pgMs: 0 }));
  for (let slice = 0; slice < SLICES; slice++) {
    for (const [i, s] of servers.entries()) {
      const node0 = processCpuMs(s.pid);
      const pg0 = postgresCpu(database);
      const r = await load(s.base, kase, seconds / SLICES, connections, totals[i].latencies);
      totals[i].nodeMs += processCpuMs(s.pid) - node0;
      totals[i].pgMs += postgresDelta(pg0, postgresCpu(database));
      totals[i].requests += r.requests.total;
      totals[i].seconds += r.duration;
    }
  }
  return totals.map((t) => {
    const sorted = t.latencies.sort((a, b) => a - b);
    return {
      rps: t.requests / t.seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      nodeMsPerRequest: t.nodeMs / t.requests,
      pgMsPerRequest: t.pgMs / t.requests,
    };
  });
}

const ms = (n) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const cpu = (n) => n.toFixed(2);

/** One table row, with the bar of PERF-04: reads ≥ 0.55× and p99 ≤ 2× the floor, writes ≥ 0.5×. */
export function ratioRow(kase, kijkje, floor) {
  const ratio = kijkje.rps / floor.rps;
  const p99Ratio = kijkje.p99 / floor.p99;
  const met = kase.write ? ratio >= 0.5 : ratio >= 0.55 && p99Ratio <= 2;
  return {
    case: kase.name,
    'Kijkje req/s': Math.round(kijkje.rps),
    'floor req/s': Math.round(floor.rps),
    ratio: ratio.toFixed(2),
    'Kijkje p50/p99 ms': `${ms(kijkje.p50)} / ${ms(kijkje.p99)}`,
    'floor p50/p99 ms': `${ms(floor.p50)} / ${ms(floor.p99)}`,
    'p99 ratio': p99Ratio.toFixed(2),
    'Node CPU ms/req (K / f)': `${cpu(kijkje.nodeMsPerRequest)} / ${cpu(floor.nodeMsPerRequest)}`,
    'PG CPU ms/req (K / f)': `${cpu(kijkje.pgMsPerRequest)} / ${cpu(floor.pgMsPerRequest)}`,
    'bar met': met ? 'yes' : `no (${kase.write ? 'write ≥ 0.5×' : 'read ≥ 0.55×, p99 ≤ 2×'})`,
  };
}

/** The whole comparison; prints the ratio table and returns each case's figures by key. */
export async function floorComparison({ kijkje, floor, cases, seconds, connections, database }) {
  const rows = [];
  const measured = {};
  for (const kase of cases) {
    await compareAnswers(kijkje.base, floor.base, kase);
    const [k, f] = await measurePair([kijkje, floor], kase, { seconds, connections, database });
    rows.push(ratioRow(kase, k, f));
    measured[kase.key] = { kijkje: k, floor: f };
    console.log(`  ${kase.name}: ${Math.round(k.rps)} vs ${Math.round(f.rps)} req/s`);
  }
  console.log(`\nKijkje against its floor (PERF-04): ${connections} connections, random ids, ${seconds} s per server per case in ${SLICES} alternating slices`);
  console.log('Bars: every read ≥ 0.55× the floor with p99 ≤ 2× the floor’s; the write ≥ 0.5×\n');
  console.table(rows);
  for (const kase of cases.filter((k) => k.note)) console.log(`${kase.name}: ${kase.note}`);
  return measured;
}
