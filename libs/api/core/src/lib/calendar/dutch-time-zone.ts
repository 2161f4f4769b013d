import { DUTCH_TIME_ZONE } from '@kijkje/domain';

/**
 * The rules of Dutch time since 1996 (Europe/Amsterdam) as an iCalendar VTIMEZONE, so a calendar
 * reads the times in a file (a visit, a work meeting) as Dutch wall-clock times without a time
 * zone database of its own. For ical-generator's `timezone.generator`.
 */
export const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${DUTCH_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');
