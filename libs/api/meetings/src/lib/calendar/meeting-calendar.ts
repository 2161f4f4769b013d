import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { AMSTERDAM_VTIMEZONE } from '@kijkje/api/core';
import { DUTCH_TIME_ZONE, type Language } from '@kijkje/domain';
import type { MeetingRow } from '../meetings.queries';

const zoned = (at: Date) => Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(DUTCH_TIME_ZONE);

/** The stable UID of a meeting's event, so importing the file again updates it (SEQUENCE follows the meeting's version). */
export const meetingUid = (meetingId: string) => `bijeenkomst-${meetingId}@kijkje`;

/**
 * A meeting as an iCalendar file (RFC 5545), in Dutch time; a cancelled meeting as a cancellation
 * of the same event. `sequence` (default: the meeting's version) is what one person's calendar
 * must see as newer than what it has (nextCalendarSequence); `cancel` cancels the event for
 * someone who gave up their place (RFC 5546 METHOD:CANCEL).
 */
export function meetingCalendar(meeting: MeetingRow, url: string, language: Language, options: { sequence?: number; cancel?: boolean } = {}): string {
  const cancelled = meeting.status === 'CANCELLED' || options.cancel === true;
  const calendar = ical({
    name: 'Kijkje',
    prodId: { company: 'Kijkje', product: 'Werkbijeenkomsten', language: language.toUpperCase() },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    timezone: { name: DUTCH_TIME_ZONE, generator: () => AMSTERDAM_VTIMEZONE },
  });
  const page = language === 'en' ? 'The meeting in Kijkje' : 'De bijeenkomst in Kijkje';
  calendar.createEvent({
    id: meetingUid(meeting.id),
    sequence: options.sequence ?? meeting.version,
    start: zoned(meeting.startsAt),
    end: zoned(meeting.endsAt),
    timezone: DUTCH_TIME_ZONE,
    summary: `Kijkje: ${meeting.title}`,
    location: meeting.place || meeting.onlineLink || null,
    url,
    description: `${page}: ${url}${meeting.onlineLink ? `\n${meeting.onlineLink}` : ''}`,
    ...(cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
  });
  return calendar.toString();
}
