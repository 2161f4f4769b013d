// A visit's findings list: `visit(id) { status findings { id kind theme text tags status version
// author { name } } }`. VisitAccess.require (the overview right), then FindingsService.forVisit:
// readFindings, the readable statuses, oldest first.
import { list, overview, readableFinding, readsFindings, standing } from '../sql.mjs';

export const sql = `
SELECT json_build_object('data', json_build_object('visit', (
  SELECT json_build_object(
    'status', v.status,
    'findings', CASE WHEN ${readsFindings} THEN ${list(`
      SELECT json_agg(json_build_object(
               'id', f.id, 'kind', f.kind, 'theme', f.theme, 'text', f.text, 'tags', f.tags,
               'status', f.status, 'version', f.version, 'author', json_build_object('name', u.name))
             ORDER BY f.created_at, f.id)
        FROM finding f JOIN app_user u ON u.id = f.author_id
       WHERE f.network_id = v.network_id AND f.visit_id = v.id AND ${readableFinding('f')}`)} ELSE '[]'::json END)
    FROM visit v
    ${standing('v')}
   WHERE v.network_id = $1::uuid AND v.id = $5::uuid AND ${overview})))::text AS body`;

export const values = (variables) => [variables.id];
