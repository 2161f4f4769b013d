import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, status, waitFor } from './api-process';

/** Debian's nginx (`apt-get install nginx`; .ci/run installs it). */
const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

export interface Nginx {
  port: number;
  url: string;
  dir: string;
  /** stdout, stderr and the error log so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * The load balancer settings README.md ("Several replicas") recommends, as one nginx config:
 * - round robin over the replicas; no sticky sessions (sessions live in PostgreSQL);
 * - WebSocket upgrade for graphql-ws, with a read timeout longer than the client's keep-alive ping;
 * - keep-alive connections to the replicas, given up before the API gives them up;
 * - a request that fails to connect, is reset, or answers 502/503 (a replica draining or gone)
 *   goes to the next replica, also for POST (`non_idempotent`): GraphQL sends everything as POST,
 *   create mutations carry idempotency keys, updates carry versions, and a replica that shuts down
 *   finishes every request it has read, so a retried request never ran twice;
 * - X-Forwarded-For overwritten with the client's address (the replicas run with TRUST_PROXY=1);
 * - X-Upstream names the replica that answered, so tests can see the traffic alternate.
 */
export function nginxConfig(dir: string, port: number, upstreams: number[]): string {
  const asRoot = process.getuid?.() === 0;
  return `# written by apps/api/test/reliability/support/nginx.ts
${asRoot ? 'user root root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log notice;
events { worker_connections 1024; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;

  map $http_upgrade $connection_upgrade {
    default upgrade;
    ''      '';
  }

  upstream kijkje {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 32;
    # Shorter than the API's own idle timeout (Node: 5 s), so nginx never reuses a connection
    # the API is closing.
    keepalive_timeout 4s;
  }

  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://kijkje;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** nginx's binary, or a failure that says how to get it (never a skip: CI must run this). */
export function nginxBinary(): string {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(`nginx is not installed (looked in ${CANDIDATES.join(', ')}): apt-get install -y nginx (.ci/run does this)`);
  return found;
}

/**
 * Starts nginx in the foreground as a child of the test, with its config, pid and logs in a temp
 * directory, on the given or a free port, in front of the given replica ports.
 */
export async function startNginx(upstreams: number[], listen?: number): Promise<Nginx> {
  const binary = nginxBinary();
  const dir = mkdtempSync(join(tmpdir(), 'kijkje-nginx-'));
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) mkdirSync(join(dir, sub));
  const port = listen ?? (await freePort());
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(dir, port, upstreams));
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  let ended = false;
  const exited = new Promise<void>((resolve) => child.on('exit', () => ((ended = true), resolve())));
  const output = () => {
    const log = join(dir, 'error.log');
    return out + (existsSync(log) ? readFileSync(log, 'utf8') : '');
  };
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => (await status(`${url}/health/live`)) === 200,
    10_000,
    () => {
      if (ended) throw new Error(`nginx exited while starting:\n${output()}`);
    },
  );
  return {
    port,
    url,
    dir,
    output,
    stop: async () => {
      if (!ended) {
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (!ended) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
