import type { Bilingual } from '../messages';
import type { VisitRelation } from '../visits/finding-policy';
import type { VisitStatus } from '../visits/visit-lifecycle';

/**
 * A visit is the review of a round (REVIEW), or a follow-up conversation (FOLLOW_UP, terugkomgesprek):
 * months after a final report the host invites the original team back to talk about what moved.
 * A follow-up is a visit of its own (its own findings, report and reply), in the same round and
 * with the same host, but it never steers the round (the round closes on its reviews), carries no
 * action plan and no progress moments of its own: it feeds the original visit's plan.
 */
export const VISIT_KINDS = ['REVIEW', 'FOLLOW_UP'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** The most follow-up conversations one visit may have (one per progress moment at most). */
export const FOLLOW_UPS_MAX = 4;

/** A follow-up needs no self-assessment (the progress review is its preparation): it starts prepared. */
export const FOLLOW_UP_START_STATUS: VisitStatus = 'PREPARED';

export interface FollowUpFacts {
  kind: VisitKind;
  status: VisitStatus;
  /** The statuses of the follow-ups this visit already has. */
  followUps: readonly VisitStatus[];
}

export type FollowUpRefusal = 'NOT_A_REVIEW' | 'REPORT_NOT_FINAL' | 'ONE_OPEN' | 'TOO_MANY';

/**
 * May this person invite the original team to a follow-up conversation now, and if not, why.
 * The host (it is their conversation) and the coordinator (who facilitates) may; only after the
 * review's report is final, one open follow-up at a time, at most FOLLOW_UPS_MAX. `null`: not
 * theirs to ask at all (reads as not-found).
 */
export function followUpInvitation(
  relations: Iterable<VisitRelation>,
  f: FollowUpFacts,
): { allowed: true } | { allowed: false; reason: FollowUpRefusal } | null {
  const r = new Set(relations);
  if (!r.has('host') && !r.has('coordinator')) return null;
  if (f.kind !== 'REVIEW') return { allowed: false, reason: 'NOT_A_REVIEW' };
  if (f.status !== 'REPORT_FINAL') return { allowed: false, reason: 'REPORT_NOT_FINAL' };
  if (f.followUps.some((s) => s !== 'REPORT_FINAL')) return { allowed: false, reason: 'ONE_OPEN' };
  if (f.followUps.length >= FOLLOW_UPS_MAX) return { allowed: false, reason: 'TOO_MANY' };
  return { allowed: true };
}

export const followUpRefusalMessages: Readonly<Record<FollowUpRefusal, Bilingual>> = {
  NOT_A_REVIEW: {
    nl: 'Een terugkomgesprek hoort bij een bezoek, niet bij een ander terugkomgesprek.',
    en: 'A follow-up conversation belongs to a visit, not to another follow-up.',
  },
  REPORT_NOT_FINAL: {
    nl: 'Een terugkomgesprek kan pas als het bezoekverslag definitief is.',
    en: 'A follow-up conversation is possible once the visit report is final.',
  },
  ONE_OPEN: {
    nl: 'Er loopt al een terugkomgesprek; rond dat eerst af.',
    en: 'A follow-up conversation is already under way; finish it first.',
  },
  TOO_MANY: {
    nl: `Een bezoek heeft hoogstens ${FOLLOW_UPS_MAX} terugkomgesprekken.`,
    en: `A visit has at most ${FOLLOW_UPS_MAX} follow-up conversations.`,
  },
};

/** Only a review has a self-assessment; a follow-up's preparation is the progress review of the visit it follows up. */
export function hasSelfAssessment(kind: VisitKind): boolean {
  return kind === 'REVIEW';
}

/** The round's status follows its reviews only: a follow-up months later neither holds it open nor reopens it. */
export function steersRound(kind: VisitKind): boolean {
  return kind === 'REVIEW';
}

export const visitKindLabels: Readonly<Record<VisitKind, Bilingual>> = {
  REVIEW: { nl: 'Bezoek', en: 'Visit' },
  FOLLOW_UP: { nl: 'Terugkomgesprek', en: 'Follow-up conversation' },
};
