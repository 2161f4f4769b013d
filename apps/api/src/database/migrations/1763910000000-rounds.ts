import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/** Rounds of a programme and the applications placed in them (issue 3). */
export class Rounds1763910000000 implements MigrationInterface {
  name = 'Rounds1763910000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE round (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         programme_id uuid NOT NULL,
         name varchar(120) NOT NULL,
         status varchar(10) NOT NULL DEFAULT 'COMPOSING' CHECK (status IN ('COMPOSING', 'PREPARING', 'VISITING', 'REPORTING', 'CLOSED')),
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT now(),
         UNIQUE (network_id, id),
         FOREIGN KEY (network_id, programme_id) REFERENCES programme (network_id, id))`,
      `CREATE INDEX ix_round_network ON round (network_id)`,
      `CREATE UNIQUE INDEX uq_round_network_programme_name ON round (network_id, programme_id, name)`,
      `ALTER TABLE application ADD CONSTRAINT uq_application_network_id UNIQUE (network_id, id)`,
      `CREATE TABLE round_member (
         application_id uuid PRIMARY KEY,
         network_id uuid NOT NULL REFERENCES network(id),
         round_id uuid NOT NULL,
         FOREIGN KEY (network_id, round_id) REFERENCES round (network_id, id) ON DELETE CASCADE,
         FOREIGN KEY (network_id, application_id) REFERENCES application (network_id, id))`,
      `CREATE INDEX ix_round_member_network ON round_member (network_id)`,
      `CREATE INDEX ix_round_member_network_round ON round_member (network_id, round_id)`,
      ...tenantTable('round'),
      ...tenantTable('round_member'),
      `GRANT SELECT, INSERT, UPDATE, DELETE ON round, round_member TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS round_member`);
    await q.query(`DROP TABLE IF EXISTS round`);
    await q.query(`ALTER TABLE application DROP CONSTRAINT IF EXISTS uq_application_network_id`);
  }
}
