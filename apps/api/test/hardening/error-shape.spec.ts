import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from '../support/world';
import { getRaw, leaksIn, postRaw, type RawResult } from './support/http';

/**
 * The error contract: every GraphQL error, whatever produced it (resolver, validation, parser,
 * Apollo's HTTP layer, the origin check, graphql-armor), carries extensions.code and
 * extensions.messages with non-empty Dutch and English text, and nothing internal.
 */
describe('the shape of every error', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t?.close());

  const json = { 'content-type': 'application/json' };
  const cookieOf = async (who: World['admin']) => ({ ...json, cookie: (await signedIn(t, who)).cookie! });

  /** Each case produces at least one error; the expected code is the first error's code. */
  const cases: [string, string, () => Promise<RawResult>][] = [
    ['a signed-out caller asking for network data', 'UNAUTHENTICATED', () => postRaw(t.http, { query: '{ organisations { id } }' })],
    [
      'a wrong password',
      'UNAUTHENTICATED',
      () => postRaw(t.http, { query: `mutation { signIn(input: { email: "${world.b.member.email}", password: "fout-wachtwoord" }) { user { id } } }` }),
    ],
    [
      'a member adding an organisation',
      'FORBIDDEN',
      async () => postRaw(t.http, { query: 'mutation { addOrganisation(input: { name: "Regio" }) { id } }' }, await cookieOf(world.a.member)),
    ],
    [
      'a member creating a network',
      'FORBIDDEN',
      async () =>
        postRaw(
          t.http,
          { query: 'mutation { createNetwork(input: { name: "Nw", coordinatorEmail: "a@b.nl", coordinatorName: "A" }) { id } }' },
          await cookieOf(world.a.member),
        ),
    ],
    [
      'revoking an unknown invitation',
      'NOT_FOUND',
      async () => postRaw(t.http, { query: 'mutation { revokeInvitation(id: "3f1c8f7e-2b4a-4c1d-9e8f-0a1b2c3d4e5f") }' }, await cookieOf(world.a.coordinator)),
    ],
    [
      'switching to a network one is not in',
      'NOT_FOUND',
      async () => postRaw(t.http, { query: `mutation { switchNetwork(networkId: "${world.b.id}") { user { id } } }` }, await cookieOf(world.a.coordinator)),
    ],
    ['an invalid e-mail address', 'BAD_USER_INPUT', () => postRaw(t.http, { query: 'mutation { requestPasswordReset(input: { email: "geen-adres" }) }' })],
    [
      'a malformed id',
      'BAD_USER_INPUT',
      async () => postRaw(t.http, { query: 'mutation { revokeInvitation(id: "abc") }' }, await cookieOf(world.a.coordinator)),
    ],
    [
      'a variable of the wrong type',
      'BAD_USER_INPUT',
      () => postRaw(t.http, { query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', variables: { i: { email: 1, password: 2 } } }),
    ],
    ['an unknown field', 'GRAPHQL_VALIDATION_FAILED', () => postRaw(t.http, { query: '{ nope }' })],
    [
      'too many aliases',
      'GRAPHQL_VALIDATION_FAILED',
      () => postRaw(t.http, { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { user { id } }`).join(' ')} }` }),
    ],
    ['too many tokens', 'GRAPHQL_PARSE_FAILED', () => postRaw(t.http, { query: `{ ${'__typename '.repeat(2100)}}` })],
    ['a syntax error', 'GRAPHQL_PARSE_FAILED', () => postRaw(t.http, { query: '{ viewer {' })],
    ['no query at all', 'BAD_REQUEST', () => postRaw(t.http, { variables: {} })],
    ['variables that are not an object', 'BAD_REQUEST', () => postRaw(t.http, { query: '{ __typename }', variables: 'x' })],
    ['a batch', 'BAD_REQUEST', () => postRaw(t.http, [{ query: '{ __typename }' }])],
    ['a simple (CSRF-able) request', 'BAD_REQUEST', () => postRaw(t.http, JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' })],
    ['a mutation over GET', 'BAD_REQUEST', () => getRaw(t.http, { query: 'mutation { signOut }' }, { 'apollo-require-preflight': 'true' })],
    ['two operations and no operation name', 'OPERATION_RESOLUTION_FAILURE', () => postRaw(t.http, { query: 'query A { __typename } query B { __typename }' })],
    ['an unknown operation name', 'OPERATION_RESOLUTION_FAILURE', () => postRaw(t.http, { query: 'query A { __typename }', operationName: 'B' })],
    [
      'an unknown persisted query',
      'PERSISTED_QUERY_NOT_FOUND',
      () => postRaw(t.http, { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    ],
    ['malformed JSON', 'BAD_REQUEST', () => postRaw(t.http, '{"query": "{ __typename }"', json)],
    ['a JSON body that is not an object', 'BAD_REQUEST', () => postRaw(t.http, '"{ __typename }"', json)],
    ['a body over 100 kB', 'PAYLOAD_TOO_LARGE', () => postRaw(t.http, { query: `{ __typename } # ${'x'.repeat(110_000)}` })],
    ['an unsupported content encoding', 'BAD_REQUEST', () => postRaw(t.http, '{}', { ...json, 'content-encoding': 'br2' })],
    ['a foreign origin', 'FORBIDDEN', () => postRaw(t.http, { query: '{ __typename }' }, { origin: 'https://evil.example' })],
    [
      'the sixth sign-in in a minute',
      'RATE_LIMITED',
      async () => {
        for (let i = 0; i < 5; i++)
          await postRaw(t.http, { query: `mutation { signIn(input: { email: "${world.a.member.email}", password: "fout-${i}" }) { user { id } } }` });
        return postRaw(t.http, { query: `mutation { signIn(input: { email: "${world.a.member.email}", password: "${PASSWORD}" }) { user { id } } }` });
      },
    ],
  ];

  it.each(cases)('%s → %s with bilingual messages and nothing internal', async (_what, code, send) => {
    const res = await send();
    expect(res.body).not.toBeNull();
    const errors = res.body.errors as { message: string; extensions: { code: string; messages: { nl: string; en: string }; fields?: unknown[] } }[];
    expect(Array.isArray(errors)).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].extensions.code).toBe(code);
    for (const error of errors) {
      expect(typeof error.message).toBe('string');
      expect(typeof error.extensions.code).toBe('string');
      expect(error.extensions.messages.nl.trim()).not.toBe('');
      expect(error.extensions.messages.en.trim()).not.toBe('');
      expect(error.extensions).not.toHaveProperty('stacktrace');
      expect(error.extensions).not.toHaveProperty('exception');
    }
    expect(leaksIn(res.text)).toEqual([]);
    if (code === 'INTERNAL_SERVER_ERROR') expect(res.status).toBeGreaterThanOrEqual(500);
    else expect(res.status).toBeLessThan(500);
  });

  it('BAD_USER_INPUT from the API’s own validation names each field in Dutch and English', async () => {
    const client = await signedIn(t, world.a.coordinator);
    const res = await client.gql(`mutation { invitePerson(input: { email: "geen-adres", name: "", role: MEMBER, organisationId: "x" }) { id } }`);
    const error = res.errors![0];
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions.fields!;
    expect(fields.map((f) => f.field).sort()).toEqual(['email', 'name', 'organisationId']);
    for (const f of fields) {
      expect(f.messages.nl.trim()).not.toBe('');
      expect(f.messages.en.trim()).not.toBe('');
      expect(f.messages.nl).not.toBe(f.messages.en);
    }
  });

  it('the top-level message of the API’s own errors is the English text', async () => {
    const res = await postRaw(t.http, { query: '{ organisations { id } }' });
    const error = res.body.errors[0];
    expect(error.message).toBe(error.extensions.messages.en);
  });

  it.each([
    ['malformed JSON', 400, () => postRaw(t.http, '{"query": ', json)],
    ['an oversize body', 413, () => postRaw(t.http, { query: `{ __typename } # ${'x'.repeat(110_000)}` })],
    ['an unsupported content encoding', 415, () => postRaw(t.http, '{}', { ...json, 'content-encoding': 'br2' })],
  ])('%s answers with HTTP %s and a JSON body, not an HTML error page', async (_what, status, send) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  });

  it('a non-GraphQL 404 does not leak internals either', async () => {
    const res = await request(t.http).get('/bestaat/niet');
    expect(res.status).toBe(404);
    expect(leaksIn(res.text)).toEqual([]);
  });
});
