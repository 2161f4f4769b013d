import { badUserInput, type RequestContext } from '@kijkje/api/core';
import {
  checkOwnDeadlines,
  dutchDay,
  dutchToday,
  endOfDutchDay,
  ownDeadlineViolationMessages,
  visitDeadlines,
  visitTransitionMessage,
  type VisitDeadlines,
} from '@kijkje/domain';
import type { SetVisitDeadlinesInput } from './dto/visit.inputs';
import { roundFacts } from './round-facts';
import type { Visit } from './visit.entity';
import type { VisitDeadlinesView } from './visit.views';
import type { VisitAccess } from './visit-access.service';
import type { VisitsService } from './visits.service';

/** The deadlines that apply to a visit, from its own dates and its programme's rule (visitDeadlines). */
export async function deadlinesOf(ctx: RequestContext, visit: Visit): Promise<VisitDeadlinesView> {
  const { programme } = await roundFacts(ctx, visit);
  return deadlinesView(visit, visitDeadlines(scheduleOf(visit), programme));
}

export function deadlinesView(visit: Pick<Visit, 'preparationDue' | 'reportDue'>, deadlines: VisitDeadlines): VisitDeadlinesView {
  return { ...deadlines, preparationDueOwn: visit.preparationDue !== null, reportDueOwn: visit.reportDue !== null };
}

export const scheduleOf = (visit: Pick<Visit, 'startsOn' | 'preparationDue' | 'reportDue' | 'replyDeadline'>) => ({
  startsOn: visit.startsOn,
  preparationDueOverride: visit.preparationDue,
  reportDueOverride: visit.reportDue,
  replyDeadline: visit.replyDeadline,
});

/**
 * The coordinator sets a visit's own preparation and report deadlines (the end of the Dutch day
 * chosen), or clears them to follow the programme's rule. Version-checked and audited.
 */
export async function setVisitDeadlines(ctx: RequestContext, access: VisitAccess, visits: VisitsService, input: SetVisitDeadlinesInput): Promise<Visit> {
  const { visit } = await access.require(ctx, input.visitId, (s) => s.relations.has('coordinator'), true);
  if (visit.status === 'REPORT_FINAL') throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
  const days = { preparationDueOn: input.preparationDueOn ?? null, reportDueOn: input.reportDueOn ?? null };
  const previous = {
    preparationDueOn: visit.preparationDue ? dutchDay(visit.preparationDue) : null,
    reportDueOn: visit.reportDue ? dutchDay(visit.reportDue) : null,
  };
  const violations = checkOwnDeadlines(days, { visitDay: visit.startsOn, today: dutchToday(), previous });
  if (violations.length) throw badUserInput(violations.map((v) => ({ field: v.field, messages: ownDeadlineViolationMessages[v.code] })));
  return visits.versionedUpdate(
    ctx,
    visit,
    input.version,
    'visit.deadlines_set',
    {
      preparationDue: days.preparationDueOn ? endOfDutchDay(days.preparationDueOn) : null,
      reportDue: days.reportDueOn ? endOfDutchDay(days.reportDueOn) : null,
    },
    { from: previous, to: days },
  );
}
