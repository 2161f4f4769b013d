import { ROLES, type Role } from '../roles';
import { TRACK_STATUSES } from './track-lifecycle';
import { trackPartsEnding, type TrackPart } from './track-membership';
import { PARTICIPANT_STATUSES } from './track-participation';

/*
 * When a person's role in the network changes, or their membership ends, what they did in its
 * learning tracks that have not closed ends where they may no longer do it: running one (only
 * facilitators), an application or place (only who may apply: members and coordinators).
 */
const ending = (role: Role | null, part: TrackPart) => {
  const e = trackPartsEnding(role, part);
  return (Object.keys(e) as (keyof typeof e)[]).filter((k) => e[k]).join(' ');
};

describe('what of a learning track ends when someone’s standing in the network changes', () => {
  it.each<[string, Role | null, TrackPart, string]>([
    ['a facilitator who runs it becomes a member', 'MEMBER', { status: 'RUNNING', facilitator: true, participation: null }, 'facilitator'],
    ['a facilitator who runs it leaves', null, { status: 'OPEN', facilitator: true, participation: null }, 'facilitator'],
    ['a facilitator who runs it stays one', 'FACILITATOR', { status: 'RUNNING', facilitator: true, participation: null }, ''],
    ['a participant becomes a facilitator', 'FACILITATOR', { status: 'RUNNING', facilitator: false, participation: 'ACCEPTED' }, 'participation'],
    ['an applicant leaves', null, { status: 'OPEN', facilitator: false, participation: 'SUBMITTED' }, 'participation'],
    ['someone on the waitlist leaves', null, { status: 'OPEN', facilitator: false, participation: 'WAITLISTED' }, 'participation'],
    ['a participant becomes a coordinator', 'COORDINATOR', { status: 'RUNNING', facilitator: false, participation: 'ACCEPTED' }, ''],
    ['someone who withdrew leaves', null, { status: 'OPEN', facilitator: false, participation: 'WITHDRAWN' }, ''],
    ['someone declined leaves', null, { status: 'OPEN', facilitator: false, participation: 'DECLINED' }, ''],
  ])('%s: %s', (_, role, part, expected) => {
    expect(ending(role, part)).toBe(expected);
  });

  it('keeps who ran a closed track and who took part in it, whatever becomes of them', () => {
    for (const role of [...ROLES, null])
      for (const participation of [...PARTICIPANT_STATUSES, null]) expect(ending(role, { status: 'CLOSED', facilitator: true, participation })).toBe('');
  });

  it('never ends what someone does not have', () => {
    for (const role of [...ROLES, null])
      for (const status of TRACK_STATUSES) expect(ending(role, { status, facilitator: false, participation: null })).toBe('');
  });
});
