import { SCOPE } from '@kijkje/api/core';
import type { RoundEvaluationTaskFacts, TeamMember, VisitTaskFacts } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import type { ProgrammeFactsRow, ProgressVisitFactsRow, VisitFactsRow } from './tasks.queries';

/**
 * "Mijn taken": everything that may wait on the caller in the current network, in one statement,
 * restricted (beyond RLS) to what the caller may know, as the visit policy does; the task rules of
 * libs/domain then decide what waits on whom.
 *
 * A coordinator's list spans every visit whose team may still change (hundreds in a running
 * programme), so the statement is shaped for that many: its plan is the same generic plan whatever
 * the caller (the app names its statements), so each step reaches its rows through an index from
 * the step before (programmes → rounds → visits → teams) instead of trusting row estimates; the
 * visits and their teams come as columns (one JSON array per field: PostgreSQL turns a value into
 * JSON far cheaper in an aggregate than in a json_build_object per row, and no key is repeated);
 * and what only a host or a reviewer may know (findings counted, the report) comes only for the
 * visits they are host or reviewer of.
 */

/** The visits of MY_TASK_FACTS_SQL, a JSON array per field (null arrays: no visit). */
interface VisitColumns {
  id: string[] | null;
  roundId: string[];
  hostOrganisationId: string[];
  hostName: string[];
  status: string[];
  startsOn: (string | null)[];
  preparationDue: (string | null)[];
  reportDue: (string | null)[];
  replyDeadline: (string | null)[];
}

/** Every member of those visits' teams (coordinators only), a JSON array per field. */
interface TeamColumns {
  visitId: string[] | null;
  userId: string[];
  organisationId: string[];
  lead: boolean[];
}

/** A visit the caller's organisation hosts or the caller reviews: the relations, and the figures they may know. */
interface OwnVisitRow {
  visitId: string;
  host: boolean;
  reviewer: boolean;
  lead: boolean;
  findings: VisitTaskFacts['findings'];
  report: VisitFactsRow['report'];
}

/** The row of MY_TASK_FACTS_SQL: each programme and round once, each visit pointing at its round. */
export interface MyTaskRows {
  /** The network's task facts version in the statement's own snapshot (null: the network has none yet). */
  version: string | null;
  coordinator: boolean;
  programmes: VisitFactsRow['programme'][] | null;
  rounds: (VisitFactsRow['round'] & { programmeId: string })[] | null;
  visits: VisitColumns;
  teams: TeamColumns;
  own: OwnVisitRow[] | null;
  programmeTasks: ProgrammeFactsRow[];
  progressVisits: ProgressVisitFactsRow[] | null;
  evaluations: RoundEvaluationTaskFacts[];
}

/**
 * $1 network, $2 the caller, $3 their organisation, $4 whether they coordinate. The visits: those
 * of programmes that are not closed which the caller's organisation hosts, the caller reviews, or
 * (coordinators) whose team may still change; for coordinators also the programmes themselves.
 * Each figure is counted only for a relation that may know it: drafts for their author, submitted
 * findings for the team, shared ones and whether they have a reply for the host and the team.
 */
export const MY_TASK_FACTS_SQL = `WITH p AS MATERIALIZED (
            SELECT id, network_id, name, status, preparation_days_before, reply_days, report_weeks_after, sign_up_opens_at, sign_up_closes_at
              FROM programme WHERE network_id = $1 AND status <> 'CLOSED'),
          r AS MATERIALIZED (
            SELECT r.* FROM p CROSS JOIN LATERAL (
              SELECT r.id, r.programme_id, r.name, r.status FROM round r
               WHERE r.network_id = $1 AND r.programme_id = p.id AND r.status <> 'COMPOSING' OFFSET 0) r),
          c AS MATERIALIZED (
            SELECT v.id, v.round_id, v.host_organisation_id, v.status, v.starts_on, v.preparation_due, v.report_due, v.reply_deadline,
                   coalesce(v.host_organisation_id = $3, false) AS is_host, me.user_id IS NOT NULL AS is_reviewer,
                   coalesce(me.is_lead, false) AS is_lead
              FROM r
              CROSS JOIN LATERAL (
                SELECT v.id, v.round_id, v.host_organisation_id, v.status, v.starts_on, v.preparation_due, v.report_due, v.reply_deadline
                  FROM visit v WHERE v.network_id = $1 AND v.round_id = r.id OFFSET 0) v
              LEFT JOIN visit_reviewer me ON me.network_id = $1 AND me.visit_id = v.id AND me.user_id = $2
             WHERE v.host_organisation_id = $3
                OR (me.user_id IS NOT NULL AND v.status <> 'REPORT_FINAL')
                OR ($4 AND v.status IN ('PLANNED', 'PREPARED')))
     SELECT
       (SELECT version FROM task_facts_version WHERE network_id = $1) AS version,
       $4 AS coordinator,
       (SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'status', p.status, 'preparationDaysBefore', p.preparation_days_before,
                                          'replyDays', p.reply_days, 'reportWeeksAfter', p.report_weeks_after)) FROM p) AS programmes,
       (SELECT json_agg(json_build_object('id', r.id, 'programmeId', r.programme_id, 'name', r.name, 'status', r.status,
                                          'organisationIds', members.ids))
          FROM r LEFT JOIN LATERAL (
            SELECT json_agg(a.organisation_id) AS ids
              FROM round_member m JOIN application a ON a.network_id = $1 AND a.id = m.application_id
             WHERE $4 AND m.network_id = $1 AND m.round_id = r.id) members ON true
         WHERE r.id IN (SELECT round_id FROM c)) AS rounds,
       (SELECT json_build_object('id', json_agg(c.id), 'roundId', json_agg(c.round_id), 'hostOrganisationId', json_agg(c.host_organisation_id),
                                 'hostName', json_agg(o.name), 'status', json_agg(c.status), 'startsOn', json_agg(c.starts_on),
                                 'preparationDue', json_agg(c.preparation_due), 'reportDue', json_agg(c.report_due),
                                 'replyDeadline', json_agg(c.reply_deadline))
          FROM c JOIN organisation o ON o.network_id = $1 AND o.id = c.host_organisation_id) AS visits,
       (SELECT json_build_object('visitId', json_agg(c.id), 'userId', json_agg(t.user_id), 'organisationId', json_agg(t.organisation_id),
                                 'lead', json_agg(t.is_lead))
          FROM c CROSS JOIN LATERAL (
            SELECT t.user_id, t.organisation_id, t.is_lead FROM visit_reviewer t WHERE t.network_id = $1 AND t.visit_id = c.id OFFSET 0) t
         WHERE $4) AS teams,
       (SELECT json_agg(json_build_object('visitId', c.id, 'host', c.is_host, 'reviewer', c.is_reviewer, 'lead', c.is_lead,
          'findings', json_build_object(
            'myDrafts', CASE WHEN c.is_reviewer THEN f.my_drafts ELSE 0 END,
            'submitted', CASE WHEN c.is_reviewer THEN f.submitted ELSE 0 END,
            'unanswered', CASE WHEN c.is_host OR c.is_reviewer THEN f.unanswered ELSE 0 END,
            'visible', CASE WHEN c.is_host THEN f.visible ELSE 0 END,
            'released', CASE WHEN c.is_host THEN f.released ELSE 0 END),
          'report', CASE WHEN vr.visit_id IS NOT NULL AND (c.is_lead OR c.is_host) THEN json_build_object(
            'summaryWritten', c.is_lead AND vr.summary <> '', 'replyDeadline', vr.reply_deadline,
            'hostCommented', c.is_host AND vr.host_comment <> '') END))
          FROM c
          LEFT JOIN visit_report vr ON vr.network_id = $1 AND vr.visit_id = c.id
          CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE x.status = 'DRAFT' AND x.author_id = $2)::int AS my_drafts,
                   count(*) FILTER (WHERE x.status = 'SUBMITTED')::int AS submitted,
                   count(*) FILTER (WHERE x.status IN ('SHARED', 'FINAL') AND hr.finding_id IS NULL)::int AS unanswered,
                   count(*) FILTER (WHERE x.status IN ('SHARED', 'FINAL'))::int AS visible,
                   count(*) FILTER (WHERE x.status IN ('SHARED', 'FINAL') AND x.released_for_harvest)::int AS released
              FROM finding x LEFT JOIN host_response hr ON hr.network_id = $1 AND hr.finding_id = x.id
             WHERE x.network_id = $1 AND x.visit_id = c.id) f
         WHERE c.is_host OR c.is_reviewer) AS own,
       (SELECT coalesce(json_agg(json_build_object(
          'programme', json_build_object('id', p.id, 'name', p.name, 'status', p.status,
                                         'signUpOpensAt', p.sign_up_opens_at, 'signUpClosesAt', p.sign_up_closes_at),
          'rounds', (SELECT json_build_object('total', count(*), 'closed', count(*) FILTER (WHERE r.status = 'CLOSED'))
                       FROM round r WHERE r.network_id = p.network_id AND r.programme_id = p.id),
          'acceptedUnplaced', (SELECT count(*) FROM application a WHERE a.network_id = p.network_id AND a.programme_id = p.id AND a.status = 'ACCEPTED'),
          'harvestPublished', EXISTS (SELECT 1 FROM harvest h JOIN harvest_version hv ON hv.network_id = h.network_id AND hv.harvest_id = h.id
                                        WHERE h.network_id = p.network_id AND h.programme_id = p.id),
          'pending', (SELECT json_agg(json_build_object('id', a.id, 'organisation', o.name) ORDER BY a.submitted_at, a.id)
                        FROM application a JOIN organisation o ON o.network_id = a.network_id AND o.id = a.organisation_id
                       WHERE a.network_id = p.network_id AND a.programme_id = p.id AND a.status = 'SUBMITTED'))), '[]'::json)
          FROM p WHERE $4
       ) AS "programmeTasks",
       (SELECT json_agg(json_build_object(
          'programme', json_build_object('id', pp.id, 'name', pp.name, 'months', pp.progress_review_months),
          'round', json_build_object('id', rr.id, 'name', rr.name),
          'visit', json_build_object('id', v.id, 'hostName', o.name, 'status', v.status, 'startsOn', v.starts_on, 'kind', v.kind),
          'written', coalesce(pr.written, '[]'::json), 'submitted', coalesce(pr.submitted, '[]'::json)))
          FROM visit v
          JOIN round rr ON rr.network_id = v.network_id AND rr.id = v.round_id
          JOIN programme pp ON pp.network_id = rr.network_id AND pp.id = rr.programme_id
          JOIN organisation o ON o.network_id = v.network_id AND o.id = v.host_organisation_id
          LEFT JOIN LATERAL (
            SELECT json_agg(x.months) AS written, json_agg(x.months) FILTER (WHERE x.submitted_at IS NOT NULL) AS submitted
              FROM progress_review x WHERE x.network_id = v.network_id AND x.visit_id = v.id) pr ON true
         WHERE v.network_id = $1 AND v.host_organisation_id = $3 AND v.status = 'REPORT_FINAL' AND v.starts_on IS NOT NULL
       ) AS "progressVisits",
       -- The closed rounds of running programmes the caller took part in (a member of one of its
       -- organisations, or on the team of one of its visits), with whether they submitted their evaluation.
       (SELECT coalesce(json_agg(json_build_object('programmeId', r.programme_id, 'programme', pr.name, 'roundId', r.id, 'round', r.name,
                                                   'status', r.status, 'submitted', e.submitted_at IS NOT NULL) ORDER BY pr.name, r.name), '[]'::json)
          FROM round r JOIN programme pr ON pr.network_id = r.network_id AND pr.id = r.programme_id
          LEFT JOIN round_evaluation e ON e.network_id = r.network_id AND e.round_id = r.id AND e.user_id = $2
         WHERE r.network_id = $1 AND r.status = 'CLOSED' AND pr.status <> 'CLOSED'
           AND (EXISTS (SELECT 1 FROM round_member rm JOIN application a ON a.network_id = rm.network_id AND a.id = rm.application_id
                         WHERE rm.network_id = r.network_id AND rm.round_id = r.id AND a.organisation_id = $3)
             OR EXISTS (SELECT 1 FROM visit_reviewer vr JOIN visit v ON v.network_id = vr.network_id AND v.id = vr.visit_id
                         WHERE vr.network_id = r.network_id AND vr.user_id = $2 AND v.round_id = r.id))
       ) AS evaluations`;

/** The facts of "Mijn taken" as the task rules take them. */
export interface MyTaskFacts {
  visits: VisitFactsRow[];
  programmes: ProgrammeFactsRow[];
  progressVisits: ProgressVisitFactsRow[];
  evaluations: RoundEvaluationTaskFacts[];
}

/** The parameters of MY_TASK_FACTS_SQL. */
export const myTaskFactsParameters = (networkId: string, userId: string, organisationId: string | null, coordinator: boolean) => [
  networkId,
  userId,
  organisationId,
  coordinator,
];

/** The statement's row as facts: each visit gets its round, programme, team and the caller's relations back. */
export function myTaskFactsOf(row: MyTaskRows): MyTaskFacts {
  const programmes = new Map((row.programmes ?? []).map((programme) => [programme.id, programme]));
  const rounds = new Map((row.rounds ?? []).map(({ programmeId, ...round }) => [round.id, { round, programme: programmes.get(programmeId)! }]));
  const teams = new Map<string, TeamMember[]>();
  const t = row.teams;
  for (let i = 0; i < (t.visitId?.length ?? 0); i++) {
    const member = { userId: t.userId[i], organisationId: t.organisationId[i], lead: t.lead[i] };
    const team = teams.get(t.visitId![i]);
    if (team) team.push(member);
    else teams.set(t.visitId![i], [member]);
  }
  const own = new Map((row.own ?? []).map((o) => [o.visitId, o]));
  const v = row.visits;
  const visits = (v.id ?? []).map((id, i): VisitFactsRow => {
    const mine = own.get(id);
    return {
      ...rounds.get(v.roundId[i])!,
      visit: {
        id,
        hostOrganisationId: v.hostOrganisationId[i],
        hostName: v.hostName[i],
        status: v.status[i],
        startsOn: v.startsOn[i],
        preparationDue: v.preparationDue[i],
        reportDue: v.reportDue[i],
        replyDeadline: v.replyDeadline[i],
      },
      relations: { host: mine?.host ?? false, reviewer: mine?.reviewer ?? false, lead: mine?.lead ?? false, coordinator: row.coordinator },
      team: row.coordinator ? (teams.get(id) ?? []) : null,
      findings: mine?.findings,
      report: mine?.report ?? null,
    };
  });
  return { visits, programmes: row.programmeTasks, progressVisits: row.progressVisits ?? [], evaluations: row.evaluations };
}

/**
 * Everything that may wait on the caller in the current network (MY_TASK_FACTS_SQL), with the
 * network's task facts version the facts were read at (the same statement, so the same snapshot).
 */
export async function myTaskFacts(
  em: EntityManager,
  networkId: string,
  userId: string,
  organisationId: string | null,
  coordinator: boolean,
): Promise<{ version: string | null; facts: MyTaskFacts }> {
  const [row]: MyTaskRows[] = await em.query(MY_TASK_FACTS_SQL, myTaskFactsParameters(networkId, userId, organisationId, coordinator));
  return { version: row.version, facts: myTaskFactsOf(row) };
}

/**
 * The network's task facts version now: a new number with every committed change to a table the
 * facts are read from (the triggers of the migration 1796256390000-task-facts-version.ts); null
 * while the network has none.
 */
export const TASK_FACTS_VERSION_SQL = `SELECT version FROM task_facts_version WHERE network_id = $1`;

/** The same, over the caller's scope (for a one-trip answer: read-plan/one-trip.ts). */
export const TASK_FACTS_VERSION_PROBE = `SELECT version FROM task_facts_version WHERE network_id = ${SCOPE.network}`;

export async function taskFactsVersion(em: EntityManager, networkId: string): Promise<string | null> {
  const [row]: { version: string }[] = await em.query(TASK_FACTS_VERSION_SQL, [networkId]);
  return row?.version ?? null;
}
