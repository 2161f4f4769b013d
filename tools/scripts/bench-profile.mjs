// `npm run bench:profile -- <case> [seconds]`: where the API's CPU goes for one case of the floor
// comparison (round, visit-findings, host-board, programme, my-tasks, harvest-counts, create-finding), on the
// M dataset with random ids. Starts the built API with --cpu-prof, loads it for the given seconds,
// and prints the self time by package and the busiest functions. Build first (`npm run bench` does).
import './node-runtime.mjs';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { generateDataset } from './bench-dataset.mjs';
import { floorCases } from './bench-floor-cases.mjs';
import { benchSessions } from './bench-sessions.mjs';
import { startScratchServer } from './scratch-server.mjs';
import { runningProgrammeForTasks } from './bench-tasks.mjs';

const [key = 'visit-findings', seconds = '10'] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'kijkje-profile-'));
const { baseUrl, stop, databaseUrl } = await startScratchServer({
  prefix: 'kijkje_profile',
  port: 0,
  env: { RATE_REQUESTS_PER_MINUTE: '1000000', MAIL_OUTBOX_DIR: join(dir, 'outbox') },
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
});
try {
  await generateDataset(databaseUrl);
  await runningProgrammeForTasks(databaseUrl);
  const kase = floorCases(await benchSessions(databaseUrl)).find((c) => c.key === key);
  if (!kase) throw new Error(`no case ${key}`);
  const request = () => {
    const { cookie, variables } = kase.next();
    return { headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: kase.query, variables }) };
  };
  const options = { url: `${baseUrl}/graphql`, method: 'POST', connections: 8, requests: [{ setupRequest: (r) => ({ ...r, ...request() }) }] };
  await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: Number(seconds) });
  console.log(`${kase.name}: ${Math.round(result.requests.total / Number(seconds))} req/s, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx`);
} finally {
  await stop();
}

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
const self = new Map(profile.nodes.map((n) => [n.id, 0]));
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], self.get(profile.samples[i]) + (profile.timeDeltas[i] ?? 0));
const byPackage = new Map();
const byFunction = new Map();
let total = 0;
for (const node of profile.nodes) {
  const us = self.get(node.id);
  if (node.callFrame.functionName === '(idle)') continue;
  total += us;
  const url = node.callFrame.url;
  const pkg = url.includes('node_modules/')
    ? url
        .split('node_modules/')
        .pop()
        .split('/')
        .slice(0, url.includes('node_modules/@') ? 2 : 1)
        .join('/')
    : url.includes('dist/apps/api')
      ? 'kijkje'
      : url
        ? 'node'
        : node.callFrame.functionName;
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  const fn = `${node.callFrame.functionName || '(anonymous)'} ${pkg}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
}
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, share: `${((100 * us) / total).toFixed(1)} %` }));
console.log(`\nSelf time by package (of ${(total / 1e6).toFixed(1)} s busy), profile in ${dir}`);
console.table(top(byPackage, 15));
console.table(top(byFunction, 25));
