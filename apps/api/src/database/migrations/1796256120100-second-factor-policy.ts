import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEGIN_BODY = (extra: boolean) => `
      LANGUAGE plpgsql AS $$
      DECLARE
        s record;
        mem record;
        ${extra ? 'policy varchar;' : ''}
      BEGIN
        PERFORM set_config('app.user_id', '', true);
        PERFORM set_config('app.network_id', '', true);
        IF p_token_hash IS NULL THEN
          RETURN;
        END IF;
        SELECT se.id, se.user_id, se.current_network_id, se.last_seen_at, ${extra ? 'se.auth_methods, ' : ''}u.email, u.name, u.is_platform_admin INTO s
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
          ${extra ? 'SELECT n.second_factor_policy INTO policy FROM network n WHERE n.id = s.current_network_id;' : ''}
        END IF;
        RETURN QUERY SELECT s.id, s.user_id, s.current_network_id, s.email, s.name, s.is_platform_admin, mem.id, mem.role, mem.organisation_id${extra ? ', s.auth_methods, policy' : ''};
      END $$`;

const COLUMNS = `session_id uuid, user_id uuid, current_network_id uuid, email varchar, name varchar, is_platform_admin boolean,
                     membership_id uuid, role varchar, organisation_id uuid`;

/**
 * A network may require a second factor of nobody (the default), its coordinators, or everyone.
 * The first statement of every operation (kijkje_begin) now also answers how the session was
 * proven and the policy of its network, so that the check costs no round trip of its own.
 */
export class SecondFactorPolicy1796256120100 implements MigrationInterface {
  name = 'SecondFactorPolicy1796256120100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE network ADD COLUMN second_factor_policy varchar(20) NOT NULL DEFAULT 'NOBODY'
                     CHECK (second_factor_policy IN ('NOBODY', 'COORDINATORS', 'EVERYONE'))`);
    await q.query(`DROP FUNCTION kijkje_begin(text, integer)`);
    await q.query(`CREATE FUNCTION kijkje_begin(p_token_hash text, p_idle_minutes integer)
      RETURNS TABLE (${COLUMNS}, auth_methods jsonb, second_factor_policy varchar) ${BEGIN_BODY(true)}`);
    await q.query(`GRANT EXECUTE ON FUNCTION kijkje_begin(text, integer) TO kijkje_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION kijkje_begin(text, integer)`);
    await q.query(`CREATE FUNCTION kijkje_begin(p_token_hash text, p_idle_minutes integer) RETURNS TABLE (${COLUMNS}) ${BEGIN_BODY(false)}`);
    await q.query(`GRANT EXECUTE ON FUNCTION kijkje_begin(text, integer) TO kijkje_app`);
    await q.query(`ALTER TABLE network DROP COLUMN second_factor_policy`);
  }
}
