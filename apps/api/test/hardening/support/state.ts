import { Client } from 'pg';

/**
 * A fingerprint of everything a mutation may write, read as the owner (past RLS). Two equal
 * snapshots mean nothing was stored or changed. Left out on purpose: rows that must survive a
 * failed operation by design (denial and failed sign-in audits, written in their own
 * transaction; rate-limit counters) and session bookkeeping (last_seen_at).
 */
const SNAPSHOT_SQL = `
SELECT
  (SELECT count(*) FROM app_user)::int AS users,
  (SELECT md5(coalesce(string_agg(id::text || '|' || name || '|' || coalesce(password_hash, '') || '|' || active::text, ',' ORDER BY id), '')) FROM app_user) AS "usersHash",
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
  (SELECT count(*) FROM audit_event WHERE action NOT IN ('access.denied', 'auth.sign_in_failed'))::int AS "auditEvents"
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
    const { rows } = await this.client.query(SNAPSHOT_SQL);
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
