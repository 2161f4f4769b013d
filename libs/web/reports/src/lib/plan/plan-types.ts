import type { ActionPlanStandingFieldsFragment, PlanActionFieldsFragment, VisitReportFieldsFragment } from '@kijkje/web/data-access';
import { cutText, findingKindLabels, type FindingKind } from '@kijkje/domain';
import { toLang } from '@kijkje/web/ui';

export type Plan = NonNullable<ActionPlanStandingFieldsFragment['plan']>;
export type Action = PlanActionFieldsFragment;
export type ReportFinding = VisitReportFieldsFragment['findings'][number];

/** A finding as one short line: its kind (as libs/domain names it) and the first words of its text. */
export function findingLine(finding: ReportFinding, language: string): string {
  const text = finding.text.replace(/\s+/g, ' ').trim();
  return `${findingKindLabels[finding.kind as FindingKind][toLang(language)]}: ${cutText(text, 90, '…')}`;
}
