import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The account page: a person's sessions show the browser they were started from (the User-Agent
 * header as sent, cut to 300 characters; no IP address is kept), and the person's name carries a
 * version, so that two tabs editing it cannot silently overwrite each other.
 */
export class Account1796256100000 implements MigrationInterface {
  name = 'Account1796256100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session ADD COLUMN user_agent varchar(300)`);
    await q.query(`ALTER TABLE app_user ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN version`);
    await q.query(`ALTER TABLE session DROP COLUMN user_agent`);
  }
}
