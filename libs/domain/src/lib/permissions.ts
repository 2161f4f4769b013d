import type { Actor, Role } from './roles';

/** Everything a person can try to do in this stage of the product. */
export const ACTIONS = [
  'network.create',
  'network.list',
  'organisation.add',
  'organisation.list',
  'municipality.search',
  'person.invite',
  'invitation.list',
  'invitation.revoke',
  'membership.list',
  'membership.deactivate',
  'membership.admit',
  'audit.read',
  'programme.list',
  'programme.manage',
  'application.submit',
  'application.list',
  'application.withdraw',
  'application.decline',
  'visit.read',
  'visit.act',
  'harvest.manage',
  'harvest.read',
  'identityProvider.manage',
  'privacy.manage',
  'meeting.read',
  'meeting.manage',
  'track.read',
  'track.manage',
  'track.apply',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * The kinds of actor the rules distinguish. A platform admin counts as `platformAdmin` and, in the
 * current network, also as one of the other kinds (usually `outsider`). A `facilitator` is in the
 * network only for the learning tracks and work meetings they run: nothing of peer review is granted to them.
 */
export const ACTOR_KINDS = ['platformAdmin', 'coordinator', 'member', 'facilitator', 'inactiveMember', 'outsider'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Who may do what: the single source of the permission matrix. */
export const permissionsTable: Readonly<Record<Action, readonly ActorKind[]>> = {
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
  'membership.admit': ['coordinator'],
  'audit.read': ['coordinator'],
  'programme.list': ['coordinator', 'member'],
  'programme.manage': ['coordinator'],
  // Applying speaks for an organisation: the service also requires the actor to have one.
  'application.submit': ['coordinator', 'member'],
  // Members see and withdraw only their own organisation's applications (checked in the service).
  'application.list': ['coordinator', 'member'],
  'application.withdraw': ['coordinator', 'member'],
  'application.decline': ['coordinator'],
  // Visits and findings: who stands how to a visit is decided per visit by visitRights and findingRights.
  'visit.read': ['coordinator', 'member'],
  'visit.act': ['coordinator', 'member'],
  // Drafts are the coordinators'; published versions are for the whole network (canReadHarvest).
  'harvest.manage': ['coordinator'],
  'harvest.read': ['coordinator', 'member'],
  // Single sign-on and whether passwords may still be used: the network's coordinators.
  'identityProvider.manage': ['coordinator'],
  // The retention of visit material and the processing overview: the network's coordinators.
  'privacy.manage': ['coordinator'],
  // Work meetings: the network's members take part; who does what per meeting and table is meetingRights and tableRights.
  // A facilitator reaches only the meetings they are assigned to (meetingRights), never the others.
  'meeting.read': ['coordinator', 'member', 'facilitator'],
  'meeting.manage': ['coordinator'],
  // Learning tracks: which tracks a person sees and what they do in one is trackRights (per track);
  // a facilitator reaches only the tracks they are assigned to. Participants are people, not organisations.
  'track.read': ['coordinator', 'member', 'facilitator'],
  'track.manage': ['coordinator'],
  'track.apply': ['coordinator', 'member'],
};

const KIND_OF_ROLE = { COORDINATOR: 'coordinator', MEMBER: 'member', FACILITATOR: 'facilitator' } as const satisfies Record<Role, ActorKind>;

/** The kinds an actor counts as: a platform admin may also hold a membership in the current network. */
export function actorKinds(actor: Actor): ActorKind[] {
  const kinds: ActorKind[] = [];
  if (actor.isPlatformAdmin) kinds.push('platformAdmin');
  const m = actor.membership;
  if (!m) kinds.push('outsider');
  else if (!m.active) kinds.push('inactiveMember');
  else kinds.push(KIND_OF_ROLE[m.role]);
  return kinds;
}

/** May this actor do this action (in the current network, where it concerns one)? */
export function can(actor: Actor, action: Action): boolean {
  const allowed = permissionsTable[action];
  return actorKinds(actor).some((kind) => allowed.includes(kind));
}

/**
 * Whether a refusal reads as not-found even where the caller is in the network. A facilitator
 * learns nothing of the network's peer review, not even which of its operations exist for others:
 * every refusal they meet is the one a stranger would meet (DOMAIN.md, "a denial looks like not found").
 */
export function refusalHidesAll(actor: Actor): boolean {
  return actorKinds(actor).includes('facilitator');
}
