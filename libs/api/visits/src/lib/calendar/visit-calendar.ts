import { calendarFile, type CalendarEvent } from '@kijkje/api/core';
import type { Language } from '@kijkje/domain';

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

/** The visits as calendar events: a visit without times yet as an all-day event on its day, a visit without a day left out. */
export function visitEvents(visits: readonly CalendarVisit[], language: Language): CalendarEvent[] {
  const texts = TEXTS[language];
  return visits
    .filter((visit) => visit.startsOn)
    .map((visit) => {
      const timed = visit.startsAt && visit.endsAt;
      return {
        uid: visitUid(visit.id),
        sequence: visit.sequence,
        start: timed ? visit.startsAt! : visit.startsOn!,
        end: timed ? visit.endsAt : null,
        summary: texts.summary(visit.host),
        location: visit.location,
        url: visit.url,
        description: `${texts.page}: ${visit.url}`,
      };
    });
}

/** How a visit's calendar file is made and named, in a mail. */
export const VISIT_FILES = (language: Language) => ({ product: 'Bezoeken', language, basename: 'kijkje-bezoek' });

/** An iCalendar file (RFC 5545) with the visits, in Dutch time (calendarFile), to download. */
export function visitCalendar(visits: readonly CalendarVisit[], language: Language): string {
  return calendarFile(visitEvents(visits, language), { product: VISIT_FILES(language).product, language });
}
