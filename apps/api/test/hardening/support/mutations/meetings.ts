import { CARD_TEXT_MAX, CLUSTER_LABEL_MAX, MEETING_CAPACITY_MAX, MEETING_QUESTION_KINDS, TABLE_CAPACITY_MAX, addDays, dutchToday } from '@kijkje/domain';
import { isUuid, type Literal, type MutationSpec } from '../bad-input';
import type { MeetingsWorld } from './meetings-world';

export { buildMeetingsWorld, type MeetingsWorld } from './meetings-world';

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
        { name: 'idempotencyKey', kind: 'key', required: false },
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
