// The coordinator's programme page: the web's Programme query (libs/web/programmes). Applications
// as ApplicationsService.forProgramme: all for a coordinator, the own organisation's for a member,
// by submission; the network's organisations by name.
import { iso, list } from '../sql.mjs';

const counted = (statuses) => `(SELECT count(*) FROM application c WHERE c.network_id = p.network_id AND c.programme_id = p.id AND c.status IN (${statuses}))`;

export const sql = `
SELECT json_build_object('data', json_build_object(
  'programme', (
    SELECT json_build_object(
      'id', p.id, 'name', p.name, 'status', p.status, 'places', p.places,
      'placesTaken', ${counted(`'ACCEPTED', 'PLACED'`)},
      'waitlistLength', ${counted(`'WAITLISTED'`)},
      'version', p.version, 'description', p.description, 'themes', p.themes,
      'signUpOpensAt', ${iso('p.sign_up_opens_at')}, 'signUpClosesAt', ${iso('p.sign_up_closes_at')},
      'defaultSharing', p.default_sharing,
      'applications', ${list(`
        SELECT json_agg(json_build_object(
                 'id', a.id, 'status', a.status,
                 'waitlistPosition', CASE WHEN a.status = 'WAITLISTED' THEN (
                   SELECT count(*) FROM application w
                    WHERE w.network_id = a.network_id AND w.programme_id = a.programme_id AND w.status = 'WAITLISTED'
                      AND (w.submitted_at, w.id) <= (a.submitted_at, a.id)) END,
                 'reviewQuestion', a.review_question, 'themes', a.themes, 'preferredPeriod', a.preferred_period,
                 'consent', a.consent, 'submittedAt', ${iso('a.submitted_at')}, 'version', a.version,
                 'organisation', json_build_object('id', o.id, 'name', o.name, 'province', o.province, 'population', o.population))
               ORDER BY a.submitted_at, a.id)
          FROM application a JOIN organisation o ON o.id = a.organisation_id AND o.network_id = a.network_id
         WHERE a.network_id = p.network_id AND a.programme_id = p.id
           AND ($4::text = 'COORDINATOR' OR a.organisation_id = $3::uuid)`)})
      -- (The person, $2, is not needed here; named only so that PostgreSQL knows its type.)
      FROM programme p WHERE p.network_id = $1::uuid AND p.id = $5::uuid AND num_nonnulls($2::uuid) >= 0),
  'organisations', ${list(`SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name) FROM organisation o WHERE o.network_id = $1::uuid`)}
))::text AS body`;

export const values = (variables) => [variables.id];
