import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANT } from './1763856000000-foundation';

/**
 * A published version of a meeting's report is frozen (the app may only withdraw it), yet it holds
 * the programme with each item's speaker as a field of its own; when a person named there is
 * erased (AVG article 17), their name must give way to the former member who stands for them
 * elsewhere. Which speakers name the person is the named-in-text rule of libs/domain, so the app
 * works out the new speakers and this one SECURITY DEFINER function, owned by the migrating role,
 * writes them: only the speakers of one version, inside the network in scope, and each changed
 * speaker only to a text that holds the former member's placeholder. The app role gains no UPDATE
 * right on the versions.
 */
export class MeetingReportErasure1796256370000 implements MigrationInterface {
  name = 'MeetingReportErasure1796256370000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION kijkje_erase_report_speakers(p_meeting uuid, p_number integer, p_speakers text[], p_replacement text)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        items jsonb;
      BEGIN
        SELECT content->'items' INTO items FROM meeting_report_version
         WHERE network_id = ${TENANT} AND meeting_id = p_meeting AND number = p_number FOR UPDATE;
        IF items IS NULL OR jsonb_typeof(items) <> 'array' OR jsonb_array_length(items) <> coalesce(cardinality(p_speakers), 0) THEN
          RAISE EXCEPTION 'no such version of a meeting report, or another programme';
        END IF;
        IF p_replacement NOT LIKE 'voormalig lid%' OR EXISTS (
             SELECT 1 FROM jsonb_array_elements(items) WITH ORDINALITY AS i (item, n)
              WHERE i.item->>'speaker' IS DISTINCT FROM p_speakers[i.n] AND strpos(coalesce(p_speakers[i.n], ''), p_replacement) = 0) THEN
          RAISE EXCEPTION 'a speaker of a published report only gives way to the former member';
        END IF;
        UPDATE meeting_report_version
           SET content = jsonb_set(content, '{items}', (
                 SELECT coalesce(jsonb_agg(jsonb_set(i.item, '{speaker}', to_jsonb(p_speakers[i.n])) ORDER BY i.n), '[]'::jsonb)
                   FROM jsonb_array_elements(items) WITH ORDINALITY AS i (item, n)))
         WHERE network_id = ${TENANT} AND meeting_id = p_meeting AND number = p_number;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION kijkje_erase_report_speakers(uuid, integer, text[], text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION kijkje_erase_report_speakers(uuid, integer, text[], text) TO kijkje_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS kijkje_erase_report_speakers(uuid, integer, text[], text)`);
  }
}
