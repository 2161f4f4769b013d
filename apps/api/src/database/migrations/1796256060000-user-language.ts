import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each person's language ('nl' or 'en'): their mails are written in it and the web app adopts it at sign-in. */
export class UserLanguage1796256060000 implements MigrationInterface {
  name = 'UserLanguage1796256060000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN language varchar(2) NOT NULL DEFAULT 'nl',
      ADD CONSTRAINT ck_app_user_language CHECK (language IN ('nl', 'en'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT ck_app_user_language, DROP COLUMN language`);
  }
}
