import type { Actor } from './roles';

export type Action =
  | 'network.create'
  | 'network.list'
  | 'organisation.add'
  | 'organisation.list'
  | 'municipality.search'
  | 'person.invite'
  | 'invitation.list'
  | 'invitation.revoke'
  | 'membership.list'
  | 'membership.deactivate'
  | 'audit.read';

export type ActorKind = 'platformAdmin' | 'coordinator' | 'member' | 'inactiveMember' | 'outsider';

/** Who may do what: the single source of the permission matrix. */
export const permissionsTable: Record<Action, readonly ActorKind[]> = {
  'network.create': ['platformAdmin'],
  'network.list': ['platformAdmin'],
  'organisation.add': ['coordinator'],
  'organisation.list': ['coordinator', 'member'],
  'municipality.search': ['coordinator'],
  'person.invite': ['coordinator'],
  'invitation.list': ['coordinator'],
  'invitation.revoke': ['coordinator'],
  'membership.list': ['coordinator', 'member'],
  'membership.deactivate': ['coordinator'],
  'audit.read': ['coordinator'],
};

/** The kinds an actor counts as: a platform admin may also be a member of the current network. */
export function actorKinds(actor: Actor): ActorKind[] {
  const kinds: ActorKind[] = [];
  if (actor.isPlatformAdmin) kinds.push('platformAdmin');
  const m = actor.membership;
  if (!m) kinds.push('outsider');
  else if (!m.active) kinds.push('inactiveMember');
  else kinds.push(m.role === 'COORDINATOR' ? 'coordinator' : 'member');
  return kinds;
}

export function can(actor: Actor, action: Action): boolean {
  const allowed = permissionsTable[action];
  return actorKinds(actor).some((kind) => allowed.includes(kind));
}
