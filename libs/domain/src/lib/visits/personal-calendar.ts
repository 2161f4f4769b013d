import type { VisitRelation } from './finding-policy';
import type { VisitStatus } from './visit-lifecycle';
import { visitRights } from './visit-policy';

/**
 * Whether a visit belongs in a person's own calendar feed: they take part in it, as one of the
 * host organisation's people or on its review team (lead included), and may see it. Coordinators
 * and other round members see visits they do not attend: those stay out. Only a visit with a start
 * and end time can be an event in a subscribed calendar.
 */
export function inPersonalCalendar(relations: Iterable<VisitRelation>, status: VisitStatus, timed: boolean): boolean {
  const r = new Set(relations);
  const takesPart = r.has('host') || r.has('reviewer') || r.has('lead');
  return timed && takesPart && visitRights(r, status).overview;
}
