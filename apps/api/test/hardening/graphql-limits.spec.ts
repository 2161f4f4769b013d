import { PASSWORD, buildWorld, type World } from '../support/world';
import { startTestApp, type TestApp } from '../support/test-app';
import { leaksIn, nestedQuery, postRaw, type RawResult } from './support/http';
import { StateProbe } from './support/state';

/**
 * SEC-05: abusive queries against the app booted with the production configuration. The
 * process's own NODE_ENV is production too (as in a real deployment), so Express and Apollo
 * behave exactly as they would on a server.
 */
describe('GraphQL limits in the production configuration (SEC-05)', () => {
  let t: TestApp;
  let world: World;
  let probe: StateProbe;
  const previousNodeEnv = process.env['NODE_ENV'];
  /** Every response body of this file, checked for leaks at the end. */
  const seen: { what: string; text: string }[] = [];

  const send = async (what: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResult> => {
    const res = await postRaw(t.http, body, headers);
    seen.push({ what, text: res.text });
    return res;
  };
  const messages = (res: RawResult): string => (res.body?.errors ?? []).map((e: { message: string }) => e.message).join('\n');
  const codes = (res: RawResult): string[] => (res.body?.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);

  /** A rejected operation: a 4xx, errors with the given code, no data at all, nothing internal. */
  const expectRejected = (res: RawResult, code: string) => {
    expect(res.status).toBe(400);
    expect(res.body?.data).toBeUndefined();
    expect(codes(res).length).toBeGreaterThan(0);
    expect(codes(res)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(codes(res)[0]).toBe(code);
  };

  beforeAll(async () => {
    process.env['NODE_ENV'] = 'production';
    t = await startTestApp({ NODE_ENV: 'production' });
    world = await buildWorld(t);
    probe = await StateProbe.open(t.db.ownerUrl);
  });
  afterAll(async () => {
    await probe?.close();
    await t?.close();
    process.env['NODE_ENV'] = previousNodeEnv;
  });

  it('boots with the production configuration', () => {
    expect(t.config.production).toBe(true);
  });

  describe('introspection', () => {
    it('rejects a schema introspection query', async () => {
      const res = await send('introspection', { query: '{ __schema { types { name } } }' });
      expectRejected(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(messages(res)).toMatch(/introspection is not allowed/i);
    });

    it('rejects a type introspection query', async () => {
      const res = await send('__type', { query: '{ __type(name: "Query") { fields { name } } }' });
      expectRejected(res, 'GRAPHQL_VALIDATION_FAILED');
    });

    it('still allows __typename, which is not introspection of the schema', async () => {
      const res = await send('__typename', { query: '{ __typename }' });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ __typename: 'Query' });
    });
  });

  describe('aliases (at most 15)', () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { user { id } }`).join(' ')} }`;

    it('executes a query with 15 aliases', async () => {
      const res = await send('15 aliases', { query: aliased(15) });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(Object.keys(res.body.data)).toHaveLength(15);
    });

    it('rejects a query with 16 aliases without executing it', async () => {
      const res = await send('16 aliases', { query: aliased(16) });
      expectRejected(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(messages(res)).toMatch(/alias/i);
    });

    it('counts aliases on mutations too: 16 aliased sign-ins are not executed', async () => {
      const before = await probe.query(`SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'auth.sign_in%'`);
      const fields = Array.from(
        { length: 16 },
        (_, i) => `s${i}: signIn(input: { email: "${world.a.member.email}", password: "${PASSWORD}" }) { user { id } }`,
      );
      const res = await send('16 aliased mutations', { query: `mutation { ${fields.join(' ')} }` });
      expectRejected(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(res.headers['set-cookie']).toBeUndefined();
      const after = await probe.query(`SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'auth.sign_in%'`);
      expect(after[0].n).toBe(before[0].n);
    });
  });

  describe('depth (at most 8)', () => {
    it('executes the deepest query the schema allows', async () => {
      const res = await send('legal depth', { query: '{ viewer { currentMembership { network { id } } } }' });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    });

    // The schema cannot reach depth 9 legally, so the deep queries below are also invalid for
    // other reasons; what matters is that the depth rule itself fires at 9 and not at 8.
    it('does not raise the depth limit at depth 8', async () => {
      const res = await send('depth 8', { query: nestedQuery(8) });
      expectRejected(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(messages(res)).not.toMatch(/depth/i);
    });

    it('rejects depth 9 with the depth limit, no data and no 5xx', async () => {
      const res = await send('depth 9', { query: nestedQuery(9) });
      expectRejected(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(messages(res)).toMatch(/depth limit of 8 exceeded/i);
    });

    it('rejects a very deep query (depth 60) without a 5xx', async () => {
      const res = await send('depth 60', { query: nestedQuery(60) });
      expectRejected(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(messages(res)).toMatch(/depth/i);
    });

    it('counts depth through fragments', async () => {
      const query = `query { viewer { ...A } }
        fragment A on Viewer { user { id { f4 { f5 { f6 { f7 { f8 { f9 } } } } } } } }`;
      const res = await send('depth via fragment', { query });
      expectRejected(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(messages(res)).toMatch(/depth/i);
    });
  });

  // graphql-js aborts validation of very many duplicate fields on its own ("Validation
  // aborted."), so the queries below spread their fields over 15 aliases instead.
  const spread = (perAlias: number, inner: (fields: string) => string) =>
    `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${inner('__typename '.repeat(perAlias))}`).join(' ')} }`;

  describe('cost (at most 5000)', () => {
    const costly = (n: number) =>
      `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: viewer { currentMembership { network { ${'id '.repeat(n)}} } }`).join(' ')} }`;

    it('executes a query just under the cost limit', async () => {
      // 15 × (2 + 1.5 × (2 + 1.5 × (2 + 1.5 × 95))) = 4951.9
      const res = await send('cost under', { query: costly(95) });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    });

    it('rejects a query just over the cost limit', async () => {
      // 15 × (2 + 1.5 × (2 + 1.5 × (2 + 1.5 × 97))) = 5053.1
      const res = await send('cost over', { query: costly(97) });
      expectRejected(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(messages(res)).toMatch(/cost limit of 5000 exceeded/i);
    });
  });

  describe('tokens (at most 2000)', () => {
    // 15 × (alias : viewer { …n… }) + { } = 15 × (n + 5) + 2 tokens
    it('executes a query of 1967 tokens', async () => {
      const res = await send('1967 tokens', { query: spread(126, (f) => `viewer { ${f}}`) });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    });

    it('rejects a query of 2102 tokens with a 400 before executing it', async () => {
      const res = await send('2102 tokens', { query: spread(135, (f) => `viewer { ${f}}`) });
      expectRejected(res, 'GRAPHQL_PARSE_FAILED');
      expect(messages(res)).toMatch(/token/i);
    });

    it('rejects a huge query (8,000 tokens) with a 400', async () => {
      const res = await send('8000 tokens', { query: `{ ${'__typename '.repeat(8_000)}}` });
      expect(res.status).toBe(400);
      expect(codes(res)).not.toContain('INTERNAL_SERVER_ERROR');
    });
  });

  describe('batching', () => {
    it('rejects a JSON array body with 400 and executes none of it', async () => {
      const before = await probe.snapshot();
      const reset = `mutation { requestPasswordReset(input: { email: "${world.a.member.email}" }) }`;
      const res = await send('batch', [{ query: reset }, { query: reset }]);
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/batching/i);
      expect(res.body?.data).toBeUndefined();
      expect(Array.isArray(res.body)).toBe(false);
      expect(await probe.snapshot()).toEqual(before);
    });

    it('rejects a batch of one as well', async () => {
      const res = await send('batch of one', [{ query: '{ __typename }' }]);
      expect(res.status).toBe(400);
      expect(Array.isArray(res.body)).toBe(false);
    });
  });

  describe('no suggestions', () => {
    // every row has three entries: jest treats a missing last argument as a done() callback
    const cases: [string, string, Record<string, unknown>][] = [
      ['a misspelled field', '{ viewr { user { id } } }', {}],
      ['a misspelled nested field', '{ viewer { usr { id } } }', {}],
      ['a misspelled argument', 'mutation { switchNetwork(networkID: "x") { user { id } } }', {}],
      ['a misspelled input field', 'mutation { signIn(input: { emial: "a@b.nl", password: "x" }) { user { id } } }', {}],
      ['a misspelled enum literal', 'mutation { invitePerson(input: { email: "a@b.nl", name: "A", role: COORDINATR }) { id } }', {}],
      ['a misspelled type', 'mutation($i: SignInInpt!) { signIn(input: $i) { user { id } } }', { i: {} }],
      [
        'a misspelled enum value in variables',
        'mutation($i: InvitePersonInput!) { invitePerson(input: $i) { id } }',
        { i: { email: 'a@b.nl', name: 'A', role: 'COORDINATR' } },
      ],
      ['a misspelled input field in variables', 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', { i: { emial: 'a@b.nl', password: 'x' } }],
    ];

    it.each(cases)('gives no "Did you mean" for %s', async (what, query, variables) => {
      const res = await send(what, { query, variables });
      expect(res.status).toBe(400);
      expect(res.body.errors.length).toBeGreaterThan(0);
      expect(res.text).not.toMatch(/did you mean/i);
    });
  });

  describe('malformed requests', () => {
    it('answers a body that is not JSON with a 400 and no internals', async () => {
      const res = await send('bad json', '{"query": "{ __typename }"', { 'content-type': 'application/json' });
      expect(res.status).toBe(400);
    });

    it('answers a body over 100 kB with 413 and no internals', async () => {
      const res = await send('too large', { query: `{ __typename }`, variables: { pad: 'x'.repeat(150_000) } });
      expect(res.status).toBe(413);
    });

    it('answers a missing query with a 400', async () => {
      const res = await send('no query', { variables: {} });
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual(['BAD_REQUEST']);
    });

    it('answers two operations without an operation name with a 400, not a 5xx', async () => {
      const res = await send('two operations', { query: 'query A { __typename } query B { __typename }' });
      expectRejected(res, 'OPERATION_RESOLUTION_FAILURE');
    });

    it('answers an unknown operation name with a 400, not a 5xx', async () => {
      const res = await send('unknown operation', { query: 'query A { __typename }', operationName: 'B' });
      expectRejected(res, 'OPERATION_RESOLUTION_FAILURE');
    });

    it('answers a syntax error with GRAPHQL_PARSE_FAILED', async () => {
      const res = await send('syntax', { query: '{ viewer { ' });
      expectRejected(res, 'GRAPHQL_PARSE_FAILED');
    });
  });

  it('never returned a stack trace, a source path or an SQL detail in any response above', () => {
    expect(seen.length).toBeGreaterThan(25);
    const leaks = seen.map((s) => ({ what: s.what, leaks: leaksIn(s.text) })).filter((s) => s.leaks.length > 0);
    expect(leaks).toEqual([]);
  });
});
