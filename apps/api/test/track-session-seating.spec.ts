import { addDays, dutchToday } from '@kijkje/domain';
import type { GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import * as d from './support/track-documents';
import { buildTrackWorld, type TrackWorld } from './support/track-world';
import { buildWorld, signedIn, type World } from './support/world';

const HOLD = `mutation($id: ID!) { holdTrackSessionWithTables(sessionId: $id) { id sessions { id meetingId } } }`;
const MEETING_FIELDS = `id version tables { id name } registrations { userId tableId }`;
const CREATE = `mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const STEP = `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const ADD_TABLE = `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { ${MEETING_FIELDS} } }`;
const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`;
const ASSIGN = `mutation($id: ID!) { assignMeetingTables(meetingId: $id) { ${MEETING_FIELDS} } }`;

interface Seated {
  tables: { id: string; name: string }[];
  registrations: { userId: string; tableId: string | null }[];
}
/** Who sits where, as table name by person. */
const seating = (m: Seated, people: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(people).map(([who, id]) => {
      const tableId = m.registrations.find((r) => r.userId === id)?.tableId;
      return [who, m.tables.find((x) => x.id === tableId)?.name ?? null];
    }),
  );

/**
 * Seating the cohort of a track session held with theme tables, through GraphQL: a participant in a
 * feedback group sits at the table named after it (case and spacing aside) while it has room; the
 * others fill the tables evenly. At the network's own meetings nothing of the track counts.
 */
describe('seating a track session’s cohort by feedback group', () => {
  let t: TestApp;
  let world: World;
  let tr: TrackWorld;
  let facilitator: GqlClient;
  let coordinator: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    tr = await buildTrackWorld(t, world.a.id, world.a.organisations[0].id);
    [facilitator, coordinator] = await Promise.all([tr.facilitator, world.a.coordinator].map((p) => signedIn(t, p)));
    for (const [participantId, group] of [
      [tr.participants.owner, 'Groep Noord'],
      [tr.participants.peer, ' groep noord '],
      [tr.participants.otherGroup, 'Groep Zuid'],
    ])
      await facilitator.ok(d.GROUP, { input: { participantId, group } });
  });
  afterAll(() => t.close());

  it('seats each feedback group at its table first, while it has room, and the rest evenly', async () => {
    const meetingId = (await facilitator.ok(HOLD, { id: tr.sessionId })).holdTrackSessionWithTables.sessions[0].meetingId;
    // Evenly alone, the three of the cohort would sit at the first three tables, nobody at the group Zuid's.
    await facilitator.ok(ADD_TABLE, { input: { meetingId, name: 'Jeugd', capacity: 5 } });
    await facilitator.ok(ADD_TABLE, { input: { meetingId, name: 'Wmo', capacity: 5 } });
    await facilitator.ok(ADD_TABLE, { input: { meetingId, name: 'GROEP  NOORD', capacity: 1 } });
    await facilitator.ok(ADD_TABLE, { input: { meetingId, name: 'groepzuid', capacity: 5 } });
    const seated = seating((await facilitator.ok(ASSIGN, { id: meetingId })).assignMeetingTables, {
      owner: tr.owner.id,
      peer: tr.peer.id,
      otherGroup: tr.otherGroup.id,
    });
    expect(seated.otherGroup).toBe('groepzuid');
    // Group Noord's table has one place: one of the two sits there, the other at the emptiest table.
    expect([seated.owner, seated.peer].sort()).toEqual(['GROEP  NOORD', 'Jeugd']);
  });

  it('seats the network’s own meetings evenly, whatever the feedback groups of their participants', async () => {
    const input = {
      title: 'Werkbijeenkomst',
      hostOrganisationId: null,
      hostMayEdit: false,
      day: addDays(dutchToday(), 30),
      startTime: '13:30',
      endTime: '17:00',
      capacity: 20,
    };
    const created = (await coordinator.ok(CREATE, { input })).createMeeting;
    await coordinator.ok(ADD_TABLE, { input: { meetingId: created.id, name: 'Jeugd', capacity: 5 } });
    const withTables = (await coordinator.ok(ADD_TABLE, { input: { meetingId: created.id, name: 'Groep Noord', capacity: 5 } })).addMeetingTable;
    await coordinator.ok(STEP, { input: { id: created.id, version: withTables.version, step: 'OPEN' } });
    await (await signedIn(t, tr.owner)).ok(REGISTER, { id: created.id });
    const seated = seating((await coordinator.ok(ASSIGN, { id: created.id })).assignMeetingTables, { owner: tr.owner.id });
    expect(seated).toEqual({ owner: 'Jeugd' });
  });
});
