import type { MeetingQuestionKind } from '@kijkje/domain';
import type { Client } from 'pg';
import { personIn } from '../hardening/support/people';
import { withAdmin } from './database';
import type { GqlClient } from './gql-client';
import { buildHarvestWorld, type HarvestWorld } from './harvest-world';
import type { TestApp } from './test-app';
import { buildWorld, signedIn, type Person, type World } from './world';

/** A card: who wrote it, on which question, and how the table host marked it (`merged`: into the table's first card). */
type Card = [author: number, kind: MeetingQuestionKind, mark: 'yield' | 'recommendation' | 'both' | 'merged' | null];

export interface TableSpec {
  name: string;
  /** Index into the scene's people: the first is the table host. */
  seated: number[];
  cards: Card[];
}

export interface MeetingSpec {
  title: string;
  networkId: string;
  daysAgo: number;
  status: 'OPEN' | 'HELD' | 'REPORT_PUBLISHED';
  /** The report's versions, oldest first. */
  report?: ('NETWORK' | 'PUBLIC' | 'WITHDRAWN')[];
  tables: TableSpec[];
}

/**
 * Inserts a work meeting as the product leaves it: tables with their host, people seated,
 * cards with their marks, and (when reported) the report with its versions and what the public is
 * served. Written as the owner, like the other scenes; the section under test reads it as the app.
 */
export async function addMeeting(c: Client, people: Person[], spec: MeetingSpec): Promise<{ id: string; tables: string[] }> {
  const { rows } = await c.query(
    `INSERT INTO meeting (network_id, title, starts_at, ends_at, place, capacity, status)
     VALUES ($1, $2, now() - make_interval(days => $3), now() - make_interval(days => $3) + interval '3 hours', 'Stadskantoor', 40, $4) RETURNING id`,
    [spec.networkId, spec.title, spec.daysAgo, spec.status],
  );
  const meetingId = rows[0].id as string;
  const tables: string[] = [];
  for (const [position, table] of spec.tables.entries()) {
    const t = await c.query(
      `INSERT INTO meeting_table (network_id, meeting_id, name, host_user_id, capacity, position) VALUES ($1, $2, $3, $4, 8, $5) RETURNING id`,
      [spec.networkId, meetingId, table.name, people[table.seated[0]].id, position],
    );
    const tableId = t.rows[0].id as string;
    tables.push(tableId);
    for (const who of table.seated)
      await c.query(
        `INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, table_id) VALUES ($1, $2, $3, 'REGISTERED', $4)
         ON CONFLICT DO NOTHING`,
        [spec.networkId, meetingId, people[who].id, tableId],
      );
    let first: string | null = null;
    for (const [author, kind, mark] of table.cards) {
      const card: { rows: { id: string }[] } = await c.query(
        `INSERT INTO meeting_card (network_id, meeting_id, table_id, kind, text, author_id, is_yield, is_recommendation, merged_into_id)
         VALUES ($1, $2, $3, $4, 'Een kaartje van de tafel, met een geheime zin.', $5, $6, $7, $8) RETURNING id`,
        [
          spec.networkId,
          meetingId,
          tableId,
          kind,
          people[author].id,
          mark === 'yield' || mark === 'both' || mark === 'merged',
          mark === 'recommendation' || mark === 'both',
          mark === 'merged' ? first : null,
        ],
      );
      first ??= card.rows[0].id;
    }
  }
  if (spec.report?.length) await addReport(c, spec.networkId, meetingId, spec.title, spec.report);
  return { id: meetingId, tables };
}

/** The report's draft and its versions; the newest one's public state as publishing and withdrawing leave it. */
export async function addReport(c: Client, networkId: string, meetingId: string, title: string, versions: ('NETWORK' | 'PUBLIC' | 'WITHDRAWN')[]) {
  const slug = `verslag-${meetingId.slice(0, 8)}`;
  await c.query(`INSERT INTO meeting_report (network_id, meeting_id, slug, text) VALUES ($1, $2, $3, 'Het verslag.') ON CONFLICT DO NOTHING`, [
    networkId,
    meetingId,
    slug,
  ]);
  const existing = (await c.query(`SELECT count(*)::int AS n FROM meeting_report_version WHERE network_id = $1 AND meeting_id = $2`, [networkId, meetingId]))
    .rows[0].n as number;
  for (const [i, v] of versions.entries())
    await c.query(
      `INSERT INTO meeting_report_version (network_id, meeting_id, number, slug, visibility, content, withdrawn_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        networkId,
        meetingId,
        existing + i + 1,
        slug,
        v === 'NETWORK' ? 'NETWORK' : 'PUBLIC',
        { title, text: 'Het verslag.' },
        v === 'WITHDRAWN' ? new Date() : null,
      ],
    );
  const newest = versions[versions.length - 1];
  await c.query(`DELETE FROM meeting_report_public WHERE network_id = $1 AND meeting_id = $2`, [networkId, meetingId]);
  if (newest !== 'NETWORK')
    await c.query(`INSERT INTO meeting_report_public (network_id, meeting_id, slug, number, state) VALUES ($1, $2, $3, $4, $5)`, [
      networkId,
      meetingId,
      slug,
      existing + versions.length,
      newest,
    ]);
  await c.query(`UPDATE meeting SET status = 'REPORT_PUBLISHED' WHERE network_id = $1 AND id = $2`, [networkId, meetingId]);
}

export const SECTION = `showMeetings meetingIds
  meetings { state message { nl en } meetings tables participants cells { kind count } total
    topics { topic tables participants cells { kind count } total suppressed { nl en } } }
  meetingChoices { id title reach inPeriod chosen counted reason { nl en } }`;
export const SECTIONS = `mutation($input: UpdateHarvestSectionsInput!) { updateHarvestSections(input: $input) { id version ${SECTION} } }`;
export const DRAFT = `query($id: ID!) { harvest(id: $id) { id version ${SECTION} } }`;
export const CREATE = `mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id slug version } }`;

export interface MeetingsScene {
  world: World;
  w: HarvestWorld;
  coordinator: GqlClient;
  /** Ten members of network A over its four municipalities (Utrecht, Zwolle, Deventer, 's-Hertogenbosch, in turn). */
  people: Person[];
  facilitator: Person;
  meetings: {
    /** 30 days ago, report public: Wmo en Jeugd (people of 4 organisations), Participatie (3), Tafel Deventer (3). */
    deventer: string;
    /** 60 days ago, report for the network only: Wmo en Jeugd (3 organisations). */
    zwolle: string;
    /** 10 days ago, held, yields marked, no report yet. */
    unreported: string;
    /** 400 days ago (before the programme), report public: Informatievoorziening, people of two organisations. */
    earlier: string;
    /** In a month, open for registration. */
    upcoming: string;
    /** Network B's, reported publicly, with yields: never in a harvest of A. */
    ofB: string;
  };
  owner: <T>(work: (c: Client) => Promise<T>) => Promise<T>;
  create: (title: string, visibility: 'PUBLIC' | 'NETWORK') => Promise<{ id: string; slug: string; version: number }>;
}

/**
 * Network A's harvest world (its 2025 programme, whose sign-up opened 200 days ago, as B's did) and the
 * network's work meetings around it, and one of network B: the scene of harvest-meetings*.spec.ts.
 */
export async function buildMeetingsScene(t: TestApp): Promise<MeetingsScene> {
  const world = await buildWorld(t);
  const w = await buildHarvestWorld(t, world);
  const owner = <T>(work: (c: Client) => Promise<T>) => withAdmin(work, t.db.ownerUrl);
  const scene = await owner(async (c) => {
    await c.query(`UPDATE programme SET sign_up_opens_at = now() - interval '200 days' WHERE id = ANY($1)`, [[w.programmeId, world.b.programmeId]]);
    const orgs = (await c.query(`SELECT id, name FROM organisation WHERE network_id = $1 ORDER BY name`, [world.a.id])).rows as { id: string; name: string }[];
    const org = (name: string) => orgs.find((o) => o.name === name)!.id;
    const [u, z, d, h] = ['Utrecht', 'Zwolle', 'Deventer', "'s-Hertogenbosch"].map(org);
    const homes = [u, z, d, h, u, z, d, z, d, h];
    const people: Person[] = [];
    for (const [i, home] of homes.entries()) people.push(await personIn(c, world.a.id, home, `tafelgast-${i}`));
    const facilitator = await personIn(c, world.a.id, null, 'begeleider-bijeenkomsten', 'FACILITATOR');
    const a = world.a.id;
    const deventer = await addMeeting(c, people, {
      title: 'Werkbijeenkomst Deventer',
      networkId: a,
      daysAgo: 30,
      status: 'HELD',
      report: ['PUBLIC'],
      tables: [
        {
          name: 'Wmo en Jeugd',
          seated: [0, 1, 2, 3],
          cards: [
            [1, 'CONCERN', 'yield'],
            [2, 'CONCERN', 'yield'],
            [2, 'CONCERN', 'merged'],
            [3, 'OWN_RESPONSIBILITY', 'both'],
            [0, 'STRENGTH', null],
            [1, 'STRENGTH', 'yield'],
          ],
        },
        {
          name: 'Participatie',
          seated: [4, 5, 6],
          cards: [
            [5, 'OWN_RESPONSIBILITY', 'yield'],
            [6, 'STRENGTH', 'recommendation'],
          ],
        },
        { name: 'Tafel Deventer', seated: [7, 8, 9], cards: [[7, 'CONCERN', 'yield']] },
      ],
    });
    const zwolle = await addMeeting(c, people, {
      title: 'Werkbijeenkomst Zwolle',
      networkId: a,
      daysAgo: 60,
      status: 'HELD',
      report: ['NETWORK'],
      tables: [
        {
          name: 'Wmo en Jeugd',
          seated: [4, 1, 2],
          cards: [
            [4, 'CONCERN', 'yield'],
            [4, 'CONCERN', 'yield'],
          ],
        },
      ],
    });
    const unreported = await addMeeting(c, people, {
      title: 'Werkbijeenkomst Utrecht',
      networkId: a,
      daysAgo: 10,
      status: 'HELD',
      tables: [{ name: 'Wmo en Jeugd', seated: [0, 1, 2], cards: [[0, 'STRENGTH', 'yield']] }],
    });
    const earlier = await addMeeting(c, people, {
      title: 'Werkbijeenkomst van vorig jaar',
      networkId: a,
      daysAgo: 400,
      status: 'HELD',
      report: ['PUBLIC'],
      tables: [{ name: 'Informatievoorziening', seated: [0, 1], cards: [[1, 'STRENGTH', 'yield']] }],
    });
    const upcoming = await addMeeting(c, people, { title: 'Werkbijeenkomst Arnhem', networkId: a, daysAgo: -30, status: 'OPEN', tables: [] });
    const bPeople: Person[] = [];
    // B has two municipalities; its third person speaks for none and counts as their own.
    for (const [i, home] of [world.b.organisations[0].id, world.b.organisations[1].id, null].entries())
      bPeople.push(await personIn(c, world.b.id, home, `tafelgast-b-${i}`));
    const ofB = await addMeeting(c, bPeople, {
      title: 'Werkbijeenkomst van netwerk B',
      networkId: world.b.id,
      daysAgo: 20,
      status: 'HELD',
      report: ['PUBLIC'],
      tables: [
        {
          name: 'Wmo en Jeugd',
          seated: [0, 1, 2],
          cards: [
            [0, 'CONCERN', 'yield'],
            [1, 'CONCERN', 'yield'],
            [2, 'STRENGTH', 'recommendation'],
          ],
        },
      ],
    });
    return {
      people,
      facilitator,
      meetings: { deventer: deventer.id, zwolle: zwolle.id, unreported: unreported.id, earlier: earlier.id, upcoming: upcoming.id, ofB: ofB.id },
    };
  });
  const coordinator = await signedIn(t, world.a.coordinator);
  return {
    world,
    w,
    coordinator,
    ...scene,
    owner,
    create: async (title, visibility) =>
      (await coordinator.ok(CREATE, { input: { programmeId: w.programmeId, title, visibility, narrative: 'Wat de rondes en de tafels samen zagen.' } }))
        .createHarvest,
  };
}
