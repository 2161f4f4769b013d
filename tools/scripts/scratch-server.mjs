// A throw-away Kijkje for the browser journeys and the benchmark: a fresh database (on
// DATABASE_URL's server, or the embedded test server) with the demo data, and the built API on it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { startEmbedded } from './embedded-db.mjs';

/** A port nobody listens on now. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `port` 0 takes a free one, so that two runs on one machine never talk to each other's server. */
export async function startScratchServer({ prefix, port: wanted, env = {}, verbose = false, nodeArgs = [] }) {
  const port = wanted || (await freePort());
  let embedded = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbedded({ dir: '.data/test-pg', port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54321), database: 'postgres' });
    adminUrl = embedded.adminUrl;
  }
  const database = `${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${database}`;

  const baseUrl = `http://localhost:${port}`;
  const server = spawn(process.execPath, ['--enable-source-maps', ...nodeArgs, 'dist/apps/api/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl.toString(),
      PORT: String(port),
      APP_URL: baseUrl,
      KIJKJE_MODE: 'demo',
      METRICS_PORT: process.env.METRICS_PORT ?? 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server.stdout.on('data', (d) => verbose && process.stdout.write(d));

  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    if (embedded) await embedded.stop();
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error('Kijkje did not become ready');
    }
    if (
      await fetch(`${baseUrl}/health/ready`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return { baseUrl, stop, databaseUrl: dbUrl.toString(), pid: server.pid };
}
