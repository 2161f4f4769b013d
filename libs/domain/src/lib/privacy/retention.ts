import type { Bilingual } from '../messages';
import { dutchDay, endOfDutchDay } from '../time/dutch-time';

/**
 * How long a network keeps the material of its visits (preparations, findings, comments,
 * replies, reports) after a programme closes. The skeleton (programme, rounds, which
 * municipalities were visited and when) and published harvests are kept regardless.
 */
export const RETENTION_YEARS = { min: 1, max: 20, default: 5 } as const;

/** Why a retention is refused, or null when it is a whole number of years within the bounds. */
export function retentionYearsProblem(years: number): Bilingual | null {
  if (Number.isInteger(years) && years >= RETENTION_YEARS.min && years <= RETENTION_YEARS.max) return null;
  return {
    nl: `Kies een bewaartermijn van ${RETENTION_YEARS.min} tot en met ${RETENTION_YEARS.max} jaar, in hele jaren.`,
    en: `Choose a retention period of ${RETENTION_YEARS.min} to ${RETENTION_YEARS.max} years, in whole years.`,
  };
}

/**
 * The last Dutch calendar day on which a closed programme's visit material is kept: the same
 * day `years` later than the day it closed (29 February falls back to 28 February).
 */
export function retentionLastDay(closedAt: Date, years: number): string {
  const [y, m, d] = dutchDay(closedAt).split('-').map(Number);
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The moment the material is kept until: the end of its last day, Dutch time. */
export function materialExpiresAt(closedAt: Date, years: number): Date {
  return endOfDutchDay(retentionLastDay(closedAt, years));
}

/** Has a programme's material expired at `now`? Never while it is not closed. */
export function materialExpired(programme: { status: string; closedAt: Date | null }, years: number, now: Date): boolean {
  if (programme.status !== 'CLOSED' || !programme.closedAt) return false;
  return now.getTime() > materialExpiresAt(programme.closedAt, years).getTime();
}

/** The kinds of material the retention job removes, as counted in its record. */
export const RETENTION_KINDS = [
  'preparations',
  'agendas',
  'reviewers',
  'findings',
  'comments',
  'replies',
  'reports',
  'reportVersions',
  'actionPlans',
  'planActions',
  'planComments',
  'progressReviews',
  'roundEvaluations',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];
export type RetentionCounts = Record<RetentionKind, number>;

/** The retention job runs daily at 03:00 Dutch time, out of working hours. */
export const RETENTION_HOUR = 3;
