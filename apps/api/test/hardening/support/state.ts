import { Client } from 'pg';

/**
 * The tables of the programme, round, visit, finding, report and harvest contexts, fingerprinted
 * whole: every column of every row, so that a changed status, version, text or timestamp shows.
 * Nothing in them changes behind a request's back (finding_rollup follows the finding trigger in
 * the same transaction).
 */
const WHOLE_ROW_TABLES = [
  'programme',
  'application',
  'round',
  'round_member',
  'visit',
  'visit_reviewer',
  'finding',
  'finding_comment',
  'host_response',
  'visit_report',
  'visit_report_revision',
  'harvest',
  'harvest_version',
  'harvest_withdrawal',
  'harvest_public',
  'finding_rollup',
  'round_evaluation',
  'meeting',
  'meeting_item',
  'meeting_table',
  'meeting_registration',
  'meeting_card',
  'meeting_report',
  'meeting_report_version',
  'meeting_report_public',
  'meeting_facilitator',
  'meeting_calendar',
  'meeting_reminder',
  'track',
  'track_facilitator',
  'track_session',
  'track_participant',
  'track_case_entry',
  'track_feedback',
] as const;

const camel = (table: string) => table.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

const wholeRows = WHOLE_ROW_TABLES.flatMap((table) => [
  `(SELECT count(*) FROM ${table})::int AS "${camel(table)}Rows"`,
  `(SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM ${table} t) AS "${camel(table)}Hash"`,
]);

/**
 * A fingerprint of everything a mutation may write, read as the owner (past RLS). Two equal
 * snapshots mean nothing was stored or changed. Left out on purpose: rows that must survive a
 * failed operation by design (denial, failed sign-in and failed second-factor audits, written in their own
 * transaction; rate-limit counters), session bookkeeping (last_seen_at) and the mail worker's
 * progress on queued jobs (it runs on its own clock; the number of jobs is kept).
 */
const SNAPSHOT_SQL = `
SELECT
  (SELECT count(*) FROM app_user)::int AS users,
  (SELECT md5(coalesce(string_agg(id::text || '|' || name || '|' || coalesce(password_hash, '') || '|' || active::text || '|' || version::text, ',' ORDER BY id), '')) FROM app_user) AS "usersHash",
  (SELECT count(*) FROM session)::int AS sessions,
  (SELECT count(*) FROM network)::int AS networks,
  (SELECT md5(coalesce(string_agg(id::text || '|' || name || '|' || slug, ',' ORDER BY id), '')) FROM network) AS "networksHash",
  (SELECT count(*) FROM organisation)::int AS organisations,
  (SELECT md5(coalesce(string_agg(id::text || '|' || name || '|' || version::text, ',' ORDER BY id), '')) FROM organisation) AS "organisationsHash",
  (SELECT count(*) FROM membership)::int AS memberships,
  (SELECT md5(coalesce(string_agg(id::text || '|' || role || '|' || active::text || '|' || coalesce(organisation_id::text, ''), ',' ORDER BY id), '')) FROM membership) AS "membershipsHash",
  (SELECT count(*) FROM invitation)::int AS invitations,
  (SELECT md5(coalesce(string_agg(id::text || '|' || coalesce(accepted_at::text, '') || '|' || coalesce(revoked_at::text, ''), ',' ORDER BY id), '')) FROM invitation) AS "invitationsHash",
  (SELECT count(*) FROM password_reset)::int AS "passwordResets",
  (SELECT count(*) FROM password_reset WHERE used_at IS NOT NULL)::int AS "usedPasswordResets",
  (SELECT count(*) FROM job)::int AS jobs,
  (SELECT count(*) FROM idempotency_record)::int AS "idempotencyRecords",
  (SELECT count(*) FROM audit_event WHERE action NOT IN ('access.denied', 'auth.sign_in_failed', 'auth.second_factor_failed'))::int AS "auditEvents",
  ${wholeRows.join(',\n  ')}
`;

export type Snapshot = Record<string, string | number>;

/** A long-lived owner connection for taking snapshots quickly. */
export class StateProbe {
  private constructor(readonly client: Client) {}

  static async open(ownerUrl: string): Promise<StateProbe> {
    const client = new Client({ connectionString: ownerUrl });
    await client.connect();
    return new StateProbe(client);
  }

  async snapshot(): Promise<Snapshot> {
    // a named statement: planned once per connection, not on every snapshot
    const { rows } = await this.client.query({ name: 'state-snapshot', text: SNAPSHOT_SQL });
    return rows[0];
  }

  async query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    const { rows } = await this.client.query(sql, params);
    return rows as T[];
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
