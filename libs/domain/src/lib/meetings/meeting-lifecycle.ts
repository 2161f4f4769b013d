import type { Bilingual } from '../messages';

/**
 * A work meeting (werkbijeenkomst): drafted by the coordinator, opened for registration, held
 * (registration closed, the tables work), and finished with a published report. A meeting that is
 * not yet held can be cancelled.
 */
export const MEETING_STATUSES = ['DRAFT', 'OPEN', 'HELD', 'REPORT_PUBLISHED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_TRANSITIONS = ['open', 'hold', 'publishReport', 'cancel'] as const;
export type MeetingTransition = (typeof MEETING_TRANSITIONS)[number];

const NEXT: Readonly<Record<MeetingTransition, { from: readonly MeetingStatus[]; to: MeetingStatus }>> = {
  open: { from: ['DRAFT'], to: 'OPEN' },
  hold: { from: ['OPEN'], to: 'HELD' },
  publishReport: { from: ['HELD'], to: 'REPORT_PUBLISHED' },
  cancel: { from: ['DRAFT', 'OPEN'], to: 'CANCELLED' },
};

/** The status after the transition, or null when the transition is not allowed from this status. */
export function meetingTransition(status: MeetingStatus, transition: MeetingTransition): MeetingStatus | null {
  const rule = NEXT[transition];
  return rule.from.includes(status) ? rule.to : null;
}

export function isMeetingStatus(value: unknown): value is MeetingStatus {
  return typeof value === 'string' && (MEETING_STATUSES as readonly string[]).includes(value);
}

/** Details (title, place, tables, programme) may change until the meeting is held. */
export function meetingEditable(status: MeetingStatus): boolean {
  return status === 'DRAFT' || status === 'OPEN';
}

/** Members may register or cancel only while the meeting is open. */
export function registrationOpen(status: MeetingStatus): boolean {
  return status === 'OPEN';
}

/** The tables work (cards, clustering, yields) while open (the meeting day) and once held, until the report is out. */
export function tablesWorking(status: MeetingStatus): boolean {
  return status === 'OPEN' || status === 'HELD';
}

export const meetingStatusLabels: Readonly<Record<MeetingStatus, Bilingual>> = {
  DRAFT: { nl: 'Concept', en: 'Draft' },
  OPEN: { nl: 'Open voor aanmelding', en: 'Open for registration' },
  HELD: { nl: 'Gehouden', en: 'Held' },
  REPORT_PUBLISHED: { nl: 'Verslag gepubliceerd', en: 'Report published' },
  CANCELLED: { nl: 'Geannuleerd', en: 'Cancelled' },
};
