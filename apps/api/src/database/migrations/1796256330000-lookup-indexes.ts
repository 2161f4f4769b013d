import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full indexes for the lookups the read paths make from a parent to its rows. The follow-up
 * migration made the only index on a round's visits partial (reviews only), so every read of a
 * round's visits (round dashboard, programme page, "Mijn taken") walked all visits of the network;
 * a host's visits, an organisation's applications and members, an application's round and a
 * meeting's cards (the plenary view) had no index of their own either.
 * (apps/api/test/lookup-indexes.spec.ts lists the lookups and asserts each has one.)
 */
export class LookupIndexes1796256330000 implements MigrationInterface {
  name = 'LookupIndexes1796256330000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE INDEX ix_visit_network_round ON visit (network_id, round_id)`,
      `CREATE INDEX ix_visit_network_host ON visit (network_id, host_organisation_id)`,
      `CREATE INDEX ix_application_network_organisation ON application (network_id, organisation_id)`,
      `CREATE INDEX ix_membership_network_organisation ON membership (network_id, organisation_id)`,
      `CREATE INDEX ix_round_member_network_application ON round_member (network_id, application_id)`,
      `CREATE INDEX ix_meeting_card_meeting ON meeting_card (network_id, meeting_id)`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'ix_meeting_card_meeting',
      'ix_round_member_network_application',
      'ix_membership_network_organisation',
      'ix_application_network_organisation',
      'ix_visit_network_host',
      'ix_visit_network_round',
    ])
      await q.query(`DROP INDEX ${index}`);
  }
}
