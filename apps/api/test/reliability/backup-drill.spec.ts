import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Client } from 'pg';
import { GqlClient } from '../support/gql-client';
import { createTestDatabase, withAdmin, type TestDatabase } from '../support/database';
import { enrolTotp } from '../support/second-factor';
import { ROOT, ensureApiBuilt, freePort, startApiProcess, type ApiProcess } from './support/api-process';

const run = promisify(execFile);
const TOOLS = join(ROOT, 'dist/apps/api/tools.js');
const DEMO_PASSWORD = 'Kijkje-demo-2026';

/** Runs an operator command of the built API; returns its combined output. */
async function tool(databaseUrl: string, ...args: string[]): Promise<string> {
  const env = { PATH: process.env['PATH'] ?? '', KIJKJE_MODE: 'development', DATABASE_URL: databaseUrl };
  const { stdout, stderr } = await run(process.execPath, [TOOLS, ...args], { cwd: ROOT, env, timeout: 90_000 });
  return stdout + stderr;
}

/** A new, empty PostgreSQL cluster of the embedded kind (`npm start`'s) in a temporary folder. */
async function startNewCluster(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, 'support/embedded-cluster.mjs'), join(dir, 'pg'), String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /^ready (\S+)$/m.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`the embedded cluster exited (${code}):\n${out}`)));
  });
  return { url, child };
}

/** Every table's row count and a digest of all its rows, as the owner sees them (every tenant). */
async function contents(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  return withAdmin(async (c: Client) => {
    await c.query(`SET TimeZone = 'UTC'`);
    const tables = (
      await c.query(`SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> 'migrations' ORDER BY 1`)
    ).rows;
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const { relname } of tables) {
      const [r] = (await c.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${relname}" t`))
        .rows;
      out[relname] = r;
    }
    return out;
  }, url);
}

/**
 * REL-06, the drill an operator would run: data written through the real API, an online backup
 * while it serves, a restore into a NEW cluster (a fresh embedded PostgreSQL 18, as `npm start`
 * runs), a second API booting on it, the same rows in every table, and an existing account
 * signing in.
 */
describe('backup and restore drill (REL-06)', () => {
  let source: TestDatabase;
  let temp: string;
  let sourceApi: ApiProcess | undefined;
  let restoredApi: ApiProcess | undefined;
  let cluster: { url: string; child: ChildProcess } | undefined;

  beforeAll(async () => {
    await ensureApiBuilt();
    source = await createTestDatabase();
    temp = mkdtempSync(join(tmpdir(), 'kijkje-drill-'));
    // The embedded server runs as its own user when the tests run as root (CI).
    chmodSync(temp, 0o755);
  }, 300_000);
  afterAll(async () => {
    sourceApi?.kill();
    restoredApi?.kill();
    if (cluster) {
      const exited = new Promise((r) => cluster!.child.on('exit', r));
      cluster.child.kill('SIGTERM');
      await exited;
    }
    await source?.drop();
    if (temp) rmSync(temp, { recursive: true, force: true });
  }, 60_000);

  it('restores every row into a new cluster, and the restored API serves the same accounts', async () => {
    // Seeding the demo network makes this boot slower than most.
    sourceApi = await startApiProcess(source.ownerUrl, { KIJKJE_MODE: 'demo' }, 120_000);
    const coordinator = new GqlClient(sourceApi.url);
    expect((await coordinator.signIn('coordinator@kijkje.test', DEMO_PASSWORD)).data?.['signIn'].user.email).toBe('coordinator@kijkje.test');
    await writeIntoEveryTable(sourceApi.url, source.ownerUrl, coordinator);
    const READ = `{ viewer { user { email } currentNetwork { name } } organisations { name } invitations { email } programmes { name } }`;
    const seenBefore = await coordinator.ok(READ);
    expect(seenBefore['organisations'].length).toBeGreaterThan(0);
    const before = await contents(source.ownerUrl);
    expect(
      Object.entries(before)
        .filter(([, c]) => c.rows === 0)
        .map(([t]) => t),
    ).toEqual([]);

    const archive = join(temp, 'kijkje.tar.gz');
    let started = Date.now();
    expect(await tool(source.ownerUrl, 'backup', archive)).toMatch(/^backup: .* tables, \d+ rows/m);
    const backupS = (Date.now() - started) / 1000;
    sourceApi.kill();

    started = Date.now();
    cluster = await startNewCluster(temp);
    const clusterS = (Date.now() - started) / 1000;
    started = Date.now();
    const restored = await tool(cluster.url, 'restore', archive);
    const restoreS = (Date.now() - started) / 1000;
    expect(restored).toMatch(/equal to the manifest/);
    expect(restored).toMatch(/boot check passed/);
    expect(restored).not.toMatch(/postgres:postgres@|kijkje_app_dev/);

    started = Date.now();
    restoredApi = await startApiProcess(cluster.url, {}, 60_000);
    const bootS = (Date.now() - started) / 1000;

    const after = await contents(cluster.url);
    expect(after).toEqual(before);
    const [version] = await withAdmin(async (c) => (await c.query(`SELECT current_setting('server_version_num')::int AS n`)).rows, cluster.url);
    expect(version.n).toBeGreaterThanOrEqual(180000);

    // An existing account signs in on the restored API, and sees its own network's data.
    const again = new GqlClient(restoredApi.url);
    const signedIn = await again.signIn('coordinator@kijkje.test', DEMO_PASSWORD);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.['signIn'].user.email).toBe('coordinator@kijkje.test');
    expect((await again.ok(`{ organisations { name } }`))['organisations'].length).toBeGreaterThan(0);
    // The session taken before the backup is still a session after it, and sees the same.
    const carried = new GqlClient(restoredApi.url);
    carried.cookie = coordinator.cookie;
    // (Rows created in one transaction tie on their time, so lists compare as sets.)
    expect(unordered(await carried.ok(READ))).toEqual(unordered(seenBefore));

    const rows = Object.values(after).reduce((a, c) => a + c.rows, 0);
    console.log(
      `backup drill: ${Object.keys(after).length} tables, ${rows} rows; backup ${backupS.toFixed(1)} s, ` +
        `new embedded PostgreSQL ${version.n} cluster ${clusterS.toFixed(1)} s, restore ${restoreS.toFixed(1)} s, API boot to ready ${bootS.toFixed(1)} s`,
    );
  }, 180_000);
});

/** The same value with every list sorted, for comparing answers whose ties may come in any order. */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unordered).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unordered(v)]));
  return value;
}

/** Fills the tables the demo seed leaves empty, through the API where a user can. */
async function writeIntoEveryTable(apiUrl: string, ownerUrl: string, coordinator: GqlClient) {
  const anon = new GqlClient(apiUrl);
  // A failed sign-in (rate-limit bucket) and a reset request (reset link, mail job).
  await anon.signIn('lid@kijkje.test', 'niet-het-wachtwoord');
  await anon.ok(`mutation { requestPasswordReset(input: { email: "lid@kijkje.test" }) }`);
  const ids = await withAdmin(async (c) => {
    const q = async (sql: string) => (await c.query(sql)).rows[0];
    return {
      published: await q(`SELECT p.network_id, p.harvest_id, p.number FROM harvest_public p LIMIT 1`),
      org: await q(`SELECT o.id FROM organisation o JOIN harvest_public p ON p.network_id = o.network_id ORDER BY o.name LIMIT 1`),
      finding: await q(`SELECT f.id FROM finding f JOIN app_user u ON u.id = f.author_id JOIN visit v ON v.id = f.visit_id
                         WHERE u.email = 'reviewer@kijkje.test' AND f.status <> 'DRAFT' AND v.status = 'HELD' LIMIT 1`),
    };
  }, ownerUrl);
  await coordinator.ok(`mutation($id: ID!) { switchNetwork(networkId: $id) { user { id } } }`, { id: ids.published.network_id });
  await coordinator.ok(
    `mutation($org: ID!) { invitePerson(input: { email: "nieuw@drill.nl", name: "Nieuw Lid", role: MEMBER, organisationId: $org, idempotencyKey: "hersteloefening-1" }) { id } }`,
    {
      org: ids.org.id,
    },
  );
  await coordinator.ok(`mutation($input: WithdrawHarvestInput!) { withdrawHarvest(input: $input) { id } }`, {
    input: { harvestId: ids.published.harvest_id, number: ids.published.number, reason: 'Oefening: terugzetten' },
  });
  const reviewer = new GqlClient(apiUrl);
  await reviewer.signIn('reviewer@kijkje.test', DEMO_PASSWORD);
  await reviewer.ok(`mutation($input: AddFindingCommentInput!) { addFindingComment(input: $input) { id } }`, {
    input: { findingId: ids.finding.id, text: 'Meegelezen tijdens de **hersteloefening**.' },
  });
  // An identity provider of the network (its secret encrypted), and a sign-in through it under way.
  const { createIdentityProvider: provider } = await coordinator.ok(
    `mutation($org: ID!) { createIdentityProvider(input: { name: "Oefen-IdP", issuer: "https://idp.drill.example", clientId: "kijkje", clientSecret: "geheim",
       emailDomains: ["drill.example"], organisationId: $org }) { id } }`,
    { org: ids.org.id },
  );
  await withAdmin(
    (c) =>
      c.query(
        `INSERT INTO sso_attempt (state_hash, provider_id, network_id, email_domain, code_verifier, nonce, expires_at)
         VALUES (repeat('a', 64), $1, $2, 'drill.example', repeat('v', 43), repeat('n', 32), now() + interval '10 minutes')`,
        [provider.id, ids.published.network_id],
      ),
    ownerUrl,
  );
  // An action plan on a final report, with an action answering one of its findings and a comment on it.
  await withAdmin(async (c) => {
    const { rows } = await c.query(
      `SELECT v.network_id, v.id, (SELECT f.id FROM finding f WHERE f.visit_id = v.id AND f.status = 'FINAL' LIMIT 1) AS finding
         FROM visit v WHERE v.status = 'REPORT_FINAL' AND EXISTS (SELECT 1 FROM finding f WHERE f.visit_id = v.id AND f.status = 'FINAL') LIMIT 1`,
    );
    const [visit] = rows;
    await c.query(`INSERT INTO action_plan (network_id, visit_id, status) VALUES ($1, $2, 'SHARED') ON CONFLICT DO NOTHING`, [visit.network_id, visit.id]);
    const action = await c.query(
      `INSERT INTO plan_action (network_id, visit_id, title, owner, finding_ids) VALUES ($1, $2, 'Oefenactie', 'Teamleider', ARRAY[$3::uuid]) RETURNING id`,
      [visit.network_id, visit.id, visit.finding],
    );
    await c.query(`INSERT INTO plan_action_comment (network_id, action_id, text) VALUES ($1, $2, 'Meegelezen tijdens de hersteloefening.')`, [
      visit.network_id,
      action.rows[0].id,
    ]);
    await c.query(
      `INSERT INTO progress_review (network_id, visit_id, months, foto_van_nu) VALUES ($1, $2, 6, 'Zo staan we er nu voor.') ON CONFLICT DO NOTHING`,
      [visit.network_id, visit.id],
    );
    // A figure of the host organisation (cijfers), to compare then with now.
    await c.query(
      `INSERT INTO indicator_value (network_id, organisation_id, code, period, label, value, unit, source)
       SELECT network_id, host_organisation_id, 'JZ_TRAJ', '2024', 'Jongeren met jeugdzorg', 10.5, '%', 'CBS StatLine' FROM visit WHERE id = $1
       ON CONFLICT DO NOTHING`,
      [visit.id],
    );
    // A participant's evaluation of that visit's round, and the finding marked as a systeemsignaal.
    await c.query(
      `INSERT INTO round_evaluation (network_id, round_id, user_id, usefulness, safety, preparation, team, would_recommend, comment)
       SELECT v.network_id, v.round_id, r.user_id, 4, 5, 4, 5, true, 'Leerzaam.' FROM visit v JOIN visit_reviewer r ON r.visit_id = v.id AND r.network_id = v.network_id
        WHERE v.id = $1 LIMIT 1 ON CONFLICT DO NOTHING`,
      [visit.id],
    );
    await c.query(`UPDATE finding SET system_issue = 'FUNDING' WHERE id = $1`, [visit.finding]);
    // A harvest that compares its programme with another of the network.
    await c.query(
      `INSERT INTO harvest_programme (network_id, harvest_id, programme_id, position)
       SELECT h.network_id, h.id, p.id, 0 FROM harvest h JOIN programme p ON p.network_id = h.network_id AND p.id <> h.programme_id
        ORDER BY p.name LIMIT 1 ON CONFLICT DO NOTHING`,
    );
  }, ownerUrl);
  // A work meeting with a programme item, a theme table, a registration (with its reminder), a facilitator and a card at the table.
  await withAdmin(async (c) => {
    const { rows } = await c.query(
      `SELECT m.network_id, m.user_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'reviewer@kijkje.test' LIMIT 1`,
    );
    const [member] = rows;
    const meeting = await c.query(
      `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Oefenbijeenkomst', now(), now() + interval '3 hours', 20, 'OPEN') RETURNING id`,
      [member.network_id],
    );
    const meetingId = meeting.rows[0].id;
    await c.query(`INSERT INTO meeting_item (network_id, meeting_id, at_time, speaker, talk) VALUES ($1, $2, '13:30', 'Spreker', 'Opening')`, [
      member.network_id,
      meetingId,
    ]);
    // The member hosts the table and has a place at it: one calendar, one reminder, however many ways they hold the meeting.
    const table = await c.query(
      `INSERT INTO meeting_table (network_id, meeting_id, name, capacity, host_user_id) VALUES ($1, $2, 'Wmo & Jeugd', 8, $3) RETURNING id`,
      [member.network_id, meetingId, member.user_id],
    );
    await c.query(`INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, table_id) VALUES ($1, $2, $3, 'REGISTERED', $4)`, [
      member.network_id,
      meetingId,
      member.user_id,
      table.rows[0].id,
    ]);
    // The network's facilitator (the demo's begeleider) runs the meeting; both have it in their calendar and were reminded of it.
    await c.query(
      `WITH f AS (INSERT INTO meeting_facilitator (network_id, meeting_id, user_id)
                  SELECT network_id, $2, user_id FROM membership WHERE network_id = $1 AND role = 'FACILITATOR' AND active LIMIT 1
                  RETURNING network_id, meeting_id, user_id),
            p AS (SELECT network_id, meeting_id, user_id FROM f UNION ALL SELECT $1::uuid, $2::uuid, $3::uuid),
            c AS (INSERT INTO meeting_calendar (network_id, meeting_id, user_id, sequence, in_calendar)
                  SELECT network_id, meeting_id, user_id, 1, true FROM p RETURNING network_id)
       INSERT INTO meeting_reminder (network_id, meeting_id, user_id, starts_at, stage) SELECT network_id, meeting_id, user_id, now(), 'WEEK_BEFORE' FROM p`,
      [member.network_id, meetingId, member.user_id],
    );
    await c.query(`INSERT INTO meeting_card (network_id, meeting_id, table_id, kind, text, author_id) VALUES ($1, $2, $3, 'STRENGTH', 'Korte lijnen.', $4)`, [
      member.network_id,
      meetingId,
      table.rows[0].id,
      member.user_id,
    ]);
  }, ownerUrl);
  // A session of the demo's learning track in a participant's calendar, with its reminder, as the mails and the daily job record them.
  await withAdmin(async (c) => {
    const { rows } = await c.query(
      `SELECT s.network_id, s.id AS session_id, p.user_id, s.starts_at FROM track_session s
         JOIN track_participant p ON p.network_id = s.network_id AND p.track_id = s.track_id AND p.status = 'ACCEPTED'
        ORDER BY s.starts_at, s.id, p.user_id LIMIT 1`,
    );
    const held = [rows[0].network_id, rows[0].session_id, rows[0].user_id];
    await c.query(`INSERT INTO track_session_calendar (network_id, session_id, user_id, sequence, in_calendar) VALUES ($1, $2, $3, 1, true)`, held);
    await c.query(`INSERT INTO track_session_reminder (network_id, session_id, user_id, starts_at, stage) VALUES ($1, $2, $3, $4, 'WEEK_BEFORE')`, [
      ...held,
      rows[0].starts_at,
    ]);
  }, ownerUrl);
  // The minimal record an erasure leaves (the erasure itself is proven in privacy-erasure.spec.ts).
  await withAdmin(
    (c) =>
      c.query(`INSERT INTO account_erasure (user_id, erased_by, network_ids) SELECT id, 'self', '[]'::jsonb FROM app_user WHERE email = 'lid@kijkje.test'`),
    ownerUrl,
  );
  // An authenticator app with its recovery codes, and a sign-in waiting for its second step.
  await enrolTotp(reviewer);
  expect((await new GqlClient(apiUrl).signIn('reviewer@kijkje.test', DEMO_PASSWORD)).errors?.[0]?.extensions.code).toBe('SECOND_FACTOR_NEEDED');
  // A passkey registration under way, and a registered passkey (as a browser's authenticator would leave it).
  await reviewer.ok(`mutation { startPasskeyRegistration }`);
  await withAdmin(
    (c) =>
      c.query(
        `INSERT INTO passkey (user_id, credential_id, public_key, name) SELECT id, 'oefen-sleutel', 'pk', 'Oefensleutel' FROM app_user WHERE email = 'reviewer@kijkje.test'`,
      ),
    ownerUrl,
  );
  // A personal calendar feed, and a deadline reminder as the daily job records it (the job itself runs at 06:00).
  await reviewer.ok(`mutation { renewCalendarFeed { url } }`);
  await withAdmin(
    (c) =>
      c.query(`INSERT INTO deadline_reminder (network_id, visit_id, deadline, due_at, stage)
               SELECT v.network_id, v.id, 'REPORT', now() + interval '7 days', 'WEEK_BEFORE' FROM visit v WHERE v.status = 'HELD' LIMIT 1`),
    ownerUrl,
  );
  // A retention record as the daily retention job keeps it (the job removes material only years after a programme closes).
  await withAdmin(
    (c) =>
      c.query(`INSERT INTO retention_record (network_id, programme_id, retention_years, closed_at, removed_at, counts)
               SELECT p.network_id, p.id, 5, now() - interval '6 years', now(), '{"findings": 0}' FROM programme p LIMIT 1`),
    ownerUrl,
  );
}
