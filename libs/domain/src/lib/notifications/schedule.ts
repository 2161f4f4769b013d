import { Temporal } from 'temporal-polyfill';

const ZONE = 'Europe/Amsterdam';

/** The hour (Dutch time) the daily digest goes out. */
export const DIGEST_HOUR = 7;

/**
 * The first moment after `after` that is `hour`:00 in the Netherlands, across daylight-saving
 * changes: the next run of a daily job.
 */
export function nextDailyAt(after: Date, hour: number): Date {
  const local = Temporal.Instant.fromEpochMilliseconds(after.getTime()).toZonedDateTimeISO(ZONE);
  let at = local.with({ hour, minute: 0, second: 0, millisecond: 0, microsecond: 0, nanosecond: 0 });
  if (Temporal.ZonedDateTime.compare(at, local) <= 0) at = at.add({ days: 1 }).with({ hour });
  return new Date(at.epochMilliseconds);
}
