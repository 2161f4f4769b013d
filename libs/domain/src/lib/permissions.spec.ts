import { ACTIONS, actorKinds, can, permissionsTable, refusalHidesAll, type Action, type ActorKind } from './permissions';
import type { Actor } from './roles';

const admin: Actor = { userId: 'a', isPlatformAdmin: true, membership: null };
const coordinator: Actor = { userId: 'c', isPlatformAdmin: false, membership: { role: 'COORDINATOR', organisationId: null, active: true } };
const member: Actor = { userId: 'm', isPlatformAdmin: false, membership: { role: 'MEMBER', organisationId: 'o', active: true } };
const inactiveCoordinator: Actor = { userId: 'i', isPlatformAdmin: false, membership: { role: 'COORDINATOR', organisationId: null, active: false } };
const inactiveMember: Actor = { userId: 'j', isPlatformAdmin: false, membership: { role: 'MEMBER', organisationId: 'o', active: false } };
const facilitator: Actor = { userId: 'f', isPlatformAdmin: false, membership: { role: 'FACILITATOR', organisationId: null, active: true } };
const inactiveFacilitator: Actor = { userId: 'g', isPlatformAdmin: false, membership: { role: 'FACILITATOR', organisationId: null, active: false } };
const outsider: Actor = { userId: 'x', isPlatformAdmin: false, membership: null };

// Every action × every kind of actor, written out by hand: the matrix users rely on.
// Columns: platform admin (no membership), coordinator, member, inactive coordinator, inactive member, outsider, facilitator.
const TABLE: [Action, boolean, boolean, boolean, boolean, boolean, boolean, boolean][] = [
  //                       admin  coord  member inCoord inMem  outsider facilitator
  ['network.create', true, false, false, false, false, false, false],
  ['network.list', true, false, false, false, false, false, false],
  ['organisation.add', false, true, false, false, false, false, false],
  ['organisation.list', false, true, true, false, false, false, false],
  ['municipality.search', false, true, false, false, false, false, false],
  ['person.invite', false, true, false, false, false, false, false],
  ['invitation.list', false, true, false, false, false, false, false],
  ['invitation.revoke', false, true, false, false, false, false, false],
  ['membership.list', false, true, true, false, false, false, false],
  ['membership.deactivate', false, true, false, false, false, false, false],
  ['membership.admit', false, true, false, false, false, false, false],
  ['audit.read', false, true, false, false, false, false, false],
  ['programme.list', false, true, true, false, false, false, false],
  ['programme.manage', false, true, false, false, false, false, false],
  ['application.submit', false, true, true, false, false, false, false],
  ['application.list', false, true, true, false, false, false, false],
  ['application.withdraw', false, true, true, false, false, false, false],
  ['application.decline', false, true, false, false, false, false, false],
  ['visit.read', false, true, true, false, false, false, false],
  ['visit.act', false, true, true, false, false, false, false],
  ['harvest.manage', false, true, false, false, false, false, false],
  ['harvest.read', false, true, true, false, false, false, false],
  ['identityProvider.manage', false, true, false, false, false, false, false],
  ['privacy.manage', false, true, false, false, false, false, false],
  ['meeting.read', false, true, true, false, false, false, true],
  ['meeting.manage', false, true, false, false, false, false, false],
  ['track.read', false, true, true, false, false, false, true],
  ['track.manage', false, true, false, false, false, false, false],
  ['track.apply', false, true, true, false, false, false, false],
];

describe('can', () => {
  it('has a row in the table for every action', () => {
    expect(TABLE.map(([action]) => action).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(TABLE)(
    '%s: admin %s, coordinator %s, member %s, inactive coordinator %s, inactive member %s, outsider %s, facilitator %s',
    (action, a, c, m, ic, im, o, f) => {
      expect([admin, coordinator, member, inactiveCoordinator, inactiveMember, outsider, facilitator].map((actor) => can(actor, action))).toEqual([
        a,
        c,
        m,
        ic,
        im,
        o,
        f,
      ]);
    },
  );

  it('grants a facilitator nothing but reading work meetings and learning tracks (which ones is meetingRights and trackRights)', () => {
    expect(ACTIONS.filter((action) => can(facilitator, action))).toEqual(['meeting.read', 'track.read']);
  });

  it.each(TABLE)('gives an inactive facilitator nothing: %s', (action) => {
    expect(can(inactiveFacilitator, action)).toBe(false);
  });

  it.each(ACTIONS.map((action) => [action]))('gives a platform admin who is also coordinator both sets of rights: %s', (action) => {
    expect(can({ ...coordinator, isPlatformAdmin: true }, action)).toBe(true);
  });

  it.each(TABLE)('gives a platform admin who is also a member the union of both: %s', (action, a, _c, m) => {
    expect(can({ ...member, isPlatformAdmin: true }, action)).toBe(a || m);
  });

  it.each(TABLE)('gives a platform admin with an inactive membership only the admin rights: %s', (action, a) => {
    expect(can({ ...inactiveMember, isPlatformAdmin: true }, action)).toBe(a);
  });
});

describe('actorKinds', () => {
  it.each([
    [admin, ['platformAdmin', 'outsider']],
    [coordinator, ['coordinator']],
    [member, ['member']],
    [inactiveCoordinator, ['inactiveMember']],
    [inactiveMember, ['inactiveMember']],
    [outsider, ['outsider']],
    [facilitator, ['facilitator']],
    [inactiveFacilitator, ['inactiveMember']],
    [{ ...coordinator, isPlatformAdmin: true }, ['platformAdmin', 'coordinator']],
  ] as [Actor, ActorKind[]][])('%j counts as %j', (actor, kinds) => {
    expect(actorKinds(actor)).toEqual(kinds);
  });
});

describe('refusalHidesAll', () => {
  it.each([
    [facilitator, true],
    [{ ...facilitator, isPlatformAdmin: true }, true],
    [coordinator, false],
    [member, false],
    [inactiveFacilitator, false],
    [outsider, false],
    [admin, false],
  ] as [Actor, boolean][])('%j → %s', (actor, hides) => {
    expect(refusalHidesAll(actor)).toBe(hides);
  });
});

describe('permissionsTable', () => {
  it('never grants anything to an inactive member or an outsider', () => {
    for (const kinds of Object.values(permissionsTable)) {
      expect(kinds).not.toContain('inactiveMember');
      expect(kinds).not.toContain('outsider');
    }
  });
});
