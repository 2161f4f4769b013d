import { Temporal } from 'temporal-polyfill';
import type { Bilingual } from '../messages';
import { addDays } from '../time/dutch-time';
import type { VisitRelation } from '../visits/finding-policy';
import type { ReportSharing } from '../visits/report-policy';
import type { VisitStatus } from '../visits/visit-lifecycle';
import type { ActionPlanFacts } from './action-plan';

/**
 * Progress reviews (voortgangsgesprek): at set moments after the visit (months) the host writes a
 * new foto van nu against the stip aan de horizon of its preparation, and updates its action plan.
 * Monitoring and improvement cycles, as the seeds put it: evaluate after six months, and again later.
 */
export const PROGRESS_REVIEW_MONTHS = [6, 12] as const;

/** The task to write one appears this many days before its moment. */
export const PROGRESS_REVIEW_NOTICE_DAYS = 14;

export const PROGRESS_TEXT_MAX = 10_000;

export type ProgressReviewState = 'UPCOMING' | 'OPEN' | 'SUBMITTED';

/** The day `months` after the visit day (YYYY-MM-DD); the 31st becomes the last day of a shorter month. */
export function progressReviewDue(visitDay: string, months: number): string {
  return Temporal.PlainDate.from(visitDay).add({ months }).toString();
}

/** Upcoming until two weeks before its moment, then open until the host submits it. */
export function progressReviewState(due: string, today: string, submitted: boolean): ProgressReviewState {
  if (submitted) return 'SUBMITTED';
  return today >= addDays(due, -PROGRESS_REVIEW_NOTICE_DAYS) ? 'OPEN' : 'UPCOMING';
}

export interface ProgressReviewRights {
  /** The content of a submitted review (and the host's own draft). */
  read: boolean;
  /** Which moments there are, when, and whether each is written: what the coordinator sees of every visit. */
  figures: boolean;
  /** Write and submit: the host, once the report is final. */
  write: boolean;
}

/**
 * A progress review follows the action plan it reports on: the host's own until submitted; then read
 * by whoever reads the shared plan (the team, and as far as the report is shared); the coordinator
 * sees its dates and state, and its content where the host opened the plan to them.
 */
export function progressReviewRights(
  relations: Iterable<VisitRelation>,
  visitStatus: VisitStatus,
  plan: ActionPlanFacts | null,
  sharing: ReportSharing,
  submitted: boolean,
): ProgressReviewRights {
  const r = new Set(relations);
  const host = r.has('host');
  const final = visitStatus === 'REPORT_FINAL';
  const team = r.has('lead') || r.has('reviewer');
  const shared =
    submitted &&
    (team ||
      (r.has('coordinator') && !!plan?.openToCoordinator) ||
      (r.has('roundMember') && sharing !== 'TEAM') ||
      (r.has('networkMember') && sharing === 'NETWORK'));
  return {
    read: final && (host || shared),
    figures: final && (host || team || r.has('coordinator') || shared),
    write: final && host && !submitted,
  };
}

export const progressReviewSubmitted: Bilingual = {
  nl: 'Dit voortgangsgesprek is al ingediend.',
  en: 'This progress review has already been submitted.',
};

export const progressReviewUnknownMoment: Bilingual = {
  nl: 'Op dit moment is geen voortgangsgesprek gepland.',
  en: 'No progress review is planned at this moment.',
};

export const progressReviewTextRequired: Bilingual = {
  nl: 'Beschrijf eerst hoe u er nu voor staat.',
  en: 'First describe where you stand now.',
};
