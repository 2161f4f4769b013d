import {
  CARD_TEXT_MAX,
  CLUSTER_LABEL_MAX,
  HARVEST_VISIBILITIES,
  MEETING_CAPACITY_MAX,
  MEETING_QUESTION_KINDS,
  MEETING_REPORT_TEXT_MAX,
  TABLE_CAPACITY_MAX,
  addDays,
  dutchToday,
} from '@kijkje/domain';
import { withAdmin } from '../../../support/database';
import type { TestApp } from '../../../support/test-app';
import type { Person } from '../../../support/world';
import { isUuid, type Literal, type MutationSpec } from '../bad-input';
import type { StateProbe } from '../state';
import { personIn } from '../people';

/** An open meeting of network A with a table hosted by the host, a participant seated there, a programme item and two cards. */
export interface MeetingsWorld {
  probe: StateProbe;
  networkId: string;
  organisationId: string;
  coordinator: Person;
  host: Person;
  participant: Person;
  meetingId: string;
  tableId: string;
  itemId: string;
  cards: string[];
  /** A held meeting with the report's draft (a word to decide in it), and the next meeting of its series at another host. */
  heldMeetingId: string;
  nextMeetingId: string;
  /** A meeting whose report is published publicly (version 1), for withdrawing. */
  publishedMeetingId: string;
}

export async function buildMeetingsWorld(
  t: TestApp,
  probe: StateProbe,
  networkId: string,
  organisationId: string,
  coordinator: Person,
): Promise<MeetingsWorld> {
  return withAdmin(async (c) => {
    const host = await personIn(c, networkId, organisationId, 'tafelvoorzitter');
    const participant = await personIn(c, networkId, organisationId, 'deelnemer');
    const m = await c.query(
      `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Werkbijeenkomst', now() + interval '30 days', now() + interval '30 days 3 hours', 50, 'OPEN') RETURNING id`,
      [networkId],
    );
    const meetingId = m.rows[0].id;
    const table = await c.query(
      `INSERT INTO meeting_table (network_id, meeting_id, name, capacity, host_user_id) VALUES ($1, $2, 'Wmo & Jeugd', 20, $3) RETURNING id`,
      [networkId, meetingId, host.id],
    );
    const tableId = table.rows[0].id;
    const item = await c.query(`INSERT INTO meeting_item (network_id, meeting_id, at_time, talk) VALUES ($1, $2, '13:30', 'Opening') RETURNING id`, [
      networkId,
      meetingId,
    ]);
    await c.query(`INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, table_id) VALUES ($1, $2, $3, 'REGISTERED', $4)`, [
      networkId,
      meetingId,
      participant.id,
      tableId,
    ]);
    const cards: string[] = [];
    for (const text of ['Korte lijnen.', 'Korte lijnen!'])
      cards.push(
        (
          await c.query(
            `INSERT INTO meeting_card (network_id, meeting_id, table_id, kind, text, author_id) VALUES ($1, $2, $3, 'STRENGTH', $4, $5) RETURNING id`,
            [networkId, meetingId, tableId, text, participant.id],
          )
        ).rows[0].id,
      );
    const other = (await c.query(`SELECT id FROM organisation WHERE network_id = $1 AND id <> $2 LIMIT 1`, [networkId, organisationId])).rows[0].id;
    const meeting = async (status: string, days: number, host: string) =>
      (
        await c.query(
          `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status, host_organisation_id)
           VALUES ($1, 'Werkbijeenkomst', now() + make_interval(days => $3), now() + make_interval(days => $3, hours => 3), 50, $2, $4) RETURNING id`,
          [networkId, status, days, host],
        )
      ).rows[0].id as string;
    const heldMeetingId = await meeting('HELD', -2, organisationId);
    const nextMeetingId = await meeting('OPEN', 60, other);
    const publishedMeetingId = await meeting('REPORT_PUBLISHED', -30, organisationId);
    for (const [id, slug] of [
      [heldMeetingId, 'verslag-gehouden'],
      [publishedMeetingId, 'verslag-openbaar'],
    ])
      await c.query(
        `INSERT INTO meeting_report (network_id, meeting_id, slug, text, visibility) VALUES ($1, $2, $3, '## Wmo\n\nHet gesprek met Pietersen hielp.', 'PUBLIC')`,
        [networkId, id, slug],
      );
    await c.query(
      `INSERT INTO meeting_report_version (network_id, meeting_id, number, slug, visibility, content) VALUES ($1, $2, 1, 'verslag-openbaar', 'PUBLIC', '{"text": "Openbaar."}')`,
      [networkId, publishedMeetingId],
    );
    await c.query(`INSERT INTO meeting_report_public (network_id, meeting_id, slug, number, state) VALUES ($1, $2, 'verslag-openbaar', 1, 'PUBLIC')`, [
      networkId,
      publishedMeetingId,
    ]);
    return {
      probe,
      networkId,
      organisationId,
      coordinator,
      host,
      participant,
      meetingId,
      tableId,
      itemId: item.rows[0].id,
      cards,
      heldMeetingId,
      nextMeetingId,
      publishedMeetingId,
    };
  }, t.db.ownerUrl);
}

export function meetingMutations(w: MeetingsWorld): MutationSpec[] {
  const meetingVersion = async (input: Record<string, unknown>) => {
    if (!isUuid(input['id'])) return 1;
    const [row] = await w.probe.query<{ version: number }>(`SELECT version FROM meeting WHERE id = $1`, [input['id']]);
    return row?.version ?? 1;
  };
  const view = `{ id status version }`;
  const card = `{ id text kind isYield }`;
  const meetingId = { name: 'meetingId', kind: 'uuid', required: true, real: () => [w.meetingId] } as const;
  const tableId = { name: 'tableId', kind: 'uuid', required: true, real: () => [w.tableId] } as const;
  const cardId = { name: 'cardId', kind: 'uuid', required: true, real: () => w.cards } as const;
  const fieldSpecs = [
    { name: 'title', kind: 'text', required: true, max: 200 },
    { name: 'description', kind: 'text', required: false, max: 4000 },
    { name: 'hostOrganisationId', kind: 'uuid', required: false, real: () => [w.organisationId] },
    { name: 'hostMayEdit', kind: 'bool', required: true },
    { name: 'day', kind: 'date', required: true, real: () => [addDays(dutchToday(), 30)] },
    { name: 'startTime', kind: 'time', required: true, real: () => ['13:30'] },
    { name: 'endTime', kind: 'time', required: true, real: () => ['17:00', '01:00'] },
    { name: 'place', kind: 'text', required: false, max: 300 },
    { name: 'onlineLink', kind: 'text', required: false, max: 500 },
    { name: 'capacity', kind: 'int', required: true, min: 1, max: MEETING_CAPACITY_MAX },
  ] as const;
  const fields = () => ({
    title: 'Werkbijeenkomst Sociaal Domein',
    description: 'Een middag met thematafels.',
    hostOrganisationId: w.organisationId,
    hostMayEdit: false,
    day: addDays(dutchToday(), 30),
    startTime: '13:30',
    endTime: '17:00',
    place: 'Stadhuis',
    onlineLink: 'https://example.nl/live',
    capacity: 50,
  });
  return [
    {
      name: 'createMeeting',
      doc: `mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) ${view} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [...fieldSpecs],
      base: fields,
    },
    {
      name: 'updateMeeting',
      doc: `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) ${view} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: () => [w.meetingId] },
        { name: 'version', kind: 'version', required: true, live: meetingVersion },
        ...fieldSpecs,
      ],
      base: () => ({ id: w.meetingId, version: 1, ...fields() }),
    },
    {
      name: 'stepMeeting',
      doc: `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) ${view} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: () => [w.meetingId] },
        { name: 'version', kind: 'version', required: true, live: meetingVersion },
        // Only HOLD among real values would move the world on; the table's cases try every value with a wrong version.
        { name: 'step', kind: 'enum', values: ['OPEN', 'HOLD', 'CANCEL'], required: true },
      ],
      base: () => ({ id: w.meetingId, version: 99, step: 'OPEN' }),
    },
    {
      name: 'addMeetingTable',
      doc: `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) ${view} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        meetingId,
        { name: 'name', kind: 'text', required: true, max: 120 },
        { name: 'hostUserId', kind: 'uuid', required: false, real: () => [w.host.id] },
        { name: 'capacity', kind: 'int', required: true, min: 1, max: TABLE_CAPACITY_MAX },
      ],
      base: () => ({ meetingId: w.meetingId, name: 'Participatie', hostUserId: w.host.id, capacity: 8 }),
    },
    {
      name: 'removeMeetingTable',
      doc: `mutation($tableId: ID!) { removeMeetingTable(tableId: $tableId) ${view} }`,
      arg: 'tableId',
      actor: 'coordinator',
      fields: [tableId],
      base: () => ({ tableId: w.tableId }),
    },
    {
      name: 'addMeetingItem',
      doc: `mutation($input: AddMeetingItemInput!) { addMeetingItem(input: $input) ${view} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        meetingId,
        { name: 'atTime', kind: 'time', required: true, real: () => ['14:00'] },
        { name: 'speaker', kind: 'text', required: false, max: 200 },
        { name: 'talk', kind: 'text', required: true, max: 300 },
      ],
      base: () => ({ meetingId: w.meetingId, atTime: '14:00', speaker: 'Wethouder', talk: 'Welkom' }),
    },
    {
      name: 'removeMeetingItem',
      doc: `mutation($itemId: ID!) { removeMeetingItem(itemId: $itemId) ${view} }`,
      arg: 'itemId',
      actor: 'coordinator',
      fields: [{ name: 'itemId', kind: 'uuid', required: true, real: () => [w.itemId] }],
      base: () => ({ itemId: w.itemId }),
    },
    {
      name: 'registerForMeeting',
      doc: `mutation($meetingId: ID!) { registerForMeeting(meetingId: $meetingId) ${view} }`,
      arg: 'meetingId',
      actor: 'coordinator',
      fields: [meetingId],
      base: () => ({ meetingId: w.meetingId }),
    },
    {
      name: 'cancelMeetingRegistration',
      doc: `mutation($meetingId: ID!) { cancelMeetingRegistration(meetingId: $meetingId) ${view} }`,
      arg: 'meetingId',
      actor: 'coordinator',
      fields: [meetingId],
      base: () => ({ meetingId: w.meetingId }),
    },
    {
      name: 'chooseMeetingTable',
      doc: `mutation($input: ChooseMeetingTableInput!) { chooseMeetingTable(input: $input) ${view} }`,
      arg: 'input',
      actor: 'participant',
      fields: [meetingId, tableId],
      base: () => ({ meetingId: w.meetingId, tableId: w.tableId }),
    },
    {
      name: 'assignMeetingTables',
      doc: `mutation($meetingId: ID!) { assignMeetingTables(meetingId: $meetingId) ${view} }`,
      arg: 'meetingId',
      actor: 'coordinator',
      fields: [meetingId],
      base: () => ({ meetingId: w.meetingId }),
    },
    {
      name: 'postMeetingCard',
      doc: `mutation($input: PostMeetingCardInput!) { postMeetingCard(input: $input) ${card} }`,
      arg: 'input',
      actor: 'participant',
      fields: [
        tableId,
        { name: 'kind', kind: 'enum', values: MEETING_QUESTION_KINDS, required: true },
        { name: 'text', kind: 'text', required: true, max: CARD_TEXT_MAX },
      ],
      base: () => ({ tableId: w.tableId, kind: 'CONCERN', text: 'Wachtlijsten.' }),
    },
    {
      name: 'moveMeetingCard',
      doc: `mutation($input: MoveMeetingCardInput!) { moveMeetingCard(input: $input) ${card} }`,
      arg: 'input',
      actor: 'host',
      fields: [
        cardId,
        { name: 'kind', kind: 'enum', values: MEETING_QUESTION_KINDS, required: false },
        { name: 'cluster', kind: 'text', required: false, max: CLUSTER_LABEL_MAX },
      ],
      base: () => ({ cardId: w.cards[0], kind: 'STRENGTH', cluster: 'Samenwerking' }),
    },
    {
      name: 'mergeMeetingCards',
      doc: `mutation($input: MergeMeetingCardsInput!) { mergeMeetingCards(input: $input) ${card} }`,
      arg: 'input',
      actor: 'host',
      fields: [
        { name: 'sourceId', kind: 'uuid', required: true, real: () => [w.cards[1]] },
        { name: 'targetId', kind: 'uuid', required: true, real: () => [w.cards[0]] },
      ],
      base: () => ({ sourceId: w.cards[1], targetId: w.cards[0] }),
    },
    {
      name: 'markMeetingCard',
      doc: `mutation($input: MarkMeetingCardInput!) { markMeetingCard(input: $input) ${card} }`,
      arg: 'input',
      actor: 'host',
      fields: [cardId, { name: 'isYield', kind: 'bool', required: true }, { name: 'isRecommendation', kind: 'bool', required: true }],
      base: () => ({ cardId: w.cards[0], isYield: true, isRecommendation: false }),
    },
  ];
}

/** The report, a table's host and the series (issue 17). */
export function meetingReportMutations(w: MeetingsWorld): MutationSpec[] {
  const versionIn = (table: 'meeting' | 'meeting_table' | 'meeting_report', key: string) => async (input: Record<string, unknown>) => {
    if (!isUuid(input[key])) return 1;
    const column = table === 'meeting_report' ? 'meeting_id' : 'id';
    const [row] = await w.probe.query<{ version: number }>(`SELECT version FROM ${table} WHERE ${column} = $1`, [input[key]]);
    return row?.version ?? 1;
  };
  const report = `{ meetingId version serving }`;
  const held = { name: 'meetingId', kind: 'uuid', required: true, real: () => [w.heldMeetingId] } as const;
  const reportVersion = { name: 'version', kind: 'version', required: true, live: versionIn('meeting_report', 'meetingId') } as const;
  return [
    {
      name: 'updateMeetingTable',
      doc: `mutation($input: UpdateMeetingTableInput!) { updateMeetingTable(input: $input) { id version } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'tableId', kind: 'uuid', required: true, real: () => [w.tableId] },
        { name: 'version', kind: 'version', required: true, live: versionIn('meeting_table', 'tableId') },
        { name: 'name', kind: 'text', required: true, max: 120 },
        { name: 'hostUserId', kind: 'uuid', required: false, real: () => [w.host.id, w.participant.id] },
        { name: 'capacity', kind: 'int', required: true, min: 1, max: TABLE_CAPACITY_MAX },
      ],
      base: () => ({ tableId: w.tableId, version: 1, name: 'Wmo & Jeugd', hostUserId: w.host.id, capacity: 20 }),
    },
    {
      name: 'setNextMeeting',
      doc: `mutation($input: SetNextMeetingInput!) { setNextMeeting(input: $input) { id version } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'meetingId', kind: 'uuid', required: true, real: () => [w.heldMeetingId, w.meetingId] },
        { name: 'version', kind: 'version', required: true, live: versionIn('meeting', 'meetingId') },
        { name: 'nextMeetingId', kind: 'uuid', required: false, real: () => [w.nextMeetingId, w.meetingId] },
      ],
      base: () => ({ meetingId: w.heldMeetingId, version: 99, nextMeetingId: w.nextMeetingId }),
    },
    {
      name: 'startMeetingReport',
      doc: `mutation($meetingId: ID!) { startMeetingReport(meetingId: $meetingId) ${report} }`,
      arg: 'meetingId',
      actor: 'coordinator',
      fields: [{ ...held, real: () => [w.heldMeetingId, w.meetingId] }],
      base: () => ({ meetingId: w.heldMeetingId }),
    },
    {
      name: 'updateMeetingReport',
      doc: `mutation($input: UpdateMeetingReportInput!) { updateMeetingReport(input: $input) ${report} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        held,
        reportVersion,
        { name: 'text', kind: 'markdown', required: false, max: MEETING_REPORT_TEXT_MAX },
        { name: 'visibility', kind: 'enum', values: HARVEST_VISIBILITIES, required: false },
      ],
      base: () => ({ meetingId: w.heldMeetingId, version: 1, text: '## Wmo\n\nKorte lijnen.', visibility: 'NETWORK' }),
    },
    {
      name: 'decideMeetingReportWord',
      doc: `mutation($input: DecideMeetingReportWordInput!) { decideMeetingReportWord(input: $input) ${report} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        held,
        reportVersion,
        { name: 'word', kind: 'text', required: true, max: 100 },
        { name: 'decision', kind: 'enum', values: ['KEEP', 'REPLACE'], required: true },
        { name: 'replacement', kind: 'enum', values: ['PERSON', 'PLACE'], required: false },
      ],
      base: () => ({ meetingId: w.heldMeetingId, version: 1, word: 'Pietersen', decision: 'REPLACE', replacement: 'PERSON' }),
    },
    {
      name: 'publishMeetingReport',
      doc: `mutation($input: PublishMeetingReportInput!) { publishMeetingReport(input: $input) ${report} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [held, reportVersion],
      base: () => ({ meetingId: w.heldMeetingId, version: 99 }),
    },
    {
      name: 'withdrawMeetingReport',
      doc: `mutation($input: WithdrawMeetingReportInput!) { withdrawMeetingReport(input: $input) ${report} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'meetingId', kind: 'uuid', required: true, real: () => [w.publishedMeetingId] },
        { name: 'number', kind: 'version', required: true },
        { name: 'reason', kind: 'text', required: true, max: 1000 },
      ],
      base: () => ({ meetingId: w.publishedMeetingId, number: 1, reason: 'Er stond nog een naam in.' }),
    },
  ];
}

export const MEETING_LITERALS: Literal[] = [
  [
    'postMeetingCard with a number for its text',
    `mutation { postMeetingCard(input: { tableId: "00000000-0000-4000-8000-000000000000", kind: STRENGTH, text: 42 }) { id } }`,
    'participant',
  ],
  [
    'stepMeeting with a string for its step',
    `mutation { stepMeeting(input: { id: "00000000-0000-4000-8000-000000000000", version: 1, step: "OPEN" }) { id } }`,
    'coordinator',
  ],
];
