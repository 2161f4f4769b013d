import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ensureApiBuilt, freePort, startApiProcess, type ApiProcess } from '../reliability/support/api-process';
import type { TestApp } from '../support/test-app';
import { buildVisitWorld, type VisitWorld } from '../support/visit-world';
import { buildWorld, PASSWORD } from '../support/world';

// Recognisable values that must never reach the log, whatever the level.
const WRONG_PASSWORD = 'Fout-wachtwoord-Zeldzaam-5512';
const FINDING_TEXT = 'Geheime-bevinding-Zeldzaam-7731';
const GET_VARIABLE = 'Variabele-in-de-URL-Zeldzaam-9911';
const BEARER = 'Bearer-token-Zeldzaam-3141';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const CREATE = `mutation CreateFinding($input: CreateFindingInput!) { createFinding(input: $input) { id } }`;

interface Answer {
  status: number;
  body: any;
  requestId: string | null;
  cookie: string | null;
}

async function post(api: ApiProcess, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: await res.json(),
    requestId: res.headers.get('x-request-id'),
    cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null,
  };
}

/** Every line the process wrote, parsed; a line that is not JSON fails the test. */
function lines(api: ApiProcess): Record<string, any>[] {
  return api
    .output()
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, any>;
      } catch {
        throw new Error(`not a JSON log line: ${l}`);
      }
    });
}

async function settled(api: ApiProcess, requestId: string): Promise<Record<string, any>> {
  for (let i = 0; i < 50; i++) {
    const line = lines(api).find((l) => l['requestId'] === requestId && l['res']);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no completed-request line for ${requestId}`);
}

/**
 * The API process as deployed (production's JSON logs, LOG_LEVEL=trace so nothing is held back):
 * every line is JSON with time, level and message; request lines name the request id, the caller,
 * the tenant and the GraphQL operation; the request id is the one in X-Request-Id and in the
 * errors' extensions; and no password, token, cookie, variable or finding text is ever written.
 */
describe('structured logs of the API process', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  let v: VisitWorld;
  let cookie: string;
  const answers: Answer[] = [];

  beforeAll(async () => {
    await ensureApiBuilt();
    db = await createTestDatabase();
    const web = mkdtempSync(join(tmpdir(), 'kijkje-web-'));
    mkdirSync(web, { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Kijkje</title>');
    api = await startApiProcess(db.ownerUrl, { LOG_LEVEL: 'trace', WEB_DIR: web, METRICS_PORT: String(await freePort()) });
    const t = { db } as TestApp;
    v = await buildVisitWorld(t, await buildWorld(t));

    answers.push(await post(api, SIGN_IN, { input: { email: v.people.author.email, password: WRONG_PASSWORD } }, { authorization: `Bearer ${BEARER}` }));
    const signedIn = await post(api, SIGN_IN, { input: { email: v.people.author.email, password: PASSWORD } });
    answers.push(signedIn);
    cookie = signedIn.cookie!;
    answers.push(
      await post(
        api,
        CREATE,
        { input: { visitId: v.visitId, kind: 'STRENGTH', theme: 'Wmo', text: FINDING_TEXT, submit: false } },
        { cookie, 'x-request-id': 'lb-7f3a.1' },
      ),
    );
    const query = encodeURIComponent('query Finding($id: ID!) { finding(id: $id) { id } }');
    const variables = encodeURIComponent(JSON.stringify({ id: GET_VARIABLE }));
    const res = await fetch(`${api.url}/graphql?query=${query}&variables=${variables}`, {
      headers: { cookie, 'apollo-require-preflight': '1', 'x-request-id': 'not a sane id "level":"fatal"' },
    });
    answers.push({ status: res.status, body: await res.json(), requestId: res.headers.get('x-request-id'), cookie: null });
    // Every request's line has been written before anything is judged.
    for (const answer of answers) await settled(api, answer.requestId!);
  }, 300_000);

  afterAll(async () => {
    api?.kill();
    await db?.drop();
  });

  it('writes only JSON lines with time, level and message', () => {
    const all = lines(api);
    expect(all.length).toBeGreaterThan(10);
    for (const line of all) {
      expect(typeof line['time']).toBe('string');
      expect(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).toContain(line['level']);
      expect(typeof line['msg']).toBe('string');
    }
    expect(all.some((l) => /^Kijkje: http/.test(l['msg']))).toBe(true);
  });

  it('names request, caller, tenant and operation on the request line, with the id the client got', async () => {
    const [failed, signIn, create] = answers;
    expect(failed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(failed.body.errors[0].extensions.requestId).toBe(failed.requestId);
    const failedLine = await settled(api, failed.requestId!);
    expect(failedLine).toMatchObject({ operation: 'SignIn', operationType: 'mutation', req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
    expect(failedLine['userId']).toBeUndefined();

    // A successful sign-in learns its caller during the operation.
    expect(await settled(api, signIn.requestId!)).toMatchObject({ operation: 'SignIn', userId: v.people.author.id });

    expect(create.requestId).toBe('lb-7f3a.1');
    expect(create.body.data.createFinding.id).toBeTruthy();
    const createLine = await settled(api, 'lb-7f3a.1');
    expect(createLine).toMatchObject({ operation: 'CreateFinding', operationType: 'mutation', userId: v.people.author.id });
    expect(createLine['networkId']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('replaces an incoming request id that is not a sane token', () => {
    const get = answers[3];
    expect(get.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(api.output()).not.toContain('not a sane id');
  });

  it('never writes a password, token, cookie, variable or finding text', () => {
    const out = api.output();
    for (const secret of [PASSWORD, WRONG_PASSWORD, FINDING_TEXT, GET_VARIABLE, BEARER, cookie.split('=')[1]]) expect(out).not.toContain(secret);
    expect(out).not.toMatch(/"variables"|"authorization"|"cookie"/i);
  });

  it('answers 404 for /metrics on the public port, even with the web app served', async () => {
    const res = await fetch(`${api.url}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('kijkje_');
  });
});
