import type { RoundEvaluationTaskFacts, VisitFactsJson, VisitKind, VisitTaskFacts } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The SQL of "Mijn taken" and the progress board: each gathers its facts in one statement as
 * JSON, restricted (beyond RLS) to what the caller may know, as the visit policy does; the task
 * rules of libs/domain then decide what waits on whom.
 */

/** A visit's facts as the statement gives them, with the caller's relations to it. */
export interface VisitFactsRow extends VisitFactsJson {
  programme: VisitFactsJson['programme'];
  round: VisitFactsJson['round'];
  relations: { host: boolean; reviewer: boolean; lead: boolean; coordinator: boolean };
  team: VisitFactsJson['team'];
  findings: VisitTaskFacts['findings'];
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

/** The rows of myTaskFacts: each programme and round once, each visit pointing at its round. */
export interface MyTaskRows {
  programmes: VisitFactsRow['programme'][] | null;
  rounds: (VisitFactsRow['round'] & { programmeId: string })[] | null;
  visits: (Omit<VisitFactsRow, 'programme' | 'round'> & { roundId: string })[] | null;
  programmeTasks: ProgrammeFactsRow[];
  progressVisits: ProgressVisitFactsRow[] | null;
  evaluations: RoundEvaluationTaskFacts[];
}

/**
 * Everything that may wait on the caller in the current network, in one statement: the visits of
 * programmes that are not closed which the caller's organisation hosts, the caller reviews, or
 * (coordinators) whose team may still change; and, for coordinators, the programmes themselves.
 * Each figure is counted only for a relation that may know it: drafts for their author, submitted
 * findings for the team, shared ones and whether they have a reply for the host and the team.
 * Programmes and rounds come once each, not once per visit, and teams and round members are
 * gathered in one pass each (a coordinator's list spans hundreds of visits).
 */
export const MY_TASK_FACTS_SQL = `WITH p AS (SELECT * FROM programme WHERE network_id = $1 AND status <> 'CLOSED'),
          r AS (SELECT r.* FROM p JOIN round r ON r.network_id = p.network_id AND r.programme_id = p.id AND r.status <> 'COMPOSING'),
          c AS (
            SELECT v.id, v.network_id, v.round_id, ${VISIT_JSON('v', 'o')} AS visit_json,
                   coalesce(v.host_organisation_id = $3, false) AS is_host, me.user_id IS NOT NULL AS is_reviewer,
                   coalesce(me.is_lead, false) AS is_lead
              FROM r
              CROSS JOIN LATERAL (SELECT * FROM visit v WHERE v.network_id = r.network_id AND v.round_id = r.id OFFSET 0) v
              JOIN organisation o ON o.network_id = v.network_id AND o.id = v.host_organisation_id
              LEFT JOIN visit_reviewer me ON me.network_id = v.network_id AND me.visit_id = v.id AND me.user_id = $2
             WHERE v.host_organisation_id = $3
                OR (me.user_id IS NOT NULL AND v.status <> 'REPORT_FINAL')
                OR ($4 AND v.status IN ('PLANNED', 'PREPARED')))
     SELECT
       (SELECT json_agg(${PROGRAMME_JSON('p')}) FROM p) AS programmes,
       (SELECT json_agg(json_build_object('id', r.id, 'programmeId', r.programme_id, 'name', r.name, 'status', r.status,
                                          'organisationIds', members.ids))
          FROM r LEFT JOIN LATERAL (
            SELECT json_agg(a.organisation_id) AS ids
              FROM round_member m JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
             WHERE $4 AND m.network_id = r.network_id AND m.round_id = r.id) members ON true
         WHERE r.id IN (SELECT round_id FROM c)) AS rounds,
       (SELECT json_agg(json_build_object(
          'roundId', c.round_id,
          'visit', c.visit_json,
          'relations', json_build_object('host', c.is_host, 'reviewer', c.is_reviewer, 'lead', c.is_lead, 'coordinator', $4),
          'team', CASE WHEN $4 THEN ${TEAM('c')} END,
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
          LEFT JOIN visit_report vr ON vr.network_id = c.network_id AND vr.visit_id = c.id
          LEFT JOIN LATERAL (
            SELECT count(*) FILTER (WHERE x.status = 'DRAFT' AND x.author_id = $2)::int AS my_drafts,
                   count(*) FILTER (WHERE x.status = 'SUBMITTED')::int AS submitted,
                   count(*) FILTER (WHERE x.status IN ('SHARED', 'FINAL') AND hr.finding_id IS NULL)::int AS unanswered,
                   count(*) FILTER (WHERE x.status IN ('SHARED', 'FINAL'))::int AS visible,
                   count(*) FILTER (WHERE x.status IN ('SHARED', 'FINAL') AND x.released_for_harvest)::int AS released
              FROM finding x LEFT JOIN host_response hr ON hr.network_id = x.network_id AND hr.finding_id = x.id
             WHERE x.network_id = c.network_id AND x.visit_id = c.id AND (c.is_host OR c.is_reviewer)) f ON true
       ) AS visits,
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

/** The statement's one row as facts: each visit gets its round and programme back. */
export function myTaskFactsOf(row: MyTaskRows): MyTaskFacts {
  const programmes = new Map((row.programmes ?? []).map((programme) => [programme.id, programme]));
  const rounds = new Map((row.rounds ?? []).map(({ programmeId, ...round }) => [round.id, { round, programme: programmes.get(programmeId)! }]));
  const visits = (row.visits ?? []).map(({ roundId, ...visit }) => ({ ...visit, ...rounds.get(roundId)! }));
  return { visits, programmes: row.programmeTasks, progressVisits: row.progressVisits ?? [], evaluations: row.evaluations };
}

/** Everything that may wait on the caller in the current network (MY_TASK_FACTS_SQL). */
export async function myTaskFacts(
  em: EntityManager,
  networkId: string,
  userId: string,
  organisationId: string | null,
  coordinator: boolean,
): Promise<MyTaskFacts> {
  const [row]: MyTaskRows[] = await em.query(MY_TASK_FACTS_SQL, myTaskFactsParameters(networkId, userId, organisationId, coordinator));
  return myTaskFactsOf(row);
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
