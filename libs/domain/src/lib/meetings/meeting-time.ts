import { dutchSpan, type SpanViolation } from '../time/wall-clock';
import type { Bilingual } from '../messages';
import { materialExpiresAt } from '../privacy/retention';

/** When a meeting takes place: a Dutch day with wall-clock start and end (Europe/Amsterdam), as visits do. */
export interface MeetingTimes {
  day: string;
  startTime: string;
  endTime: string;
}

export type MeetingTimeViolation = { field: 'day' | 'startTime' | 'endTime'; code: SpanViolation['code'] | 'DAY_IN_PAST' };

/** The meeting's instants, or why they cannot be; a day before today is refused unless it is unchanged. */
export function meetingSpan(
  times: MeetingTimes,
  context: { today: string; previousDay: string | null },
): { startsAt: Date; endsAt: Date } | { violations: MeetingTimeViolation[] } {
  const violations: MeetingTimeViolation[] = [];
  if (times.day !== context.previousDay && times.day < context.today) violations.push({ field: 'day', code: 'DAY_IN_PAST' });
  const span = dutchSpan(times.day, times.startTime, times.endTime);
  if ('violations' in span) return { violations: [...violations, ...span.violations] };
  return violations.length ? { violations } : span;
}

/** What a meeting's or a track session's times field says when meetingSpan refuses it. */
export function meetingTimeMessage(violation: MeetingTimeViolation): Bilingual {
  return violation.code === 'DAY_IN_PAST'
    ? { nl: 'Kies een dag vanaf vandaag.', en: 'Choose a day from today on.' }
    : { nl: 'Deze tijd klopt niet (de eindtijd ligt na de begintijd).', en: 'This time is not valid (the end comes after the start).' };
}

/**
 * Cards and registrations of a meeting are personal data: they go once the network's retention
 * has passed since the meeting ended (the meeting itself, its programme and tables stay).
 */
export function meetingMaterialExpired(endsAt: Date, years: number, now: Date): boolean {
  return now.getTime() > materialExpiresAt(endsAt, years).getTime();
}
