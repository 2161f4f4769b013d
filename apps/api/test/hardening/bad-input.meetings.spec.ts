import { badInputSuite, expectRejection, UUID } from './support/bad-input';
import { buildMeetingFacilitatorsWorld, meetingFacilitatorMutations, type MeetingFacilitatorsWorld } from './support/mutations/meeting-facilitators';
import { meetingReportMutations } from './support/mutations/meeting-reports';
import { MEETING_LITERALS, buildMeetingsWorld, meetingMutations, type MeetingsWorld } from './support/mutations/meetings';
import { buildWorld, type World } from '../support/world';

/*
 * REL-07 for work meetings: each mutation run by whoever may run it (the coordinator plans, a
 * seated participant posts and chooses a table, the table host arranges cards, the coordinator
 * assigns facilitators), so that fuzzed input gets past authorisation into validation and the services.
 */
describe('bad input of every kind: work meetings (REL-07)', () => {
  const w = {} as MeetingsWorld;
  const f = {} as MeetingFacilitatorsWorld;
  let world: World;
  const suite = badInputSuite({
    mutations: [...meetingMutations(w), ...meetingReportMutations(w), ...meetingFacilitatorMutations(w, f)],
    literals: MEETING_LITERALS,
    setup: async (t, probe) => {
      world = await buildWorld(t);
      Object.assign(w, await buildMeetingsWorld(t, probe, world.a.id, world.a.organisations[0].id, world.a.coordinator));
      Object.assign(f, await buildMeetingFacilitatorsWorld(t, world.a.id));
      return { coordinator: w.coordinator, host: w.host, participant: w.participant };
    },
    more: () => {
      // A table's host must be able to open the meeting (mayHostTable): refused on the field, nothing stored.
      const ADD = `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { id version } }`;
      const UPDATE = `mutation($input: UpdateMeetingTableInput!) { updateMeetingTable(input: $input) { id version } }`;
      const hosts: [string, () => string][] = [
        ['a facilitator of the network who does not facilitate this meeting', () => f.facilitator.id],
        ['nobody', () => UUID],
        ['a member of another network', () => world.b.member.id],
      ];
      describe('a table host who could not open the meeting', () => {
        it.each(hosts)('addMeetingTable with %s as host → refused on hostUserId, nothing stored', async (_, host) => {
          const before = await suite.probe.snapshot();
          const input = { meetingId: w.meetingId, name: 'Wonen', hostUserId: host(), capacity: 8 };
          expectRejection(await suite.client('coordinator').gql(ADD, { input }), { kind: 'field', field: 'hostUserId' });
          expect(await suite.probe.snapshot()).toEqual(before);
        });
        it.each(hosts)('updateMeetingTable with %s as host → refused on hostUserId, nothing stored', async (_, host) => {
          const before = await suite.probe.snapshot();
          const [{ version }] = await suite.probe.query<{ version: number }>(`SELECT version FROM meeting_table WHERE id = $1`, [w.tableId]);
          const input = { tableId: w.tableId, version, name: 'Wmo & Jeugd', hostUserId: host(), capacity: 20 };
          expectRejection(await suite.client('coordinator').gql(UPDATE, { input }), { kind: 'field', field: 'hostUserId' });
          expect(await suite.probe.snapshot()).toEqual(before);
        });
      });
    },
  });
});
