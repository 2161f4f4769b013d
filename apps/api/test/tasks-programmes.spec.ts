import { codeOf, type GqlClient } from './support/gql-client';
import { withAdmin } from './support/database';
import { buildHarvestWorld, type HarvestWorld } from './support/harvest-world';
import { kindsOn, tasksOf } from './support/tasks';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

/*
 * The coordinator's tasks on programmes (open, accept, compose, publish a harvest, close) and the
 * progress board, through the real endpoint: only coordinators get them, only of their network.
 */

const PROGRESS = `query($id: ID!) { programmeProgress(programmeId: $id) { programmeId name status rounds { id name status visits {
  visitId host status startsOn preparationDue replyPeriodEnd reportDue late { kind due holder waitingOn } } } } }`;

describe('myTasks: the coordinator’s tasks on programmes', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;
  let member: GqlClient;
  let outsider: GqlClient;
  const sql = (text: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(text, params)).rows, t.db.ownerUrl);
  /** What the coordinator, the member and the other network's coordinator have on a subject. */
  const everyone = async (id: string) => ({
    coordinator: await kindsOn(coordinator, id),
    member: await kindsOn(member, id),
    outsider: await kindsOn(outsider, id),
  });
  const version = async (table: string, id: string) => (await sql(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    coordinator = await signedIn(t, world.a.coordinator);
    member = await signedIn(t, world.a.member);
    outsider = await signedIn(t, world.b.coordinator);
  });
  afterAll(() => t.close());

  it('asks the coordinator to open a draft programme, by the day sign-ups open, until it is open', async () => {
    const [draft] = await sql(
      `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status, sign_up_opens_at, sign_up_closes_at)
       VALUES ($1, 'Nog te openen', '["Wmo"]', '{}', 10, 'NETWORK', 'DRAFT', now() + interval '2 days', now() + interval '30 days') RETURNING id, sign_up_opens_at`,
      [world.a.id],
    );
    expect(await everyone(draft.id)).toEqual({ coordinator: ['OPEN_PROGRAMME'], member: [], outsider: [] });
    const task = (await tasksOf(coordinator)).find((x) => x.programmeId === draft.id)!;
    expect(task).toMatchObject({ due: new Date(draft.sign_up_opens_at).toISOString(), overdue: false, path: `/programmas/${draft.id}` });
    await coordinator.ok(`mutation($input: ChangeProgrammeStatusInput!) { changeProgrammeStatus(input: $input) { id } }`, {
      input: { id: draft.id, status: 'OPEN', version: await version('programme', draft.id) },
    });
    expect(await everyone(draft.id)).toEqual({ coordinator: [], member: [], outsider: [] });
  });

  it('asks the coordinator to decide on a waiting application, and to compose rounds for accepted ones', async () => {
    const [waiting] = await sql(
      `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status)
       VALUES ($1, $2, $3, 'Mogen wij meedoen?', '["Wmo"]', 'NETWORK', 'SUBMITTED') RETURNING id`,
      [world.a.id, world.a.programmeId, world.a.organisations[1].id],
    );
    expect(await everyone(waiting.id)).toEqual({ coordinator: ['ACCEPT_APPLICATION'], member: [], outsider: [] });
    const task = (await tasksOf(coordinator)).find((x) => x.applicationId === waiting.id)!;
    expect(task.context).toEqual({ programme: 'Programma a', round: null, organisation: 'Zwolle' });
    expect((await tasksOf(coordinator)).find((x) => x.kind === 'COMPOSE_ROUNDS' && x.programmeId === world.a.programmeId)?.count).toBe(1);

    await coordinator.ok(`mutation($id: ID!) { declineApplication(id: $id) { id } }`, { id: waiting.id });
    expect(await everyone(waiting.id)).toEqual({ coordinator: [], member: [], outsider: [] });
    await coordinator.ok(`mutation($id: ID!) { declineApplication(id: $id) { id } }`, { id: world.a.applicationId });
    expect(await kindsOn(coordinator, world.a.programmeId)).toEqual([]);
  });

  describe('once every round is closed', () => {
    let h: HarvestWorld;
    beforeAll(async () => {
      h = await buildHarvestWorld(t, world);
    });

    it('asks the coordinator to publish a harvest and to close the programme, each until done', async () => {
      // The member took part in the closed round: they are asked to evaluate it while the programme runs.
      expect(await everyone(h.programmeId)).toEqual({ coordinator: ['PUBLISH_HARVEST', 'CLOSE_PROGRAMME'], member: ['EVALUATE_ROUND'], outsider: [] });
      const { createHarvest } = await coordinator.ok(`mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id version } }`, {
        input: { programmeId: h.programmeId, title: 'Wat we leerden', visibility: 'NETWORK', narrative: 'Sturen vraagt tellen en vertellen.' },
      });
      expect(await kindsOn(coordinator, h.programmeId)).toEqual(['PUBLISH_HARVEST', 'CLOSE_PROGRAMME']);
      await coordinator.ok(`mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { number } }`, {
        input: { id: createHarvest.id, version: createHarvest.version },
      });
      expect(await kindsOn(coordinator, h.programmeId)).toEqual(['CLOSE_PROGRAMME']);
      await coordinator.ok(`mutation($input: ChangeProgrammeStatusInput!) { changeProgrammeStatus(input: $input) { id } }`, {
        input: { id: h.programmeId, status: 'CLOSED', version: await version('programme', h.programmeId) },
      });
      expect(await everyone(h.programmeId)).toEqual({ coordinator: [], member: [], outsider: [] });
    });
  });

  describe('programmeProgress', () => {
    let v: VisitWorld;
    let late: string;
    beforeAll(async () => {
      v = await buildVisitWorld(t, world, 'pp');
      // A visit three days ago that was never prepared and has no team.
      [{ id: late }] = await sql(
        `INSERT INTO visit (network_id, round_id, host_organisation_id, starts_on) VALUES ($1, $2, $3, current_date - 3) RETURNING id`,
        [world.a.id, v.roundId, v.organisations.d],
      );
    });

    it('shows the coordinator every round and visit with its state, deadlines, what is late and whom to nudge', async () => {
      const { programmeProgress: p } = await coordinator.ok(PROGRESS, { id: v.programmeId });
      expect(p).toMatchObject({ programmeId: v.programmeId, name: 'Programma met bezoek pp', status: 'RUNNING' });
      expect(p.rounds).toHaveLength(1);
      const visits = new Map(p.rounds[0].visits.map((x: { visitId: string }) => [x.visitId, x]));
      expect(visits.get(v.visitId)).toMatchObject({ status: 'HELD', late: [] });
      const overdue = visits.get(late) as { status: string; preparationDue: string; reportDue: string; late: unknown[] };
      expect(overdue).toMatchObject({ status: 'PLANNED', host: 'Gemeente D pp' });
      expect(overdue.preparationDue).not.toBeNull();
      expect(overdue.late).toEqual([
        { kind: 'PREPARE_VISIT', due: overdue.preparationDue, holder: 'host', waitingOn: [v.people.otherReviewer.name] },
        { kind: 'ASSIGN_TEAM', due: expect.any(String), holder: 'coordinator', waitingOn: [world.both.name, world.a.coordinator.name].sort() },
      ]);
    });

    it('is the coordinator’s alone: a member is refused, another network finds nothing', async () => {
      expect(codeOf(await member.gql(PROGRESS, { id: v.programmeId }))).toBe('FORBIDDEN');
      const res = await outsider.gql(PROGRESS, { id: v.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(JSON.stringify(res.data ?? {})).not.toContain(v.visitId);
    });

    it('gives nobody a task of another network, whatever their role', async () => {
      const all = JSON.stringify(await tasksOf(outsider));
      for (const id of [v.visitId, late, v.programmeId, world.a.programmeId]) expect(all).not.toContain(id);
    });
  });
});
