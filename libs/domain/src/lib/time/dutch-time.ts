import { Temporal } from 'temporal-polyfill';

/** Every date and time in Kijkje is Dutch time; instants are stored, wall-clock times are shown. */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

/** The calendar day (YYYY-MM-DD) an instant falls on in Dutch time. */
export function dutchDay(at: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(DUTCH_TIME_ZONE).toPlainDate().toString();
}

/** The calendar day `days` days after (or, negative, before) a day. */
export function addDays(day: string, days: number): string {
  return Temporal.PlainDate.from(day).add({ days }).toString();
}

/** The last second of a day in Dutch time (23:59:59), whatever the offset is on that day. */
export function endOfDutchDay(day: string): Date {
  const zoned = Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: DUTCH_TIME_ZONE, plainTime: '23:59:59' });
  return new Date(zoned.epochMilliseconds);
}

/** The first moment of a day in Dutch time. */
export function startOfDutchDay(day: string): Date {
  return new Date(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: DUTCH_TIME_ZONE }).epochMilliseconds);
}

/** A calendar day in words, e.g. "4 december 2026" or "4 December 2026". */
export function dayInWords(day: string, language: 'nl' | 'en'): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
