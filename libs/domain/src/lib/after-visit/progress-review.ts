import type { VisitKind } from './follow-up';
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

/** A programme chooses its own moments: one to four, each 1 to 36 months after the visit. */
export const PROGRESS_MOMENT_LIMITS = { count: { min: 1, max: 4 }, months: { min: 1, max: 36 } } as const;

/** The moments as a programme keeps them: ascending, each once. */
export function normaliseProgressMonths(months: readonly number[]): number[] {
  return [...new Set(months)].sort((a, b) => a - b);
}

/** Whether a programme's moments are usable (whole months in range, one to four moments). */
export function progressMonthsValid(months: readonly number[]): boolean {
  const { count, months: range } = PROGRESS_MOMENT_LIMITS;
  const unique = normaliseProgressMonths(months);
  return unique.length >= count.min && unique.length <= count.max && unique.every((m) => Number.isInteger(m) && m >= range.min && m <= range.max);
}

/** Moments as a person types them ("6, 12" or "6 12"); null when a part is not a whole number. */
export function parseProgressMonths(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  return parts.map(Number);
}

export const progressMonthsInvalid: Bilingual = {
  nl: `Kies één tot vier momenten, elk een heel aantal maanden van ${PROGRESS_MOMENT_LIMITS.months.min} tot en met ${PROGRESS_MOMENT_LIMITS.months.max} na het bezoek.`,
  en: `Choose one to four moments, each a whole number of months from ${PROGRESS_MOMENT_LIMITS.months.min} to ${PROGRESS_MOMENT_LIMITS.months.max} after the visit.`,
};

/**
 * The moments a visit has: its programme's, and any moment already written under an earlier
 * setting (a changed setting never hides what a host wrote), ascending.
 */
export function progressMomentsOf(programmeMonths: readonly number[], writtenMonths: readonly number[]): number[] {
  return normaliseProgressMonths([...programmeMonths, ...writtenMonths]);
}

/** What the progress review task needs to know of one visit. */
export interface ProgressTaskFacts {
  visitDay: string;
  /** The moments of the visit (progressMomentsOf). */
  moments: readonly number[];
  /** The moments whose review is submitted. */
  submitted: readonly number[];
}

/**
 * The moment a host should write now: the earliest that is open (from two weeks before it) and
 * not submitted, with its day; null when none is. One at a time: the list of tasks names the
 * earliest, and the page shows them all.
 */
export function openProgressMoment(f: ProgressTaskFacts, today: string): { months: number; due: string } | null {
  for (const months of normaliseProgressMonths(f.moments)) {
    const due = progressReviewDue(f.visitDay, months);
    if (progressReviewState(due, today, f.submitted.includes(months)) === 'OPEN') return { months, due };
  }
  return null;
}

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
  /** A follow-up conversation has no progress moments of its own: they belong to the visit it follows up. */
  kind: VisitKind = 'REVIEW',
): ProgressReviewRights {
  const r = new Set(relations);
  const host = r.has('host');
  const final = visitStatus === 'REPORT_FINAL' && kind === 'REVIEW';
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
