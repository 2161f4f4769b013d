import type { Bilingual } from '../messages';
import { addDays } from '../time/dutch-time';
import { dutchSpan, dutchWallClock, type SpanViolation, WALL_TIME } from '../time/wall-clock';
import { checkAgenda, sortAgenda, type AgendaItem, type AgendaViolation } from './preparation';

/** When a visit takes place, as the host plans it: a Dutch day and wall-clock start and end. */
export interface VisitTimes {
  day: string;
  startTime: string;
  endTime: string;
}

export type VisitTimeViolation = { field: 'startsOn' | 'startTime' | 'endTime'; code: SpanViolation['code'] | 'DAY_IN_PAST' | 'TIME_WITHOUT_DAY' };

/**
 * The visit's instants from its planned times (see dutchSpan: an end earlier than the start is
 * the next day), or why they cannot be. A day in the past is refused when the host changes the day
 * to it; a day that stays what it was is kept, whatever today is.
 */
export function visitSpan(
  times: VisitTimes,
  context: { today: string; previousDay: string | null },
): { startsAt: Date; endsAt: Date } | { violations: VisitTimeViolation[] } {
  const violations: VisitTimeViolation[] = [];
  if (pastDay(times.day, context)) violations.push({ field: 'startsOn', code: 'DAY_IN_PAST' });
  const span = dutchSpan(times.day, times.startTime, times.endTime);
  if ('violations' in span) return { violations: [...violations, ...span.violations] };
  return violations.length ? { violations } : span;
}

/** A new day before today: planning the visit in the past makes no sense. */
export function pastDay(day: string | null, { today, previousDay }: { today: string; previousDay: string | null }): boolean {
  return day !== null && day !== previousDay && day < today;
}

/** Whether an item time lies on the day after the visit day: only in a visit across midnight, before its start time. */
function nextDay(time: string, visit: Pick<VisitTimes, 'startTime' | 'endTime'>): boolean {
  return visit.endTime < visit.startTime && time < visit.startTime;
}

/** Agenda items in the order of the visit: in a visit across midnight, the small hours come last. */
export function sortTimedAgenda<T extends AgendaItem>(items: readonly T[], visit: Pick<VisitTimes, 'startTime' | 'endTime'> | null): T[] {
  if (!visit) return sortAgenda(items);
  const key = (time: string) => (nextDay(time, visit) ? `1${time}` : `0${time}`);
  return [...items].sort((a, b) => key(a.startTime).localeCompare(key(b.startTime)) || key(a.endTime).localeCompare(key(b.endTime)));
}

/**
 * Checks an agenda against its visit. Without visit times the old rule holds (each item ends
 * after it starts on the same day). With them, an item's time before the visit's start time lies
 * on the next day, an item whose end is earlier than its start runs across midnight, and every
 * item lies inside the visit, without overlaps, on times that exist.
 */
export function checkTimedAgenda(items: readonly AgendaItem[], visit: VisitTimes | null): AgendaViolation[] {
  if (!visit) return checkAgenda(items);
  const span = dutchSpan(visit.day, visit.startTime, visit.endTime);
  if ('violations' in span) return checkAgenda(items);
  const violations: AgendaViolation[] = [];
  const placed: { index: number; from: number; to: number }[] = [];
  items.forEach((item, index) => {
    if (item.topic.trim() === '') violations.push({ index, field: 'topic', code: 'TOPIC_REQUIRED' });
    if (!WALL_TIME.test(item.startTime)) violations.push({ index, field: 'startTime', code: 'TIME_INVALID' });
    if (!WALL_TIME.test(item.endTime)) violations.push({ index, field: 'endTime', code: 'TIME_INVALID' });
    if (!WALL_TIME.test(item.startTime) || !WALL_TIME.test(item.endTime)) return;
    const day = nextDay(item.startTime, visit) ? addDays(visit.day, 1) : visit.day;
    const own = dutchSpan(day, item.startTime, item.endTime);
    if ('violations' in own) {
      for (const v of own.violations) violations.push({ index, field: v.field, code: v.code === 'EMPTY_SPAN' ? 'END_BEFORE_START' : v.code });
      return;
    }
    const from = own.startsAt.getTime();
    const to = own.endsAt.getTime();
    if (from < span.startsAt.getTime() || from >= span.endsAt.getTime()) violations.push({ index, field: 'startTime', code: 'OUTSIDE_VISIT' });
    else if (to > span.endsAt.getTime()) violations.push({ index, field: 'endTime', code: 'OUTSIDE_VISIT' });
    else placed.push({ index, from, to });
  });
  placed.sort((a, b) => a.from - b.from);
  for (let i = 1; i < placed.length; i++) {
    if (placed[i].from < placed[i - 1].to) violations.push({ index: placed[i].index, field: 'startTime', code: 'OVERLAP' });
  }
  return violations;
}

/** The visit's instants, when it has a day and both times that exist. */
export function visitInstants(visit: VisitTimes | null): { startsAt: Date; endsAt: Date } | null {
  if (!visit) return null;
  const span = dutchSpan(visit.day, visit.startTime, visit.endTime);
  return 'violations' in span ? null : span;
}

export const visitTimeViolationMessages: Readonly<Record<VisitTimeViolation['code'], Bilingual>> = {
  TIME_INVALID: { nl: 'Vul een tijd in als 09:30.', en: 'Enter a time such as 09:30.' },
  NONEXISTENT_TIME: {
    nl: 'Deze tijd bestaat niet op deze dag: de klok gaat van 02:00 naar 03:00 (zomertijd). Kies een andere tijd.',
    en: 'This time does not exist on this day: the clocks go from 02:00 to 03:00 (summer time). Choose another time.',
  },
  EMPTY_SPAN: { nl: 'De eindtijd is gelijk aan de begintijd.', en: 'The end time is the same as the start time.' },
  DAY_IN_PAST: { nl: 'Deze datum ligt in het verleden. Kies een dag vanaf vandaag.', en: 'This date is in the past. Choose a day from today.' },
  TIME_WITHOUT_DAY: { nl: 'Kies eerst de datum van het bezoek.', en: 'First choose the date of the visit.' },
};

/** The planned times of a stored visit (its instants read back as Dutch wall-clock time). */
export function visitTimesOf(visit: { startsOn: string | null; startsAt: Date | null; endsAt: Date | null }): VisitTimes | null {
  if (!visit.startsOn || !visit.startsAt || !visit.endsAt) return null;
  return { day: visit.startsOn, startTime: dutchWallClock(visit.startsAt).time, endTime: dutchWallClock(visit.endsAt).time };
}
