import type { ApplicationStatus } from './application-lifecycle';
import { holdsPlace } from './application-lifecycle';

export interface WaitlistApplication {
  id: string;
  status: ApplicationStatus;
  submittedAt: Date;
}

/** A new application gets a place while accepted + placed applications are fewer than the places. */
export function decideOnArrival(acceptedOrPlacedCount: number, places: number): 'ACCEPTED' | 'WAITLISTED' {
  return acceptedOrPlacedCount < places ? 'ACCEPTED' : 'WAITLISTED';
}

/** Fairness is by submission time: oldest first, ties broken by id. */
export function bySubmission(a: WaitlistApplication, b: WaitlistApplication): number {
  const byTime = a.submittedAt.getTime() - b.submittedAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The waitlisted applications with their 1-based positions, oldest submission first. */
export function waitlistPositions(applications: readonly WaitlistApplication[]): { id: string; position: number }[] {
  return applications
    .filter((a) => a.status === 'WAITLISTED')
    .sort(bySubmission)
    .map((a, index) => ({ id: a.id, position: index + 1 }));
}

/**
 * After a place is released (withdrawal, decline, more places): the ids of the waitlisted
 * applications to accept, oldest first, while accepted + placed stays below the places.
 */
export function promoteAfterRelease(applications: readonly WaitlistApplication[], places: number): string[] {
  const taken = applications.filter((a) => holdsPlace(a.status)).length;
  const free = Math.max(0, Math.floor(places) - taken);
  return waitlistPositions(applications)
    .slice(0, free)
    .map((p) => p.id);
}
