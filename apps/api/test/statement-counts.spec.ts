import { PREPARED_PER_CONNECTION } from '@kijkje/api/core';
import type { Pool } from 'pg';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { withAdmin } from './support/database';
import type { GqlClient } from './support/gql-client';
import { buildHarvestWorld } from './support/harvest-world';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

/*
 * PERF-01: the SQL statements one GraphQL operation sends are bounded and do not grow with the
 * data. Every statement goes through TypeORM's query runner; the spy counts them per request.
 */

const BOARD = `query($id: ID!) { visit(id: $id) {
  id status hostOrganisation { name } team { isLead user { name } organisation { name } } teamProblems { nl }
  findingCounts { submitted shared final released }
  findings { id kind theme text tags status version author { name } rights { edit reply } comments { text author { name } } response { kind text respondedBy { name } } }
} }`;

async function addFindings(t: TestApp, w: World, v: VisitWorld, n: number): Promise<void> {
  await withAdmin(async (c) => {
    for (let i = 0; i < n; i++) {
      const f = await c.query(
        `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, status) VALUES ($1, $2, $3, 'STRENGTH', 'Jeugd', $4, '["extra"]', 'SHARED') RETURNING id`,
        [w.a.id, v.visitId, i % 2 ? v.people.author.id : v.people.lead.id, `Extra bevinding ${i}`],
      );
      await c.query(`INSERT INTO finding_comment (network_id, finding_id, author_id, text) VALUES ($1, $2, $3, 'Eens')`, [
        w.a.id,
        f.rows[0].id,
        v.people.otherReviewer.id,
      ]);
      await c.query(`INSERT INTO host_response (network_id, finding_id, kind, responded_by) VALUES ($1, $2, 'AGREE', $3)`, [
        w.a.id,
        f.rows[0].id,
        v.people.hostContact.id,
      ]);
    }
  }, t.db.ownerUrl);
}

describe('SQL statements per operation (PERF-01)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let spy: jest.SpyInstance;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
  });
  afterAll(async () => {
    spy.mockRestore();
    await t.close();
  });

  /**
   * The statements of this request. The mail worker polls the job table every few seconds through
   * the same driver; a poll that lands inside the window runs on a query runner of its own, so
   * every statement of a runner that touched the job table is left out.
   */
  async function statements(client: GqlClient, query: string, variables: Record<string, unknown>): Promise<number> {
    spy.mockClear();
    await client.ok(query, variables);
    const { calls, contexts } = spy.mock;
    const background = new Set(contexts.filter((_, i) => /\b(FROM|UPDATE) job\b/.test(String(calls[i][0]))));
    return calls.filter((_, i) => !background.has(contexts[i])).length;
  }

  it('the findings board takes the same number of statements for 10 findings as for 60, for every role', async () => {
    const people = { lead: v.people.lead, host: v.people.hostContact, coordinator: world.a.coordinator };
    const clients: Record<string, GqlClient> = {};
    for (const [k, p] of Object.entries(people)) clients[k] = await signedIn(t, p);
    // One request at a time: the spy counts every statement of the process.
    const count = async () => {
      const counts: Record<string, number> = {};
      for (const [k, c] of Object.entries(clients)) counts[k] = await statements(c, BOARD, { id: v.visitId });
      return counts;
    };
    await addFindings(t, world, v, 4);
    const before = await count();
    await addFindings(t, world, v, 50);
    const after = await count();
    expect(after).toEqual(before);
    // And it stays small: a fixed handful of statements, whatever the board holds.
    for (const n of Object.values(after)) expect(n).toBeLessThanOrEqual(25);
    console.log(`findings board: ${JSON.stringify(after)} statements per request (60 findings with comments and replies)`);
  });

  it('my visits and the programme with its rounds and visits do not grow with the visits either', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const PROGRAMME = `query($id: ID!) { programme(id: $id) { rounds { name status visits { status hostOrganisation { name } team { user { name } } findingCounts { submitted } } } } }`;
    const one = await statements(coordinator, PROGRAMME, { id: v.programmeId });
    await withAdmin(async (c) => {
      for (const org of [v.organisations.b, v.organisations.c, v.organisations.d]) {
        const visit = await c.query(`INSERT INTO visit (network_id, round_id, host_organisation_id) VALUES ($1, $2, $3) RETURNING id`, [
          world.a.id,
          v.roundId,
          org,
        ]);
        await c.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id) VALUES ($1, $2, $3, $4)`, [
          world.a.id,
          visit.rows[0].id,
          v.people.hostContact.id,
          v.organisations.host,
        ]);
      }
    }, t.db.ownerUrl);
    const four = await statements(coordinator, PROGRAMME, { id: v.programmeId });
    expect(four).toBe(one);
    const host = await signedIn(t, v.people.hostContact);
    const MINE = `{ myVisits { status hostOrganisation { name } round { name } myRelations rights { addFinding } findingCounts { submitted } } }`;
    const mine = await statements(host, MINE, {});
    expect(mine).toBeLessThanOrEqual(20);
    console.log(`programme with rounds and visits: ${four} statements; my visits: ${mine}`);
  });

  it('a programme’s final reports take the same number of statements for three reports as for four', async () => {
    const h = await buildHarvestWorld(t, world);
    const coordinator = await signedIn(t, world.a.coordinator);
    const REPORTS = `query($id: ID!) { visitReports(programmeId: $id) { visitId revision host round startsOn sharing } }`;
    const list = async () => (await coordinator.ok(REPORTS, { id: h.programmeId })).visitReports as { host: string }[];
    expect((await list()).map((r) => r.host).sort()).toEqual(Object.keys(h.visits).sort());
    const four = await statements(coordinator, REPORTS, { id: h.programmeId });
    await withAdmin((c) => c.query(`UPDATE visit SET status = 'REPORT_SHARED' WHERE id = $1`, [Object.values(h.visits)[0]]), t.db.ownerUrl);
    expect(await list()).toHaveLength(Object.keys(h.visits).length - 1);
    const three = await statements(coordinator, REPORTS, { id: h.programmeId });
    expect(three).toBe(four);
    expect(four).toBeLessThanOrEqual(12);
    console.log(`final reports of a programme: ${four} statements`);

    // A programme's harvests, each with its state and versions: one statement for all versions.
    const HARVESTS = `query($id: ID) { harvests(programmeId: $id) { id status versions { number } } }`;
    const create = (title: string) =>
      coordinator.ok(`mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id } }`, {
        input: { programmeId: h.programmeId, title, visibility: 'NETWORK' },
      });
    await create('Oogst één');
    const one = await statements(coordinator, HARVESTS, { id: h.programmeId });
    await create('Oogst twee');
    await create('Oogst drie');
    expect((await coordinator.ok(HARVESTS, { id: h.programmeId })).harvests).toHaveLength(3);
    expect(await statements(coordinator, HARVESTS, { id: h.programmeId })).toBe(one);
  });
});

describe('round trips on the app pool (PERF-01)', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await startTestApp({}, { poolSize: 1 });
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  const pool = () => (t.ds.driver as unknown as { master: Pool }).master;
  const prepared = async (): Promise<string[]> => {
    const client = await pool().connect();
    try {
      return (await client.query(`SELECT name FROM pg_prepared_statements ORDER BY name`)).rows.map((r: { name: string }) => r.name);
    } finally {
      client.release();
    }
  };

  it('parses a request’s statements once per connection and sends them by name afterwards', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    await coordinator.ok(`{ organisations { id name } }`, {});
    const first = await prepared();
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((name) => name.startsWith('kijkje_'))).toBe(true);
    await coordinator.ok(`{ organisations { id name } }`, {});
    expect(await prepared()).toEqual(first);
  });

  it('sends a BEGIN together with the statement after it, and the transaction holds until COMMIT', async () => {
    const client = await pool().connect();
    const messages = jest.spyOn((client as unknown as { connection: { query(text: string): void } }).connection, 'query');
    try {
      await client.query('START TRANSACTION');
      await client.query(`SELECT set_config('kijkje.probe', 'binnen', true)`);
      expect(messages.mock.calls.map((c) => c[0])).toEqual([`START TRANSACTION; SELECT set_config('kijkje.probe', 'binnen', true)`]);
      expect((await client.query(`SELECT current_setting('kijkje.probe', true) AS v`)).rows[0].v).toBe('binnen');
      await client.query('COMMIT');
      expect((await client.query(`SELECT current_setting('kijkje.probe', true) AS v`)).rows[0].v).toBe('');
      // With parameters, BEGIN goes first on its own, as before.
      await client.query('START TRANSACTION');
      expect((await client.query(`SELECT $1::text AS v`, ['met'])).rows[0].v).toBe('met');
      expect((await client.query(`SELECT now() = statement_timestamp() AS fresh`)).rows[0].fresh).toBe(false);
      await client.query('ROLLBACK');
    } finally {
      messages.mockRestore();
      client.release();
    }
  });

  it('sends a connection’s statements one at a time, in the order they were asked for', async () => {
    const client = await pool().connect();
    try {
      const waiting = (client as unknown as { queryQueue: unknown[] }).queryQueue;
      const answers = Promise.all([client.query(`SELECT 1 AS n FROM pg_sleep(0.05)`), client.query(`SELECT $1::int AS n`, [2]), client.query(`SELECT 3 AS n`)]);
      await new Promise((r) => setTimeout(r, 10));
      // node-postgres is never handed a second statement while one runs: the rest wait in turn.
      expect(waiting).toHaveLength(0);
      expect((await answers).map((r) => r.rows[0].n)).toEqual([1, 2, 3]);
    } finally {
      client.release();
    }
  });

  it('forgets a BEGIN that nothing followed when the connection goes back to the pool', async () => {
    const first = await pool().connect();
    await first.query('START TRANSACTION');
    first.release();
    const next = await pool().connect();
    try {
      expect(next).toBe(first);
      await next.query(`SELECT set_config('kijkje.probe', 'los', true)`);
      expect((await next.query(`SELECT current_setting('kijkje.probe', true) AS v`)).rows[0].v).toBe('');
    } finally {
      next.release();
    }
  });

  it('names no more than its limit per connection, and answers every statement beyond it all the same', async () => {
    const client = await pool().connect();
    try {
      for (let i = 0; i < PREPARED_PER_CONNECTION + 10; i++) {
        const { rows } = await client.query(`SELECT $1::int + ${i} AS n`, [1]);
        expect(rows[0].n).toBe(1 + i);
      }
      // Named on the wire (a one trip’s statements are prepared in SQL, from_sql, and counted against a bound of their own).
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE NOT from_sql`);
      expect(rows[0].n).toBe(PREPARED_PER_CONNECTION);
    } finally {
      client.release();
    }
  });
});
