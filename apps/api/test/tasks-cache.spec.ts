import { TasksService } from '@kijkje/api/tasks';
import { addDays, dutchToday, progressReviewDue } from '@kijkje/domain';
import { withAdmin } from './support/database';
import type { GqlClient } from './support/gql-client';
import { buildHarvestWorld, type HarvestWorld } from './support/harvest-world';
import { tasksOf, type TaskRow } from './support/tasks';
import { startAnotherApp, startTestApp, type AnotherApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

/*
 * "Mijn taken" keeps each caller's facts in memory while their network's task facts version stays
 * (libs/api/tasks task-facts-cache.ts). With the kept facts answering right before every write
 * (asserted, not assumed), the answer right after the write's commit shows it: whether the write
 * came through this API, another API process, or SQL behind every API's back. And kept facts never
 * answer another person, organisation or network.
 */

/** A person's tasks on one subject (visit, application or programme): kind, count and organisation. */
const on = (tasks: TaskRow[], subject: string) =>
  tasks
    .filter((x) => [x.visitId, x.applicationId, x.programmeId].includes(subject))
    .map((x) => [x.kind, x.count, x.context.organisation].filter((part) => part !== null).join(' '));

const REPLY = `mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`;
const ASSIGN = `mutation($input: AssignReviewerInput!) { assignReviewer(input: $input) { id } }`;
const STATUS = `mutation($input: ChangeProgrammeStatusInput!) { changeProgrammeStatus(input: $input) { id } }`;

describe('myTasks: facts kept in memory are never stale', () => {
  let t: TestApp;
  let another: AnotherApp;
  let world: World;
  let v: VisitWorld;
  let h: HarvestWorld;
  const people = new Map<string, GqlClient>();
  const as = (who: string) => people.get(who)!;
  const sql = (text: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(text, params)).rows, t.db.ownerUrl);
  const versionOf = async (networkId: string) => (await sql(`SELECT version FROM task_facts_version WHERE network_id = $1`, [networkId]))[0]?.version;
  const rowVersion = async (table: string, id: string) => (await sql(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;

  /** Reads a person's tasks twice and checks the second answer came from the kept facts. */
  async function warm(client: GqlClient): Promise<TaskRow[]> {
    await tasksOf(client);
    const cache = t.app.get(TasksService).factsCache;
    const answered = jest.spyOn(cache, 'facts');
    try {
      const tasks = await tasksOf(client);
      expect(answered.mock.results.map((r) => r.value !== null)).toEqual([true]);
      return tasks;
    } finally {
      answered.mockRestore();
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    another = await startAnotherApp(t);
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    h = await buildHarvestWorld(t, world);
    for (const [who, person] of [
      ['coordinator', world.a.coordinator],
      ['member', world.a.member],
      ['coordinatorB', world.b.coordinator],
      ...Object.entries(v.people),
    ] as const)
      people.set(who, await signedIn(t, person));
  });
  afterAll(async () => {
    await another.close();
    await t.close();
  });

  interface Seen {
    who: string;
    subject: () => string;
    before: string[];
    after: string[];
  }
  interface Write {
    what: string;
    /** Puts the world in place for the write (its effect is read before the write, with the facts kept). */
    setup?: () => Promise<void>;
    write: () => Promise<unknown>;
    seen: Seen[];
  }

  const ids: Record<string, string> = {};
  const open = async () =>
    (await sql(`SELECT id FROM finding WHERE visit_id = $1 AND status IN ('SHARED', 'FINAL') ORDER BY id`, [v.visitId])).map((f) => f.id);
  const report = async () => (await sql(`SELECT version FROM visit_report WHERE visit_id = $1`, [v.visitId]))[0]?.version;

  const WRITES: Write[] = [
    {
      what: 'a team completed',
      setup: async () => {
        [{ id: ids['planned'] }] = await sql(
          `INSERT INTO visit (network_id, round_id, host_organisation_id, starts_on) VALUES ($1, $2, $3, current_date + 30) RETURNING id`,
          [world.a.id, v.roundId, v.organisations.d],
        );
        await as('coordinator').ok(ASSIGN, { input: { visitId: ids['planned'], userId: v.people.author.id, lead: true } });
      },
      write: () => as('coordinator').ok(ASSIGN, { input: { visitId: ids['planned'], userId: v.people.lead.id } }),
      seen: [{ who: 'coordinator', subject: () => ids['planned'], before: ['ASSIGN_TEAM Gemeente D'], after: [] }],
    },
    {
      what: 'a reviewer taken off the team',
      write: () =>
        as('coordinator').ok(`mutation($input: ReviewerRefInput!) { removeReviewer(input: $input) { id } }`, {
          input: { visitId: ids['planned'], userId: v.people.lead.id },
        }),
      seen: [{ who: 'coordinator', subject: () => ids['planned'], before: [], after: ['ASSIGN_TEAM Gemeente D'] }],
    },
    {
      what: 'findings submitted',
      write: () =>
        as('author').ok(`mutation($input: FindingStepInput!) { submitFinding(input: $input) { id } }`, {
          input: { id: v.findings.find((f) => f.status === 'DRAFT')!.id, version: 1 },
        }),
      seen: [
        { who: 'author', subject: () => v.visitId, before: ['SUBMIT_FINDINGS 1 Gastgemeente'], after: [] },
        { who: 'lead', subject: () => v.visitId, before: ['SHARE_FINDINGS 1 Gastgemeente'], after: ['SHARE_FINDINGS 2 Gastgemeente'] },
      ],
    },
    {
      what: 'findings shared with the host',
      write: () =>
        as('lead').ok(`mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { id } }`, { input: { visitId: v.visitId, replyDays: 14 } }),
      seen: [
        { who: 'lead', subject: () => v.visitId, before: ['SHARE_FINDINGS 2 Gastgemeente'], after: [] },
        { who: 'hostContact', subject: () => v.visitId, before: ['REPLY_TO_FINDINGS 4 Gastgemeente'], after: ['REPLY_TO_FINDINGS 6 Gastgemeente'] },
      ],
    },
    {
      what: 'a reply, through another API process',
      write: async () => {
        const host = another.client();
        host.cookie = as('hostContact').cookie;
        await host.ok(REPLY, { input: { findingId: (await open())[0], kind: 'AGREE' } });
      },
      seen: [{ who: 'hostContact', subject: () => v.visitId, before: ['REPLY_TO_FINDINGS 6 Gastgemeente'], after: ['REPLY_TO_FINDINGS 5 Gastgemeente'] }],
    },
    {
      what: 'a reply deleted in SQL, behind every API',
      write: async () => sql(`DELETE FROM host_response WHERE finding_id = $1`, [(await open())[0]]),
      seen: [{ who: 'hostContact', subject: () => v.visitId, before: ['REPLY_TO_FINDINGS 5 Gastgemeente'], after: ['REPLY_TO_FINDINGS 6 Gastgemeente'] }],
    },
    {
      what: 'the host municipality renamed in SQL',
      write: () => sql(`UPDATE organisation SET name = 'Gastgemeente Nieuw' WHERE id = $1`, [v.organisations.host]),
      seen: [{ who: 'hostContact', subject: () => v.visitId, before: ['REPLY_TO_FINDINGS 6 Gastgemeente'], after: ['REPLY_TO_FINDINGS 6 Gastgemeente Nieuw'] }],
    },
    {
      what: 'the last finding answered',
      setup: async () => {
        for (const findingId of (await open()).slice(1)) await as('hostContact').ok(REPLY, { input: { findingId, kind: 'AGREE' } });
      },
      write: async () => as('hostContact').ok(REPLY, { input: { findingId: (await open())[0], kind: 'AGREE' } }),
      seen: [
        { who: 'hostContact', subject: () => v.visitId, before: ['REPLY_TO_FINDINGS 1 Gastgemeente Nieuw'], after: [] },
        { who: 'lead', subject: () => v.visitId, before: [], after: ['WRITE_REPORT Gastgemeente Nieuw'] },
      ],
    },
    {
      what: 'a report shared',
      setup: async () => {
        await as('lead').ok(`mutation($id: ID!) { startVisitReport(visitId: $id) { visitId } }`, { id: v.visitId });
        await as('lead').ok(`mutation($input: SaveReportInput!) { saveVisitReport(input: $input) { visitId } }`, {
          input: { visitId: v.visitId, version: await report(), summary: 'Samenvatting van het bezoek.' },
        });
      },
      write: async () =>
        as('lead').ok(`mutation($input: ShareReportInput!) { shareVisitReport(input: $input) { visitId } }`, {
          input: { visitId: v.visitId, version: await report(), replyDays: 7 },
        }),
      seen: [
        { who: 'lead', subject: () => v.visitId, before: ['SHARE_REPORT Gastgemeente Nieuw'], after: [] },
        { who: 'hostContact', subject: () => v.visitId, before: [], after: ['COMMENT_ON_REPORT Gastgemeente Nieuw'] },
      ],
    },
    {
      what: 'the reply period on the report ended in SQL',
      write: () => sql(`UPDATE visit_report SET reply_deadline = now() - interval '1 hour' WHERE visit_id = $1`, [v.visitId]),
      seen: [
        { who: 'lead', subject: () => v.visitId, before: [], after: ['FINALISE_REPORT Gastgemeente Nieuw'] },
        { who: 'hostContact', subject: () => v.visitId, before: ['COMMENT_ON_REPORT Gastgemeente Nieuw'], after: [] },
      ],
    },
    {
      what: 'a report finalised',
      write: async () =>
        as('lead').ok(`mutation($input: ReportStepInput!) { finaliseVisitReport(input: $input) { visitId } }`, {
          input: { visitId: v.visitId, version: await report() },
        }),
      seen: [{ who: 'lead', subject: () => v.visitId, before: ['FINALISE_REPORT Gastgemeente Nieuw'], after: [] }],
    },
    {
      what: 'a progress review submitted in SQL',
      setup: async () => {
        // The visit was a little under six months ago: its first progress review is due.
        await sql(`UPDATE visit SET starts_on = $2, starts_at = NULL, ends_at = NULL WHERE id = $1`, [
          v.visitId,
          addDays(progressReviewDue(dutchToday(), -6), 7),
        ]);
      },
      write: () =>
        sql(`INSERT INTO progress_review (network_id, visit_id, months, submitted_at, submitted_by) VALUES ($1, $2, 6, now(), $3)`, [
          world.a.id,
          v.visitId,
          v.people.hostContact.id,
        ]),
      seen: [{ who: 'hostContact', subject: () => v.visitId, before: ['WRITE_PROGRESS_REVIEW Gastgemeente Nieuw'], after: [] }],
    },
    {
      what: 'an application accepted on arrival',
      write: async () => {
        const { applyForProgramme } = await as('networkMember').ok(`mutation($input: ApplyInput!) { applyForProgramme(input: $input) { id status } }`, {
          input: { programmeId: world.a.programmeId, reviewQuestion: 'Hoe sturen wij?', themes: ['Wmo'], consent: 'NETWORK' },
        });
        expect(applyForProgramme.status).toBe('ACCEPTED');
        ids['application'] = applyForProgramme.id;
      },
      seen: [{ who: 'coordinator', subject: () => world.a.programmeId, before: ['COMPOSE_ROUNDS 1'], after: ['COMPOSE_ROUNDS 2'] }],
    },
    {
      what: 'a round composed',
      setup: async () => {
        const { createRound } = await as('coordinator').ok(`mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`, {
          input: { programmeId: world.a.programmeId, name: 'Ronde A' },
        });
        ids['round'] = createRound.id;
      },
      write: () =>
        as('coordinator').ok(`mutation($input: PlaceApplicationInput!) { placeApplication(input: $input) { status } }`, {
          input: { applicationId: world.a.applicationId, roundId: ids['round'] },
        }),
      seen: [{ who: 'coordinator', subject: () => world.a.programmeId, before: ['COMPOSE_ROUNDS 2'], after: ['COMPOSE_ROUNDS 1'] }],
    },
    {
      what: 'an application waiting for a decision, inserted in SQL',
      write: async () => {
        [{ id: ids['waiting'] }] = await sql(
          `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status)
           VALUES ($1, $2, $3, 'Mogen wij meedoen?', '["Wmo"]', 'NETWORK', 'SUBMITTED') RETURNING id`,
          [world.a.id, world.a.programmeId, world.a.organisations[1].id],
        );
      },
      seen: [
        { who: 'coordinator', subject: () => world.a.programmeId, before: ['COMPOSE_ROUNDS 1'], after: ['ACCEPT_APPLICATION Zwolle', 'COMPOSE_ROUNDS 1'] },
      ],
    },
    {
      what: 'an application declined',
      write: () => as('coordinator').ok(`mutation($id: ID!) { declineApplication(id: $id) { id } }`, { id: ids['waiting'] }),
      seen: [
        { who: 'coordinator', subject: () => world.a.programmeId, before: ['ACCEPT_APPLICATION Zwolle', 'COMPOSE_ROUNDS 1'], after: ['COMPOSE_ROUNDS 1'] },
      ],
    },
    {
      what: 'a programme opened',
      setup: async () => {
        [{ id: ids['draft'] }] = await sql(
          `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status, sign_up_opens_at, sign_up_closes_at)
           VALUES ($1, 'Nog te openen', '["Wmo"]', '{}', 10, 'NETWORK', 'DRAFT', now() + interval '2 days', now() + interval '30 days') RETURNING id`,
          [world.a.id],
        );
      },
      write: async () => as('coordinator').ok(STATUS, { input: { id: ids['draft'], status: 'OPEN', version: await rowVersion('programme', ids['draft']) } }),
      seen: [{ who: 'coordinator', subject: () => ids['draft'], before: ['OPEN_PROGRAMME'], after: [] }],
    },
    {
      what: 'a harvest published',
      setup: async () => {
        const { createHarvest } = await as('coordinator').ok(`mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id version } }`, {
          input: { programmeId: h.programmeId, title: 'Wat we leerden', visibility: 'NETWORK' },
        });
        ids['harvest'] = createHarvest.id;
        ids['harvestVersion'] = String(createHarvest.version);
      },
      write: () =>
        as('coordinator').ok(`mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { number } }`, {
          input: { id: ids['harvest'], version: Number(ids['harvestVersion']) },
        }),
      seen: [{ who: 'coordinator', subject: () => h.programmeId, before: ['PUBLISH_HARVEST', 'CLOSE_PROGRAMME'], after: ['CLOSE_PROGRAMME'] }],
    },
    {
      what: 'a round evaluation submitted in SQL',
      write: () =>
        sql(`INSERT INTO round_evaluation (network_id, round_id, user_id, would_recommend, submitted_at) VALUES ($1, $2, $3, true, now())`, [
          world.a.id,
          h.roundId,
          world.a.member.id,
        ]),
      seen: [{ who: 'member', subject: () => h.programmeId, before: ['EVALUATE_ROUND'], after: [] }],
    },
    {
      what: 'a programme closed',
      write: async () =>
        as('coordinator').ok(STATUS, { input: { id: h.programmeId, status: 'CLOSED', version: await rowVersion('programme', h.programmeId) } }),
      seen: [{ who: 'coordinator', subject: () => h.programmeId, before: ['CLOSE_PROGRAMME'], after: [] }],
    },
    {
      what: 'a member made coordinator in SQL',
      write: () => sql(`UPDATE membership SET role = 'COORDINATOR' WHERE user_id = $1 AND network_id = $2`, [v.people.networkMember.id, world.a.id]),
      seen: [{ who: 'networkMember', subject: () => world.a.programmeId, before: [], after: ['COMPOSE_ROUNDS 1'] }],
    },
    {
      what: 'a membership ended in SQL',
      write: () => sql(`UPDATE membership SET active = false WHERE user_id = $1 AND network_id = $2`, [v.people.networkMember.id, world.a.id]),
      seen: [{ who: 'networkMember', subject: () => world.a.programmeId, before: ['COMPOSE_ROUNDS 1'], after: [] }],
    },
  ];

  for (const w of WRITES) {
    it(`shows ${w.what} right after it committed`, async () => {
      await w.setup?.();
      for (const s of w.seen) expect({ who: s.who, before: on(await warm(as(s.who)), s.subject()) }).toEqual({ who: s.who, before: s.before });
      await w.write();
      for (const s of w.seen) expect({ who: s.who, after: on(await tasksOf(as(s.who)), s.subject()) }).toEqual({ who: s.who, after: s.after });
    });
  }

  it('moves only the version of the network written to', async () => {
    const [a, b] = [await versionOf(world.a.id), await versionOf(world.b.id)];
    await sql(`UPDATE organisation SET population = population + 1 WHERE id = $1`, [world.b.organisations[0].id]);
    expect(await versionOf(world.a.id)).toBe(a);
    expect(await versionOf(world.b.id)).not.toBe(b);
  });

  it('keeps each network’s and each person’s facts to themselves', async () => {
    /** A running programme with a round and a visit of the given status hosted by an organisation of the network. */
    const visitIn = async (networkId: string, hostId: string, status: string) => {
      const [{ id: programmeId }] = await sql(
        `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status) VALUES ($1, $2, '["Wmo"]', '{}', 10, 'NETWORK', 'RUNNING') RETURNING id`,
        [networkId, `Zelfde vorm ${status}`],
      );
      const [{ id: roundId }] = await sql(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, 'Ronde 1', 'VISITING') RETURNING id`, [
        networkId,
        programmeId,
      ]);
      const [{ id: visitId }] = await sql(
        `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on) VALUES ($1, $2, $3, $4, current_date + 30) RETURNING id`,
        [networkId, roundId, hostId, status],
      );
      return { programmeId, roundId, visitId };
    };
    // Networks A and B of the same shape: each coordinator has a team to assign.
    const a = await visitIn(world.a.id, world.a.organisations[1].id, 'PLANNED');
    const b = await visitIn(world.b.id, world.b.organisations[1].id, 'PLANNED');
    const inA = JSON.stringify(await warm(as('coordinator')));
    const inB = JSON.stringify(await warm(as('coordinatorB')));
    expect(inA).toContain(`ASSIGN_TEAM:${a.visitId}`);
    expect(inB).toContain(`ASSIGN_TEAM:${b.visitId}`);
    for (const id of Object.values(b)) expect(inA).not.toContain(id);
    for (const id of [...Object.values(a), v.visitId, v.programmeId, world.a.programmeId]) expect(inB).not.toContain(id);

    // One person, two networks (coordinator in A, member in B): what was kept for A never answers in B.
    const both = await signedIn(t, world.both);
    expect(JSON.stringify(await warm(both))).toContain(`ASSIGN_TEAM:${a.visitId}`);
    await both.ok(`mutation($id: ID!) { switchNetwork(networkId: $id) { user { id } } }`, { id: world.b.id });
    const bothInB = JSON.stringify(await tasksOf(both));
    for (const id of [...Object.values(a), ...Object.values(b), v.visitId, world.a.programmeId]) expect(bothInB).not.toContain(id);

    // Two people of one organisation (the author on the team, a colleague not): the author's drafts stay the author's.
    const held = await visitIn(world.a.id, v.organisations.d, 'HELD');
    await sql(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead) VALUES ($1, $2, $3, $4, true)`, [
      world.a.id,
      held.visitId,
      v.people.author.id,
      v.organisations.b,
    ]);
    await sql(
      `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, status) VALUES ($1, $2, $3, 'CONCERN', 'Wmo', 'Concept', '[]', 'DRAFT')`,
      [world.a.id, held.visitId, v.people.author.id],
    );
    expect(on(await warm(as('author')), held.visitId)).toEqual(['SUBMIT_FINDINGS 1 Gemeente D']);
    expect(on(await tasksOf(as('otherRoundMember')), held.visitId)).toEqual([]);
  });
});
