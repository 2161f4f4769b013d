import { toLang } from '@kijkje/web/ui';

/** One session of a track as a calendar file (iCalendar), in the reader's language. */
export function sessionCalendarHref(sessionId: string, lang: string): string {
  return `/export/agenda/leergang-bijeenkomst/${encodeURIComponent(sessionId)}.ics?taal=${toLang(lang)}`;
}

/** The whole schedule of a track as a calendar file, in the reader's language. */
export function scheduleCalendarHref(trackId: string, lang: string): string {
  return `/export/agenda/leergang/${encodeURIComponent(trackId)}.ics?taal=${toLang(lang)}`;
}
