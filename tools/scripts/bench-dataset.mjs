// The generated M dataset of QUALITY.md PERF-02, written straight into a scratch database as its
// owner: one network with 355 municipalities, 40 programmes of 50 rounds (2,000 rounds), five
// visits per round (10,000 visits) and 50 findings per visit (500,000 findings), about 60 %
// released for the harvest. Set-based SQL, so it takes seconds, not minutes.
import pg from 'pg';

export const M = { municipalities: 355, programmes: 40, roundsPerProgramme: 50, findingsPerVisit: 50 };

export async function generateDataset(databaseUrl, size = M) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  const t0 = performance.now();
  try {
    await c.query('BEGIN');
    const [{ hash }] = (await c.query(`SELECT password_hash AS hash FROM app_user WHERE email = 'coordinator@kijkje.test'`)).rows;
    const [{ id: network }] = (await c.query(`INSERT INTO network (name, slug) VALUES ('Benchmarknetwerk', 'benchmarknetwerk') RETURNING id`)).rows;
    await c.query(
      `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population)
       SELECT $1, 'Gemeente ' || lpad(i::text, 3, '0'), 'MUNICIPALITY', 'GM' || lpad((5000 + i)::text, 4, '0'),
              (ARRAY['Groningen','Fryslân','Drenthe','Overijssel','Flevoland','Gelderland','Utrecht','Noord-Holland','Zuid-Holland','Zeeland','Noord-Brabant','Limburg'])[1 + i % 12],
              (8000 + (i * 7919) % 400000)
         FROM generate_series(1, $2) i`,
      [network, size.municipalities],
    );
    // One member per municipality, and the benchmark's own coordinator and lead reviewer.
    await c.query(
      `INSERT INTO app_user (email, name, password_hash) SELECT 'lid' || i || '@bench.kijkje.test', 'Lid ' || i, $1 FROM generate_series(1, $2) i`,
      [hash, size.municipalities],
    );
    await c.query(
      `INSERT INTO membership (network_id, user_id, organisation_id, role)
       SELECT $1, u.id, o.id, 'MEMBER' FROM app_user u
         JOIN organisation o ON o.network_id = $1 AND o.name = 'Gemeente ' || lpad(substring(u.email from 'lid([0-9]+)@')::text, 3, '0')
        WHERE u.email LIKE 'lid%@bench.kijkje.test'`,
      [network],
    );
    const [{ id: coordinator }] = (
      await c.query(`INSERT INTO app_user (email, name, password_hash) VALUES ('bench-coordinator@kijkje.test', 'Bench Coördinator', $1) RETURNING id`, [hash])
    ).rows;
    await c.query(`INSERT INTO membership (network_id, user_id, role) VALUES ($1, $2, 'COORDINATOR')`, [network, coordinator]);
    const themes = ['Wmo', 'Jeugd', 'Participatie', 'Informatievoorziening', 'Financiële beheersbaarheid'];
    await c.query(
      `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status)
       SELECT $1, 'Programma ' || p, $2, '{}', $3 * 5, 'NETWORK', 'CLOSED' FROM generate_series(1, $4) p`,
      [network, JSON.stringify(themes), size.roundsPerProgramme, size.programmes],
    );
    // Each programme: its first 5 × rounds municipalities (shifted per programme), five to a round.
    await c.query(
      `WITH p AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM programme WHERE network_id = $1),
            o AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM organisation WHERE network_id = $1)
       INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status)
       SELECT $1, p.id, o.id, 'Hoe sturen wij op kwaliteit?', '["Wmo","Jeugd"]', (ARRAY['NETWORK','PUBLIC','PUBLIC'])[1 + (o.n % 3)], 'PLACED'
         FROM p JOIN o ON ((o.n - p.n * 7) % $2 + $2) % $2 < $3 * 5`,
      [network, size.municipalities, size.roundsPerProgramme],
    );
    await c.query(
      `INSERT INTO round (network_id, programme_id, name, status)
       SELECT $1, p.id, 'Ronde ' || lpad(r::text, 2, '0'), 'CLOSED' FROM programme p, generate_series(1, $2) r WHERE p.network_id = $1`,
      [network, size.roundsPerProgramme],
    );
    await c.query(
      `WITH a AS (SELECT id, programme_id, row_number() OVER (PARTITION BY programme_id ORDER BY id) - 1 AS n FROM application WHERE network_id = $1),
            r AS (SELECT id, programme_id, row_number() OVER (PARTITION BY programme_id ORDER BY name) - 1 AS n FROM round WHERE network_id = $1)
       INSERT INTO round_member (application_id, network_id, round_id)
       SELECT a.id, $1, r.id FROM a JOIN r ON r.programme_id = a.programme_id AND r.n = a.n / 5`,
      [network],
    );
    await c.query(
      `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, location)
       SELECT $1, m.round_id, a.organisation_id, 'REPORT_FINAL', date '2025-01-01' + (abs(hashtext(m.round_id::text)) % 300), 'Stadhuis'
         FROM round_member m JOIN application a ON a.id = m.application_id WHERE m.network_id = $1`,
      [network],
    );
    // Two reviewers per visit from the other municipalities of its round; the first one leads.
    await c.query(
      `WITH v AS (SELECT v.id, v.round_id, v.host_organisation_id FROM visit v WHERE v.network_id = $1),
            candidates AS (
              SELECT v.id AS visit_id, mem.user_id, a.organisation_id,
                     row_number() OVER (PARTITION BY v.id ORDER BY a.organisation_id) AS n
                FROM v JOIN round_member m ON m.round_id = v.round_id
                JOIN application a ON a.id = m.application_id AND a.organisation_id <> v.host_organisation_id
                JOIN membership mem ON mem.network_id = $1 AND mem.organisation_id = a.organisation_id)
       INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead)
       SELECT $1, visit_id, user_id, organisation_id, n = 1 FROM candidates WHERE n <= 2`,
      [network],
    );
    // The findings, written in bulk: the rollup is rebuilt once afterwards instead of row by row.
    await c.query(`ALTER TABLE finding DISABLE TRIGGER finding_rollup`);
    await c.query(
      `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, status, released_for_harvest)
       SELECT $1, v.id, r.user_id,
              (ARRAY['STRENGTH','CONCERN','RECOMMENDATION','OWN_RESPONSIBILITY'])[1 + (i + h) % 4],
              ($2::text[])[1 + (i * 3 + h) % 5],
              'Bevinding ' || i || ': de gemeente stuurt op de bedoeling en houdt zicht op de kosten.',
              jsonb_build_array((ARRAY['wachtlijsten','regie','toegang','huisartsen','data','samenwerking'])[1 + (i + h) % 6]),
              'FINAL', (i + h) % 5 < 3
         FROM (SELECT v.id, abs(hashtext(v.id::text)) AS h FROM visit v WHERE v.network_id = $1) v
         JOIN visit_reviewer r ON r.visit_id = v.id AND r.is_lead
         CROSS JOIN generate_series(1, $3) i`,
      [network, themes, size.findingsPerVisit],
    );
    await c.query(`ALTER TABLE finding ENABLE TRIGGER finding_rollup`);
    await c.query(`SELECT finding_rollup_rebuild()`);
    await c.query('COMMIT');
    // As a database that has run a while: statistics, and the visibility map autovacuum keeps (which
    // lets a count read an index alone) instead of whatever moment autovacuum would reach it mid-run.
    await c.query('VACUUM (ANALYZE)');
    const counts = (
      await c.query(
        `SELECT (SELECT count(*) FROM organisation WHERE network_id = $1)::int AS municipalities, (SELECT count(*) FROM round WHERE network_id = $1)::int AS rounds,
                (SELECT count(*) FROM visit WHERE network_id = $1)::int AS visits, (SELECT count(*) FROM finding WHERE network_id = $1)::int AS findings,
                (SELECT count(*) FROM finding_rollup WHERE network_id = $1)::int AS rollup_rows`,
        [network],
      )
    ).rows[0];
    // What the cases need: a programme, one of its rounds, a visit of it and its lead, and a harvest.
    const [programme] = (await c.query(`SELECT id FROM programme WHERE network_id = $1 ORDER BY name LIMIT 1`, [network])).rows;
    const [round] = (await c.query(`SELECT id FROM round WHERE network_id = $1 AND programme_id = $2 ORDER BY name LIMIT 1`, [network, programme.id])).rows;
    const [visit] = (
      await c.query(
        `SELECT v.id, u.email FROM visit v JOIN visit_reviewer r ON r.visit_id = v.id AND r.is_lead JOIN app_user u ON u.id = r.user_id WHERE v.round_id = $1 LIMIT 1`,
        [round.id],
      )
    ).rows;
    const [harvest] = (
      await c.query(
        `INSERT INTO harvest (network_id, programme_id, title, slug, visibility) VALUES ($1, $2, 'Benchmarkoogst', 'benchmarkoogst', 'NETWORK') RETURNING id`,
        [network, programme.id],
      )
    ).rows;
    return {
      seconds: ((performance.now() - t0) / 1000).toFixed(1),
      counts,
      programmeId: programme.id,
      roundId: round.id,
      visitId: visit.id,
      leadEmail: visit.email,
      harvestId: harvest.id,
    };
  } catch (error) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await c.end();
  }
}
