// The round dashboard: `round(id) { name status organisations { name } visits { status startsOn
// hostOrganisation { name } team { isLead user { name } } findingCounts { … } } }`.
// RoundsService.get: the coordinator and the round's own members; visits as VisitsService.forRound
// (soonest first, then by host name), each only if its overview is the caller's.
import { findingCounts, list, overview, standing } from '../sql.mjs';

export const sql = `
SELECT json_build_object('data', json_build_object('round', (
  SELECT json_build_object(
    'name', r.name,
    'status', r.status,
    'organisations', ${list(`
      SELECT json_agg(json_build_object('name', o.name) ORDER BY o.name)
        FROM round_member m
        JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
        JOIN organisation o ON o.id = a.organisation_id AND o.network_id = a.network_id
       WHERE m.network_id = r.network_id AND m.round_id = r.id`)},
    'visits', ${list(`
      SELECT json_agg(json_build_object(
               'status', v.status,
               'startsOn', v.starts_on,
               'hostOrganisation', json_build_object('name', o.name),
               'team', ${list(`
                 SELECT json_agg(json_build_object('isLead', t.is_lead, 'user', json_build_object('name', u.name)) ORDER BY t.is_lead DESC, t.created_at)
                   FROM visit_reviewer t JOIN app_user u ON u.id = t.user_id
                  WHERE t.network_id = v.network_id AND t.visit_id = v.id`)},
               'findingCounts', ${findingCounts('v')})
             ORDER BY v.starts_on NULLS LAST, o.name)
        FROM visit v
        JOIN organisation o ON o.id = v.host_organisation_id AND o.network_id = v.network_id
        ${standing('v')}
       WHERE v.network_id = r.network_id AND v.round_id = r.id AND ${overview}`)})
    FROM round r
   WHERE r.network_id = $1::uuid AND r.id = $5::uuid
     AND ($4::text = 'COORDINATOR'
          OR EXISTS (SELECT 1 FROM round_member m JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
                      WHERE m.network_id = r.network_id AND m.round_id = r.id AND a.organisation_id = $3::uuid)))))::text AS body`;

export const values = (variables) => [variables.id];
