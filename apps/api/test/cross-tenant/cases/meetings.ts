import { codeOf } from '../../support/gql-client';
import { leaksNothingOfA, meetingOfA, type Cases } from '../../support/cross-tenant-world';
import { subscribe, wsClient } from '../../support/ws-client';

/**
 * Work meetings, their tables, items, registrations, cards and live boards (SEC-03): network A's ids
 * answer NOT_FOUND; a meeting of the outsider's own never gets A's organisation as its host.
 */
export const MEETING_CASES: Cases = {
  meetings: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ meetings { id title } }`);
      expect(codeOf(res)).toBe('OK');
      expect(JSON.stringify(res.data)).not.toContain(meetingOfA.id);
      leaksNothingOfA(res, w);
    },
  },
  meeting: { attempt: async (o) => expect(codeOf(await o.gql(`query($id: ID!) { meeting(id: $id) { id title } }`, { id: meetingOfA.id }))).toBe('NOT_FOUND') },
  tableCards: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`query($id: ID!) { tableCards(tableId: $id) { cards { text } } }`, { id: meetingOfA.tableId }))).toBe('NOT_FOUND'),
  },
  plenary: {
    attempt: async (o) => expect(codeOf(await o.gql(`query($id: ID!) { plenary(meetingId: $id) { title } }`, { id: meetingOfA.id }))).toBe('NOT_FOUND'),
  },
  createMeeting: {
    // A meeting of the outsider's own network, never with A's organisation as its host.
    attempt: async (o, w) => {
      const input = { title: 'Eigen bijeenkomst', hostMayEdit: false, day: '2099-06-01', startTime: '13:30', endTime: '17:00', capacity: 10 };
      const res = await o.gql(`mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { id } }`, {
        input: { ...input, hostOrganisationId: w.a.organisations[0].id },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const own = await o.gql(`mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { id title } }`, { input });
      expect(codeOf(own)).toBe('OK');
      leaksNothingOfA(own, w);
    },
  },
  updateMeeting: {
    attempt: async (o) => {
      const input = {
        id: meetingOfA.id,
        version: 1,
        title: 'Overgenomen',
        hostMayEdit: true,
        day: '2099-06-01',
        startTime: '13:30',
        endTime: '17:00',
        capacity: 10,
      };
      expect(codeOf(await o.gql(`mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, { input }))).toBe('NOT_FOUND');
    },
  },
  stepMeeting: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { id } }`, {
            input: { id: meetingOfA.id, version: 1, step: 'CANCEL' },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  addMeetingTable: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { id } }`, {
            input: { meetingId: meetingOfA.id, name: 'Indringer', capacity: 5 },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  removeMeetingTable: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`mutation($id: ID!) { removeMeetingTable(tableId: $id) { id } }`, { id: meetingOfA.tableId }))).toBe('NOT_FOUND'),
  },
  addMeetingItem: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: AddMeetingItemInput!) { addMeetingItem(input: $input) { id } }`, {
            input: { meetingId: meetingOfA.id, atTime: '14:00', talk: 'Indringer' },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  removeMeetingItem: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`mutation($id: ID!) { removeMeetingItem(itemId: $id) { id } }`, { id: meetingOfA.itemId }))).toBe('NOT_FOUND'),
  },
  registerForMeeting: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`, { id: meetingOfA.id }))).toBe('NOT_FOUND'),
  },
  cancelMeetingRegistration: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`mutation($id: ID!) { cancelMeetingRegistration(meetingId: $id) { id } }`, { id: meetingOfA.id }))).toBe('NOT_FOUND'),
  },
  chooseMeetingTable: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: ChooseMeetingTableInput!) { chooseMeetingTable(input: $input) { id } }`, {
            input: { meetingId: meetingOfA.id, tableId: meetingOfA.tableId },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  assignMeetingTables: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`mutation($id: ID!) { assignMeetingTables(meetingId: $id) { id } }`, { id: meetingOfA.id }))).toBe('NOT_FOUND'),
  },
  postMeetingCard: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: PostMeetingCardInput!) { postMeetingCard(input: $input) { id } }`, {
            input: { tableId: meetingOfA.tableId, kind: 'STRENGTH', text: 'Indringer' },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  moveMeetingCard: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: MoveMeetingCardInput!) { moveMeetingCard(input: $input) { id } }`, {
            input: { cardId: meetingOfA.cardId, cluster: 'x' },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  mergeMeetingCards: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: MergeMeetingCardsInput!) { mergeMeetingCards(input: $input) { id } }`, {
            input: { sourceId: meetingOfA.otherCardId, targetId: meetingOfA.cardId },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  markMeetingCard: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: MarkMeetingCardInput!) { markMeetingCard(input: $input) { id } }`, {
            input: { cardId: meetingOfA.otherCardId, isYield: true, isRecommendation: true },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  meetingTableChanged: {
    attempt: async (o, w, t) => {
      const client = wsClient(await t.listen(), { cookie: o.cookie, origin: t.config.appUrl });
      const sub = subscribe(client, `subscription($id: ID!) { meetingTableChanged(tableId: $id) { cardId change } }`, { id: meetingOfA.tableId });
      await sub.ready;
      expect(JSON.stringify(sub.error)).toContain('NOT_FOUND');
      expect(sub.received).toEqual([]);
      await sub.close();
    },
  },
  meetingPlenaryChanged: {
    attempt: async (o, w, t) => {
      const client = wsClient(await t.listen(), { cookie: o.cookie, origin: t.config.appUrl });
      const sub = subscribe(client, `subscription($id: ID!) { meetingPlenaryChanged(meetingId: $id) { tableId change } }`, { id: meetingOfA.id });
      await sub.ready;
      expect(JSON.stringify(sub.error)).toContain('NOT_FOUND');
      expect(sub.received).toEqual([]);
      await sub.close();
    },
  },
};
