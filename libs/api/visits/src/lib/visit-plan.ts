import { badUserInput, type FieldError, type VersionedChanges } from '@kijkje/api/core';
import { agendaViolationMessages, checkTimedAgenda, pastDay, sortTimedAgenda, visitSpan, visitTimeViolationMessages, type VisitTimes } from '@kijkje/domain';
import type { UpdateVisitPlanInput } from './dto/visit.inputs';
import type { Visit } from './visit.entity';

/**
 * What the host's plan changes on a visit, or BAD_USER_INPUT with every problem at once. Times
 * are Dutch wall-clock times stored as instants (visitSpan: a missing March hour is refused, the
 * repeated October hour means its first occurrence); the agenda lies inside them. A change of day,
 * time or place moves the calendar invitation's sequence on.
 */
export function planChanges(visit: Visit, input: UpdateVisitPlanInput, today: string): VersionedChanges<Visit> {
  const day = input.startsOn ?? null;
  const startTime = input.startTime ?? null;
  const endTime = input.endTime ?? null;
  const fields: FieldError[] = [];
  let times: VisitTimes | null = null;
  let span: { startsAt: Date; endsAt: Date } | null = null;
  const when = { today, previousDay: visit.startsOn };
  if ((startTime || endTime) && !day) fields.push({ field: 'startsOn', messages: visitTimeViolationMessages.TIME_WITHOUT_DAY });
  else if (day && startTime && endTime) {
    const planned = visitSpan({ day, startTime, endTime }, when);
    if ('violations' in planned) fields.push(...planned.violations.map((v) => ({ field: v.field, messages: visitTimeViolationMessages[v.code] })));
    else [times, span] = [{ day, startTime, endTime }, planned];
  } else {
    if (pastDay(day, when)) fields.push({ field: 'startsOn', messages: visitTimeViolationMessages.DAY_IN_PAST });
    if (startTime && !endTime) fields.push({ field: 'endTime', messages: visitTimeViolationMessages.TIME_INVALID });
    if (endTime && !startTime) fields.push({ field: 'startTime', messages: visitTimeViolationMessages.TIME_INVALID });
  }
  const cleaned = input.agenda.map((i) => ({ ...i, topic: i.topic.trim(), partners: i.partners.map((p) => p.trim()).filter(Boolean) }));
  const agenda = sortTimedAgenda(cleaned, times);
  for (const p of checkTimedAgenda(agenda, times)) fields.push({ field: `agenda.${p.index}.${p.field}`, messages: agendaViolationMessages[p.code] });
  if (fields.length) throw badUserInput(fields);
  const location = (input.location ?? '').trim();
  const startsAt = span?.startsAt ?? null;
  const endsAt = span?.endsAt ?? null;
  const rescheduled =
    day !== visit.startsOn || location !== visit.location || startsAt?.getTime() !== visit.startsAt?.getTime() || endsAt?.getTime() !== visit.endsAt?.getTime();
  return { startsOn: day, startsAt, endsAt, location, agenda, ...(rescheduled ? { calendarSequence: visit.calendarSequence + 1 } : {}) };
}
