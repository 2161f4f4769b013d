// People for the floor comparison (PERF-04): a session for every member of the benchmark network,
// written straight into the database as its owner (token → sha256, as tokens.ts hashToken), and per
// case the (cookie, id) pairs the person has the right to, so that each request can take a random
// one from the whole M dataset. The last round of every programme is set to HELD, so that its
// leads may still capture findings (the write case).
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

const cookieOf = (token) => `kijkje_session=${token}`;

export async function benchSessions(databaseUrl) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const [{ id: network }] = (await c.query(`SELECT id FROM network WHERE slug = 'benchmarknetwerk'`)).rows;
    await c.query(
      `UPDATE visit SET status = 'HELD' WHERE network_id = $1
          AND round_id IN (SELECT DISTINCT ON (programme_id) id FROM round WHERE network_id = $1 ORDER BY programme_id, name DESC)`,
      [network],
    );
    // A harvest per programme besides the dataset's own, so that harvest counts have ids to choose
    // from; each looks at the programme's first 1–4 rounds, so that small size classes are hidden.
    await c.query(
      `INSERT INTO harvest (network_id, programme_id, title, slug, visibility, round_ids)
       SELECT $1, p.id, 'Oogst ' || p.name, 'oogst-' || lower(replace(p.name, ' ', '-')), 'NETWORK',
              (SELECT jsonb_agg(r.id ORDER BY r.name) FROM (SELECT id, name FROM round WHERE network_id = $1 AND programme_id = p.id
                                                             ORDER BY name LIMIT 1 + abs(hashtext(p.name)) % 4) r)
         FROM programme p
        WHERE p.network_id = $1 AND NOT EXISTS (SELECT 1 FROM harvest h WHERE h.network_id = $1 AND h.programme_id = p.id)`,
      [network],
    );
    const members = (await c.query(`SELECT user_id, role FROM membership WHERE network_id = $1 AND active`, [network])).rows;
    const cookies = new Map();
    for (const m of members) cookies.set(m.user_id, randomBytes(32).toString('base64url'));
    const hashes = [...cookies.values()].map((t) => createHash('sha256').update(t, 'utf8').digest('hex'));
    await c.query(
      `INSERT INTO session (token_hash, user_id, current_network_id, expires_at)
       SELECT h, u, $3, now() + interval '12 hours' FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
      [hashes, [...cookies.keys()], network],
    );
    const cookie = (userId) => cookieOf(cookies.get(userId));
    const coordinator = members.find((m) => m.role === 'COORDINATOR').user_id;
    const ids = async (sql) => (await c.query(sql, [network])).rows;
    const leads = await ids(
      `SELECT r.visit_id AS id, r.user_id, v.status FROM visit_reviewer r JOIN visit v ON v.id = r.visit_id WHERE r.network_id = $1 AND r.is_lead`,
    );
    const hosts = await ids(
      `SELECT v.id, m.user_id FROM visit v JOIN membership m ON m.network_id = v.network_id AND m.organisation_id = v.host_organisation_id AND m.active
        WHERE v.network_id = $1`,
    );
    const pairs = (rows) => rows.map((r) => ({ cookie: cookie(r.user_id), id: r.id }));
    return {
      coordinator: cookie(coordinator),
      rounds: (await ids(`SELECT id FROM round WHERE network_id = $1`)).map((r) => r.id),
      programmes: (await ids(`SELECT id FROM programme WHERE network_id = $1`)).map((r) => r.id),
      harvests: (await ids(`SELECT id FROM harvest WHERE network_id = $1`)).map((r) => r.id),
      leads: pairs(leads),
      capturingLeads: pairs(leads.filter((r) => r.status === 'HELD')),
      hosts: pairs(hosts),
    };
  } finally {
    await c.end();
  }
}
