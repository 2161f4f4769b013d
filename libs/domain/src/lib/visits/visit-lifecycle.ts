import type { Bilingual } from '../messages';
import type { RoundStatus } from '../programmes/round-lifecycle';
import { replyPeriodEndFrom } from '../time/deadlines';

export const VISIT_STATUSES = ['PLANNED', 'PREPARED', 'HELD', 'REPORT_DRAFT', 'REPORT_SHARED', 'REPORT_FINAL'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** The states in which the visit has its report: from the lead starting it on. */
export const REPORT_STATUSES: readonly VisitStatus[] = ['REPORT_DRAFT', 'REPORT_SHARED', 'REPORT_FINAL'];

/** Whether there is (or may now be) a report to go to: once the visit has been held. */
export function reportReachable(status: VisitStatus): boolean {
  return VISIT_STATUSES.indexOf(status) >= VISIT_STATUSES.indexOf('HELD');
}

/**
 * PLANNED → PREPARED (self-assessment submitted) → HELD → REPORT_DRAFT → REPORT_SHARED (the host
 * replies within a set number of days) → REPORT_FINAL. Nothing goes back but a shared report,
 * which the lead may take back to draft to work in the host's comments.
 */
export const visitTransitions: Readonly<Record<VisitStatus, readonly VisitStatus[]>> = {
  PLANNED: ['PREPARED'],
  PREPARED: ['HELD'],
  HELD: ['REPORT_DRAFT'],
  REPORT_DRAFT: ['REPORT_SHARED'],
  REPORT_SHARED: ['REPORT_FINAL', 'REPORT_DRAFT'],
  REPORT_FINAL: [],
};

export function canTransitionVisit(from: VisitStatus, to: VisitStatus): boolean {
  return visitTransitions[from].includes(to);
}

export const visitTransitionMessage: Bilingual = {
  nl: 'Deze stap is niet mogelijk in deze fase van het bezoek.',
  en: 'This step is not possible at this stage of the visit.',
};

const ORDER = (status: VisitStatus) => VISIT_STATUSES.indexOf(status);

/**
 * The round follows its visits: VISITING once any visit has been held, REPORTING once every visit
 * has been held and a report is being written, CLOSED once every report is final. It never goes
 * back, and a round that is still composing is not touched.
 */
export function roundStatusFromVisits(current: RoundStatus, visits: readonly VisitStatus[]): RoundStatus {
  if (current === 'COMPOSING' || visits.length === 0) return current;
  const held = visits.filter((v) => ORDER(v) >= ORDER('HELD')).length;
  const reporting = visits.some((v) => ORDER(v) >= ORDER('REPORT_DRAFT'));
  let next: RoundStatus = 'PREPARING';
  if (visits.every((v) => v === 'REPORT_FINAL')) next = 'CLOSED';
  else if (held === visits.length && reporting) next = 'REPORTING';
  else if (held > 0) next = 'VISITING';
  const rank: RoundStatus[] = ['COMPOSING', 'PREPARING', 'VISITING', 'REPORTING', 'CLOSED'];
  return rank.indexOf(next) > rank.indexOf(current) ? next : current;
}

/** The reply period the lead may set when sharing findings or a report, in days. */
export const REPLY_DAYS_MIN = 1;
export const REPLY_DAYS_MAX = 60;
export const REPLY_DAYS_DEFAULT = 14;

/** The end of a reply period: the end of the last day, in Dutch time, `days` days after `from`. */
export function replyDeadline(from: Date, days: number): Date {
  return replyPeriodEndFrom(from, days);
}

/** Is the reply period still open? No deadline means the findings were never shared. */
export function replyPeriodOpen(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() <= deadline.getTime();
}
