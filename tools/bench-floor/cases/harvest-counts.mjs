// Harvest counts (tellen): `harvest(id) { counts { byTheme … bySizeClass … byRound … totals … } }`
// for the coordinator (harvest.manage), as countFindings over the rollup rows of the harvest's
// rounds whose municipality's consent allows the harvest's visibility: themes in the programme's
// order then the others, the five size classes, the rounds by name, and the minimum-group rule
// (small-groups.ts hiddenGroups: groups of 1 or 2 municipalities hidden, then the smallest shown
// ones until the hidden ones hold 3), for themes, size classes and rounds alike. Municipalities are
// in one size class and one round of a programme, so there "together" is a running sum; a
// municipality may raise several themes, so there it is the distinct municipalities of the small
// themes, and one shown theme (three or more municipalities) is always enough to protect them.
// The totals are hidden (null) when the counted findings come from one or two municipalities.
import { list } from '../sql.mjs';

const KINDS = ['STRENGTH', 'CONCERN', 'RECOMMENDATION', 'OWN_RESPONSIBILITY'];
const kindSums = KINDS.map((k) => `coalesce(sum(x.count) FILTER (WHERE x.kind = '${k}'), 0) AS "${k}"`).join(', ');
const cells = (hidden = 'false') =>
  `json_build_array(${KINDS.map((k) => `json_build_object('kind', '${k}', 'count', CASE WHEN ${hidden} THEN NULL ELSE g."${k}" END)`).join(', ')})`;
// A theme as shown and its identity (collation.ts tidy and groupingKey): tidied, and lower case.
const tidy = (column) => `btrim(regexp_replace(normalize(${column}, NFC), '\\s+', ' ', 'g'))`;
const themeKey = (column) => `lower(${tidy(column)})`;

/** Groups (size classes or rounds) with the hiding rule applied: `hidden` per group. */
const hiding = (groups) => `
  SELECT g.*,
         g.orgs BETWEEN 1 AND 2
         OR (g.orgs >= 3 AND EXISTS (SELECT 1 FROM ${groups} s WHERE s.orgs BETWEEN 1 AND 2)
             AND (SELECT sum(s.orgs) FROM ${groups} s WHERE s.orgs BETWEEN 1 AND 2)
                 + coalesce((SELECT sum(s.orgs) FROM ${groups} s WHERE s.orgs >= 3 AND (s.orgs, s.ord) < (g.orgs, g.ord)), 0) < 3) AS hidden
    FROM ${groups} g`;

export const sql = `
WITH h AS (
  -- harvest.manage is the coordinator's. (Every statement takes all four scope parameters, and
  -- PostgreSQL must see each one to know its type: hence the person and organisation, unused.)
  SELECT h.* FROM harvest h
   WHERE h.network_id = $1::uuid AND h.id = $5::uuid AND $4::text = 'COORDINATOR' AND num_nonnulls($2::uuid, $3::uuid) >= 0),
scope_rounds AS (
  SELECT r.id, r.name, row_number() OVER (ORDER BY r.name) AS ord
    FROM round r JOIN h ON r.network_id = h.network_id AND r.programme_id = h.programme_id
   WHERE jsonb_array_length(h.round_ids) = 0 OR h.round_ids ? r.id::text),
counted AS (
  -- The municipalities of the programme whose consent allows the harvest's visibility (sharingAllows;
  -- without an application a municipality consents to its round only), with their size class.
  SELECT a.organisation_id,
         CASE WHEN coalesce(o.population, 0) < 20000 THEN 'XS' WHEN o.population < 50000 THEN 'S' WHEN o.population < 100000 THEN 'M'
              WHEN o.population < 250000 THEN 'L' ELSE 'XL' END AS size_class
    FROM application a
    JOIN h ON a.network_id = h.network_id AND a.programme_id = h.programme_id
    LEFT JOIN organisation o ON o.id = a.organisation_id AND o.network_id = a.network_id
   WHERE a.consent = 'PUBLIC' OR (a.consent = 'NETWORK' AND h.visibility = 'NETWORK')),
rollup AS (
  SELECT f.round_id, f.organisation_id, f.theme AS spelling, f.kind, f.count, c.size_class
    FROM finding_rollup f
    JOIN h ON f.network_id = h.network_id AND f.programme_id = h.programme_id
    JOIN scope_rounds r ON r.id = f.round_id
    JOIN counted c ON c.organisation_id = f.organisation_id
   WHERE f.count > 0),
spellings AS (
  SELECT spelling, ${themeKey('spelling')} AS theme_key, ${tidy('spelling')} AS theme FROM (SELECT DISTINCT spelling FROM rollup) d),
x AS (
  SELECT rollup.*, s.theme_key, s.theme FROM rollup JOIN spellings s USING (spelling)),
programme_themes AS (
  SELECT DISTINCT ON (${themeKey('t.theme')}) ${themeKey('t.theme')} AS key, ${tidy('t.theme')} AS label, t.ord
    FROM h JOIN programme p ON p.id = h.programme_id AND p.network_id = h.network_id
    CROSS JOIN jsonb_array_elements_text(p.themes) WITH ORDINALITY AS t(theme, ord)
   WHERE btrim(t.theme) <> ''
   ORDER BY ${themeKey('t.theme')}, t.ord),
other_themes AS (
  SELECT DISTINCT ON (key) key, label, NULL::bigint AS ord
    FROM (SELECT x.theme_key AS key, x.theme AS label, count(*) AS n FROM x GROUP BY 1, 2) s
   WHERE key NOT IN (SELECT key FROM programme_themes)
   ORDER BY key, n DESC, label COLLATE "nl-NL-x-icu"),
themes AS (
  SELECT t.key, t.label, t.ord, count(DISTINCT x.organisation_id) AS orgs, ${kindSums}, coalesce(sum(x.count), 0) AS total,
         row_number() OVER (ORDER BY t.ord NULLS LAST, t.label COLLATE "nl-NL-x-icu", t.label) AS rn
    FROM (SELECT * FROM programme_themes UNION ALL SELECT * FROM other_themes) t
    LEFT JOIN x ON x.theme_key = t.key
   GROUP BY t.key, t.label, t.ord),
-- The small themes' municipalities, each once: below 3 (and above 0), the smallest shown theme is hidden too.
protected_theme AS (
  SELECT g.key FROM themes g
   WHERE g.orgs >= 3
     AND (SELECT count(DISTINCT x.organisation_id) FROM x JOIN themes s ON s.key = x.theme_key WHERE s.orgs BETWEEN 1 AND 2) BETWEEN 1 AND 2
   ORDER BY g.orgs, g.rn LIMIT 1),
sizes AS (
  SELECT s.key, s.ord, count(DISTINCT x.organisation_id) AS orgs, ${kindSums}, coalesce(sum(x.count), 0) AS total
    FROM (VALUES ('XS', 1), ('S', 2), ('M', 3), ('L', 4), ('XL', 5)) AS s(key, ord) LEFT JOIN x ON x.size_class = s.key
   GROUP BY s.key, s.ord),
rounds AS (
  SELECT r.name AS key, r.ord, count(DISTINCT x.organisation_id) AS orgs, ${kindSums}, coalesce(sum(x.count), 0) AS total
    FROM scope_rounds r LEFT JOIN x ON x.round_id = r.id
   GROUP BY r.name, r.ord)
SELECT json_build_object('data', json_build_object('harvest', (
  SELECT json_build_object('counts', json_build_object(
    'byTheme', ${list(`SELECT json_agg(json_build_object('label', g.label, 'total', CASE WHEN g.hidden THEN NULL ELSE g.total END, 'cells', ${cells('g.hidden')})
                          ORDER BY g.rn)
                         FROM (SELECT t.*, t.orgs BETWEEN 1 AND 2 OR t.key IN (SELECT key FROM protected_theme) AS hidden FROM themes t) g`)},
    'bySizeClass', ${list(`SELECT json_agg(json_build_object('label', g.key, 'organisations', CASE WHEN g.hidden THEN NULL ELSE g.orgs END,
                              'total', CASE WHEN g.hidden THEN NULL ELSE g.total END, 'cells', ${cells('g.hidden')}) ORDER BY g.ord)
                             FROM (${hiding('sizes')}) g`)},
    'byRound', ${list(`SELECT json_agg(json_build_object('label', g.key, 'total', CASE WHEN g.hidden THEN NULL ELSE g.total END) ORDER BY g.ord)
                         FROM (${hiding('rounds')}) g`)},
    'totals', (SELECT json_build_object('total', CASE WHEN o.orgs BETWEEN 1 AND 2 THEN NULL ELSE o.total END,
                                        'organisations', CASE WHEN o.orgs BETWEEN 1 AND 2 THEN NULL ELSE o.orgs END)
                 FROM (SELECT coalesce(sum(x.count), 0) AS total, count(DISTINCT x.organisation_id) AS orgs FROM x) o)))
    FROM h)))::text AS body`;

export const values = (variables) => [variables.id];
