import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

const CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self' data:;" +
  "connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'";

/** The security headers every response carries (SEC-11), as one explicit snapshot. */
const EXPECTED = {
  'content-security-policy': CSP,
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

const securityHeaders = (headers: Record<string, unknown>) => Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, headers[name]]));

/** SEC-11: security headers on every kind of response. */
describe('security headers (SEC-11)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const responses: [string, () => request.Test][] = [
    ['GET /health/live', () => request(t.http).get('/health/live')],
    ['GET /health/ready', () => request(t.http).get('/health/ready')],
    ['POST /graphql (success)', () => request(t.http).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' })],
    ['POST /graphql (error)', () => request(t.http).post('/graphql').set('content-type', 'application/json').send({ query: '{ nope }' })],
    ['POST /graphql (foreign origin, 403)', () => request(t.http).post('/graphql').set('origin', 'https://evil.example').send({ query: '{ __typename }' })],
    ['GET of an unknown route (404)', () => request(t.http).get('/bestaat-niet')],
  ];

  it.each(responses)('%s carries exactly the expected security headers', async (_what, send) => {
    const res = await send();
    expect(securityHeaders(res.headers)).toEqual(EXPECTED);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('the content security policy allows only the own origin and forbids framing', async () => {
    const res = await request(t.http).get('/health/live');
    const csp = res.headers['content-security-policy'] as string;
    const directives = Object.fromEntries(csp.split(';').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives['default-src']).toBe("'self'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(directives['script-src']).not.toMatch(/unsafe-inline/);
  });

  it('GraphQL responses are not cacheable by shared caches and are JSON', async () => {
    const res = await request(t.http).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    expect(res.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
  });

  describe('under HTTPS', () => {
    let secure: TestApp;
    beforeAll(async () => {
      secure = await startTestApp({ APP_URL: 'https://kijkje.example' });
    });
    afterAll(() => secure?.close());

    it('adds upgrade-insecure-requests to the policy and keeps the rest', async () => {
      const res = await request(secure.http).get('/health/live');
      expect(res.headers['content-security-policy']).toBe(`${CSP};upgrade-insecure-requests`);
      expect(res.headers['strict-transport-security']).toBe(EXPECTED['strict-transport-security']);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-powered-by']).toBeUndefined();
    });
  });
});
