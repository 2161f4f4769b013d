import fc from 'fast-check';
import { ROLES, type Role } from '../roles';
import { MEETING_STATUSES, type MeetingStatus } from './meeting-lifecycle';
import { meetingPartsEnding, meetingToCome, type MeetingPart } from './meeting-membership';
import { mayHostTable } from './meeting-policy';
import { REGISTRATION_STATUSES } from './meeting-registration';

/*
 * When a person's role in the network changes, or their membership ends, what they did at the
 * network's meetings still to come ends where they may no longer do it: running a meeting (only
 * facilitators), hosting its tables (mayHostTable), a place (only members register).
 */
const now = new Date('2030-05-01T10:00:00Z');
const later = new Date('2030-05-14T11:30:00Z');
const earlier = new Date('2030-04-20T11:30:00Z');
const nothing: MeetingPart = { status: 'OPEN', startsAt: later, facilitator: false, tableHost: false, registration: null, trackSession: false };
const hostAndPlace: MeetingPart = { ...nothing, tableHost: true, registration: 'REGISTERED' };
const runsAndHosts: MeetingPart = { ...nothing, facilitator: true, tableHost: true };

/** What ends, in a fixed order, for short tables. */
const ending = (role: Role | null, part: MeetingPart, at = now) => {
  const e = meetingPartsEnding(role, part, at);
  return (Object.keys(e) as (keyof typeof e)[]).filter((k) => e[k]).join(' ');
};

describe('what of a meeting still to come ends when someone’s standing in the network changes', () => {
  it.each<[string, Role | null, MeetingPart, string]>([
    ['a member who hosts a table and has a place becomes a facilitator: both end', 'FACILITATOR', hostAndPlace, 'tables registration'],
    [
      'a member who hosts a table and is on the waitlist leaves the network: both end',
      null,
      { ...hostAndPlace, registration: 'WAITLISTED' },
      'tables registration',
    ],
    ['a member who hosts a table becomes a coordinator: nothing ends', 'COORDINATOR', hostAndPlace, ''],
    ['a coordinator becomes a member: nothing ends', 'MEMBER', hostAndPlace, ''],
    ['a cancelled registration is nothing to end', null, { ...nothing, registration: 'CANCELLED' }, ''],
    ['a facilitator who runs it and hosts a table becomes a member: running it ends, the table stays', 'MEMBER', runsAndHosts, 'facilitator'],
    ['a facilitator who runs it and hosts a table leaves: both end', null, runsAndHosts, 'facilitator tables'],
    ['a facilitator who runs it and hosts a table stays one: nothing ends', 'FACILITATOR', runsAndHosts, ''],
    ['a facilitator of another meeting who hosts a table here (from before): the table ends', 'FACILITATOR', { ...nothing, tableHost: true }, 'tables'],
    ['a draft’s table host who becomes a facilitator: the table ends', 'FACILITATOR', { ...nothing, status: 'DRAFT', tableHost: true }, 'tables'],
    ['a meeting with registration closed but still to come: the place ends', null, { ...hostAndPlace, status: 'HELD' }, 'tables registration'],
  ])('%s', (_, role, part, expected) => {
    expect(ending(role, part)).toBe(expected);
  });

  it.each<[string, MeetingPart]>([
    ['a meeting that has begun', { ...hostAndPlace, status: 'HELD', startsAt: earlier }],
    ['a meeting whose report is out', { ...runsAndHosts, status: 'REPORT_PUBLISHED', startsAt: earlier }],
    ['a cancelled meeting', { ...hostAndPlace, status: 'CANCELLED' }],
  ])('keeps who ran, hosted and had a place at %s', (_, part) => {
    expect(meetingToCome(part, now)).toBe(false);
    for (const role of [...ROLES, null]) expect(ending(role, part)).toBe('');
  });

  it('leaves a track session’s meeting to the track: its own change takes them off it', () => {
    for (const role of [...ROLES, null]) expect(ending(role, { ...hostAndPlace, trackSession: true })).toBe('');
  });

  it('ends a table only where mayHostTable says they may no longer host it, as they stand after the change', () => {
    const part = fc.record({
      status: fc.constantFrom<MeetingStatus>(...MEETING_STATUSES),
      startsAt: fc.constantFrom(earlier, later),
      facilitator: fc.boolean(),
      tableHost: fc.boolean(),
      registration: fc.constantFrom(...REGISTRATION_STATUSES, null),
      trackSession: fc.constant(false),
    });
    fc.assert(
      fc.property(fc.constantFrom<Role | null>(...ROLES, null), part, (role, p) => {
        const e = meetingPartsEnding(role, p, now);
        const facilitatesAfter = p.facilitator && !e.facilitator;
        const toCome = meetingToCome(p, now);
        expect(e.tables).toBe(toCome && p.tableHost && !mayHostTable({ role, facilitatesMeeting: facilitatesAfter, track: null }));
        // Nobody is ever taken off something they do not have, nor anything at a meeting that is not to come.
        if (!p.facilitator || !toCome) expect(e.facilitator).toBe(false);
        if (!toCome || !(p.registration === 'REGISTERED' || p.registration === 'WAITLISTED')) expect(e.registration).toBe(false);
        // A member or coordinator keeps all they had; someone who is no member at all keeps nothing.
        if (role === 'MEMBER' || role === 'COORDINATOR') expect([e.tables, e.registration]).toEqual([false, false]);
        if (role === null && toCome)
          expect(e).toEqual({
            facilitator: p.facilitator,
            tables: p.tableHost,
            registration: p.registration === 'REGISTERED' || p.registration === 'WAITLISTED',
          });
      }),
    );
  });
});
