import { openProgressMoment, progressReviewRights } from '../after-visit/progress-review';
import { dutchDay, endOfDutchDay } from '../time/dutch-time';
import type { VisitRelation } from '../visits/finding-policy';
import type { VisitStatus } from '../visits/visit-lifecycle';
import type { VisitKind } from '../after-visit/follow-up';
import { makeTask, type Task } from './task';

/**
 * What the progress review task needs to know of one visit. Unlike the other visit tasks it does
 * not end with the programme: a progress review comes six or twelve months after the visit, when
 * the programme and its rounds are often closed.
 */
export interface ProgressReviewTaskFacts {
  programme: { id: string; name: string };
  round: { id: string; name: string };
  visit: { id: string; hostName: string; status: VisitStatus; startsOn: string | null; kind?: VisitKind };
  /** The visit's moments (progressMomentsOf) and those whose review is submitted. */
  moments: readonly number[];
  submitted: readonly number[];
}

/**
 * The host: write the progress review of the earliest open moment (from two weeks before it until
 * submitted), due at the end of its day. Who may write is progressReviewRights: the host, once the
 * report is final.
 */
export function progressReviewTask(f: ProgressReviewTaskFacts, relations: readonly VisitRelation[], now: Date): Task | null {
  if (!f.visit.startsOn || !progressReviewRights(relations, f.visit.status, null, 'TEAM', false, f.visit.kind).write) return null;
  const open = openProgressMoment({ visitDay: f.visit.startsOn, moments: f.moments, submitted: f.submitted }, dutchDay(now));
  if (!open) return null;
  const subject = {
    programmeId: f.programme.id,
    roundId: f.round.id,
    visitId: f.visit.id,
    applicationId: null,
    context: { programme: f.programme.name, round: f.round.name, organisation: f.visit.hostName },
  };
  return makeTask('WRITE_PROGRESS_REVIEW', subject, endOfDutchDay(open.due), now);
}
