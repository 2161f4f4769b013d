import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One round trip to scope an operation: sets the user, looks up their active membership in the
 * session's network (readable by the own_memberships policy once the user is set), and sets the
 * network only when there is one. Settings are local to the transaction, as with set_config(…, true)
 * anywhere (SEC-02). An ordinary function, not SECURITY DEFINER: it runs with the app role's rights.
 */
export class EnterScope1764300000000 implements MigrationInterface {
  name = 'EnterScope1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION kijkje_enter(p_network uuid, p_user uuid)
      RETURNS TABLE (id uuid, role varchar, organisation_id uuid)
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM set_config('app.user_id', coalesce(p_user::text, ''), true);
        PERFORM set_config('app.network_id', '', true);
        IF p_user IS NULL OR p_network IS NULL THEN
          RETURN;
        END IF;
        RETURN QUERY SELECT m.id, m.role, m.organisation_id FROM membership m
          WHERE m.network_id = p_network AND m.user_id = p_user AND m.active;
        IF FOUND THEN
          PERFORM set_config('app.network_id', p_network::text, true);
        END IF;
      END $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION kijkje_enter(uuid, uuid) TO kijkje_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS kijkje_enter(uuid, uuid)`);
  }
}
