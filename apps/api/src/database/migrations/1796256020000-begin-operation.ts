import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first statement of every operation: finds the live session behind a cookie's token hash,
 * refreshes its idle clock at most once a minute, and scopes the transaction to its person and,
 * when they are an active member of the session's network, that network (as kijkje_enter does).
 * One statement that travels with the transaction's BEGIN, where the session lookup used to be a
 * round trip of its own on a connection of its own. Settings are local to the transaction (SEC-02).
 * An ordinary function, not SECURITY DEFINER: it runs with the app role's rights.
 */
export class BeginOperation1796256020000 implements MigrationInterface {
  name = 'BeginOperation1796256020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION kijkje_begin(p_token_hash text, p_idle_minutes integer)
      RETURNS TABLE (session_id uuid, user_id uuid, current_network_id uuid, email varchar, name varchar, is_platform_admin boolean,
                     membership_id uuid, role varchar, organisation_id uuid)
      LANGUAGE plpgsql AS $$
      DECLARE
        s record;
        mem record;
      BEGIN
        PERFORM set_config('app.user_id', '', true);
        PERFORM set_config('app.network_id', '', true);
        IF p_token_hash IS NULL THEN
          RETURN;
        END IF;
        SELECT se.id, se.user_id, se.current_network_id, se.last_seen_at, u.email, u.name, u.is_platform_admin INTO s
          FROM session se JOIN app_user u ON u.id = se.user_id
         WHERE se.token_hash = p_token_hash AND u.active AND se.expires_at > now()
           AND se.last_seen_at > now() - make_interval(mins => p_idle_minutes);
        IF NOT FOUND THEN
          RETURN;
        END IF;
        IF s.last_seen_at < now() - interval '1 minute' THEN
          UPDATE session SET last_seen_at = now() WHERE session.id = s.id AND session.last_seen_at < now() - interval '1 minute';
        END IF;
        PERFORM set_config('app.user_id', s.user_id::text, true);
        -- Readable by the own_memberships policy now that the user is set.
        SELECT m.id, m.role, m.organisation_id INTO mem FROM membership m
         WHERE m.network_id = s.current_network_id AND m.user_id = s.user_id AND m.active;
        IF FOUND THEN
          PERFORM set_config('app.network_id', s.current_network_id::text, true);
        END IF;
        RETURN QUERY SELECT s.id, s.user_id, s.current_network_id, s.email, s.name, s.is_platform_admin, mem.id, mem.role, mem.organisation_id;
      END $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION kijkje_begin(text, integer) TO kijkje_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS kijkje_begin(text, integer)`);
  }
}
