import { Temporal } from 'temporal-polyfill';
import { DUTCH_TIME_ZONE, addDays, dutchDay, remembered } from './dutch-time';

/** A wall-clock time of day, "HH:MM" (00:00–23:59). */
export const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type WallClockProblem = 'TIME_INVALID' | 'NONEXISTENT_TIME';

/**
 * The instant a Dutch wall-clock time on a day stands for.
 *
 * - In the hour that does not exist (the last Sunday of March, 02:00–02:59, when the clocks jump
 *   to 03:00) there is no such moment: the answer is the problem `NONEXISTENT_TIME`, never a
 *   silently shifted time.
 * - In the hour that happens twice (the last Sunday of October, 02:00–02:59) the time means its
 *   FIRST occurrence, still in summer time (+02:00): Temporal's `earlier` disambiguation. So
 *   "02:30" on 31 October 2027 is 00:30 UTC, and every conversion is deterministic.
 */
export function dutchInstant(day: string, time: string): { at: Date } | { problem: WallClockProblem } {
  if (!WALL_TIME.test(time)) return { problem: 'TIME_INVALID' };
  const wall = Temporal.PlainDateTime.from(`${day}T${time}`);
  const zoned = wall.toZonedDateTime(DUTCH_TIME_ZONE, { disambiguation: 'earlier' });
  // In the gap `earlier` moves the time back an hour; whatever reads differently did not exist.
  if (Temporal.PlainDateTime.compare(zoned.toPlainDateTime(), wall) !== 0) return { problem: 'NONEXISTENT_TIME' };
  return { at: new Date(zoned.epochMilliseconds) };
}

/** The Dutch day (YYYY-MM-DD) and wall-clock time (HH:MM) of an instant. */
export function dutchWallClock(at: Date): { day: string; time: string } {
  // Seconds do not show: the minute decides both the day and the time.
  return { ...wallClockAt(Math.floor(at.getTime() / 60_000) * 60_000) };
}

const wallClockAt = remembered((ms: number) => {
  const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(DUTCH_TIME_ZONE);
  return { day: zoned.toPlainDate().toString(), time: zoned.toPlainTime().toString({ smallestUnit: 'minute' }) };
});

/** Today in the Netherlands. */
export function dutchToday(now: Date = new Date()): string {
  return dutchDay(now);
}

export type SpanViolation = { field: 'startTime' | 'endTime'; code: WallClockProblem | 'EMPTY_SPAN' };

/**
 * A span of wall-clock times from a day: an end time earlier than the start time means the next
 * day (a visit or an agenda item may run across midnight); an end equal to the start is empty.
 * Its length is real time, so a night across a clock change is an hour shorter or longer.
 */
export function dutchSpan(day: string, startTime: string, endTime: string): { startsAt: Date; endsAt: Date } | { violations: SpanViolation[] } {
  const violations: SpanViolation[] = [];
  const start = dutchInstant(day, startTime);
  if ('problem' in start) violations.push({ field: 'startTime', code: start.problem });
  if (!WALL_TIME.test(endTime)) violations.push({ field: 'endTime', code: 'TIME_INVALID' });
  else if (endTime === startTime) violations.push({ field: 'endTime', code: 'EMPTY_SPAN' });
  else {
    const end = dutchInstant(endTime < startTime ? addDays(day, 1) : day, endTime);
    if ('problem' in end) violations.push({ field: 'endTime', code: end.problem });
    else if ('at' in start) return { startsAt: start.at, endsAt: end.at };
  }
  return { violations };
}
