import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { AMSTERDAM_VTIMEZONE } from '@kijkje/api/core';
import { DUTCH_TIME_ZONE, type Language } from '@kijkje/domain';

/** What a calendar invitation says about a visit. */
export interface CalendarVisit {
  id: string;
  host: string;
  startsOn: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  location: string;
  /** Goes up whenever the day, time or place changes (visit.calendar_sequence). */
  sequence: number;
  /** The visit page. */
  url: string;
}

/** The stable UID of a visit's calendar event: the same in every file and feed, so a calendar updates it. */
export const visitUid = (visitId: string) => `bezoek-${visitId}@kijkje`;

const TEXTS = {
  nl: { summary: (host: string) => `Kijkje: bezoek aan ${host}`, page: 'Het bezoek in Kijkje' },
  en: { summary: (host: string) => `Kijkje: visit to ${host}`, page: 'The visit in Kijkje' },
} as const;

const zoned = (at: Date) => Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(DUTCH_TIME_ZONE);

/**
 * An iCalendar file (RFC 5545) with the visits: times in Europe/Amsterdam with its VTIMEZONE, a
 * visit without times yet as an all-day event on its day, and a visit without a day left out.
 * `cancel` makes it a cancellation (RFC 5546 METHOD:CANCEL, STATUS:CANCELLED) of the same events,
 * for someone who is no longer expected: their calendar takes the visit out.
 */
export function visitCalendar(visits: readonly CalendarVisit[], language: Language, name = 'Kijkje', cancel = false): string {
  const calendar = ical({
    name,
    prodId: { company: 'Kijkje', product: 'Bezoeken', language: language.toUpperCase() },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    timezone: { name: DUTCH_TIME_ZONE, generator: () => AMSTERDAM_VTIMEZONE },
  });
  const texts = TEXTS[language];
  for (const visit of visits) {
    if (!visit.startsOn) continue;
    const timed = visit.startsAt && visit.endsAt;
    calendar.createEvent({
      id: visitUid(visit.id),
      sequence: visit.sequence,
      start: timed ? zoned(visit.startsAt!) : Temporal.PlainDate.from(visit.startsOn),
      end: timed ? zoned(visit.endsAt!) : null,
      allDay: !timed,
      timezone: timed ? DUTCH_TIME_ZONE : null,
      summary: texts.summary(visit.host),
      location: visit.location || null,
      url: visit.url,
      description: `${texts.page}: ${visit.url}`,
      ...(cancel ? { status: ICalEventStatus.CANCELLED } : {}),
    });
  }
  return calendar.toString();
}
