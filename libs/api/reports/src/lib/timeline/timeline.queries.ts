import type { TimelineVisitFacts } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

export interface TimelineRow {
  id: string;
  name: string;
  visits: TimelineVisitFacts[] | null;
}

/**
 * An organisation of the network with every visit it hosted, across programmes, in one statement:
 * the preparation's foto van nu and stip, its findings shared or final per kind, its plan's
 * actions, and its submitted progress reviews. libs/domain (timelineVisit) decides what a reader sees.
 */
export async function timelineFacts(em: EntityManager, networkId: string, organisationId: string): Promise<TimelineRow | null> {
  const [row]: TimelineRow[] = await em.query(
    `SELECT o.id, o.name,
            (SELECT json_agg(json_build_object(
               'visitId', v.id, 'programme', p.name, 'round', r.name, 'startsOn', v.starts_on, 'status', v.status, 'kind', v.kind,
               'fotoVanNu', v.answers ->> 'general:FOTO_VAN_NU', 'stipAanDeHorizon', v.answers ->> 'general:STIP_AAN_DE_HORIZON',
               'findings', coalesce((SELECT json_object_agg(k.kind, k.n) FROM (
                   SELECT f.kind, count(*) AS n FROM finding f
                    WHERE f.network_id = v.network_id AND f.visit_id = v.id AND f.status IN ('SHARED', 'FINAL') GROUP BY f.kind) k), '{}'::json),
               'actions', coalesce((SELECT json_agg(json_build_object('title', a.title, 'status', a.status, 'dueOn', a.due_on) ORDER BY a.created_at, a.id)
                   FROM plan_action a WHERE a.network_id = v.network_id AND a.visit_id = v.id), '[]'::json),
               'reviews', coalesce((SELECT json_agg(json_build_object('months', x.months, 'submittedAt', x.submitted_at, 'fotoVanNu', x.foto_van_nu))
                   FROM progress_review x WHERE x.network_id = v.network_id AND x.visit_id = v.id AND x.submitted_at IS NOT NULL), '[]'::json)))
               FROM visit v
               JOIN round r ON r.network_id = v.network_id AND r.id = v.round_id
               JOIN programme p ON p.network_id = r.network_id AND p.id = r.programme_id
              WHERE v.network_id = o.network_id AND v.host_organisation_id = o.id) AS visits
       FROM organisation o WHERE o.network_id = $1 AND o.id = $2`,
    [networkId, organisationId],
  );
  return row ?? null;
}
