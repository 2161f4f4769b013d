// The one write: the web's CreateFinding mutation (a draft, no idempotency key). FindingsService.create:
// the caller reviews the visit (the lead is a reviewer), the visit is capturing (PREPARED or HELD,
// visitRights.addFinding) and the theme is one of the programme's; then the finding, its audit
// row and the live event for the visit's followers, and the finding as the board's FindingFields.
import { iso, myRelations, standing } from '../sql.mjs';

export const sql = `
WITH target AS (
  SELECT v.id, v.network_id, st.*
    FROM visit v
    JOIN round r ON r.id = v.round_id AND r.network_id = v.network_id
    JOIN programme p ON p.id = r.programme_id AND p.network_id = r.network_id
    ${standing('v')}
   WHERE v.network_id = $1::uuid AND v.id = $5::uuid AND st.reviewer
     AND v.status IN ('PREPARED', 'HELD') AND p.themes ? $7::text AND length(btrim($8::text)) > 0),
created AS (
  INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, evidence, status)
  SELECT network_id, id, $2::uuid, $6::text, $7::text, $8::text, $9::jsonb, '{"source": "", "quote": "", "indicator": ""}', 'DRAFT'
    FROM target
  RETURNING *),
audited AS (
  INSERT INTO audit_event (network_id, actor_user_id, action, target_type, target_id, data, ip)
  SELECT network_id, $2::uuid, 'finding.created', 'finding', id::text, '{"status": "DRAFT"}', $10::text FROM created),
notified AS (
  SELECT pg_notify('kijkje_live', json_build_object(
           'networkId', network_id, 'topic', 'visit:' || visit_id, 'kind', 'CREATED', 'id', id,
           'facts', json_build_object('change', 'CREATED', 'authorId', author_id, 'status', status, 'released', released_for_harvest, 'countsChanged', false),
           'eventId', gen_random_uuid())::text)
    FROM created)
SELECT json_build_object('data', json_build_object('createFinding', json_build_object(
         'id', f.id, 'status', f.status, 'kind', f.kind, 'theme', f.theme, 'text', f.text, 'tags', f.tags,
         'version', f.version, 'createdAt', ${iso('f.created_at')}, 'updatedAt', ${iso('f.updated_at')},
         'releasedForHarvest', f.released_for_harvest,
         'myRelations', ${myRelations('true')},
         'evidence', f.evidence,
         'author', json_build_object('id', u.id, 'name', u.name),
         -- findingRights for the author of a fresh draft: edit, submit and delete; nothing else yet.
         'rights', json_build_object('edit', f.status = 'DRAFT', 'submit', f.status = 'DRAFT', 'delete', f.status = 'DRAFT',
                                     'discuss', false, 'reply', false, 'release', false),
         'comments', '[]'::json,
         'response', NULL)))::text AS body
  FROM created f JOIN app_user u ON u.id = f.author_id CROSS JOIN target st CROSS JOIN (SELECT count(*) FROM notified) n`;

export const values = (variables, ip) => {
  const input = variables.input;
  return [input.visitId, input.kind, input.theme, input.text, JSON.stringify(input.tags ?? []), ip];
};
