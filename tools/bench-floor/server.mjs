// The bench's floor (QUALITY.md PERF-04): a minimal node:http + pg server that answers the bench's
// GraphQL requests with one hand-written statement each, scoped and authorised as Kijkje does it,
// so that Kijkje's throughput can be read as a ratio to what the same work costs by hand.
// Three round trips per request: BEGIN with session and tenant scope, the case's statement, COMMIT.
// A case may answer on its own (`answer`), in the same transaction (my-tasks.mjs).
// The bench names the case in the `x-bench-case` header; the request body is the same GraphQL
// request Kijkje gets (only the variables are read here).
import { createServer } from 'node:http';
import pg from 'pg';
import * as createFinding from './cases/create-finding.mjs';
import * as harvestCounts from './cases/harvest-counts.mjs';
import * as hostBoard from './cases/host-board.mjs';
import * as myTasks from './cases/my-tasks.mjs';
import * as programme from './cases/programme.mjs';
import * as round from './cases/round.mjs';
import * as visitFindings from './cases/visit-findings.mjs';
import { enterSql, scopeFrom, tokenHash } from './session.mjs';

const CASES = Object.fromEntries(
  Object.entries({
    round,
    'visit-findings': visitFindings,
    'host-board': hostBoard,
    programme,
    'harvest-counts': harvestCounts,
    'create-finding': createFinding,
    'my-tasks': myTasks,
  })
    // Each statement is prepared once per connection, under the case's name.
    .map(([name, kase]) => [name, { ...kase, name: `floor-${name}` }]),
);

// As the RLS-bound app role Kijkje serves with (FLOOR_DATABASE_URL is derived like deriveAppUrl).
const pool = new pg.Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: Number(process.env.FLOOR_POOL ?? 8) });

const NOT_FOUND = JSON.stringify({ data: null, errors: [{ message: 'Niet gevonden. / Not found.', extensions: { code: 'NOT_FOUND' } }] });

async function answer(kase, cookie, variables, ip) {
  const hash = tokenHash(cookie);
  if (!hash) return NOT_FOUND;
  const client = await pool.connect();
  try {
    const scope = scopeFrom(await client.query(enterSql(hash)));
    let body = null;
    if (scope && kase.answer) body = await kase.answer(client, scope, kase.name);
    else if (scope) {
      const values = [scope.network, scope.user, scope.organisation, scope.role, ...kase.values(variables, ip)];
      const { rows } = await client.query({ name: kase.name, text: kase.sql, values });
      body = rows[0]?.body ?? null;
    }
    // What the caller may not see reads as null in the body; the bench only sends what they may.
    await client.query('COMMIT');
    return body ?? NOT_FOUND;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  const kase = CASES[req.headers['x-bench-case']];
  if (req.method !== 'POST' || !kase) {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let variables;
    try {
      variables = JSON.parse(Buffer.concat(chunks).toString('utf8')).variables ?? {};
    } catch {
      res.writeHead(400).end();
      return;
    }
    answer(kase, req.headers.cookie, variables, req.socket.remoteAddress ?? null).then(
      (body) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body),
      (error) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error.message) }] })),
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  // The bench reads the port from the first line.
  console.log(JSON.stringify({ port: server.address().port }));
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
