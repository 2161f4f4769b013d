// `node tools/scripts/sizing.mjs`: what one API process needs, for the requests and limits in
// deploy/kubernetes. Starts the built API (`npm run build` first) on a fresh demo database, reads
// its resident memory (RSS) and CPU from /proc while idle, then while autocannon sends a cheap
// signed-in GraphQL query and a heavier one at SIZING_CONNECTIONS (default 8 and 32) connections
// for SIZING_SECONDS (default 10) each, then the public harvest as PDF. The Dutch word list that
// a harvest's anonymisation loads on first use adds about 100 MB (measured apart: docs/production.md). Linux only. The load generator runs in this process, so
// on a small machine the API's req/s is a floor, not a ceiling.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { startScratchServer } from './scratch-server.mjs';

const SECONDS = Number(process.env.SIZING_SECONDS ?? 10);
const LEVELS = (process.env.SIZING_CONNECTIONS ?? '8,32').split(',').map(Number);
const TICKS = 100; // USER_HZ on Linux

function sample(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  return { cpuSeconds: (Number(stat[11]) + Number(stat[12])) / TICKS, rssMb: rssKb / 1024, at: Date.now() };
}

/** Runs `work` while sampling the process every 200 ms: CPU cores used on average, peak RSS. */
async function watch(pid, work) {
  const first = sample(pid);
  let peak = first.rssMb;
  const timer = setInterval(() => (peak = Math.max(peak, sample(pid).rssMb)), 200);
  const result = await work();
  clearInterval(timer);
  const last = sample(pid);
  peak = Math.max(peak, last.rssMb);
  return { result, cores: (last.cpuSeconds - first.cpuSeconds) / ((last.at - first.at) / 1000), peakRssMb: peak, rssMb: last.rssMb };
}

const { baseUrl, stop, pid } = await startScratchServer({
  prefix: 'kijkje_sizing',
  env: { RATE_REQUESTS_PER_MINUTE: '1000000', MAIL_OUTBOX_DIR: '/tmp/kijkje-sizing-outbox' },
});
try {
  const signIn = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { signIn(input: { email: "coordinator@kijkje.test", password: "Kijkje-demo-2026" }) { user { id } } }' }),
  });
  const cookie = signIn.headers.get('set-cookie').split(';')[0];
  const cases = {
    'viewer (cheap)': '{ viewer { user { name } currentNetwork { name } } }',
    'people with organisations': '{ memberships { id role user { name } organisation { name } } }',
  };
  const idle = await watch(pid, () => new Promise((r) => setTimeout(r, 3000)));
  const rows = [
    { case: 'idle after boot', connections: 0, 'req/s': 0, 'p99 ms': '', 'CPU cores': idle.cores.toFixed(2), 'peak RSS MB': Math.round(idle.peakRssMb) },
  ];
  for (const [name, query] of Object.entries(cases)) {
    for (const connections of LEVELS) {
      const options = {
        url: `${baseUrl}/graphql`,
        method: 'POST',
        connections,
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query }),
      };
      await autocannon({ ...options, duration: 2 });
      const { result: r, cores, peakRssMb } = await watch(pid, () => autocannon({ ...options, duration: SECONDS }));
      const failed = r.errors + r.timeouts + r.non2xx;
      rows.push({
        case: name,
        connections,
        'req/s': Math.round(r.requests.total / SECONDS),
        'p99 ms': r.latency.p99,
        'CPU cores': cores.toFixed(2),
        'peak RSS MB': Math.round(peakRssMb),
        ...(failed ? { failed } : {}),
      });
    }
  }
  // Heavy: the public harvest as PDF (fonts, layout), at 4 connections.
  const pdf = { url: `${baseUrl}/oogst/oogst-sturen-met-kwaliteit-2025/oogst.pdf`, connections: 4 };
  await autocannon({ ...pdf, duration: 2 });
  const p = await watch(pid, () => autocannon({ ...pdf, duration: SECONDS }));
  const pdfFailed = p.result.errors + p.result.timeouts + p.result.non2xx;
  rows.push({
    case: 'public harvest PDF',
    connections: 4,
    'req/s': Math.round(p.result.requests.total / SECONDS),
    'p99 ms': p.result.latency.p99,
    'CPU cores': p.cores.toFixed(2),
    'peak RSS MB': Math.round(p.peakRssMb),
    ...(pdfFailed ? { failed: pdfFailed } : {}),
  });
  const after = await watch(pid, () => new Promise((r) => setTimeout(r, 3000)));
  rows.push({
    case: 'idle after load',
    connections: 0,
    'req/s': 0,
    'p99 ms': '',
    'CPU cores': after.cores.toFixed(2),
    'peak RSS MB': Math.round(after.peakRssMb),
  });
  console.log(`\nOne API process, ${SECONDS} s per case (node ${process.version})\n`);
  console.table(rows);
} finally {
  await stop();
}
