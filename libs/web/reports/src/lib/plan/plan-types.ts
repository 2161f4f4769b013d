import type { ActionPlanStandingFieldsFragment, PlanActionFieldsFragment, VisitReportFieldsFragment } from '@kijkje/web/data-access';
import { FINDING_KINDS } from '@kijkje/domain';

export type Plan = NonNullable<ActionPlanStandingFieldsFragment['plan']>;
export type Action = PlanActionFieldsFragment;
export type ReportFinding = VisitReportFieldsFragment['findings'][number];

/** Recommendations and own-responsibility points first: what an action plan answers in the first place. */
const ORDER: Record<string, number> = { RECOMMENDATION: 0, OWN_RESPONSIBILITY: 1 };
export function findingsForPlan(findings: readonly ReportFinding[]): ReportFinding[] {
  const rank = (kind: string) => ORDER[kind] ?? 2 + FINDING_KINDS.indexOf(kind as never);
  return [...findings].sort((a, b) => rank(a.kind) - rank(b.kind));
}

/** A finding as one short line: its kind and the first words of its text. */
export function findingLine(finding: ReportFinding, kindLabel: string): string {
  const text = finding.text.replace(/\s+/g, ' ').trim();
  return `${kindLabel}: ${text.length > 90 ? `${text.slice(0, 87)}…` : text}`;
}
