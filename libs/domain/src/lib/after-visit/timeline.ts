import type { VisitKind } from './follow-up';
import type { Bilingual } from '../messages';
import { FINDING_KINDS, type FindingKind } from '../visits/finding-policy';
import { mayCountStatus } from '../visits/finding-signals';
import type { VisitStatus } from '../visits/visit-lifecycle';
import { ACTION_STATUSES, type ActionStatus } from './action-plan';
import { progressReviewDue } from './progress-review';

/**
 * The timeline of a host organisation: its visits across programmes, each with the foto van nu
 * and stip of its preparation, the findings it received, the actions it took and the progress
 * reviews it wrote, side by side, so a municipality sees how it moved.
 *
 * Who sees what: the organisation's own people read everything of their own visits (they wrote the
 * preparation, answered the findings, made the plan); a coordinator follows progress in figures
 * only (counts of findings as far as a coordinator may count them, actions per status, which
 * reviews are in), never the texts; anyone else learns nothing, not even that it exists.
 */
export type TimelineAccess = 'content' | 'figures' | 'none';

export function timelineAccess(ownOrganisation: boolean, coordinator: boolean): TimelineAccess {
  if (ownOrganisation) return 'content';
  return coordinator ? 'figures' : 'none';
}

/** One visit as the database gives it (texts included; timelineVisit decides what is shown). */
export interface TimelineVisitFacts {
  visitId: string;
  programme: string;
  round: string;
  startsOn: string | null;
  status: VisitStatus;
  /** A review, or a follow-up conversation of one (its own findings; no plan or reviews of its own). */
  kind: VisitKind;
  fotoVanNu: string | null;
  stipAanDeHorizon: string | null;
  /** Findings shared with the host or final, per kind. */
  findings: Partial<Record<FindingKind, number>>;
  actions: { title: string; status: ActionStatus; dueOn: string | null }[];
  /** Submitted progress reviews only: a draft is nobody's business but its writer's. */
  reviews: { months: number; submittedAt: string; fotoVanNu: string }[];
}

export interface TimelineVisit {
  visitId: string;
  programme: string;
  round: string;
  startsOn: string | null;
  status: VisitStatus;
  kind: VisitKind;
  fotoVanNu: string | null;
  stipAanDeHorizon: string | null;
  /** Every kind in a fixed order; null where the reader may not count them. */
  findings: { kind: FindingKind; count: number }[] | null;
  actionCounts: { status: ActionStatus; count: number }[];
  actions: TimelineVisitFacts['actions'] | null;
  reviews: { months: number; due: string | null; submittedAt: string; fotoVanNu: string | null }[];
}

const COORDINATOR = ['coordinator', 'networkMember'] as const;

/** What a reader with this access sees of one visit. */
export function timelineVisit(f: TimelineVisitFacts, access: Exclude<TimelineAccess, 'none'>): TimelineVisit {
  const content = access === 'content';
  const countable = content || (mayCountStatus(COORDINATOR, 'SHARED') && mayCountStatus(COORDINATOR, 'FINAL'));
  return {
    visitId: f.visitId,
    programme: f.programme,
    round: f.round,
    startsOn: f.startsOn,
    status: f.status,
    kind: f.kind,
    fotoVanNu: content ? f.fotoVanNu : null,
    stipAanDeHorizon: content ? f.stipAanDeHorizon : null,
    findings: countable ? FINDING_KINDS.map((kind) => ({ kind, count: f.findings[kind] ?? 0 })) : null,
    actionCounts: ACTION_STATUSES.map((status) => ({ status, count: f.actions.filter((a) => a.status === status).length })),
    actions: content ? f.actions : null,
    reviews: [...f.reviews]
      .sort((a, b) => a.months - b.months)
      .map((r) => ({
        months: r.months,
        due: f.startsOn ? progressReviewDue(f.startsOn, r.months) : null,
        submittedAt: r.submittedAt,
        fotoVanNu: content ? r.fotoVanNu : null,
      })),
  };
}

/** Oldest visit first, undated last: the timeline reads as the organisation moved. */
export function timelineOrder<T extends Pick<TimelineVisitFacts, 'startsOn' | 'visitId'>>(visits: readonly T[]): T[] {
  return [...visits].sort((a, b) =>
    a.startsOn && b.startsOn
      ? a.startsOn.localeCompare(b.startsOn) || a.visitId.localeCompare(b.visitId)
      : a.startsOn
        ? -1
        : b.startsOn
          ? 1
          : a.visitId.localeCompare(b.visitId),
  );
}

export const timelineNoOrganisation: Bilingual = {
  nl: 'U hoort bij geen organisatie in dit netwerk; kies een organisatie.',
  en: 'You belong to no organisation in this network; choose an organisation.',
};
