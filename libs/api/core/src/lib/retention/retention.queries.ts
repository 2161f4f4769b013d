import { RETENTION_KINDS, type RetentionCounts } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The statements of retention (see README, "Where the SQL of an operation lives"). The job works
 * one network at a time under that network's scope (row-level security), so it never reaches
 * beyond the network whose setting it applies.
 */

export async function retentionNetworks(em: EntityManager): Promise<{ id: string; retentionYears: number }[]> {
  return em.query(`SELECT id, retention_years AS "retentionYears" FROM network ORDER BY id`);
}

/** Scope for this transaction only; '' leaves it without a network (or person) again. */
export async function enterRetentionScope(em: EntityManager, networkId: string, userId = ''): Promise<void> {
  await em.query(`SELECT set_config('app.network_id', $1, true), set_config('app.user_id', $2, true)`, [networkId, userId]);
}

/** Closed programmes of the network whose material has not been removed yet. */
export async function closedProgrammes(em: EntityManager, networkId: string): Promise<{ id: string; closedAt: Date }[]> {
  return em.query(
    `SELECT p.id, p.closed_at AS "closedAt" FROM programme p
      WHERE p.network_id = $1 AND p.status = 'CLOSED' AND p.closed_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM retention_record r WHERE r.network_id = p.network_id AND r.programme_id = p.id)
      ORDER BY p.closed_at`,
    [networkId],
  );
}

const VISITS = `SELECT v.id FROM visit v JOIN round r ON r.network_id = v.network_id AND r.id = v.round_id WHERE r.network_id = $1 AND r.programme_id = $2`;
const FINDINGS = `SELECT f.id FROM finding f WHERE f.network_id = $1 AND f.visit_id IN (${VISITS})`;

/** Rows a statement touched. */
async function affected(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const result = (await em.query(sql, params)) as [unknown[], number];
  return result[1];
}

/**
 * Removes a programme's visit material and returns how much of each kind. Visits stay as the
 * skeleton (which municipality, when) with their preparation emptied; a draft finding is its
 * author's alone (restrictive policy), so drafts are removed as each possible author in turn.
 */
export async function removeMaterial(em: EntityManager, networkId: string, programmeId: string): Promise<RetentionCounts> {
  const p = [networkId, programmeId];
  const counts = Object.fromEntries(RETENTION_KINDS.map((k) => [k, 0])) as RetentionCounts;
  counts.comments = await affected(em, `DELETE FROM finding_comment WHERE network_id = $1 AND finding_id IN (${FINDINGS})`, p);
  counts.replies = await affected(em, `DELETE FROM host_response WHERE network_id = $1 AND finding_id IN (${FINDINGS})`, p);
  counts.findings = await affected(em, `DELETE FROM finding WHERE network_id = $1 AND visit_id IN (${VISITS})`, p);
  const authors: { id: string }[] = await em.query(
    `SELECT user_id AS id FROM membership WHERE network_id = $1
     UNION SELECT user_id FROM visit_reviewer WHERE network_id = $1 AND visit_id IN (${VISITS})`,
    p,
  );
  for (const author of authors) {
    await enterRetentionScope(em, networkId, author.id);
    counts.findings += await affected(em, `DELETE FROM finding WHERE network_id = $1 AND status = 'DRAFT' AND visit_id IN (${VISITS})`, p);
  }
  await enterRetentionScope(em, networkId);
  // What followed the report: action plans with their actions and discussion, and the progress reviews.
  counts.planComments = await affected(
    em,
    `DELETE FROM plan_action_comment WHERE network_id = $1 AND action_id IN (SELECT id FROM plan_action WHERE network_id = $1 AND visit_id IN (${VISITS}))`,
    p,
  );
  counts.planActions = await affected(em, `DELETE FROM plan_action WHERE network_id = $1 AND visit_id IN (${VISITS})`, p);
  counts.actionPlans = await affected(em, `DELETE FROM action_plan WHERE network_id = $1 AND visit_id IN (${VISITS})`, p);
  counts.progressReviews = await affected(em, `DELETE FROM progress_review WHERE network_id = $1 AND visit_id IN (${VISITS})`, p);
  // The evaluations of the programme's rounds hold free text by a person: they go with the rest.
  counts.roundEvaluations = await affected(
    em,
    `DELETE FROM round_evaluation WHERE network_id = $1 AND round_id IN (SELECT id FROM round WHERE network_id = $1 AND programme_id = $2)`,
    p,
  );
  counts.reportVersions = await affected(em, `DELETE FROM visit_report_revision WHERE network_id = $1 AND visit_id IN (${VISITS})`, p);
  counts.reports = await affected(em, `DELETE FROM visit_report WHERE network_id = $1 AND visit_id IN (${VISITS})`, p);
  counts.reviewers = await affected(em, `DELETE FROM visit_reviewer WHERE network_id = $1 AND visit_id IN (${VISITS})`, p);
  const [emptied]: { preparations: number; agendas: number }[] = await em.query(
    `WITH changed AS (
       UPDATE visit v SET answers = '{}'::jsonb, agenda = '[]'::jsonb, review_question = NULL, version = v.version + 1
         FROM visit old
        WHERE old.id = v.id AND v.network_id = $1 AND v.id IN (${VISITS})
          AND (v.answers <> '{}'::jsonb OR v.agenda <> '[]'::jsonb OR v.review_question IS NOT NULL)
       RETURNING (old.answers <> '{}'::jsonb OR old.review_question IS NOT NULL) AS prepared, old.agenda <> '[]'::jsonb AS agenda)
     SELECT count(*) FILTER (WHERE prepared)::int AS preparations, count(*) FILTER (WHERE agenda)::int AS agendas FROM changed`,
    p,
  );
  counts.preparations = emptied.preparations;
  counts.agendas = emptied.agendas;
  return counts;
}

export async function recordRemoval(
  em: EntityManager,
  r: { networkId: string; programmeId: string; retentionYears: number; closedAt: Date; removedAt: Date; counts: RetentionCounts },
): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `INSERT INTO retention_record (network_id, programme_id, retention_years, closed_at, removed_at, counts) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (network_id, programme_id) DO NOTHING RETURNING id`,
    [r.networkId, r.programmeId, r.retentionYears, r.closedAt, r.removedAt, JSON.stringify(r.counts)],
  );
  return rows.length > 0;
}

export async function setRetentionYears(em: EntityManager, networkId: string, years: number): Promise<void> {
  await em.query(`UPDATE network SET retention_years = $2 WHERE id = $1`, [networkId, years]);
}

/** A programme of the network with what retention says of it (RLS limits the look to the caller's network). */
export async function programmeRetentionFacts(
  em: EntityManager,
  networkId: string,
  programmeId: string,
): Promise<{ status: string; closedAt: Date | null; retentionYears: number; removedAt: Date | null } | null> {
  const [row] = await em.query(
    `SELECT p.status, p.closed_at AS "closedAt", n.retention_years AS "retentionYears", r.removed_at AS "removedAt"
       FROM programme p JOIN network n ON n.id = p.network_id
       LEFT JOIN retention_record r ON r.network_id = p.network_id AND r.programme_id = p.id
      WHERE p.network_id = $1 AND p.id = $2`,
    [networkId, programmeId],
  );
  return row ?? null;
}

/** Meetings of the network that ended and still hold cards, registrations, or what people's calendars were sent of them and the reminders. */
export function meetingsWithMaterial(em: EntityManager, networkId: string): Promise<{ id: string; endsAt: Date }[]> {
  return em.query(
    `SELECT m.id, m.ends_at AS "endsAt" FROM meeting m
      WHERE m.network_id = $1 AND m.ends_at < now()
        AND (EXISTS (SELECT 1 FROM meeting_card c WHERE c.network_id = m.network_id AND c.meeting_id = m.id)
          OR EXISTS (SELECT 1 FROM meeting_registration r WHERE r.network_id = m.network_id AND r.meeting_id = m.id)
          OR EXISTS (SELECT 1 FROM meeting_calendar c WHERE c.network_id = m.network_id AND c.meeting_id = m.id)
          OR EXISTS (SELECT 1 FROM meeting_reminder d WHERE d.network_id = m.network_id AND d.meeting_id = m.id))
      ORDER BY m.ends_at`,
    [networkId],
  );
}

/**
 * Removes a meeting's cards and registrations, and what people's calendars were sent of it with
 * the reminders (bookkeeping about people: those registered, its facilitators, its table hosts);
 * answers how many cards and registrations. Who ran it, and who hosted its tables, stay with the meeting.
 */
export async function removeMeetingMaterial(em: EntityManager, networkId: string, meetingId: string): Promise<{ cards: number; registrations: number }> {
  const p = [networkId, meetingId];
  const cards = await affected(em, `DELETE FROM meeting_card WHERE network_id = $1 AND meeting_id = $2`, p);
  const registrations = await affected(em, `DELETE FROM meeting_registration WHERE network_id = $1 AND meeting_id = $2`, p);
  await em.query(`DELETE FROM meeting_reminder WHERE network_id = $1 AND meeting_id = $2`, p);
  await em.query(`DELETE FROM meeting_calendar WHERE network_id = $1 AND meeting_id = $2`, p);
  return { cards, registrations };
}
