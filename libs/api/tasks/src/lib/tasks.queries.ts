import type { VisitFactsJson, VisitKind, VisitTaskFacts } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The SQL of the progress board, and the shapes of the facts "Mijn taken" (my-tasks.queries.ts)
 * gathers: each gathers its facts in one statement as JSON, restricted (beyond RLS) to what the
 * caller may know, as the visit policy does; the task rules of libs/domain then decide what waits on whom.
 */

/** A visit's facts as the statement gives them, with the caller's relations to it. */
export interface VisitFactsRow extends VisitFactsJson {
  programme: VisitFactsJson['programme'];
  round: VisitFactsJson['round'];
  relations: { host: boolean; reviewer: boolean; lead: boolean; coordinator: boolean };
  team: VisitFactsJson['team'];
  /** Left out: nothing counted (the caller may know none of it). */
  findings?: VisitTaskFacts['findings'];
  report: VisitFactsJson['report'];
}

export interface ProgrammeFactsRow {
  programme: { id: string; name: string; status: string; signUpOpensAt: string | null; signUpClosesAt: string | null };
  rounds: { total: number; closed: number };
  acceptedUnplaced: number;
  harvestPublished: boolean;
  pending: { id: string; organisation: string }[] | null;
}

/** The programme columns the rules need, as JSON. */
const PROGRAMME_JSON = (p: string) =>
  `json_build_object('id', ${p}.id, 'name', ${p}.name, 'status', ${p}.status, 'preparationDaysBefore', ${p}.preparation_days_before,
                     'replyDays', ${p}.reply_days, 'reportWeeksAfter', ${p}.report_weeks_after)`;

/** The visit columns the rules need, as JSON. */
const VISIT_JSON = (v: string, host: string) =>
  `json_build_object('id', ${v}.id, 'hostOrganisationId', ${v}.host_organisation_id, 'hostName', ${host}.name, 'status', ${v}.status,
                     'startsOn', ${v}.starts_on, 'preparationDue', ${v}.preparation_due, 'reportDue', ${v}.report_due, 'replyDeadline', ${v}.reply_deadline)`;

/** The organisations of a round (for the team rules), as a JSON array. */
const ROUND_ORGANISATIONS = (r: string) =>
  `(SELECT json_agg(a.organisation_id) FROM round_member m JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
     WHERE m.network_id = ${r}.network_id AND m.round_id = ${r}.id)`;

/** A visit's team, as a JSON array of { userId, organisationId, lead }. */
const TEAM = (v: string) =>
  `(SELECT json_agg(json_build_object('userId', t.user_id, 'organisationId', t.organisation_id, 'lead', t.is_lead))
      FROM visit_reviewer t WHERE t.network_id = ${v}.network_id AND t.visit_id = ${v}.id)`;

/**
 * A visit of the caller's organisation whose report is final, for its progress reviews: these come
 * months after the visit, often once the programme is closed, so they are gathered on their own.
 */
export interface ProgressVisitFactsRow {
  programme: { id: string; name: string; months: number[] };
  round: { id: string; name: string };
  visit: { id: string; hostName: string; status: string; startsOn: string | null; kind: VisitKind };
  written: number[];
  submitted: number[];
}

export interface ProgressVisitRow extends Omit<VisitFactsRow, 'relations' | 'programme' | 'round'> {
  hostPeople: string[] | null;
  lead: string | null;
  /** The progress reviews written, and those submitted (months). */
  written: number[];
  submitted: number[];
}

export interface ProgressFactsRow {
  programme: VisitFactsRow['programme'] | null;
  /** The programme's progress review moments. */
  months: number[] | null;
  coordinators: string[] | null;
  rounds: { id: string; name: string; status: string; organisationIds: string[] | null; visits: ProgressVisitRow[] | null }[] | null;
}

/**
 * A programme's rounds and visits as the coordinator follows them, in one statement: states,
 * dates and counts (never a finding's content or a draft: coordinators see counts of what was
 * submitted), and the names of the people each step waits on.
 */
export async function programmeProgressFacts(em: EntityManager, networkId: string, programmeId: string): Promise<ProgressFactsRow> {
  const [row] = await em.query(
    `WITH p AS (SELECT * FROM programme WHERE network_id = $1 AND id = $2)
     SELECT (SELECT ${PROGRAMME_JSON('p')} FROM p) AS programme,
            (SELECT progress_review_months FROM p) AS months,
            (SELECT json_agg(u.name ORDER BY u.name) FROM p JOIN membership m ON m.network_id = p.network_id AND m.role = 'COORDINATOR' AND m.active
               JOIN app_user u ON u.id = m.user_id AND u.active) AS coordinators,
            (SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'status', r.status, 'organisationIds', ${ROUND_ORGANISATIONS('r')},
               'visits', (SELECT json_agg(json_build_object(
                   'visit', ${VISIT_JSON('v', 'o')},
                   'team', ${TEAM('v')},
                   'findings', (SELECT json_build_object('myDrafts', 0,
                                  'submitted', count(*) FILTER (WHERE x.status = 'SUBMITTED'),
                                  'unanswered', count(*) FILTER (WHERE x.status IN ('SHARED', 'FINAL') AND hr.finding_id IS NULL),
                                  'visible', count(*) FILTER (WHERE x.status IN ('SHARED', 'FINAL')),
                                  'released', count(*) FILTER (WHERE x.status IN ('SHARED', 'FINAL') AND x.released_for_harvest))
                                  FROM finding x LEFT JOIN host_response hr ON hr.network_id = x.network_id AND hr.finding_id = x.id
                                 WHERE x.network_id = v.network_id AND x.visit_id = v.id AND x.status <> 'DRAFT'),
                   'report', CASE WHEN vr.visit_id IS NOT NULL THEN
                               json_build_object('summaryWritten', false, 'replyDeadline', vr.reply_deadline, 'hostCommented', false) END,
                   'hostPeople', (SELECT json_agg(u.name ORDER BY u.name) FROM membership m JOIN app_user u ON u.id = m.user_id AND u.active
                                   WHERE m.network_id = v.network_id AND m.organisation_id = v.host_organisation_id AND m.active),
                   'lead', (SELECT u.name FROM visit_reviewer t JOIN app_user u ON u.id = t.user_id
                             WHERE t.network_id = v.network_id AND t.visit_id = v.id AND t.is_lead),
                   'written', coalesce((SELECT json_agg(x.months) FROM progress_review x WHERE x.network_id = v.network_id AND x.visit_id = v.id), '[]'::json),
                   'submitted', coalesce((SELECT json_agg(x.months) FROM progress_review x
                                           WHERE x.network_id = v.network_id AND x.visit_id = v.id AND x.submitted_at IS NOT NULL), '[]'::json))
                   ORDER BY v.starts_on NULLS LAST, o.name)
                   FROM visit v JOIN organisation o ON o.network_id = v.network_id AND o.id = v.host_organisation_id
                   LEFT JOIN visit_report vr ON vr.network_id = v.network_id AND vr.visit_id = v.id
                  WHERE v.network_id = r.network_id AND v.round_id = r.id))
               ORDER BY r.name)
               FROM p JOIN round r ON r.network_id = p.network_id AND r.programme_id = p.id) AS rounds`,
    [networkId, programmeId],
  );
  return row;
}
