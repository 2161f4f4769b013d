import { Client } from 'pg';
import { ONE_TRIP_PER_CONNECTION, executeStatement, preparedOn, scopedBySettings } from '@kijkje/api/core';
import { createTestDatabase, withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { RoundTripCounter } from './support/round-trips';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

/*
 * A query made only of compiled reads travels in one message: BEGIN, the session lookup, the
 * statements, COMMIT. Who the caller is comes back with the answer, so everything that decides on the
 * caller (the request budget, a second factor, the root's permission, `keep`) is checked afterwards;
 * whenever one says no, the answer is dropped and the operation runs as usual. These tests hold the
 * one trip to the usual path's answers in each of those cases.
 */

const LIST = `query($id: ID!) { visit(id: $id) { status findings { id status text author { name } } } }`;
const ROUND = `query($id: ID!) { round(id: $id) { name visits { status findingCounts { submitted shared } } } }`;
const ONE_TRIP = /^START TRANSACTION; SELECT b\.\*.*; EXECUTE kijkje_read_\d+.*; COMMIT$/s;
const USUAL = /^START TRANSACTION; SELECT \* FROM kijkje_begin\(/;

describe('one round trip for a query of compiled reads', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  const counter = new RoundTripCounter();
  const admin = <T>(sql: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(sql, params)).rows as T[], t.db.ownerUrl);
  const sent = () => counter.all().flat();

  beforeAll(async () => {
    t = await startTestApp({ RATE_REQUESTS_PER_MINUTE: '4' });
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    counter.start();
  });
  afterAll(async () => {
    counter.stop();
    await t.close();
  });

  it('answers a reader in one trip, and each operation counts once against the request budget', async () => {
    const lead = await signedIn(t, v.people.lead);
    const answers = [];
    for (let i = 0; i < 5; i++) {
      counter.reset();
      answers.push(await lead.gql(LIST, { id: v.visitId }));
      if (i === 3) expect(sent().filter((text) => ONE_TRIP.test(text))).toHaveLength(1);
    }
    expect(answers.map(codeOf)).toEqual(['OK', 'OK', 'OK', 'OK', 'RATE_LIMITED']);
    expect(answers[0].data!['visit'].findings.length).toBeGreaterThan(0);
    expect(answers[4].status).toBe(429);
    expect(answers[4].data ?? null).toBeNull();
  });

  it('a row the caller may not see: dropped, executed as usual (not-found, audited once), and counted once against the budget', async () => {
    const outsider = await signedIn(t, world.b.coordinator);
    const denied = async () => (await admin<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied'`))[0].n;
    const before = await denied();
    const answers = [];
    for (let i = 0; i < 5; i++) {
      counter.reset();
      answers.push(await outsider.gql(LIST, { id: v.visitId }));
      if (i === 0) {
        // The one trip, then the usual transaction that answers the refusal.
        const texts = sent();
        const first = texts.findIndex((text) => ONE_TRIP.test(text));
        expect(first).toBeGreaterThanOrEqual(0);
        expect(texts.findIndex((text, i) => i > first && USUAL.test(text))).toBeGreaterThan(first);
      }
    }
    // Checked twice (after the trip and on the usual path), counted once: four answers, then the budget is spent.
    expect(answers.map(codeOf)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'RATE_LIMITED']);
    expect(answers[0].data?.['visit'] ?? null).toBeNull();
    expect(await denied()).toBe(before + 4);
  });

  it('an ended session or a deactivated member is answered as the usual path answers them, with nothing of the read', async () => {
    const member = await signedIn(t, v.people.otherReviewer);
    const stale = member.cookie;
    expect(codeOf(await member.gql(`mutation { signOut }`))).toBe('OK');
    const ended: GqlClient = t.client();
    ended.cookie = stale;
    const anonymous = await t.client().gql(LIST, { id: v.visitId });
    const afterSignOut = await ended.gql(LIST, { id: v.visitId });
    expect(codeOf(afterSignOut)).toBe(codeOf(anonymous));
    expect(afterSignOut.data?.['visit'] ?? null).toBeNull();

    const author = await signedIn(t, v.people.author);
    await admin(`UPDATE membership SET active = false WHERE user_id = $1 AND network_id = $2`, [v.people.author.id, world.a.id]);
    try {
      const res = await author.gql(LIST, { id: v.visitId });
      expect(codeOf(res)).not.toBe('OK');
      expect(res.data?.['visit'] ?? null).toBeNull();
    } finally {
      await admin(`UPDATE membership SET active = true WHERE user_id = $1 AND network_id = $2`, [v.people.author.id, world.a.id]);
    }
  });

  it('a network that asks its coordinators for a second factor refuses them before anything of the read is sent', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    expect(codeOf(await coordinator.gql(ROUND, { id: v.roundId }))).toBe('OK');
    await admin(`UPDATE network SET second_factor_policy = 'COORDINATORS' WHERE id = $1`, [world.a.id]);
    try {
      const res = await coordinator.gql(ROUND, { id: v.roundId });
      expect(codeOf(res)).toBe('SECOND_FACTOR_REQUIRED');
      expect(res.data?.['round'] ?? null).toBeNull();
    } finally {
      await admin(`UPDATE network SET second_factor_policy = 'NOBODY' WHERE id = $1`, [world.a.id]);
    }
  });

  it('a connection whose prepared statements are gone answers as usual, and gives up on one trips', async () => {
    // One connection in the pool, so that the statements taken away are those the next request finds.
    const one = await startTestApp({}, { poolSize: 1 });
    try {
      const ow = await buildWorld(one);
      const ov = await buildVisitWorld(one, ow);
      const reviewer = await signedIn(one, ov.people.author);
      const expected = await reviewer.ok(LIST, { id: ov.visitId });
      const runner = one.ds.createQueryRunner();
      try {
        await runner.connect();
        const names = (await runner.query(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'kijkje_read_%'`)) as { name: string }[];
        expect(names.length).toBeGreaterThan(0);
        for (const { name } of names) await runner.query(`DEALLOCATE ${name}`);
      } finally {
        await runner.release();
      }
      counter.reset();
      expect(await reviewer.ok(LIST, { id: ov.visitId })).toEqual(expected);
      // The message failed at its EXECUTE and was rolled back; the usual transaction answered on the same connection.
      const [connection] = counter.all().filter((texts) => texts.some((text) => ONE_TRIP.test(text)));
      const tried = connection.findIndex((text) => ONE_TRIP.test(text));
      expect(connection.slice(tried + 1, tried + 2)).toEqual(['ROLLBACK']);
      expect(connection.slice(tried + 2).some((text) => USUAL.test(text))).toBe(true);
      counter.reset();
      expect(await reviewer.ok(LIST, { id: ov.visitId })).toEqual(expected);
      expect(
        counter
          .all()
          .flat()
          .filter((text) => ONE_TRIP.test(text) || text.startsWith('PREPARE')),
      ).toEqual([]);
    } finally {
      await one.close();
    }
  });
});

describe('the statements of one trips on a connection', () => {
  it('read the scope from the settings the first statement sets, renumber the root’s own arguments, and are prepared once, up to a bound', async () => {
    expect(scopedBySettings(`SELECT $1::uuid, $2::uuid, $3::uuid, $4::boolean, $5::uuid, $6`)).toBe(
      `SELECT (${"nullif(current_setting('app.user_id', true), '')"})::uuid, (${"nullif(current_setting('app.organisation_id', true), '')"})::uuid, ` +
        `(${"nullif(current_setting('app.network_id', true), '')"})::uuid, (${"coalesce(current_setting('app.coordinator', true) = 'true', false)"})::boolean, $1::uuid, $2`,
    );
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.ownerUrl });
    await client.connect();
    try {
      const sql = (i: number) =>
        `WITH scope AS (SELECT $1::uuid, $2::uuid, $3::uuid, $4::boolean) SELECT json_build_object('i', ${i}, 'id', $5::uuid) AS answer`;
      const [first] = (await preparedOn(client, [sql(0)]))!;
      expect(await preparedOn(client, [sql(0)])).toEqual([first]);
      const id = '00000000-0000-4000-8000-000000000001';
      const results = (await client.query(`START TRANSACTION; ${executeStatement(first, [id])}; COMMIT`)) as unknown as { rows: unknown[] }[];
      expect(results[1].rows).toEqual([{ answer: { i: 0, id } }]);
      expect(() => executeStatement(first, [`${id}'; DROP TABLE x; --`])).toThrow();
      const more = Array.from({ length: ONE_TRIP_PER_CONNECTION - 1 }, (_, i) => sql(i + 1));
      expect(await preparedOn(client, more)).toHaveLength(ONE_TRIP_PER_CONNECTION - 1);
      expect(await preparedOn(client, [sql(ONE_TRIP_PER_CONNECTION)])).toBeNull();
      expect((await client.query(`SELECT count(*)::int AS n FROM pg_prepared_statements`)).rows[0].n).toBe(ONE_TRIP_PER_CONNECTION);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
