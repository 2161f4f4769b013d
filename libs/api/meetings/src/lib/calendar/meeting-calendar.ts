import { calendarFile, type CalendarEvent } from '@kijkje/api/core';
import type { Language } from '@kijkje/domain';
import type { MeetingRow } from '../meetings.queries';

/** The stable UID of a meeting's event, so importing the file again updates it (SEQUENCE follows the meeting's version). */
export const meetingUid = (meetingId: string) => `bijeenkomst-${meetingId}@kijkje`;

/** What a meeting's calendar event says; a cancelled meeting's event is cancelled. */
export function meetingEvent(
  meeting: Pick<MeetingRow, 'id' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'onlineLink' | 'status'>,
  url: string,
  language: Language,
  sequence: number,
): CalendarEvent {
  const page = language === 'en' ? 'The meeting in Kijkje' : 'De bijeenkomst in Kijkje';
  return {
    uid: meetingUid(meeting.id),
    sequence,
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    summary: `Kijkje: ${meeting.title}`,
    location: meeting.place || meeting.onlineLink,
    url,
    description: `${page}: ${url}${meeting.onlineLink ? `\n${meeting.onlineLink}` : ''}`,
    cancelled: meeting.status === 'CANCELLED',
  };
}

/** How a meeting's calendar files are made and named, in a mail. */
export const MEETING_FILES = (language: Language) => ({ product: 'Werkbijeenkomsten', language, basename: 'kijkje-bijeenkomst' });

/**
 * A meeting as an iCalendar file (RFC 5545) to download, in Dutch time; a cancelled meeting as a
 * cancellation of the same event. `sequence` (default: the meeting's version) is never below what
 * the person's calendar got by mail (nextCalendarSequence).
 */
export function meetingCalendar(meeting: MeetingRow, url: string, language: Language, options: { sequence?: number } = {}): string {
  return calendarFile([meetingEvent(meeting, url, language, options.sequence ?? meeting.version)], {
    product: MEETING_FILES(language).product,
    language,
    method: meeting.status === 'CANCELLED' ? 'CANCEL' : 'PUBLISH',
  });
}
