import { decideOnArrival } from '../programmes/waitlist';

/**
 * Registration for a work meeting: first come, first served up to the capacity, then a waitlist;
 * a cancellation (or more capacity) promotes the oldest waiting registrations. The rules are those
 * of the programme waitlist (decideOnArrival), applied to people instead of organisations.
 */
export const REGISTRATION_STATUSES = ['REGISTERED', 'WAITLISTED', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface MeetingRegistration {
  id: string;
  status: RegistrationStatus;
  registeredAt: Date;
}

/** A new registration gets a place while REGISTERED ones are fewer than the capacity. */
export function registrationOnArrival(registeredCount: number, capacity: number): Exclude<RegistrationStatus, 'CANCELLED'> {
  return decideOnArrival(registeredCount, capacity) === 'ACCEPTED' ? 'REGISTERED' : 'WAITLISTED';
}

/** Oldest registration first, ties broken by id. */
export function byRegistration(a: MeetingRegistration, b: MeetingRegistration): number {
  const byTime = a.registeredAt.getTime() - b.registeredAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The waitlisted registrations with their 1-based positions, oldest first. */
export function meetingWaitlist(registrations: readonly MeetingRegistration[]): { id: string; position: number }[] {
  return registrations
    .filter((r) => r.status === 'WAITLISTED')
    .sort(byRegistration)
    .map((r, index) => ({ id: r.id, position: index + 1 }));
}

/** After a place is freed: the ids of the waitlisted registrations that now get a place, oldest first. */
export function promoteRegistrations(registrations: readonly MeetingRegistration[], capacity: number): string[] {
  const taken = registrations.filter((r) => r.status === 'REGISTERED').length;
  const free = Math.max(0, Math.floor(capacity) - taken);
  return meetingWaitlist(registrations)
    .slice(0, free)
    .map((p) => p.id);
}

export const MEETING_CAPACITY_MAX = 1000;
export const TABLE_CAPACITY_MAX = 100;
