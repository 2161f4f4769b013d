import { ShutdownState } from '@kijkje/api/core';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

/** REL-05: liveness says the process runs; readiness says it can take work. */
describe('health endpoints (REL-05)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());
  afterEach(() => {
    t.app.get(ShutdownState).draining = false;
  });

  it('GET /health/live answers 200', async () => {
    const res = await request(t.http).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /health/ready answers 200 when the database is reachable', async () => {
    const res = await request(t.http).get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('while draining, readiness turns 503 and liveness stays 200', async () => {
    t.app.get(ShutdownState).draining = true;
    const ready = await request(t.http).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(JSON.stringify(ready.body)).toMatch(/draining/);
    const live = await request(t.http).get('/health/live');
    expect(live.status).toBe(200);
  });

  it('while draining, requests already accepted by the load balancer are still served', async () => {
    t.app.get(ShutdownState).draining = true;
    const res = await request(t.http).post('/graphql').set('content-type', 'application/json').send({ query: '{ viewer { user { id } } }' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { viewer: null } });
  });

  it('readiness returns to 200 when draining ends', async () => {
    t.app.get(ShutdownState).draining = true;
    expect((await request(t.http).get('/health/ready')).status).toBe(503);
    t.app.get(ShutdownState).draining = false;
    expect((await request(t.http).get('/health/ready')).status).toBe(200);
  });

  it('health endpoints need no session and set no cookie', async () => {
    const res = await request(t.http).get('/health/ready');
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
