import type { RequestContext } from '@kijkje/api/core';
import { Finding, HostResponse } from '@kijkje/api/findings';
import { Organisation } from '@kijkje/api/networks';
import { reviewQuestionOf, roundFacts, type Visit } from '@kijkje/api/visits';
import type { FindingKind, ResponseKind, VisitStatus } from '@kijkje/domain';
import { FINDING_KINDS } from '@kijkje/domain';
import type { VisitReport } from './visit-report.entity';

export interface ReportFindingContent {
  id: string;
  kind: FindingKind;
  theme: string;
  text: string;
  evidence: { source: string; quote: string; indicator: string };
  tags: string[];
  releasedForHarvest: boolean;
  response: { kind: ResponseKind; text: string } | null;
}

/** Everything a report says, as one value: shown on screen, kept in revisions, exported. */
export interface ReportContent {
  status: VisitStatus;
  network: string;
  programme: string;
  round: string;
  host: string;
  startsOn: string | null;
  location: string;
  /** The review question the visit carried (kept revisions from before it travelled lack it). */
  reviewQuestion?: string;
  team: { name: string; organisation: string; lead: boolean }[];
  summary: string;
  /** The final findings, by theme (programme order) and kind (fixed order). */
  findings: ReportFindingContent[];
  hostComment: string;
  themes: string[];
}

/** Builds the report's content from the visit as it is now. */
export async function reportContent(ctx: RequestContext, visit: Visit, report: VisitReport): Promise<ReportContent> {
  const facts = await roundFacts(ctx, visit);
  const [network] = await ctx.em.query(`SELECT name FROM network WHERE id = $1`, [visit.networkId]);
  const host = await ctx.em.findOneBy(Organisation, { id: visit.hostOrganisationId, networkId: visit.networkId });
  const team: { name: string; organisation: string; lead: boolean }[] = await ctx.em.query(
    `SELECT u.name, o.name AS organisation, r.is_lead AS lead FROM visit_reviewer r
       JOIN app_user u ON u.id = r.user_id JOIN organisation o ON o.id = r.organisation_id AND o.network_id = r.network_id
      WHERE r.network_id = $1 AND r.visit_id = $2 ORDER BY r.is_lead DESC, u.name`,
    [visit.networkId, visit.id],
  );
  const findings = await ctx.em.find(Finding, {
    where: { networkId: visit.networkId, visitId: visit.id, status: 'FINAL' },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const responses = findings.length
    ? await ctx.em
        .createQueryBuilder(HostResponse, 'r')
        .where('r.network_id = :n AND r.finding_id IN (:...ids)', { n: visit.networkId, ids: findings.map((f) => f.id) })
        .getMany()
    : [];
  const themeOrder = (theme: string) => {
    const i = facts.programme.themes.indexOf(theme);
    return i === -1 ? facts.programme.themes.length : i;
  };
  const ordered = [...findings].sort(
    (a, b) =>
      themeOrder(a.theme) - themeOrder(b.theme) || a.theme.localeCompare(b.theme, 'nl') || FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind),
  );
  return {
    status: visit.status,
    network: network?.name ?? '',
    programme: facts.programme.name,
    round: facts.round.name,
    host: host?.name ?? '',
    startsOn: visit.startsOn,
    location: visit.location,
    reviewQuestion: await reviewQuestionOf(ctx, visit),
    team,
    summary: report.summary,
    findings: ordered.map((f) => {
      const r = responses.find((x) => x.findingId === f.id);
      return {
        id: f.id,
        kind: f.kind,
        theme: f.theme,
        text: f.text,
        evidence: f.evidence,
        tags: f.tags,
        releasedForHarvest: f.releasedForHarvest,
        response: r ? { kind: r.kind, text: r.text } : null,
      };
    }),
    hostComment: report.hostComment,
    themes: facts.programme.themes,
  };
}
