import type { Bilingual } from '../messages';
import { dayInWords } from '../time/dutch-time';
import type { VisitRelation } from './finding-policy';
import type { VisitStatus } from './visit-lifecycle';

/** The calendar: the visit's day (YYYY-MM-DD, Dutch) and today's (dutchToday). */
export interface VisitDay {
  startsOn: string | null;
  today: string;
}

/** Marking a visit held before its day: it says when it can. */
export function visitNotYetHeldMessage(startsOn: string): Bilingual {
  return {
    nl: `Het bezoek is op ${dayInWords(startsOn, 'nl')}. U kunt het vanaf die dag afronden.`,
    en: `The visit is on ${dayInWords(startsOn, 'en')}. You can mark it as done from that day.`,
  };
}

/** The visit's day has come (or passed): only then can it be said to have taken place. */
export function visitDayHasCome({ startsOn, today }: VisitDay): boolean {
  return startsOn !== null && startsOn <= today;
}

/** What a person may do with a visit as a whole (the self-assessment, agenda, team and findings board). */
export interface VisitRights {
  /** That the visit exists: host, date, status, team (the round overview). */
  overview: boolean;
  /** The self-assessment and agenda, once the host has submitted them. */
  readPreparation: boolean;
  /** The host's working copy of the self-assessment, and changing it and the agenda. */
  editPreparation: boolean;
  /** Add or remove reviewers (of any organisation of the round but the host's) and choose the lead. */
  manageTeam: boolean;
  /** Add or remove reviewers of the person's own organisation: the round sends its people. */
  offerOwnReviewers: boolean;
  /** Capture a new finding. */
  addFinding: boolean;
  /** See the findings board (each finding still goes through findingRights). */
  readFindings: boolean;
  /** Progress figures: how many findings per state. */
  readCounts: boolean;
  /** PREPARED → HELD, from the visit's day on. */
  markHeld: boolean;
  /** The lead or coordinator will mark the visit held, but its day has not come yet. */
  markHeldLater: boolean;
  /** Share the submitted findings with the host and set the reply period; finalise them. */
  shareFindings: boolean;
  /**
   * Sharpen the review question the visit carries (it starts as the application's): the host's
   * people while they prepare. Reading it goes with the overview: whoever sees the visit.
   */
  refineReviewQuestion: boolean;
}

/** The visit's review question, as long as the application's may be (ApplyInput). */
export const REVIEW_QUESTION_MIN = 10;
export const REVIEW_QUESTION_MAX = 2000;

const PREPARATION_OPEN: readonly VisitStatus[] = ['PLANNED'];
const CAPTURING: readonly VisitStatus[] = ['PREPARED', 'HELD'];
const TEAM_OPEN: readonly VisitStatus[] = ['PLANNED', 'PREPARED'];

/**
 * The rights of a person with these relations to a visit in this state (DOMAIN.md: the
 * coordinator and reviewers read the self-assessment and agenda, the host edits them; other round
 * members see only the overview; network members only the programme). Without `day`, nothing
 * that depends on the calendar (marking the visit held) is allowed.
 */
export function visitRights(relations: Iterable<VisitRelation>, status: VisitStatus, day?: VisitDay): VisitRights {
  const r = new Set(relations);
  const coordinator = r.has('coordinator');
  const lead = r.has('lead');
  // The lead is one of the reviewers.
  const reviewer = r.has('reviewer') || lead;
  const host = r.has('host');
  const holds = (lead || coordinator) && status === 'PREPARED';
  return {
    overview: coordinator || r.has('roundMember') || reviewer || host,
    readPreparation: coordinator || reviewer || host,
    editPreparation: host && PREPARATION_OPEN.includes(status),
    manageTeam: coordinator && TEAM_OPEN.includes(status),
    offerOwnReviewers: r.has('roundMember') && !host && TEAM_OPEN.includes(status),
    addFinding: reviewer && CAPTURING.includes(status),
    readFindings: reviewer || host || coordinator,
    readCounts: coordinator || reviewer || host,
    markHeld: holds && day !== undefined && visitDayHasCome(day),
    markHeldLater: holds && day !== undefined && !visitDayHasCome(day),
    shareFindings: lead && status === 'HELD',
    refineReviewQuestion: host && PREPARATION_OPEN.includes(status),
  };
}
