import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ensureApiBuilt, startApiProcess, waitFor, type ApiProcess } from '../reliability/support/api-process';

const SECRET_INPUT = 'Tracing-wachtwoord-Zeldzaam-2718';

/**
 * Tracing is opt-in: with OTEL_EXPORTER_OTLP_ENDPOINT set, the API process sends OTLP/HTTP
 * traces to it, with spans of the HTTP, GraphQL and PostgreSQL instrumentations, and without the
 * operation's variables.
 */
describe('OpenTelemetry tracing', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  let collector: Server;
  const posts: { path: string; body: string }[] = [];

  beforeAll(async () => {
    await ensureApiBuilt();
    db = await createTestDatabase();
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        posts.push({ path: req.url ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    api = await startApiProcess(db.ownerUrl, { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_BSP_SCHEDULE_DELAY: '200' });
  }, 300_000);

  afterAll(async () => {
    api?.kill();
    await new Promise((resolve) => collector?.close(resolve));
    await db?.drop();
  });

  it('sends spans of HTTP, GraphQL and PostgreSQL to the OTLP endpoint', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        variables: { input: { email: 'niemand@kijkje.test', password: SECRET_INPUT } },
      }),
    });
    expect(res.status).toBe(200);
    const traces = () =>
      posts
        .filter((p) => p.path === '/v1/traces')
        .map((p) => p.body)
        .join('\n');
    await waitFor(async () => ['instrumentation-http', 'instrumentation-graphql', 'instrumentation-pg'].every((s) => traces().includes(s)), 20_000);
    expect(traces()).toContain('kijkje-api');
    expect(traces()).not.toContain(SECRET_INPUT);
  });
});
