import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CURRENT_USER } from './1763856000000-foundation';

/**
 * The AVG's rights of access and erasure.
 *
 * - `account_erasure`: the minimal record that an account was erased (when, by whom, which
 *   networks); no name, no e-mail. Not tenant-owned (an account spans networks), append-only.
 * - A person may read their own account-level audit entries (sign-ins, name and password
 *   changes: network_id NULL), for their download.
 * - `kijkje_erase_traces`: the audit trail and kept report versions are append-only for the app,
 *   yet an erased person's name and e-mail must leave them. This one SECURITY DEFINER function,
 *   owned by the migrating role, rewrites only those values; the `erasure` policies let that role
 *   reach the rows only while the function runs (app.erasing). The app role gains no UPDATE right.
 */
export class AccountErasure1796256130000 implements MigrationInterface {
  name = 'AccountErasure1796256130000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE account_erasure (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      erased_at timestamptz NOT NULL DEFAULT now(),
      erased_by varchar(20) NOT NULL,
      erased_by_user_id uuid,
      network_ids jsonb NOT NULL DEFAULT '[]'
    )`);
    await q.query(`GRANT SELECT, INSERT ON account_erasure TO kijkje_app`);
    await q.query(`CREATE POLICY own_account_audit ON audit_event FOR SELECT
      USING (network_id IS NULL AND (actor_user_id = ${CURRENT_USER} OR (target_type = 'user' AND target_id = ${CURRENT_USER}::text)))`);
    for (const table of ['audit_event', 'visit_report_revision'])
      await q.query(`DO $$ BEGIN
        EXECUTE format('CREATE POLICY erasure ON ${table} FOR ALL TO %I USING (current_setting(''app.erasing'', true) = ''on'')', current_user);
      END $$`);
    await q.query(String.raw`CREATE FUNCTION kijkje_scrub(p_doc jsonb, p_secrets text[], p_replacement text) RETURNS jsonb
      LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE
        t text := p_doc::text;
        s text;
        r text := substr(to_jsonb(p_replacement)::text, 2, length(to_jsonb(p_replacement)::text) - 2);
      BEGIN
        IF p_doc IS NULL THEN RETURN NULL; END IF;
        FOREACH s IN ARRAY p_secrets LOOP
          CONTINUE WHEN s IS NULL OR length(s) < 3;
          s := substr(to_jsonb(s)::text, 2, length(to_jsonb(s)::text) - 2);
          t := regexp_replace(t, regexp_replace(s, '([^[:alnum:][:space:]])', '\\\1', 'g'), replace(r, '\', '\\'), 'gi');
        END LOOP;
        RETURN t::jsonb;
      END $$`);
    await q.query(`CREATE FUNCTION kijkje_erase_traces(p_user uuid, p_email text, p_names text[], p_replacement text, p_networks uuid[])
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        names text[] := p_names;
        secrets text[];
      BEGIN
        PERFORM set_config('app.erasing', 'on', true);
        -- Earlier names of the person, as their name changes recorded them.
        SELECT names || coalesce(array_agg(DISTINCT e.data->>'from') FILTER (WHERE e.data->>'from' IS NOT NULL), '{}')
          INTO names FROM audit_event e WHERE e.action = 'account.name_changed' AND e.target_id = p_user::text;
        secrets := ARRAY[p_email] || names;
        UPDATE audit_event SET data = kijkje_scrub(data, ARRAY[p_email], 'gewist'), ip = CASE WHEN actor_user_id = p_user THEN NULL ELSE ip END
         WHERE data::text ILIKE '%' || p_email || '%' OR actor_user_id = p_user;
        UPDATE audit_event SET data = kijkje_scrub(data, names, p_replacement)
         WHERE actor_user_id = p_user OR target_id = p_user::text OR (network_id = ANY(p_networks) AND data IS NOT NULL);
        UPDATE visit_report_revision SET content = kijkje_scrub(content, secrets, p_replacement) WHERE network_id = ANY(p_networks);
        PERFORM set_config('app.erasing', '', true);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION kijkje_erase_traces(uuid, text, text[], text, uuid[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION kijkje_erase_traces(uuid, text, text[], text, uuid[]) TO kijkje_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS kijkje_erase_traces(uuid, text, text[], text, uuid[])`);
    await q.query(`DROP FUNCTION IF EXISTS kijkje_scrub(jsonb, text[], text)`);
    await q.query(`DROP POLICY IF EXISTS erasure ON visit_report_revision`);
    await q.query(`DROP POLICY IF EXISTS erasure ON audit_event`);
    await q.query(`DROP POLICY IF EXISTS own_account_audit ON audit_event`);
    await q.query(`DROP TABLE IF EXISTS account_erasure`);
  }
}
