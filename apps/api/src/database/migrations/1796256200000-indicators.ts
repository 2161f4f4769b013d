import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * Indicators (cijfers): public figures about an organisation (CBS StatLine, waarstaatjegemeente.nl,
 * or typed in), one per indicator code and period, to compare then with now after a visit. Public
 * statistics about a municipality: no personal data (who entered a figure is in the audit trail, not here).
 */
export class Indicators1796256200000 implements MigrationInterface {
  name = 'Indicators1796256200000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE indicator_value (
         network_id uuid NOT NULL REFERENCES network(id),
         organisation_id uuid NOT NULL,
         code varchar(40) NOT NULL CONSTRAINT ck_indicator_value_code CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.\\-/]*$'),
         period varchar(7) NOT NULL CONSTRAINT ck_indicator_value_period CHECK (period ~ '^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
         label varchar(200) NOT NULL CONSTRAINT ck_indicator_value_label CHECK (char_length(btrim(label)) > 0),
         value double precision NOT NULL CONSTRAINT ck_indicator_value_value CHECK (abs(value) < 1e12),
         unit varchar(40) NOT NULL DEFAULT '',
         source varchar(100) NOT NULL CONSTRAINT ck_indicator_value_source CHECK (char_length(btrim(source)) > 0),
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, organisation_id, code, period),
         FOREIGN KEY (network_id, organisation_id) REFERENCES organisation (network_id, id) ON DELETE CASCADE)`,
      ...tenantTable('indicator_value'),
      `GRANT SELECT, INSERT, UPDATE, DELETE ON indicator_value TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS indicator_value`);
  }
}
