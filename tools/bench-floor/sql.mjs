// SQL pieces the floor's cases share. Every case statement takes the caller's scope as its first
// four parameters: $1 network, $2 user, $3 organisation (null for a coordinator without one),
// $4 role; the case's own values follow from $5.

/** A timestamptz as GraphQL's DateTime serialises it: ISO 8601 in UTC with milliseconds. */
export const iso = (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * How the caller stands to visit `v` (VisitAccess.relations): coordinator, host, round member,
 * reviewer (the lead is one) and lead, as one lateral row `st`.
 */
export const standing = (v) => `CROSS JOIN LATERAL (
  SELECT $4::text = 'COORDINATOR' AS coordinator,
         coalesce(${v}.host_organisation_id = $3::uuid, false) AS host,
         EXISTS (SELECT 1 FROM round_member m JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
                  WHERE m.network_id = ${v}.network_id AND m.round_id = ${v}.round_id AND a.organisation_id = $3::uuid) AS round_member,
         rv.user_id IS NOT NULL AS reviewer, coalesce(rv.is_lead, false) AS lead
    FROM (SELECT 1) one
    LEFT JOIN visit_reviewer rv ON rv.network_id = ${v}.network_id AND rv.visit_id = ${v}.id AND rv.user_id = $2::uuid) st`;

/** visitRights(…).overview: the visit exists for the caller. */
export const overview = `(st.coordinator OR st.round_member OR st.reviewer OR st.host)`;

/** visitRights(…).readFindings (and readCounts: the same people). */
export const readsFindings = `(st.reviewer OR st.host OR st.coordinator)`;

/**
 * readableStatuses as SQL on finding `f`: drafts only the author's own; submitted ones for the
 * team (and the author); shared and final ones for the team and the host, for the coordinator
 * only what the host released.
 */
export const readableFinding = (f) => `(
  (${f}.status = 'DRAFT' AND ${f}.author_id = $2::uuid)
  OR (${f}.status = 'SUBMITTED' AND (st.reviewer OR ${f}.author_id = $2::uuid))
  OR (${f}.status IN ('SHARED', 'FINAL') AND (st.reviewer OR st.host OR (st.coordinator AND ${f}.released_for_harvest))))`;

/**
 * A visit's progress figures (FindingsService.counts): null for whoever may not see them, and
 * the submitted ones only for the coordinator and the team (visibleFindingFigures).
 */
export const findingCounts = (v) => `CASE WHEN ${readsFindings} THEN (
  SELECT json_build_object(
    'submitted', CASE WHEN st.coordinator OR st.reviewer THEN count(*) FILTER (WHERE c.status = 'SUBMITTED') END,
    'shared', count(*) FILTER (WHERE c.status = 'SHARED'),
    'final', count(*) FILTER (WHERE c.status = 'FINAL'),
    'released', count(*) FILTER (WHERE c.released_for_harvest AND c.status IN ('SHARED', 'FINAL')))
    FROM finding c WHERE c.network_id = ${v}.network_id AND c.visit_id = ${v}.id AND c.status <> 'DRAFT') END`;

/** The caller's relations to visit `v`, sorted as Kijkje sorts them (`myRelations`). */
export const myRelations = (author = 'false') => `to_json(array_remove(ARRAY[
  CASE WHEN ${author} THEN 'author' END, CASE WHEN st.coordinator THEN 'coordinator' END, CASE WHEN st.host THEN 'host' END,
  CASE WHEN st.lead THEN 'lead' END, 'networkMember', CASE WHEN st.reviewer THEN 'reviewer' END,
  CASE WHEN st.round_member THEN 'roundMember' END], NULL))`;

/** A JSON list, empty rather than null when there are no rows. */
export const list = (aggregate) => `coalesce((${aggregate}), '[]'::json)`;
