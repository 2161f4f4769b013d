import type { Bilingual } from '../messages';
import type { VisitRelation } from './finding-policy';
import type { VisitStatus } from './visit-lifecycle';

/** How far the host has shared the final visit report: the team and host only, the round, or the network. */
export const REPORT_SHARING = ['TEAM', 'ROUND', 'NETWORK'] as const;
export type ReportSharing = (typeof REPORT_SHARING)[number];

export interface ReportRights {
  read: boolean;
  /** Write the summary (the lead, while it is a draft). */
  edit: boolean;
  /** HELD → REPORT_DRAFT: the lead begins the report. */
  start: boolean;
  /** REPORT_DRAFT → REPORT_SHARED: the host may comment within the reply period. */
  share: boolean;
  /** REPORT_SHARED → REPORT_DRAFT: the lead takes it back to work in the host's comments. */
  reopen: boolean;
  /** REPORT_SHARED → REPORT_FINAL. */
  finalise: boolean;
  /** The host's comment on the shared report. */
  comment: boolean;
  /** The host shares the final report with the round or the network. */
  setSharing: boolean;
}

/**
 * DOMAIN.md, "visit report (final)": coordinator, reviewers and host read it; other round members
 * when the host shares it with the round. The team works on the draft; the host sees the report
 * once it is shared; and a final report the host shares with the network is read by its members.
 */
export function reportRights(relations: Iterable<VisitRelation>, status: VisitStatus, sharing: ReportSharing): ReportRights {
  const r = new Set(relations);
  const lead = r.has('lead');
  const team = lead || r.has('reviewer');
  const host = r.has('host');
  const exists = status === 'REPORT_DRAFT' || status === 'REPORT_SHARED' || status === 'REPORT_FINAL';
  const shared = status === 'REPORT_SHARED' || status === 'REPORT_FINAL';
  const final = status === 'REPORT_FINAL';
  const read =
    exists &&
    (team ||
      (host && shared) ||
      (r.has('coordinator') && final) ||
      (r.has('roundMember') && final && sharing !== 'TEAM') ||
      (r.has('networkMember') && final && sharing === 'NETWORK'));
  return {
    read,
    edit: lead && status === 'REPORT_DRAFT',
    start: lead && status === 'HELD',
    share: lead && status === 'REPORT_DRAFT',
    reopen: lead && status === 'REPORT_SHARED',
    finalise: lead && status === 'REPORT_SHARED',
    comment: host && status === 'REPORT_SHARED',
    setSharing: host && final,
  };
}

/**
 * Which findings a reader of the report sees in it. The team and the host see them all. Anyone
 * else (the coordinator, and the round or network once the host shared the report with them)
 * follows the findings' own rule — content once the host released it — unless the host shared the
 * whole report with the reader's circle, which is the host's consent to that.
 */
export function reportShowsFinding(relations: Iterable<VisitRelation>, sharing: ReportSharing, releasedForHarvest: boolean): boolean {
  const r = new Set(relations);
  if (r.has('reviewer') || r.has('lead') || r.has('host')) return true;
  if (releasedForHarvest || sharing === 'NETWORK') return true;
  return sharing === 'ROUND' && r.has('roundMember');
}

export const REPORT_SUMMARY_MAX = 20_000;

export const reportSharingLabels: Readonly<Record<ReportSharing, Bilingual>> = {
  TEAM: { nl: 'Alleen het reviewteam, de gastgemeente en de coördinator', en: 'Only the review team, the host and the coordinator' },
  ROUND: { nl: 'De gemeenten van de ronde', en: 'The municipalities of the round' },
  NETWORK: { nl: 'Het hele netwerk', en: 'The whole network' },
};

export const reportSummaryRequired: Bilingual = {
  nl: 'Schrijf eerst een samenvatting.',
  en: 'First write a summary.',
};
