import { randomUUID } from 'node:crypto';
import { MY_TASK_FACTS_SQL } from '@kijkje/api/tasks';
import { withAdmin } from './support/database';
import { buildHarvestWorld } from './support/harvest-world';
import { RoundTripCounter } from './support/round-trips';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';
import type { GqlClient } from './support/gql-client';

/*
 * PERF-01 / PERF-04: round trips to PostgreSQL per operation, as the wire sees them, for the
 * operations `npm run bench` measures. The session lookup, the tenant scope and the BEGIN travel
 * together in the first; COMMIT is the last.
 */

const ROUND = `query($id: ID!) { round(id: $id) { name status organisations { name } visits { status startsOn hostOrganisation { name } team { isLead user { name } } findingCounts { submitted shared final released } } } }`;
const LIST = `query($id: ID!) { visit(id: $id) { status findings { id kind theme text tags status version author { name } } } }`;
const BOARD = `query($id: ID!) { visit(id: $id) {
  id status version replyDeadline myRelations hostOrganisation { id name } round { id name } programme { id name themes }
  findingCounts { submitted shared final released }
  findings { id status kind theme text tags version releasedForHarvest myRelations evidence { source quote indicator } author { id name }
    rights { edit submit delete discuss reply release } comments { id text author { id name } } response { kind text version respondedBy { id name } } }
} }`;
const PROGRAMME = `query($id: ID!) { programme(id: $id) { id name status description themes defaultSharing applications { id status organisation { id name } } } organisations { id name } }`;
const COUNTS = `query($id: ID!) { harvest(id: $id) { counts { byTheme { label total cells { kind count } } bySizeClass { label organisations total cells { kind count } } byRound { label total } totals { total organisations } } } }`;
const TASKS = `{ myTasks { id kind due overdue context { programme round organisation } count path } }`;
const PROGRESS = `query($id: ID!) { programmeProgress(programmeId: $id) { name rounds { name visits { host status reportDue late { kind waitingOn } } } } }`;
const CREATE = `mutation($input: CreateFindingInput!) { createFinding(input: $input) { id status version author { name } } }`;

describe('round trips per operation (PERF-01)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  const counter = new RoundTripCounter();

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    counter.start();
  });
  afterAll(async () => {
    counter.stop();
    await t.close();
  });

  /** The round trips of one operation, sent after a first run that named its statements (and what `between` does then). */
  async function trips(client: GqlClient, query: string, variables: () => Record<string, unknown>, between?: () => Promise<unknown>): Promise<string[]> {
    await client.ok(query, variables());
    await between?.();
    counter.reset();
    await client.ok(query, variables());
    return counter.transactions().flat();
  }

  it('answers a query of compiled reads in one round trip: BEGIN, the session lookup, the statement and COMMIT', async () => {
    const lead = await signedIn(t, v.people.lead);
    await lead.ok(LIST, { id: v.visitId });
    counter.reset();
    await lead.ok(LIST, { id: v.visitId });
    const served = counter.operation();
    expect(served).toHaveLength(1);
    expect(served[0]).toMatch(
      /^START TRANSACTION; SELECT b\.\*, .* FROM \(SELECT \* FROM kijkje_begin\('[0-9a-f]{64}', \d+\)\) b; EXECUTE kijkje_read_\d+\('[0-9a-f-]{36}'\); COMMIT$/s,
    );
    // No other connection looked anything up for this request.
    const others = counter.all().filter((texts) => !texts.includes(served[0]) && !texts.some((s) => /\bjob\b|LISTEN|NOTIFY/.test(s)));
    expect(others).toEqual([]);
  });

  it('looks the session up in the statement that carries the BEGIN for any other operation', async () => {
    const lead = await signedIn(t, v.people.lead);
    counter.reset();
    await lead.ok(`{ viewer { user { id } } }`);
    const served = counter.operation();
    expect(served[0]).toMatch(/^START TRANSACTION; SELECT \* FROM kijkje_begin\('[0-9a-f]{64}', \d+\)$/);
    expect(served.at(-1)).toBe('COMMIT');
  });

  it('an anonymous caller is scoped to nobody in that same first statement', async () => {
    counter.reset();
    const res = await t.client().gql(`{ viewer { user { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(counter.operation()[0]).toBe('START TRANSACTION; SELECT * FROM kijkje_begin(NULL, 120)');
  });

  /** A committed change to the facts of "Mijn taken" in network A, behind the API (its task facts version moves). */
  const touchNetwork = () =>
    withAdmin((c) => c.query(`UPDATE organisation SET population = population + 1 WHERE network_id = $1`, [world.a.id]), t.db.ownerUrl);

  it('answers my tasks from facts kept in memory in one trip, and reads them again after a write', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const ONE_TRIP = /^START TRANSACTION; SELECT b\.\*, .*; EXECUTE kijkje_read_\d+; COMMIT$/s;
    counter.reset();
    await coordinator.ok(TASKS);
    // Nothing kept yet: the one trip's answer is dropped, and the facts are read (not their version again).
    const [trip, usual] = counter.transactions();
    expect(trip).toEqual([expect.stringMatching(ONE_TRIP)]);
    expect(usual.slice(1)).toEqual([MY_TASK_FACTS_SQL, 'COMMIT']);
    expect(await trips(coordinator, TASKS, () => ({}))).toEqual([expect.stringMatching(ONE_TRIP)]);
    expect(await trips(coordinator, TASKS, () => ({}), touchNetwork)).toEqual([expect.stringMatching(ONE_TRIP), usual[0], MY_TASK_FACTS_SQL, 'COMMIT']);
  });

  it('the bench’s operations stay within their round trips', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const lead = await signedIn(t, v.people.lead);
    const host = await signedIn(t, v.people.hostContact);
    const h = await buildHarvestWorld(t, world);
    const { createHarvest } = await coordinator.ok(`mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id } }`, {
      input: { programmeId: h.programmeId, title: 'Oogst', visibility: 'NETWORK' },
    });
    let n = 0;
    const measured = {
      'round dashboard': (await trips(coordinator, ROUND, () => ({ id: v.roundId }))).length,
      'findings list (lead)': (await trips(lead, LIST, () => ({ id: v.visitId }))).length,
      'findings board (host)': (await trips(host, BOARD, () => ({ id: v.visitId }))).length,
      'programme page': (await trips(coordinator, PROGRAMME, () => ({ id: v.programmeId }))).length,
      'harvest counts': (await trips(coordinator, COUNTS, () => ({ id: createHarvest.id }))).length,
      'my tasks (coordinator)': (await trips(coordinator, TASKS, () => ({}))).length,
      'my tasks (host)': (await trips(host, TASKS, () => ({}))).length,
      'my tasks (coordinator) after a write in the network': (await trips(coordinator, TASKS, () => ({}), touchNetwork)).length,
      'programme progress': (await trips(coordinator, PROGRESS, () => ({ id: v.programmeId }))).length,
      'create finding (lead)': (
        await trips(lead, CREATE, () => ({ input: { visitId: v.visitId, kind: 'CONCERN', theme: 'Wmo', text: `Bevinding ${++n}`, tags: [] } }))
      ).length,
      'create finding with an idempotency key': (
        await trips(lead, CREATE, () => ({
          input: { visitId: v.visitId, kind: 'CONCERN', theme: 'Wmo', text: `Bevinding ${++n}`, tags: [], idempotencyKey: randomUUID() },
        }))
      ).length,
    };
    console.log(`round trips per operation: ${JSON.stringify(measured)}`);
    // PERF-04: at most four; a query of compiled reads answers in one (BEGIN, session, statements, COMMIT).
    expect(measured).toEqual({
      'round dashboard': 1,
      'findings list (lead)': 1,
      'findings board (host)': 1,
      'programme page': 1,
      'harvest counts': 4,
      // Kept in memory: their version asked with the session, in one trip; libs/domain decides.
      'my tasks (coordinator)': 1,
      'my tasks (host)': 1,
      // Kept facts of an older version: the one trip, then the facts read again in a transaction of their own.
      'my tasks (coordinator) after a write in the network': 4,
      'programme progress': 3,
      'create finding (lead)': 4,
      // The key is claimed first (REL-03): one more.
      'create finding with an idempotency key': 5,
    });
  });
});
