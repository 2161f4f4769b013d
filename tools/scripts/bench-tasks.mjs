// "Mijn taken" on the M dataset (issue 14): myTasks of the M dataset's coordinator, bar p99 ≤ 25 ms.
// Part of `npm run bench` (after everything else, since it sets a programme running); on its own,
// after `npx nx run-many -t build -p api web`: `node tools/scripts/bench-tasks.mjs`.
import './node-runtime.mjs';
import autocannon from 'autocannon';
import pg from 'pg';
import { fileURLToPath } from 'node:url';

export const MY_TASKS = `{ myTasks { id kind due overdue programmeId roundId visitId applicationId context { programme round organisation } count path } }`;

/**
 * The M dataset is all history (every programme closed): nothing would wait on anyone. So its last
 * programme runs again, its 50 rounds preparing their 250 visits and half of those without a lead,
 * which gives the coordinator teams to complete and the statement real rows to weigh.
 */
export async function runningProgrammeForTasks(databaseUrl) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query('BEGIN');
    const [{ id }] = (
      await c.query(`SELECT p.id FROM programme p JOIN network n ON n.id = p.network_id WHERE n.slug = 'benchmarknetwerk' ORDER BY p.name DESC LIMIT 1`)
    ).rows;
    await c.query(`UPDATE programme SET status = 'RUNNING' WHERE id = $1`, [id]);
    await c.query(`UPDATE round SET status = 'PREPARING' WHERE programme_id = $1`, [id]);
    await c.query(
      `UPDATE visit v SET status = 'PLANNED', starts_on = current_date + 10 + (abs(hashtext(v.id::text)) % 60)
         FROM round r WHERE r.id = v.round_id AND r.programme_id = $1`,
      [id],
    );
    await c.query(
      `UPDATE visit_reviewer t SET is_lead = false FROM visit v JOIN round r ON r.id = v.round_id
        WHERE t.visit_id = v.id AND r.programme_id = $1 AND abs(hashtext(v.id::text)) % 2 = 0`,
      [id],
    );
    await c.query('COMMIT');
    await c.query('ANALYZE programme, round, visit, visit_reviewer');
    return id;
  } finally {
    await c.end();
  }
}

/** CONNECTIONS connections ask myTasks for SECONDS after a warm-up; every answer must equal the first. */
export async function measureMyTasks({ base, cookie, connections, seconds }) {
  const headers = { 'content-type': 'application/json', cookie };
  const body = JSON.stringify({ query: MY_TASKS });
  const first = await (await fetch(`${base}/graphql`, { method: 'POST', headers, body })).text();
  const parsed = JSON.parse(first);
  if (parsed.errors) throw new Error(`my tasks: ${first}`);
  const options = { url: `${base}/graphql`, method: 'POST', connections, headers, body, expectBody: first };
  await autocannon({ ...options, duration: 2 });
  const r = await autocannon({ ...options, duration: seconds });
  const failed = r.errors + r.timeouts + r.non2xx + r.mismatches;
  if (failed) throw new Error(`my tasks: ${failed} of ${r.requests.total} requests failed or answered differently`);
  return {
    case: `my tasks (coordinator; ${parsed.data.myTasks.length} tasks)`,
    requests: r.requests.total,
    'req/s': Math.round(r.requests.total / seconds),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    'max ms': r.latency.max,
  };
}

/** Signs in the M dataset's coordinator (the benchmark's own, of the benchmark network). */
export async function signInBenchCoordinator(base) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { signIn(input: { email: "bench-coordinator@kijkje.test", password: "Kijkje-demo-2026" }) { user { id } } }` }),
  });
  return res.headers.get('set-cookie')?.split(';')[0];
}

/** `figures`: measureMyTasks' row, or the floor comparison's Kijkje figures for the my-tasks case. */
export function printMyTasks(figures) {
  console.log('\n"Mijn taken" on the M dataset (a running programme of 250 visits); bar: p99 ≤ 25 ms\n');
  const row = 'rps' in figures ? { case: 'my tasks (coordinator)', 'req/s': Math.round(figures.rps), 'p50 ms': figures.p50, 'p99 ms': figures.p99 } : figures;
  console.table([row]);
}

// On its own: a scratch Kijkje with the M dataset, this one case, and nothing else.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startScratchServer } = await import('./scratch-server.mjs');
  const { generateDataset } = await import('./bench-dataset.mjs');
  const {
    baseUrl: base,
    stop,
    databaseUrl,
  } = await startScratchServer({
    prefix: 'kijkje_bench_tasks',
    port: 0,
    env: { RATE_REQUESTS_PER_MINUTE: '1000000', MAIL_OUTBOX_DIR: '/tmp/kijkje-bench-outbox' },
  });
  try {
    const data = await generateDataset(databaseUrl);
    console.log(`M dataset in ${data.seconds} s: ${JSON.stringify(data.counts)}`);
    await runningProgrammeForTasks(databaseUrl);
    const cookie = await signInBenchCoordinator(base);
    printMyTasks(
      await measureMyTasks({ base, cookie, connections: Number(process.env.BENCH_CONNECTIONS ?? 8), seconds: Number(process.env.BENCH_SECONDS ?? 5) }),
    );
  } finally {
    await stop();
  }
}
