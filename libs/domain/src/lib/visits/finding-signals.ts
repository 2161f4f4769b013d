import type { AuditAction } from '../audit/audit-actions';
import { findingRights, type FindingStatus, type VisitRelation } from './finding-policy';

/**
 * What a person learns of findings besides their content (SEC-12): progress figures and live
 * events. The same table as the content (DOMAIN.md, "Who may see what"): where a role may not
 * read a finding it learns nothing of it, not its number, not its id, not that it changed;
 * "counts only" gives numbers and states, never ids.
 */

/** A visit's progress figures as counted in the database (drafts never counted). */
export interface FindingFigures {
  submitted: number;
  shared: number;
  final: number;
  /** Shared or final, and released by the host for the harvest. */
  released: number;
}

/** The figures one person is given: null where they may not know the number. */
export type VisibleFindingFigures = { [K in keyof FindingFigures]: number | null };

/** May these relations know that findings in this state exist (as content or as a count)? */
export function mayCountStatus(relations: Iterable<VisitRelation>, status: FindingStatus): boolean {
  const all = [...relations];
  return [false, true].some((released) => findingRights(all, status, released).read !== 'none');
}

export function visibleFindingFigures(relations: Iterable<VisitRelation>, figures: FindingFigures): VisibleFindingFigures {
  const all = [...relations];
  const may = (status: FindingStatus) => mayCountStatus(all, status);
  return {
    submitted: may('SUBMITTED') ? figures.submitted : null,
    shared: may('SHARED') ? figures.shared : null,
    final: may('FINAL') ? figures.final : null,
    released: may('SHARED') || may('FINAL') ? figures.released : null,
  };
}

/** How many findings there are, as far as these figures tell: the ones the viewer may know of. */
export function knownFindingTotal(figures: VisibleFindingFigures): number {
  return (figures.submitted ?? 0) + (figures.shared ?? 0) + (figures.final ?? 0);
}

export const FINDING_CHANGES = ['CREATED', 'UPDATED', 'DELETED', 'COMMENTED', 'RESPONDED'] as const;
export type FindingChangeKind = (typeof FINDING_CHANGES)[number];

/** What happened to one finding, as the server knows it when the change commits. Never sent as such. */
export interface FindingEventFacts {
  change: FindingChangeKind;
  findingId: string;
  authorId: string;
  /** The finding's state after the change (before it, for a deletion). */
  status: FindingStatus;
  released: boolean;
  /** Did the progress figures move (a finding entered a counted state, or its release changed)? */
  countsChanged: boolean;
}

/** What one subscriber is sent: the change with the id, or only `REFRESH` (reload the figures). */
export interface DeliveredFindingEvent {
  change: FindingChangeKind | 'REFRESH';
  findingId: string | null;
}

/**
 * The event as this subscriber may receive it, or null when they may learn nothing of it.
 * `relations` are the subscriber's relations to the visit; authorship follows from the ids.
 */
export function findingEventFor(relations: Iterable<VisitRelation>, subscriberId: string, event: FindingEventFacts): DeliveredFindingEvent | null {
  const all = new Set(relations);
  all.delete('author');
  if (event.authorId === subscriberId) all.add('author');
  const rights = findingRights(all, event.status, event.released);
  // The team's discussion is the team's alone: whoever may not join it is not told it goes on.
  if (event.change === 'COMMENTED') return rights.discuss ? { change: event.change, findingId: event.findingId } : null;
  if (rights.read === 'content') return { change: event.change, findingId: event.findingId };
  if (rights.read === 'count' && event.countsChanged) return { change: 'REFRESH', findingId: null };
  return null;
}

/**
 * The network's audit log as the coordinator reads it: of what happened to findings, only the
 * steps it may count (submitted, shared, finalised, released or withheld), and never a finding's
 * id; drafts, edits and the team's discussion stay out. The log itself keeps everything.
 */
export const FINDING_AUDIT_FOR_COORDINATOR = [
  'finding.submitted',
  'finding.shared',
  'finding.finalised',
  'finding.released',
  'finding.withheld',
] as const satisfies readonly AuditAction[];

export function coordinatorSeesAuditEntry(entry: { action: string; targetType: string | null; data?: Record<string, unknown> | null }): boolean {
  if ((FINDING_AUDIT_FOR_COORDINATOR as readonly string[]).includes(entry.action)) return true;
  // Who evaluated a round, and when, would point at whose answers changed the results.
  if (entry.action.startsWith('round_evaluation.')) return false;
  if (entry.action === 'finding.created') return entry.data?.['status'] !== undefined && entry.data['status'] !== 'DRAFT';
  return !entry.action.startsWith('finding.') && entry.targetType !== 'finding';
}
