import fc from 'fast-check';
import type { Role } from '../roles';
import { PARTICIPANT_STATUSES } from '../tracks/track-participation';
import { trackRights } from '../tracks/track-policy';
import { MEETING_STATUSES, MEETING_TRANSITIONS, type MeetingStatus } from './meeting-lifecycle';
import { mayHostTable, meetingOrganiser, meetingRights, type MeetingRights, type MeetingStanding } from './meeting-policy';
import {
  meetingAudience,
  meetingCountsInHarvests,
  meetingIsAppointment,
  meetingReportVisibilityAllowed,
  meetingTransitionAllowed,
  NOT_IN_TRACK,
  trackSessionMeetingStanding,
  trackSessionStanding,
  type TrackSessionStanding,
} from './track-session-meeting';

/** The rights that are true, in a fixed order, for short tables. */
const granted = (r: MeetingRights) => (Object.keys(r) as (keyof MeetingRights)[]).filter((k) => r[k]).join(' ');

const atSession = (coordinator: boolean, track: TrackSessionStanding): MeetingStanding => trackSessionMeetingStanding(coordinator, track);
const facilitatorOfTrack: TrackSessionStanding = { facilitator: true, participant: false };
const participant: TrackSessionStanding = { facilitator: false, participant: true };

describe('a track session held with theme tables: its audience is the track', () => {
  it.each<[string, MeetingStanding, MeetingStatus, string]>([
    ['the track’s facilitator, a draft: organises it', atSession(false, facilitatorOfTrack), 'DRAFT', 'read edit'],
    ['the track’s facilitator, open: edits and seats the cohort', atSession(false, facilitatorOfTrack), 'OPEN', 'read edit assignTables'],
    ['the track’s facilitator, held: seats the cohort', atSession(false, facilitatorOfTrack), 'HELD', 'read assignTables'],
    ['the track’s facilitator, report published: reads it', atSession(false, facilitatorOfTrack), 'REPORT_PUBLISHED', 'read'],
    ['the coordinator, open: organises it as the facilitator does', atSession(true, NOT_IN_TRACK), 'OPEN', 'read edit assignTables'],
    ['a participant, open: reads it, registers for nothing', atSession(false, participant), 'OPEN', 'read'],
    ['a participant, held: reads it', atSession(false, participant), 'HELD', 'read'],
    ['a participant, a draft: not yet', atSession(false, participant), 'DRAFT', ''],
    ['someone the track does not know, open: nothing', atSession(false, NOT_IN_TRACK), 'OPEN', ''],
    ['someone the track does not know, report published: nothing', atSession(false, NOT_IN_TRACK), 'REPORT_PUBLISHED', ''],
  ])('%s → %s', (_, standing, status, expected) => {
    expect(granted(meetingRights(standing, status))).toBe(expected);
  });

  it('is organised by the coordinators and the track’s facilitators, nobody else', () => {
    expect(meetingOrganiser(atSession(false, facilitatorOfTrack))).toBe(true);
    expect(meetingOrganiser(atSession(true, NOT_IN_TRACK))).toBe(true);
    expect(meetingOrganiser(atSession(false, participant))).toBe(false);
    // A host contact with leave to edit, or a facilitator assigned to the meeting, is nothing at a track's session.
    expect(meetingOrganiser({ ...atSession(false, NOT_IN_TRACK), networkMember: true, hostContact: true, hostMayEdit: true, facilitator: true })).toBe(false);
  });

  it('property: a member of the network outside the cohort, or a facilitator of another track or meeting, reads and does nothing of it, whatever else holds', () => {
    fc.assert(
      fc.property(
        fc.record({
          networkMember: fc.boolean(),
          facilitator: fc.boolean(),
          hostContact: fc.boolean(),
          hostMayEdit: fc.boolean(),
          registration: fc.constantFrom('REGISTERED', 'WAITLISTED', 'CANCELLED', null),
        }),
        fc.constantFrom(...MEETING_STATUSES),
        (network, status) => {
          const standing: MeetingStanding = { ...network, coordinator: false, track: NOT_IN_TRACK };
          expect(granted(meetingRights(standing, status))).toBe('');
        },
      ),
    );
  });

  it('property: whoever stands to the track in any way but as its facilitator or an accepted participant reads nothing of its sessions’ meetings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARTICIPANT_STATUSES, null), fc.constantFrom(...MEETING_STATUSES), (participation, status) => {
        // Reading the track (an applicant, anyone while it is open) is not reading its sessions' tables.
        const track = trackSessionStanding({ facilitator: false, participation });
        const rights = meetingRights(trackSessionMeetingStanding(false, track), status);
        expect(rights.read).toBe(participation === 'ACCEPTED' && status !== 'DRAFT');
      }),
    );
  });

  it('property: nobody registers, names a next meeting or assigns facilitators; the cohort is seated, the series and facilitators are the network’s', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom(...MEETING_STATUSES), (coordinator, facilitator, participant, status) => {
        const r = meetingRights(atSession(coordinator, { facilitator, participant }), status);
        expect([r.register, r.cancelRegistration, r.linkNext, r.assignFacilitators]).toEqual([false, false, false, false]);
      }),
    );
  });

  it('property: its readers are those who hold the track’s calendar, and the coordinators (trackRights.calendar)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(...PARTICIPANT_STATUSES, null),
        fc.constantFrom(...MEETING_STATUSES.filter((s) => s !== 'DRAFT')),
        (coordinator, facilitator, participation, status) => {
          const ofTrack = trackRights({ coordinator, facilitator, mayApply: !facilitator, participation }, 'RUNNING');
          const reads = meetingRights(trackSessionMeetingStanding(coordinator, trackSessionStanding({ facilitator, participation })), status).read;
          expect(reads).toBe(ofTrack.calendar);
        },
      ),
    );
  });

  it.each<[string, TrackSessionStanding | null, Role | null, boolean]>([
    ['a participant of the cohort', participant, 'MEMBER', true],
    ['the track’s facilitator', facilitatorOfTrack, 'FACILITATOR', true],
    ['the coordinator', NOT_IN_TRACK, 'COORDINATOR', true],
    ['a member outside the cohort', NOT_IN_TRACK, 'MEMBER', false],
    ['a facilitator of another track', NOT_IN_TRACK, 'FACILITATOR', false],
    ['a participant no longer active in the network', participant, null, false],
  ])('hosts a table of it: %s → %s', (_, track, role, may) => {
    expect(mayHostTable({ role, facilitatesMeeting: role === 'FACILITATOR', track })).toBe(may);
  });

  it('is the track’s when bound to a session, the network’s otherwise', () => {
    expect(meetingAudience({ trackSessionId: null })).toBe('NETWORK');
    expect(meetingAudience({ trackSessionId: 'sessie' })).toBe('TRACK');
  });

  it.each(MEETING_TRANSITIONS.map((t) => [t]))('takes every step of its life cycle but cancelling (%s)', (transition) => {
    expect(meetingTransitionAllowed('TRACK', transition)).toBe(transition !== 'cancel');
    expect(meetingTransitionAllowed('NETWORK', transition)).toBe(true);
  });

  it('keeps its report with its readers, sends no appointment of its own and counts in no harvest', () => {
    expect([meetingReportVisibilityAllowed('TRACK', 'NETWORK'), meetingReportVisibilityAllowed('TRACK', 'PUBLIC')]).toEqual([true, false]);
    expect([meetingReportVisibilityAllowed('NETWORK', 'NETWORK'), meetingReportVisibilityAllowed('NETWORK', 'PUBLIC')]).toEqual([true, true]);
    expect([meetingIsAppointment('TRACK'), meetingIsAppointment('NETWORK')]).toEqual([false, true]);
    expect([meetingCountsInHarvests('TRACK'), meetingCountsInHarvests('NETWORK')]).toEqual([false, true]);
  });
});
