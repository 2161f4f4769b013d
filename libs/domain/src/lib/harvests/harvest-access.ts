import { can } from '../permissions';
import type { Actor } from '../roles';
import type { HarvestVisibility } from './harvest-lifecycle';

/**
 * Who is reading, as the harvest rules distinguish it. Anyone who is not an active member of the
 * harvest's network (no session, another network, a deactivated membership, a platform admin
 * without a membership) is a public visitor; so is a facilitator, who sees nothing of the
 * network's peer review beyond what the public sees.
 */
export type HarvestReader = { kind: 'coordinator'; networkId: string } | { kind: 'member'; networkId: string } | { kind: 'public' };

/** The draft of a harvest, or one published version (visibility is frozen with the version). */
export type HarvestReadTarget = { networkId: string; state: 'DRAFT' } | { networkId: string; state: 'PUBLISHED'; visibility: HarvestVisibility };

/** The reader for the session's actor in the session's current network; null for no session. */
export function harvestReader(actor: Actor | null, currentNetworkId: string | null): HarvestReader {
  const membership = actor?.membership;
  if (!actor || !membership || !membership.active || currentNetworkId === null || !can(actor, 'harvest.read')) return { kind: 'public' };
  return { kind: membership.role === 'COORDINATOR' ? 'coordinator' : 'member', networkId: currentNetworkId };
}

/**
 * DOMAIN.md, "Who may see what": a draft only for the network's coordinators; a NETWORK version
 * for everyone in the network; a PUBLIC version for everyone. Another network's draft or NETWORK
 * version is never readable, whatever the role; the API answers not-found.
 */
export function canReadHarvest(reader: HarvestReader, target: HarvestReadTarget): boolean {
  const inNetwork = reader.kind !== 'public' && reader.networkId === target.networkId;
  if (target.state === 'DRAFT') return inNetwork && reader.kind === 'coordinator';
  return target.visibility === 'PUBLIC' || inNetwork;
}
