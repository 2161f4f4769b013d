import { can } from '../permissions';
import type { Role } from '../roles';
import type { TrackStatus } from './track-lifecycle';
import { withdrawApplication, type ParticipantStatus } from './track-participation';

/** A learning track where a person has a part, as it stood before how they stand to its network changed. */
export interface TrackPart {
  status: TrackStatus;
  /** Assigned to it as one of its facilitators. */
  facilitator: boolean;
  /** Their own application, if any. */
  participation: ParticipantStatus | null;
}

/** What of their part in the track ends. */
export interface TrackPartsEnding {
  facilitator: boolean;
  /** Their application, waitlist place or place is withdrawn, as if they withdrew it themselves. */
  participation: boolean;
}

/**
 * What of a person's part in a learning track ends when how they stand to its network changes:
 * their role changes (`role`, the new one) or their membership ends (`role` null). At a track that
 * has not closed (a closed one keeps who ran it and who took part, with their portfolios):
 * - running it, unless they are a facilitator still: only the network's facilitators are assigned,
 *   and the cases of the cohort are the facilitators' to read;
 * - their application or place, unless they may still apply (track.apply: a member or coordinator,
 *   never a facilitator): it is withdrawn, which frees the place for the oldest waiting application.
 */
export function trackPartsEnding(role: Role | null, part: TrackPart): TrackPartsEnding {
  if (part.status === 'CLOSED') return { facilitator: false, participation: false };
  const mayApply = role !== null && can({ userId: '', isPlatformAdmin: false, membership: { role, organisationId: null, active: true } }, 'track.apply');
  const withdrawable = part.participation !== null && !('violation' in withdrawApplication(part.participation));
  return { facilitator: part.facilitator && role !== 'FACILITATOR', participation: withdrawable && !mayApply };
}
