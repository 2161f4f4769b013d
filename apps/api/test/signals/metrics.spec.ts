import { Metrics, MetricsServer } from '@kijkje/api/core';
import { withAdmin } from '../support/database';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildVisitWorld, type VisitWorld } from '../support/visit-world';
import { buildWorld, PASSWORD } from '../support/world';
import { subscribe, wsClient } from '../support/ws-client';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const CREATE = `mutation CreateFinding($input: CreateFindingInput!) { createFinding(input: $input) { id } }`;
const CHANGES = `subscription Board($id: ID!) { findingChanged(visitId: $id) { findingId change } }`;

/** The value of one sample of the scrape, or undefined when it is not there. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-z_:]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',');
    if (wanted.every((w) => have.includes(w))) return Number(match[3]);
  }
  return undefined;
}

/**
 * The Prometheus endpoint on its own port (METRICS_PORT), scraped after real GraphQL operations,
 * a real job row and a real graphql-ws subscriber.
 */
describe('metrics', () => {
  let t: TestApp;
  let v: VisitWorld;
  let scrapeUrl: string;
  const scrape = async () => (await fetch(scrapeUrl)).text();

  beforeAll(async () => {
    t = await startTestApp({ METRICS_PORT: '0', METRICS_HOST: '127.0.0.1' });
    v = await buildVisitWorld(t, await buildWorld(t));
    scrapeUrl = `http://127.0.0.1:${t.app.get(MetricsServer).port}/metrics`;
  });
  afterAll(async () => t?.close());

  it('counts and times each GraphQL operation by name and type, and its errors by code', async () => {
    const c = t.client();
    await c.gql(SIGN_IN, { input: { email: v.people.author.email, password: 'niet-het-wachtwoord' } });
    expect((await c.gql(SIGN_IN, { input: { email: v.people.author.email, password: PASSWORD } })).errors).toBeUndefined();
    await c.ok(CREATE, { input: { visitId: v.visitId, kind: 'STRENGTH', theme: 'Wmo', text: 'Telt mee', submit: false } });
    await c.gql(`query { viewer { user { id } } }`);
    await c.gql(`query Kapot { bestaatNiet }`);

    const text = await scrape();
    expect(sample(text, 'kijkje_graphql_operations_total', { operation: 'SignIn', type: 'mutation' })).toBe(2);
    expect(sample(text, 'kijkje_graphql_operation_errors_total', { operation: 'SignIn', type: 'mutation', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(sample(text, 'kijkje_graphql_operations_total', { operation: 'CreateFinding', type: 'mutation' })).toBe(1);
    expect(sample(text, 'kijkje_graphql_operation_errors_total', { operation: 'CreateFinding', type: 'mutation' })).toBeUndefined();
    expect(sample(text, 'kijkje_graphql_operation_duration_seconds_count', { operation: 'CreateFinding', type: 'mutation' })).toBe(1);
    expect(sample(text, 'kijkje_graphql_operation_duration_seconds_bucket', { operation: 'CreateFinding', type: 'mutation', le: '+Inf' })).toBe(1);
    expect(sample(text, 'kijkje_graphql_operations_total', { operation: 'anonymous', type: 'query' })).toBe(1);
    // An operation that does not validate has no trustworthy name.
    expect(sample(text, 'kijkje_graphql_operation_errors_total', { operation: 'unknown', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(text).not.toContain('Kapot');
    expect(sample(text, 'kijkje_http_requests_total', { route: 'graphql', method: 'POST', status: '200' })).toBeGreaterThanOrEqual(4);
  });

  it('lumps operation names past the bound together', async () => {
    const metrics = t.app.get(Metrics);
    expect(metrics.operationLabel('Naam met spaties', true)).toBe('other');
    for (let i = 0; i < 250; i++) metrics.operationLabel(`Verzonnen${i}`, true);
    expect(metrics.operationLabel('NogEenNieuwe', true)).toBe('other');
    expect(metrics.operationLabel('SignIn', true)).toBe('SignIn');
  });

  it('shows the database pools', async () => {
    const text = await scrape();
    expect(sample(text, 'kijkje_db_pool_max_connections', { pool: 'main' })).toBe(5);
    expect(sample(text, 'kijkje_db_pool_connections', { pool: 'main' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'kijkje_db_pool_idle_connections', { pool: 'main' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'kijkje_db_pool_waiting_requests', { pool: 'main' })).toBe(0);
    expect(sample(text, 'kijkje_db_pool_max_connections', { pool: 'side' })).toBe(3);
  });

  it('shows the job queue: how many wait, and how long the oldest has', async () => {
    expect(sample(await scrape(), 'kijkje_job_queue_depth')).toBe(0);
    await withAdmin(
      (c) => c.query(`INSERT INTO job (kind, payload, run_at, created_at) VALUES ('mail', '{}', now() + interval '1 hour', now() - interval '90 seconds')`),
      t.db.ownerUrl,
    );
    await new Promise((r) => setTimeout(r, 1100)); // one query per scrape, kept for a second
    const text = await scrape();
    expect(sample(text, 'kijkje_job_queue_depth')).toBe(1);
    expect(sample(text, 'kijkje_job_queue_oldest_age_seconds')).toBeGreaterThanOrEqual(90);
  });

  it('counts open live connections', async () => {
    expect(sample(await scrape(), 'kijkje_live_connections')).toBe(0);
    const c = t.client();
    await c.signIn(v.people.otherReviewer.email, PASSWORD);
    const sub = subscribe(wsClient(await t.listen(), { cookie: c.cookie, origin: t.config.appUrl }), CHANGES, { id: v.visitId });
    try {
      await sub.next((e: any) => e.findingChanged.change === 'REFRESH');
      expect(sample(await scrape(), 'kijkje_live_connections')).toBe(1);
    } finally {
      await sub.close();
    }
    for (let i = 0; i < 50 && sample(await scrape(), 'kijkje_live_connections') !== 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(sample(await scrape(), 'kijkje_live_connections')).toBe(0);
  });

  it('has the process metrics', async () => {
    const text = await scrape();
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeDefined();
  });

  it('serves nothing on the public port', async () => {
    const base = await t.listen();
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
  });
});

describe('metrics of refused operations', () => {
  let t: TestApp;
  let v: VisitWorld;

  beforeAll(async () => {
    t = await startTestApp({ METRICS_PORT: '0', RATE_REQUESTS_PER_MINUTE: '2' });
    v = await buildVisitWorld(t, await buildWorld(t));
  });
  afterAll(async () => t?.close());

  it('counts an operation refused by the request budget, with its request id in the answer', async () => {
    const c = t.client();
    await c.signIn(v.people.author.email, PASSWORD);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await c.gql(`query Ik { viewer { user { id } } }`));
    const refused = answers.filter((a) => a.errors?.[0]?.extensions.code === 'RATE_LIMITED');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].errors![0].extensions['requestId']).toBe(refused[0].headers['x-request-id']);
    const text = await (await fetch(`http://127.0.0.1:${t.app.get(MetricsServer).port}/metrics`)).text();
    // Refused once the caller is known, so under its own operation's name.
    expect(sample(text, 'kijkje_graphql_operation_errors_total', { operation: 'Ik', code: 'RATE_LIMITED' })).toBe(refused.length);
  });
});
