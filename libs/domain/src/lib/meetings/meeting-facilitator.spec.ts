import { MEETING_STATUSES, type MeetingStatus } from './meeting-lifecycle';
import fc from 'fast-check';
import { ROLES } from '../roles';
import { mayHostTable, meetingOrganiser, meetingRights, type MeetingRights, type MeetingStanding, type TableHostCandidate } from './meeting-policy';
import { meetingReportRights } from './meeting-report';
import { trackRights } from '../tracks/track-policy';

/*
 * A facilitator (begeleider: a university, a consultancy) is in the network with limited rights:
 * the coordinator assigns them to a work meeting, and they organise that meeting as the coordinator
 * does (edit, open and cancel, seat people, link the next meeting, write and publish the report,
 * see who registered) but never another meeting, and they do not take part as members do.
 */
const nobody: MeetingStanding = {
  coordinator: false,
  networkMember: false,
  facilitator: false,
  hostContact: false,
  hostMayEdit: false,
  registration: null,
  track: null,
};
const assigned: MeetingStanding = { ...nobody, facilitator: true };
const coordinator: MeetingStanding = { ...nobody, coordinator: true, networkMember: true };
const member: MeetingStanding = { ...nobody, networkMember: true };

/** The rights that are true, in a fixed order, for short tables. */
const granted = (r: MeetingRights) => (Object.keys(r) as (keyof MeetingRights)[]).filter((k) => r[k]).join(' ');

describe('a facilitator and the work meetings', () => {
  it.each<[string, MeetingStanding, MeetingStatus, string]>([
    ['assigned, a draft: organises it', assigned, 'DRAFT', 'read edit'],
    ['assigned, open: edits, seats people and links the next meeting', assigned, 'OPEN', 'read edit assignTables linkNext'],
    ['assigned, held: seats people and links the next meeting', assigned, 'HELD', 'read assignTables linkNext'],
    ['assigned, report published: links the next meeting', assigned, 'REPORT_PUBLISHED', 'read linkNext'],
    ['assigned, cancelled: reads it, nothing more', assigned, 'CANCELLED', 'read'],
    ['not assigned, open: sees nothing of it', nobody, 'OPEN', ''],
    ['not assigned, a draft: sees nothing of it', nobody, 'DRAFT', ''],
    ['not assigned, report published: sees nothing of it', nobody, 'REPORT_PUBLISHED', ''],
    ['the coordinator, open: also assigns facilitators', coordinator, 'OPEN', 'read edit register assignTables linkNext assignFacilitators'],
    ['the coordinator, report published: still assigns them', coordinator, 'REPORT_PUBLISHED', 'read linkNext assignFacilitators'],
    ['the coordinator, cancelled: no longer', coordinator, 'CANCELLED', 'read'],
    ['a member, open: registers, assigns nobody', member, 'OPEN', 'read register'],
  ])('%s → %s', (_, standing, status, expected) => {
    expect(granted(meetingRights(standing, status))).toBe(expected);
  });

  it.each(MEETING_STATUSES.map((s) => [s]))('never registers, and never assigns facilitators (%s)', (status) => {
    const r = meetingRights(assigned, status);
    expect([r.register, r.cancelRegistration, r.assignFacilitators]).toEqual([false, false, false]);
  });

  it('is an organiser of the meetings assigned to them, and of no other', () => {
    expect([meetingOrganiser(assigned), meetingOrganiser(nobody)]).toEqual([true, false]);
    // A host organisation's contact organises only when the coordinator allows it; a facilitator needs no such leave.
    expect(meetingOrganiser({ ...member, hostContact: true })).toBe(false);
    expect(meetingOrganiser({ ...member, hostContact: true, hostMayEdit: true })).toBe(true);
  });

  it.each<[MeetingStatus, boolean]>([
    ['OPEN', false],
    ['HELD', true],
    ['REPORT_PUBLISHED', true],
  ])('writes the report of their meeting as the coordinator does (%s: %s); a host contact never', (status, writes) => {
    expect(meetingReportRights({ coordinator: false, facilitator: true }, status).write).toBe(writes);
    expect(meetingReportRights({ coordinator: true, facilitator: false }, status).write).toBe(writes);
    expect(meetingReportRights({ coordinator: false, facilitator: false }, status).write).toBe(false);
  });

  it('gets nothing of a meeting from running a learning track: a track’s sessions are its own, not work meetings', () => {
    // A track's facilitator keeps the track's schedule (trackRights.schedule): they run its sessions.
    const ofTrack = trackRights({ coordinator: false, facilitator: true, mayApply: false, participation: null }, 'RUNNING');
    expect(ofTrack.schedule).toBe(true);
    // The same person, not assigned to a work meeting, sees nothing of it.
    expect(meetingRights(nobody, 'OPEN').read).toBe(false);
  });
});

describe('who may host a table of a meeting', () => {
  it.each<[string, TableHostCandidate, boolean]>([
    ['a member of the network', { role: 'MEMBER', facilitatesMeeting: false, track: null }, true],
    ['the coordinator', { role: 'COORDINATOR', facilitatesMeeting: false, track: null }, true],
    ['a facilitator assigned to the meeting', { role: 'FACILITATOR', facilitatesMeeting: true, track: null }, true],
    ['a facilitator not assigned to it: they cannot read it', { role: 'FACILITATOR', facilitatesMeeting: false, track: null }, false],
    ['someone not (or no longer) active in the network', { role: null, facilitatesMeeting: false, track: null }, false],
    ['no longer active, though once assigned to it', { role: null, facilitatesMeeting: true, track: null }, false],
  ])('%s → %s', (_, candidate, may) => {
    expect(mayHostTable(candidate)).toBe(may);
  });

  it('is exactly who reads the meeting once it is announced (every status but a draft), never anyone else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES, null), fc.boolean(), (role, facilitatesMeeting) => {
        const standing: MeetingStanding = {
          ...nobody,
          coordinator: role === 'COORDINATOR',
          networkMember: role !== null && role !== 'FACILITATOR',
          facilitator: role === 'FACILITATOR' && facilitatesMeeting,
        };
        const reads = MEETING_STATUSES.filter((s) => s !== 'DRAFT').map((s) => meetingRights(standing, s).read);
        const may = mayHostTable({ role, facilitatesMeeting, track: null });
        expect(reads.every((r) => r === may)).toBe(true);
      }),
    );
  });
});
