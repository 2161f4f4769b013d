import { calendarFile, type CalendarEvent } from '@kijkje/api/core';
import type { Language } from '@kijkje/domain';
import type { CalendarSessionRow } from './track-calendar.queries';

/** The stable UID of a session's event: the same in every mail, file and feed, so a calendar updates it. */
export const sessionUid = (sessionId: string) => `leergang-bijeenkomst-${sessionId}@kijkje`;

/** The track's page, where its schedule is. */
export const trackPath = (trackId: string) => `/leergangen/${trackId}`;

/** A session of a track as a calendar event, with the SEQUENCE this person's calendar must see as newer. */
export function sessionEvent(
  track: { title: string },
  session: Pick<CalendarSessionRow, 'id' | 'title' | 'startsAt' | 'endsAt' | 'place'>,
  url: string,
  language: Language,
  sequence: number,
  cancelled = false,
): CalendarEvent {
  const page = language === 'en' ? 'The learning track in Kijkje' : 'De leergang in Kijkje';
  return {
    uid: sessionUid(session.id),
    sequence,
    start: new Date(session.startsAt),
    end: new Date(session.endsAt),
    summary: `Kijkje: ${session.title} (${track.title})`,
    location: session.place,
    url,
    description: `${page}: ${url}`,
    cancelled,
  };
}

/** How a session's calendar file is made and named, in a mail. */
export const TRACK_FILES = (language: Language) => ({ product: 'Leergangen', language, basename: 'kijkje-leergang' });

/** Sessions of a track as one iCalendar file to download (the whole schedule, or one session), in Dutch time: a publication of the events. */
export function trackSessionsCalendar(events: CalendarEvent[], language: Language): string {
  return calendarFile(events, { product: TRACK_FILES(language).product, language, method: 'PUBLISH' });
}
