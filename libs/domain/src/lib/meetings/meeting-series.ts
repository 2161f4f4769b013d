import type { Bilingual } from '../messages';
import type { MeetingStatus } from './meeting-lifecycle';

/**
 * A series of work meetings (Delft in December, Utrecht in June, …): each meeting may name the
 * next one, which is later, at another host organisation, and follows no other meeting of the
 * series. So a series is a plain line of meetings, never a loop or a fork. Both ends are
 * announced (no draft): the whole network sees a series.
 */
export interface SeriesMeeting {
  id: string;
  hostOrganisationId: string | null;
  startsAt: Date;
  status: MeetingStatus;
}

export const NEXT_MEETING_VIOLATIONS = ['SAME_MEETING', 'NOT_ANNOUNCED', 'CANCELLED', 'NO_HOST', 'SAME_HOST', 'NOT_LATER', 'ALREADY_FOLLOWS'] as const;
export type NextMeetingViolation = (typeof NEXT_MEETING_VIOLATIONS)[number];

/**
 * Why `next` cannot be the meeting after `current`; null when it can. `previousOfNext` is the
 * meeting that names `next` already (null when none).
 */
export function nextMeetingProblem(current: SeriesMeeting, next: SeriesMeeting, previousOfNext: string | null): NextMeetingViolation | null {
  if (next.id === current.id) return 'SAME_MEETING';
  if (next.status === 'DRAFT') return 'NOT_ANNOUNCED';
  if (next.status === 'CANCELLED') return 'CANCELLED';
  if (next.hostOrganisationId === null) return 'NO_HOST';
  if (next.hostOrganisationId === current.hostOrganisationId) return 'SAME_HOST';
  if (next.startsAt.getTime() <= current.startsAt.getTime()) return 'NOT_LATER';
  if (previousOfNext !== null && previousOfNext !== current.id) return 'ALREADY_FOLLOWS';
  return null;
}

export const nextMeetingMessages: Readonly<Record<NextMeetingViolation, Bilingual>> = {
  SAME_MEETING: { nl: 'Een bijeenkomst kan niet op zichzelf volgen.', en: 'A meeting cannot follow itself.' },
  NOT_ANNOUNCED: {
    nl: 'Deze bijeenkomst is nog een concept. Open haar eerst voor aanmelding.',
    en: 'This meeting is still a draft. Open it for registration first.',
  },
  CANCELLED: { nl: 'Deze bijeenkomst is geannuleerd.', en: 'This meeting has been cancelled.' },
  NO_HOST: {
    nl: 'De volgende bijeenkomst heeft nog geen gastorganisatie. Kies die eerst.',
    en: 'The next meeting has no host organisation yet. Choose one first.',
  },
  SAME_HOST: {
    nl: 'De volgende bijeenkomst is bij een andere gastorganisatie.',
    en: 'The next meeting is hosted by another organisation.',
  },
  NOT_LATER: { nl: 'De volgende bijeenkomst begint na deze.', en: 'The next meeting starts after this one.' },
  ALREADY_FOLLOWS: {
    nl: 'Deze bijeenkomst volgt al op een andere bijeenkomst.',
    en: 'This meeting already follows another meeting.',
  },
};

/**
 * The series among the given meetings: each a line of ids from first to last, of two meetings
 * or more, the series starting earliest first. Links to meetings not given (a draft the reader
 * does not see) end a line there.
 */
export function meetingSeries(meetings: readonly { id: string; startsAt: Date; nextMeetingId: string | null }[]): string[][] {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const followed = new Set(meetings.map((m) => m.nextMeetingId).filter((id): id is string => id !== null && byId.has(id)));
  const lines: string[][] = [];
  // The rules make loops and forks impossible; a meeting placed once keeps a broken row from hanging or doubling a page.
  const placed = new Set<string>();
  for (const first of [...meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    if (followed.has(first.id)) continue;
    const line = [first.id];
    placed.add(first.id);
    let at = first.nextMeetingId ? byId.get(first.nextMeetingId) : undefined;
    while (at && !placed.has(at.id)) {
      line.push(at.id);
      placed.add(at.id);
      at = at.nextMeetingId ? byId.get(at.nextMeetingId) : undefined;
    }
    if (line.length > 1) lines.push(line);
  }
  const start = (line: string[]) => byId.get(line[0])!.startsAt.getTime();
  return lines.sort((a, b) => start(a) - start(b));
}
