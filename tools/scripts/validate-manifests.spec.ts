// `npm run deploy:check` as CI runs it: the real manifests pass, and each kind of mistake in a
// copy of them (a probe missing, a field of the wrong type, a variable the API never reads, …)
// makes it fail and say where.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseDocument } from 'yaml';

// Each case starts Node, renders and type-checks the manifests: seconds each, more on a busy
// machine; the cases run side by side.
jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '../..');
const SCRIPT = join(ROOT, 'tools/scripts/validate-manifests.mjs');
const run = promisify(execFile);

async function check(args: string[] = []): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args], { cwd: ROOT });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the manifests, docker-compose.yml and the Dockerfile, to break one thing in. */
function copyOfRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'kijkje-manifests-'));
  copies.push(dir);
  cpSync(join(ROOT, 'deploy/kubernetes'), join(dir, 'kubernetes'), { recursive: true });
  cpSync(join(ROOT, 'docker-compose.yml'), join(dir, 'docker-compose.yml'));
  cpSync(join(ROOT, 'Dockerfile'), join(dir, 'Dockerfile'));
  return {
    dir,
    args: ['--dir', join(dir, 'kubernetes'), '--compose', join(dir, 'docker-compose.yml')],
    /** Edits one YAML file of the copy in place (comments kept). */
    edit(file: string, change: (doc: ReturnType<typeof parseDocument>) => void) {
      const path = join(dir, file);
      const doc = parseDocument(readFileSync(path, 'utf8'));
      change(doc);
      writeFileSync(path, doc.toString());
    },
  };
}

const API = ['spec', 'template', 'spec', 'containers', 0];

it.concurrent('accepts the manifests, the CloudNativePG example and docker-compose.yml of the repository', async () => {
  const { code, out } = await check();
  expect(out).toContain('rendered deploy/kubernetes/overlays/production: 7 objects');
  expect(out).toContain('rendered deploy/kubernetes/overlays/production/migrate: 2 objects');
  expect(code).toBe(0);
});

it.concurrent('refuses a Deployment without a readiness probe', async () => {
  const c = copyOfRepo();
  c.edit('kubernetes/base/app/deployment.yaml', (doc) => doc.deleteIn([...API, 'readinessProbe']));
  const { code, out } = await check(c.args);
  expect(code).toBe(1);
  expect(out).toContain('overlays/production: Deployment/kijkje-api: container api: readinessProbe is missing');
});

it.concurrent('refuses a field of the wrong type, by the Kubernetes schema', async () => {
  const c = copyOfRepo();
  c.edit('kubernetes/base/app/deployment.yaml', (doc) => doc.setIn([...API, 'ports', 0, 'containerPort'], '3000'));
  const { code, out } = await check(c.args);
  expect(code).toBe(1);
  expect(out).toContain('Deployment/kijkje-api: /spec/template/spec/containers/0/ports/0/containerPort must be integer');
});

it.concurrent('refuses a misspelt field, which the schemas alone would let through', async () => {
  const c = copyOfRepo();
  c.edit('kubernetes/base/app/deployment.yaml', (doc) => doc.setIn(['spec', 'template', 'spec', 'volumes', 0, 'emptyDir', 'sizeLimt'], '1Mi'));
  c.edit('kubernetes/base/migrate/job.yaml', (doc) => doc.setIn(['spec', 'backofLimit'], 1));
  const { code, out } = await check(c.args);
  expect(code).toBe(1);
  expect(out).toContain('overlays/production: Deployment/kijkje-api: unknown field "sizeLimt"');
  expect(out).toContain('overlays/production/migrate: Job/kijkje-migrate: unknown field "backofLimit"');
});

it.concurrent('refuses an environment variable the API does not read, in env and in the ConfigMap', async () => {
  const c = copyOfRepo();
  c.edit('kubernetes/base/app/deployment.yaml', (doc) => doc.addIn([...API, 'env'], { name: 'DATABASE_POOL_SIZE', value: '20' }));
  c.edit('kubernetes/overlays/production/config.yaml', (doc) => doc.setIn(['data', 'SESSION_TIMEOUT'], '60'));
  const { code, out } = await check(c.args);
  expect(code).toBe(1);
  expect(out).toContain('container api: environment variable DATABASE_POOL_SIZE is not read by the API');
  expect(out).toContain('overlays/production: Deployment/kijkje-api: container api: environment variable SESSION_TIMEOUT is not read by the API');
});

it.concurrent('refuses a credential given as a value, and production settings the API would refuse', async () => {
  const c = copyOfRepo();
  c.edit('kubernetes/base/migrate/job.yaml', (doc) => doc.setIn([...API, 'env', 2], { name: 'DATABASE_URL', value: 'postgres://kijkje:secret@db/kijkje' }));
  c.edit('kubernetes/overlays/production/config.yaml', (doc) => doc.setIn(['data', 'APP_URL'], 'http://kijkje.example.nl'));
  const { code, out } = await check(c.args);
  expect(code).toBe(1);
  expect(out).toContain('Job/kijkje-migrate: container migrate: DATABASE_URL holds a credential: take it from a Secret');
  expect(out).toContain('overlays/production: ConfigMap/kijkje-config: APP_URL must be https://');
});

it.concurrent('refuses a probe on a path the API does not serve, and a migration command tools.js does not know', async () => {
  const c = copyOfRepo();
  c.edit('kubernetes/base/app/deployment.yaml', (doc) => doc.setIn([...API, 'livenessProbe', 'httpGet', 'path'], '/healthz'));
  c.edit('kubernetes/base/migrate/job.yaml', (doc) => doc.setIn([...API, 'command', 3], 'migrate:up'));
  const { code, out } = await check(c.args);
  expect(code).toBe(1);
  expect(out).toContain('livenessProbe path /healthz is not served by the API');
  expect(out).toContain('Job/kijkje-migrate: container migrate: tools.js has no command "migrate:up"');
});

it.concurrent('refuses root, a "latest" image, missing limits and a grace period shorter than the drain', async () => {
  const c = copyOfRepo();
  c.edit('kubernetes/base/app/deployment.yaml', (doc) => {
    doc.setIn([...API, 'securityContext', 'runAsNonRoot'], false);
    doc.setIn(['spec', 'template', 'spec', 'securityContext', 'runAsNonRoot'], false);
    doc.deleteIn([...API, 'resources', 'limits']);
    doc.setIn(['spec', 'template', 'spec', 'terminationGracePeriodSeconds'], 10);
  });
  c.edit('kubernetes/overlays/production/kustomization.yaml', (doc) => doc.setIn(['images', 0, 'newTag'], 'latest'));
  const { code, out } = await check(c.args);
  expect(code).toBe(1);
  for (const problem of [
    'runAsNonRoot must be true',
    'image tag "latest" is not a release',
    'resources.limits.memory is missing',
    'terminationGracePeriodSeconds 10 leaves under 10 s',
  ]) {
    expect(out).toContain(problem);
  }
});

it.concurrent('refuses a patch that matches nothing, and a kustomize feature the renderer does not have', async () => {
  const c = copyOfRepo();
  c.edit('kubernetes/overlays/production/config.yaml', (doc) => doc.setIn(['metadata', 'name'], 'kijkje-settings'));
  c.edit('kubernetes/overlays/production/migrate/kustomization.yaml', (doc) => doc.set('namePrefix', 'prod-'));
  const { code, out } = await check(c.args);
  expect(code).toBe(1);
  expect(out).toContain('patch config.yaml matches no ConfigMap named kijkje-settings');
  expect(out).toContain('namePrefix not supported');
});

it.concurrent('refuses a docker-compose.yml that breaks the Compose schema or has no health check', async () => {
  const c = copyOfRepo();
  c.edit('docker-compose.yml', (doc) => {
    doc.deleteIn(['services', 'app', 'healthcheck']);
    doc.setIn(['services', 'db', 'ports'], 5432);
  });
  const { code, out } = await check(c.args);
  expect(code).toBe(1);
  expect(out).toContain('docker-compose.yml: service app: no healthcheck');
  expect(out).toContain('docker-compose.yml: /services/db/ports must be array');
});

it.concurrent("refuses a compose volume that the image's unprivileged user could not write", async () => {
  const c = copyOfRepo();
  const dockerfile = join(c.dir, 'Dockerfile');
  writeFileSync(dockerfile, readFileSync(dockerfile, 'utf8').replace(/^RUN mkdir -p \/data\/outbox.*$/m, ''));
  const { code, out } = await check(c.args);
  expect(code).toBe(1);
  expect(out).toContain('service app: volume /data/outbox would belong to root, but the image runs as node');
});
