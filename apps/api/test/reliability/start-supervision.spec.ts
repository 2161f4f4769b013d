import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, ensureApiBuilt, freePort, status, waitFor } from './support/api-process';

/*
 * `npm start` supervises what it started: when the API dies, the embedded PostgreSQL is stopped
 * and start says so and fails; a PostgreSQL left behind by a kill -9 of everything does not make
 * the next start hang or crash. PostgreSQL's log goes to a file the banner names. Runs the real
 * tools/scripts/start.mjs on a data folder and ports of its own, against the existing build.
 */

interface Start {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(dataDir: string, pgPort: number, apiPort: number): Start {
  const env: NodeJS.ProcessEnv = { ...process.env, KIJKJE_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(apiPort), KIJKJE_NO_BUILD: '1' };
  delete env['DATABASE_URL'];
  delete env['DATABASE_APP_URL'];
  delete env['NODE_ENV'];
  delete env['KIJKJE_MODE'];
  // Its own process group, so that the test can kill the whole tree at once as a crash would.
  const child = spawn(process.execPath, ['tools/scripts/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, exited };
}

/** The promise's value, or a failure naming what did not happen in time. */
async function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what())), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pids of processes whose parent is `parent` and whose command line matches. */
function children(parent: number, match: RegExp): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const ppid = Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
        return ppid === parent && match.test(readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' '));
      } catch {
        return false;
      }
    })
    .map(Number);
}

const postmasterPid = (dataDir: string) => {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
};

describe('npm start supervises the API and the embedded PostgreSQL', () => {
  let dataDir: string;
  let pgPort: number;
  let apiPort: number;
  const started: Start[] = [];
  const strangers: ChildProcess[] = [];

  const up = async (s: Start) => {
    await waitFor(
      async () => (await status(`http://127.0.0.1:${apiPort}/health/ready`)) === 200,
      180_000,
      () => {
        if (s.child.exitCode !== null) throw new Error(`npm start ended while starting:\n${s.output()}`);
      },
      500,
    );
  };

  beforeAll(async () => {
    await ensureApiBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'kijkje-start-'));
    chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the user `postgres`, which must reach its folder
    pgPort = await freePort();
    apiPort = await freePort();
  }, 300_000);
  afterAll(async () => {
    for (const s of strangers) s.kill('SIGKILL');
    for (const s of started)
      if (s.child.exitCode === null && s.child.pid) {
        try {
          process.kill(-s.child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    const pid = dataDir ? postmasterPid(dataDir) : null;
    if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops PostgreSQL, says so and fails when the API is killed; the next start works', async () => {
    const first = start(dataDir, pgPort, apiPort);
    started.push(first);
    await up(first);
    const log = join(dataDir, 'pg.log');
    expect(first.output()).toContain(log);
    expect(readFileSync(log, 'utf8')).toMatch(/ready to accept connections/);
    const pg = postmasterPid(dataDir)!;
    expect(alive(pg)).toBe(true);

    const [api] = children(first.child.pid!, /dist\/apps\/api\/main\.js/);
    expect(api).toBeGreaterThan(0);
    process.kill(api, 'SIGKILL');
    const { code } = await within(first.exited, 30_000, () => `npm start did not end:\n${first.output()}`);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(first.output()).toMatch(/API .*(ended|stopped|died).*SIGKILL/i);
    expect(first.output()).toMatch(/PostgreSQL stopped/i);
    expect(alive(pg)).toBe(false);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = start(dataDir, pgPort, apiPort);
    started.push(second);
    await up(second);
    process.kill(second.child.pid!, 'SIGTERM');
    expect((await second.exited).code).toBe(0);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 400_000);

  it('starts after a kill -9 of the whole tree left PostgreSQL’s lock file behind, even when its pid now belongs to another process', async () => {
    const third = start(dataDir, pgPort, apiPort);
    started.push(third);
    await up(third);
    const pg = postmasterPid(dataDir)!;
    process.kill(-third.child.pid!, 'SIGKILL');
    process.kill(pg, 'SIGKILL'); // PostgreSQL runs in the group too, unless it was started as another user
    await third.exited;
    await waitFor(async () => !alive(pg), 10_000);
    const lock = join(dataDir, 'pg', 'postmaster.pid');
    expect(existsSync(lock)).toBe(true);
    // The pid in the lock file is taken by something else now (pids are reused): PostgreSQL
    // itself would refuse to start ("lock file already exists").
    // (as the user PostgreSQL runs as: a process of another user it takes for no postmaster)
    const runAs = process.getuid?.() === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) } : {};
    const stranger = spawn('sleep', ['120'], { stdio: 'ignore', ...runAs });
    strangers.push(stranger);
    const lines = readFileSync(lock, 'utf8').split('\n');
    lines[0] = String(stranger.pid);
    writeFileSync(lock, lines.join('\n'));

    const fourth = start(dataDir, pgPort, apiPort);
    started.push(fourth);
    await up(fourth);
    expect(fourth.output()).toMatch(/stale|left behind/i);
    process.kill(fourth.child.pid!, 'SIGTERM');
    expect((await fourth.exited).code).toBe(0);
  }, 400_000);

  it('refuses clearly, instead of hanging, while another start still runs PostgreSQL on the same data folder', async () => {
    const fifth = start(dataDir, pgPort, apiPort);
    started.push(fifth);
    await up(fifth);
    const other = start(dataDir, pgPort, await freePort());
    started.push(other);
    const { code } = await within(other.exited, 60_000, () => `the second start did not end:\n${other.output()}`);
    expect(code).not.toBe(0);
    expect(other.output()).toMatch(/already runs/i);
    expect(await status(`http://127.0.0.1:${apiPort}/health/ready`)).toBe(200);
    process.kill(fifth.child.pid!, 'SIGTERM');
    expect((await fifth.exited).code).toBe(0);
  }, 400_000);
});
