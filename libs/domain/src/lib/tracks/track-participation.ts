import type { Bilingual } from '../messages';
import { canTransitionApplication, type ApplicationStatus } from '../programmes/application-lifecycle';
import { decideOnArrival, promoteAfterRelease, waitlistPositions } from '../programmes/waitlist';

/**
 * A person's application to a learning track. Its life cycle is the programme application's (one
 * per person instead of one per organisation), without PLACED: SUBMITTED waits for a facilitator
 * or coordinator; accepting gives a place while there is one and otherwise the waitlist; a
 * withdrawal or decline of a participant promotes the oldest waiting application. The capacity
 * and waitlist rules are the programme's own (libs/domain/programmes/waitlist).
 */
export const PARTICIPANT_STATUSES = ['SUBMITTED', 'ACCEPTED', 'WAITLISTED', 'WITHDRAWN', 'DECLINED'] as const satisfies readonly ApplicationStatus[];
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export interface TrackApplication {
  id: string;
  status: ParticipantStatus;
  /** When the person applied: the waitlist is first come, first served. */
  submittedAt: Date;
}

export const TRACK_DECISIONS = ['ACCEPT', 'DECLINE'] as const;
export type TrackDecision = (typeof TRACK_DECISIONS)[number];

export type ParticipationViolation = 'TRANSITION_NOT_ALLOWED' | 'TRACK_FULL';

/**
 * An organiser's decision on an application. Accepting a new application when every place is
 * taken puts it on the waitlist; accepting from the waitlist needs a free place.
 */
export function decideApplication(
  current: ParticipantStatus,
  decision: TrackDecision,
  acceptedCount: number,
  capacity: number,
): { to: ParticipantStatus } | { violation: ParticipationViolation } {
  if (decision === 'DECLINE') return canTransitionApplication(current, 'DECLINED').length ? { violation: 'TRANSITION_NOT_ALLOWED' } : { to: 'DECLINED' };
  if (current === 'SUBMITTED') return { to: decideOnArrival(acceptedCount, capacity) };
  if (current === 'WAITLISTED') return acceptedCount < capacity ? { to: 'ACCEPTED' } : { violation: 'TRACK_FULL' };
  return { violation: 'TRANSITION_NOT_ALLOWED' };
}

/** The person withdraws their own application (waiting, on the waitlist or as a participant). */
export function withdrawApplication(current: ParticipantStatus): { to: 'WITHDRAWN' } | { violation: ParticipationViolation } {
  return canTransitionApplication(current, 'WITHDRAWN').length ? { violation: 'TRANSITION_NOT_ALLOWED' } : { to: 'WITHDRAWN' };
}

/** After a place is freed (a withdrawal, a decline, more capacity): the waiting applications that now get it. */
export function promoteApplications(applications: readonly TrackApplication[], capacity: number): string[] {
  return promoteAfterRelease(applications, capacity);
}

/** Waitlist positions (1-based), oldest application first. */
export function trackWaitlist(applications: readonly TrackApplication[]): Map<string, number> {
  return new Map(waitlistPositions(applications).map((p) => [p.id, p.position]));
}

/** A person may apply once per track; a withdrawn application may be made again while the track is open. */
export function mayApplyAgain(previous: ParticipantStatus | null): boolean {
  return previous === null || previous === 'WITHDRAWN';
}

export const participationMessages: Readonly<Record<ParticipationViolation | 'ALREADY_APPLIED', Bilingual>> = {
  TRANSITION_NOT_ALLOWED: {
    nl: 'Deze wijziging van de aanmelding is niet mogelijk in de huidige status.',
    en: 'This change to the application is not possible in its current status.',
  },
  TRACK_FULL: { nl: 'De leergang is vol. Er komt eerst een plaats vrij.', en: 'The track is full. A place has to come free first.' },
  ALREADY_APPLIED: { nl: 'U hebt zich al aangemeld voor deze leergang.', en: 'You have already applied for this track.' },
};
