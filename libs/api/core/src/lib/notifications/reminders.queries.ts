import type { EntityManager } from 'typeorm';
import type { ReminderStage, RemindedDeadline, VisitFactsJson, VisitKind } from '@kijkje/domain';

/**
 * The statements of deadline reminders (see README, "Where the SQL of an operation lives"). The
 * job reads one network at a time under that network's scope (row-level security), so what it
 * finds, and whom it tells, never leaves the network.
 */

export async function reminderNetworks(em: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await em.query(`SELECT id FROM network ORDER BY id`);
  return rows.map((r) => r.id);
}

/** Scope for this transaction only (set_config(…, true)); '' leaves it without a network again. */
export async function enterNetwork(em: EntityManager, networkId: string): Promise<void> {
  await em.query(`SELECT set_config('app.network_id', $1, true), set_config('app.user_id', '', true)`, [networkId]);
}

/** Rows as json_build_object gives them: timestamps as ISO text, dates as YYYY-MM-DD. */
export interface ReminderFactsRow {
  programme: VisitFactsJson['programme'];
  round: VisitFactsJson['round'];
  visit: VisitFactsJson['visit'];
  /** Counted as the host sees them: findings shared with it or final. */
  findings: { unanswered: number; visible: number; released: number };
  /** The active people of the host organisation, and the team's lead. */
  hostPeople: string[] | null;
  leads: string[] | null;
  sent: { deadline: RemindedDeadline; stage: ReminderStage; dueAt: string }[] | null;
}

/**
 * Every visit of the network whose deadlines may still ask something of someone (a running round
 * of a programme that is not closed, the report not final), with the facts the reminder rules
 * need, the people to tell and the reminders already sent, in one statement.
 */
export function reminderFacts(em: EntityManager, networkId: string): Promise<ReminderFactsRow[]> {
  return em.query(
    `SELECT json_build_object('id', p.id, 'name', p.name, 'status', p.status, 'preparationDaysBefore', p.preparation_days_before,
                              'replyDays', p.reply_days, 'reportWeeksAfter', p.report_weeks_after) AS programme,
            json_build_object('id', r.id, 'name', r.name, 'status', r.status) AS round,
            json_build_object('id', v.id, 'hostOrganisationId', v.host_organisation_id, 'hostName', o.name, 'status', v.status,
                              'startsOn', v.starts_on, 'preparationDue', v.preparation_due, 'reportDue', v.report_due,
                              'replyDeadline', v.reply_deadline) AS visit,
            (SELECT json_build_object(
                      'unanswered', count(*) FILTER (WHERE hr.finding_id IS NULL),
                      'visible', count(*),
                      'released', count(*) FILTER (WHERE x.released_for_harvest))
               FROM finding x LEFT JOIN host_response hr ON hr.network_id = x.network_id AND hr.finding_id = x.id
              WHERE x.network_id = v.network_id AND x.visit_id = v.id AND x.status IN ('SHARED', 'FINAL')) AS findings,
            (SELECT json_agg(m.user_id ORDER BY m.user_id) FROM membership m JOIN app_user u ON u.id = m.user_id AND u.active
              WHERE m.network_id = v.network_id AND m.organisation_id = v.host_organisation_id AND m.active) AS "hostPeople",
            (SELECT json_agg(t.user_id ORDER BY t.user_id) FROM visit_reviewer t
              WHERE t.network_id = v.network_id AND t.visit_id = v.id AND t.is_lead) AS leads,
            (SELECT json_agg(json_build_object('deadline', d.deadline, 'stage', d.stage, 'dueAt', d.due_at))
               FROM deadline_reminder d WHERE d.network_id = v.network_id AND d.visit_id = v.id) AS sent
       FROM programme p
       JOIN round r ON r.network_id = p.network_id AND r.programme_id = p.id AND r.status NOT IN ('COMPOSING', 'CLOSED')
       JOIN visit v ON v.network_id = r.network_id AND v.round_id = r.id AND v.status <> 'REPORT_FINAL'
       JOIN organisation o ON o.network_id = v.network_id AND o.id = v.host_organisation_id
      WHERE p.network_id = $1 AND p.status <> 'CLOSED'
      ORDER BY v.id`,
    [networkId],
  );
}

/** A visit whose report is final, with what its progress reviews need (see ProgressReviewTaskFacts). */
export interface ProgressReminderRow {
  programme: { id: string; name: string; months: number[] };
  round: { id: string; name: string };
  visit: { id: string; hostName: string; status: string; startsOn: string; kind: VisitKind };
  written: number[];
  submitted: number[];
  hostPeople: string[] | null;
  sent: { stage: ReminderStage; dueAt: string }[] | null;
}

/**
 * Every visit of the network whose report is final and whose progress reviews may still be due
 * (the latest moment a programme can set, or a host can have written, lies within five years),
 * whatever the state of its programme: the reviews come after the rounds. One statement.
 */
export function progressReminderFacts(em: EntityManager, networkId: string): Promise<ProgressReminderRow[]> {
  return em.query(
    `SELECT json_build_object('id', p.id, 'name', p.name, 'months', p.progress_review_months) AS programme,
            json_build_object('id', r.id, 'name', r.name) AS round,
            json_build_object('id', v.id, 'hostName', o.name, 'status', v.status, 'startsOn', v.starts_on, 'kind', v.kind) AS visit,
            coalesce((SELECT json_agg(x.months) FROM progress_review x WHERE x.network_id = v.network_id AND x.visit_id = v.id), '[]'::json) AS written,
            coalesce((SELECT json_agg(x.months) FROM progress_review x
                       WHERE x.network_id = v.network_id AND x.visit_id = v.id AND x.submitted_at IS NOT NULL), '[]'::json) AS submitted,
            (SELECT json_agg(m.user_id ORDER BY m.user_id) FROM membership m JOIN app_user u ON u.id = m.user_id AND u.active
              WHERE m.network_id = v.network_id AND m.organisation_id = v.host_organisation_id AND m.active) AS "hostPeople",
            (SELECT json_agg(json_build_object('stage', d.stage, 'dueAt', d.due_at))
               FROM deadline_reminder d WHERE d.network_id = v.network_id AND d.visit_id = v.id AND d.deadline = 'PROGRESS_REVIEW') AS sent
       FROM visit v
       JOIN round r ON r.network_id = v.network_id AND r.id = v.round_id
       JOIN programme p ON p.network_id = r.network_id AND p.id = r.programme_id
       JOIN organisation o ON o.network_id = v.network_id AND o.id = v.host_organisation_id
      WHERE v.network_id = $1 AND v.status = 'REPORT_FINAL' AND v.starts_on >= (current_date - interval '61 months')
      ORDER BY v.id`,
    [networkId],
  );
}

/**
 * Claims one reminder: true when this run is the first to send it (the unique index decides, so
 * two runs that somehow overlap still send it once).
 */
export async function claimReminder(
  em: EntityManager,
  r: { networkId: string; visitId: string; deadline: RemindedDeadline; dueAt: Date; stage: ReminderStage; sentAt: Date },
): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `INSERT INTO deadline_reminder (network_id, visit_id, deadline, due_at, stage, sent_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (network_id, visit_id, deadline, due_at, stage) DO NOTHING RETURNING id`,
    [r.networkId, r.visitId, r.deadline, r.dueAt, r.stage, r.sentAt],
  );
  return rows.length > 0;
}
