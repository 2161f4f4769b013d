/**
 * Every action the audit log records (SEC-10), exactly as stored in `audit_event.action`. One
 * list, so that a misspelt or unlisted action fails typecheck; a new one is added here first.
 * Stored values never change: readers (the coordinator's log, reports on the log) match on them.
 */
export const AUDIT_ACTIONS = [
  'access.denied',
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.signed_out',
  'auth.network_switched',
  'auth.reset_requested',
  'auth.password_reset',
  'network.created',
  'organisation.added',
  'membership.deactivated',
  'invitation.created',
  'invitation.accepted',
  'invitation.revoked',
  'programme.created',
  'programme.updated',
  'programme.status_changed',
  'application.submitted',
  'application.promoted',
  'application.placed',
  'application.withdrawn',
  'application.declined',
  'grouping.accepted',
  'round.created',
  'round.started',
  'round.status_changed',
  'visit.plan_updated',
  'visit.prepared',
  'visit.held',
  'visit.report_draft',
  'visit.report_shared',
  'visit.report_final',
  'visit.lead_chosen',
  'visit.reviewer_assigned',
  'visit.reviewer_removed',
  'visit.deadlines_set',
  'finding.created',
  'finding.updated',
  'finding.submitted',
  'finding.deleted',
  'finding.shared',
  'finding.finalised',
  'finding.released',
  'finding.withheld',
  'finding.replied',
  'finding.commented',
  'report.started',
  'report.shared',
  'report.finalised',
  'report.exported',
  'harvest.created',
  'harvest.updated',
  'harvest.quote_added',
  'harvest.quote_edited',
  'harvest.quote_removed',
  'harvest.word_kept',
  'harvest.word_replaced',
  'harvest.published',
  'harvest.withdrawn',
  'harvest.exported',
  'demo.seeded',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The action of a life-cycle step, e.g. `visit.held` for HELD: typed, so the step must be listed above. */
export function stepAuditAction<P extends string, S extends string>(prefix: P, to: S): `${P}.${Lowercase<S>}` {
  return `${prefix}.${to.toLowerCase()}` as `${P}.${Lowercase<S>}`;
}
