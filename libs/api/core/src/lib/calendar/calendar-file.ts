import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { DUTCH_TIME_ZONE, type CalendarMessage, type Language } from '@kijkje/domain';
import { AMSTERDAM_VTIMEZONE } from './dutch-time-zone';

/** One event of a calendar file: a visit, a work meeting, a session of a learning track. */
export interface CalendarEvent {
  /** Stable across files, mails and feeds, so a calendar updates the event instead of adding it again. */
  uid: string;
  /** RFC 5546: a calendar keeps the event with the highest SEQUENCE it was given. */
  sequence: number;
  /** A timed event's start and end; an all-day event has its day (YYYY-MM-DD) and no end. */
  start: Date | string;
  end: Date | null;
  summary: string;
  location: string;
  /** Its page in Kijkje. */
  url: string;
  description: string;
  /** A cancelled event (STATUS:CANCELLED), in a cancellation or in a file that still lists it. */
  cancelled?: boolean;
}

const zoned = (at: Date) => Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(DUTCH_TIME_ZONE);

/**
 * An iCalendar file (RFC 5545) with Kijkje's events: timed events in Europe/Amsterdam with its
 * VTIMEZONE, so a calendar reads them as Dutch wall-clock times. `method` CANCEL makes it a
 * cancellation (RFC 5546) of the same events: every event in it is cancelled.
 */
export function calendarFile(events: readonly CalendarEvent[], o: { product: string; language: Language; name?: string; method?: CalendarMessage }): string {
  const cancel = o.method === 'CANCEL';
  const calendar = ical({
    name: o.name ?? 'Kijkje',
    prodId: { company: 'Kijkje', product: o.product, language: o.language.toUpperCase() },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    timezone: { name: DUTCH_TIME_ZONE, generator: () => AMSTERDAM_VTIMEZONE },
  });
  for (const e of events) {
    const timed = e.start instanceof Date;
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      start: timed ? zoned(e.start as Date) : Temporal.PlainDate.from(e.start as string),
      end: timed && e.end ? zoned(e.end) : null,
      allDay: !timed,
      timezone: timed ? DUTCH_TIME_ZONE : null,
      summary: e.summary,
      location: e.location || null,
      url: e.url,
      description: e.description,
      ...(cancel || e.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
    });
  }
  return calendar.toString();
}

/** A calendar file attached to a mail. */
export interface CalendarAttachment {
  filename: string;
  content: string;
  contentType: string;
}

/**
 * The calendar files of a mail (iMIP): one per event. An iTIP message (RFC 5546) that has a METHOD
 * carries the components of one UID only, and mail calendars (Outlook, Gmail) take only the first
 * event of a file with more; so a mail about several appointments attaches a file for each, every
 * one with the METHOD (the invitation or the cancellation), its own UID and SEQUENCE. The download
 * of a whole schedule (calendarFile without a mail) may hold several events.
 */
export function calendarAttachments(
  events: readonly CalendarEvent[],
  method: CalendarMessage,
  o: { product: string; language: Language; basename: string },
): CalendarAttachment[] {
  const suffix = method === 'CANCEL' ? '-vervalt' : '';
  return events.map((event, i) => ({
    filename: `${o.basename}${events.length > 1 ? `-${i + 1}` : ''}${suffix}.ics`,
    content: calendarFile([event], { product: o.product, language: o.language, method }),
    contentType: `text/calendar; charset=utf-8; method=${method}`,
  }));
}
