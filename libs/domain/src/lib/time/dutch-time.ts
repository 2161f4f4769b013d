import { Temporal } from 'temporal-polyfill';

/** Every date and time in Kijkje is Dutch time; instants are stored, wall-clock times are shown. */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

/** The calendar day (YYYY-MM-DD) an instant falls on in Dutch time. */
export function dutchDay(at: Date): string {
  // Dutch days begin on a whole minute (the offsets are whole hours): the minute decides the day.
  return dayOfInstant(Math.floor(at.getTime() / 60_000) * 60_000);
}

/**
 * Pure answers by their question, bounded: a coordinator's task list asks the same few days and
 * instants hundreds of times per request, and the time-zone arithmetic is the costly part.
 */
export function remembered<K, V>(compute: (key: K) => V, limit = 10_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}

const dayOfInstant = remembered((ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(DUTCH_TIME_ZONE).toPlainDate().toString());

/** The calendar day `days` days after (or, negative, before) a day. */
export function addDays(day: string, days: number): string {
  return dayPlus(`${day}|${days}`);
}

const dayPlus = remembered((question: string) => {
  const [day, days] = question.split('|');
  return Temporal.PlainDate.from(day)
    .add({ days: Number(days) })
    .toString();
});

/** The last second of a day in Dutch time (23:59:59), whatever the offset is on that day. */
export function endOfDutchDay(day: string): Date {
  return new Date(endOfDay(day));
}

const endOfDay = remembered(
  (day: string) => Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: DUTCH_TIME_ZONE, plainTime: '23:59:59' }).epochMilliseconds,
);

/** The first moment of a day in Dutch time. */
export function startOfDutchDay(day: string): Date {
  return new Date(startOfDay(day));
}

const startOfDay = remembered((day: string) => Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: DUTCH_TIME_ZONE }).epochMilliseconds);

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
