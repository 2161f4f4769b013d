// The host's findings board: the web's FindingsBoard query, trimmed to the visit's header, its
// figures and per finding what the board shows (without rights, comments and per-finding
// relations). The same rules as the findings list; the host reads shared and final findings.
import { findingCounts, iso, list, myRelations, overview, readableFinding, readsFindings, standing } from '../sql.mjs';

export const sql = `
SELECT json_build_object('data', json_build_object('visit', (
  SELECT json_build_object(
    'id', v.id,
    'status', v.status,
    'version', v.version,
    'replyDeadline', ${iso('v.reply_deadline')},
    'myRelations', ${myRelations()},
    'hostOrganisation', json_build_object('id', o.id, 'name', o.name),
    'round', json_build_object('id', r.id, 'name', r.name),
    'programme', json_build_object('id', p.id, 'name', p.name, 'themes', p.themes),
    'findingCounts', ${findingCounts('v')},
    'findings', CASE WHEN ${readsFindings} THEN ${list(`
      SELECT json_agg(json_build_object(
               'id', f.id, 'status', f.status, 'kind', f.kind, 'theme', f.theme, 'text', f.text, 'tags', f.tags,
               'version', f.version, 'createdAt', ${iso('f.created_at')}, 'updatedAt', ${iso('f.updated_at')},
               'releasedForHarvest', f.released_for_harvest,
               'author', json_build_object('id', u.id, 'name', u.name),
               'response', CASE WHEN h.finding_id IS NOT NULL THEN json_build_object('kind', h.kind, 'text', h.text) END)
             ORDER BY f.created_at, f.id)
        FROM finding f
        JOIN app_user u ON u.id = f.author_id
        LEFT JOIN host_response h ON h.network_id = f.network_id AND h.finding_id = f.id
       WHERE f.network_id = v.network_id AND f.visit_id = v.id AND ${readableFinding('f')}`)} ELSE '[]'::json END)
    FROM visit v
    JOIN organisation o ON o.id = v.host_organisation_id AND o.network_id = v.network_id
    JOIN round r ON r.id = v.round_id AND r.network_id = v.network_id
    JOIN programme p ON p.id = r.programme_id AND p.network_id = r.network_id
    ${standing('v')}
   WHERE v.network_id = $1::uuid AND v.id = $5::uuid AND ${overview})))::text AS body`;

export const values = (variables) => [variables.id];
