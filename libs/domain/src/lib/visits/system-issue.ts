import type { Bilingual } from '../messages';
import type { FindingStatus, VisitRelation } from './finding-policy';

/**
 * A systeemsignaal: the finding names something the municipality cannot solve on its own (law,
 * funding, national parties). The national level hears of them, anonymised and counted, via the harvest.
 */
export const SYSTEM_ISSUE_CATEGORIES = ['LAW', 'FUNDING', 'NATIONAL_PARTIES', 'OTHER'] as const;
export type SystemIssueCategory = (typeof SYSTEM_ISSUE_CATEGORIES)[number];

export const systemIssueCategoryLabels: Readonly<Record<SystemIssueCategory, Bilingual>> = {
  LAW: { nl: 'Wet- en regelgeving', en: 'Laws and regulations' },
  FUNDING: { nl: 'Financiering', en: 'Funding' },
  NATIONAL_PARTIES: { nl: 'Landelijke partijen', en: 'National parties' },
  OTHER: { nl: 'Anders', en: 'Other' },
};

export const systemIssueNotYours: Bilingual = {
  nl: 'Alleen het reviewteam van dit bezoek kan een bevinding als systeemsignaal markeren.',
  en: 'Only the review team of this visit can mark a finding as a system issue.',
};

/**
 * May this person mark the finding as a system issue (or take the mark off)? The author while it is
 * theirs to edit (draft or submitted); the team (reviewers, the lead) once the team sees it.
 */
export function canMarkSystemIssue(relations: Iterable<VisitRelation>, status: FindingStatus): boolean {
  const all = new Set(relations);
  if (all.has('author') && (status === 'DRAFT' || status === 'SUBMITTED')) return true;
  return (all.has('reviewer') || all.has('lead')) && status !== 'DRAFT';
}
