import { can, type Action } from './permissions';
import type { Actor } from './roles';

const admin: Actor = { userId: 'a', isPlatformAdmin: true, membership: null };
const coordinator: Actor = { userId: 'c', isPlatformAdmin: false, membership: { role: 'COORDINATOR', organisationId: null, active: true } };
const member: Actor = { userId: 'm', isPlatformAdmin: false, membership: { role: 'MEMBER', organisationId: 'o', active: true } };
const inactive: Actor = { userId: 'i', isPlatformAdmin: false, membership: { role: 'COORDINATOR', organisationId: null, active: false } };
const outsider: Actor = { userId: 'x', isPlatformAdmin: false, membership: null };
const adminCoordinator: Actor = { ...coordinator, isPlatformAdmin: true };

// Every action × every kind of actor, written out: the matrix users rely on.
const TABLE: [Action, boolean, boolean, boolean, boolean, boolean][] = [
  //                       admin  coord  member inactive outsider
  ['network.create',        true,  false, false, false,   false],
  ['network.list',          true,  false, false, false,   false],
  ['organisation.add',      false, true,  false, false,   false],
  ['organisation.list',     false, true,  true,  false,   false],
  ['municipality.search',   false, true,  false, false,   false],
  ['person.invite',         false, true,  false, false,   false],
  ['invitation.list',       false, true,  false, false,   false],
  ['invitation.revoke',     false, true,  false, false,   false],
  ['membership.list',       false, true,  true,  false,   false],
  ['membership.deactivate', false, true,  false, false,   false],
  ['audit.read',            false, true,  false, false,   false],
];

describe('can', () => {
  it.each(TABLE)('%s: admin %s, coordinator %s, member %s, inactive %s, outsider %s', (action, a, c, m, i, o) => {
    expect([can(admin, action), can(coordinator, action), can(member, action), can(inactive, action), can(outsider, action)]).toEqual([a, c, m, i, o]);
  });

  it('gives a platform admin who is also a coordinator both sets of rights', () => {
    expect(can(adminCoordinator, 'network.create')).toBe(true);
    expect(can(adminCoordinator, 'person.invite')).toBe(true);
  });
});
