// Kijkje's own rules for its Kubernetes manifests, checked in CI beside the API schemas: what the
// API really serves and reads (probe paths, environment variables, the tools.js commands) is read
// from its source, so a manifest cannot drift from the code unnoticed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { containersOf, podSpecOf, splitImage } from './kustomize-lite.mjs';

/** Variables Node itself reads, allowed beside the API's own. */
const RUNTIME_ENV = new Set(['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'TZ']);
const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);
/** Settings that carry credentials: only ever from a Secret, by reference. */
const SECRET_ENV = ['DATABASE_URL', 'DATABASE_APP_PASSWORD', 'DATABASE_APP_URL', 'SMTP_URL', 'SSO_SECRET_KEY'];

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** What the API's code offers: HTTP GET routes, environment variables, tools.js commands, bundles. */
export function readApiFacts(root) {
  const files = [...sourceFiles(join(root, 'apps/api/src')), ...sourceFiles(join(root, 'libs'))].filter(
    (f) => !f.includes('/test/') && !f.includes('/testing/'),
  );
  const routes = new Set();
  const env = new Set();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\benv(?:\[['"]([A-Z][A-Z0-9_]*)['"]\]|\.([A-Z][A-Z0-9_]*))/g)) env.add(m[1] ?? m[2]);
    const controller = /@Controller\(\s*['"]([^'"]*)['"]\s*\)/.exec(text);
    if (!controller) continue;
    for (const m of text.matchAll(/@Get\(\s*(?:['"]([^'"]*)['"])?\s*\)/g))
      routes.add(`/${[controller[1], m[1]].filter(Boolean).join('/')}`.replace(/\/+/g, '/'));
  }
  const tools = readFileSync(join(root, 'apps/api/src/tools.ts'), 'utf8');
  const commands = new Set([...tools.matchAll(/command === ['"]([a-z-]+)['"]/g)].map((m) => m[1]));
  const webpack = readFileSync(join(root, 'apps/api/webpack.config.js'), 'utf8');
  const entries = /entry:\s*\{([^}]*)\}/.exec(webpack)?.[1] ?? '';
  const bundles = new Set([...entries.matchAll(/['"]?([\w-]+)['"]?\s*:/g)].map((m) => `dist/apps/api/${m[1]}.js`));
  return { routes, env, commands, bundles };
}

const q = (o) => `${o.kind}/${o.metadata?.name}`;

function matches(selector = {}, labels = {}) {
  return Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** Problems of one rendered set (one overlay), as sentences naming the object and field. */
export function checkRules(objects, facts) {
  const problems = [];
  const say = (o, text) => problems.push(`${q(o)}: ${text}`);
  const configMaps = new Map(objects.filter((o) => o.kind === 'ConfigMap').map((o) => [o.metadata.name, o]));
  for (const obj of objects) {
    if (obj.kind === 'Secret' && (obj.data || obj.stringData)) say(obj, 'holds secret values; manifests only reference Secrets');
    const spec = podSpecOf(obj);
    if (!spec) continue;
    const podSec = spec.securityContext ?? {};
    if (podSec.seccompProfile?.type !== 'RuntimeDefault') say(obj, 'pod securityContext.seccompProfile.type must be RuntimeDefault');
    if (LONG_RUNNING.has(obj.kind) && (obj.spec.replicas ?? 1) < 2) say(obj, `replicas ${obj.spec.replicas ?? 1}: the API runs as at least 2 replicas`);
    for (const c of containersOf(obj)) {
      const where = `container ${c.name}`;
      const image = splitImage(c.image ?? '');
      if (!image.tag && !image.digest) say(obj, `${where}: image ${c.image} has neither tag nor digest`);
      if (image.tag === 'latest') say(obj, `${where}: image tag "latest" is not a release`);
      for (const kind of ['requests', 'limits']) {
        for (const r of ['cpu', 'memory']) if (!c.resources?.[kind]?.[r]) say(obj, `${where}: resources.${kind}.${r} is missing`);
      }
      const sec = c.securityContext ?? {};
      if ((sec.runAsNonRoot ?? podSec.runAsNonRoot) !== true) say(obj, `${where}: runAsNonRoot must be true`);
      if (sec.readOnlyRootFilesystem !== true) say(obj, `${where}: readOnlyRootFilesystem must be true`);
      if (sec.allowPrivilegeEscalation !== false) say(obj, `${where}: allowPrivilegeEscalation must be false`);
      if (!(sec.capabilities?.drop ?? []).includes('ALL')) say(obj, `${where}: capabilities.drop must include ALL`);
      if (LONG_RUNNING.has(obj.kind)) {
        for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) if (!c[probe]) say(obj, `${where}: ${probe} is missing`);
      }
      for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
        const get = c[probe]?.httpGet;
        if (!get) continue;
        if (!facts.routes.has(get.path)) say(obj, `${where}: ${probe} path ${get.path} is not served by the API (it serves ${[...facts.routes].join(', ')})`);
        const ports = (c.ports ?? []).flatMap((p) => [p.name, p.containerPort]);
        if (!ports.includes(get.port)) say(obj, `${where}: ${probe} port ${get.port} is not a port of the container`);
      }
      const names = [...(c.env ?? []).map((e) => e.name)];
      for (const from of c.envFrom ?? []) {
        if (from.configMapRef) {
          const cm = configMaps.get(from.configMapRef.name);
          if (!cm) say(obj, `${where}: envFrom ConfigMap ${from.configMapRef.name} is not in the manifests`);
          else names.push(...Object.keys(cm.data ?? {}));
        }
      }
      for (const name of names) if (!facts.env.has(name) && !RUNTIME_ENV.has(name)) say(obj, `${where}: environment variable ${name} is not read by the API`);
      for (const name of SECRET_ENV) {
        const entry = (c.env ?? []).find((e) => e.name === name);
        if ((entry && !entry.valueFrom?.secretKeyRef) || (!entry && names.includes(name)))
          say(obj, `${where}: ${name} holds a credential: take it from a Secret (secretKeyRef), not a value or a ConfigMap`);
      }
      const command = [...(c.command ?? []), ...(c.args ?? [])];
      const script = command.find((a) => a.startsWith('dist/'));
      if (!script || !facts.bundles.has(script))
        say(obj, `${where}: command ${JSON.stringify(command)} runs no bundle the API build makes (${[...facts.bundles].join(', ')})`);
      if (script?.endsWith('/tools.js')) {
        const sub = command[command.indexOf(script) + 1];
        if (!facts.commands.has(sub)) say(obj, `${where}: tools.js has no command "${sub}" (it knows ${[...facts.commands].join(', ')})`);
      }
      if (LONG_RUNNING.has(obj.kind)) {
        const drainMs = Number(configMaps.get('kijkje-config')?.data?.DRAIN_DELAY_MS ?? (c.env ?? []).find((e) => e.name === 'DRAIN_DELAY_MS')?.value ?? 0);
        const preStop = c.lifecycle?.preStop;
        const sleep = preStop?.sleep?.seconds ?? Number(preStop?.exec?.command?.[0] === 'sleep' ? preStop.exec.command[1] : 0);
        const grace = spec.terminationGracePeriodSeconds ?? 30;
        if (!preStop) say(obj, `${where}: a preStop hook is missing (the load balancer needs time to forget the pod)`);
        if (grace < sleep + drainMs / 1000 + 10)
          say(obj, `terminationGracePeriodSeconds ${grace} leaves under 10 s to close after preStop (${sleep} s) and DRAIN_DELAY_MS (${drainMs} ms)`);
      }
    }
    if (LONG_RUNNING.has(obj.kind)) {
      const labels = obj.spec.template?.metadata?.labels ?? {};
      if (!(spec.topologySpreadConstraints ?? []).length) say(obj, 'topologySpreadConstraints are missing');
      const covered = (kind) =>
        objects.some((o) => o.kind === kind && matches(kind === 'Service' ? o.spec?.selector : (o.spec?.selector ?? o.spec?.podSelector)?.matchLabels, labels));
      if (!objects.some((o) => o.kind === 'PodDisruptionBudget' && matches(o.spec?.selector?.matchLabels, labels)))
        say(obj, 'no PodDisruptionBudget selects its pods');
      if (!covered('Service')) say(obj, 'no Service selects its pods');
      if (!objects.some((o) => o.kind === 'NetworkPolicy' && matches(o.spec?.podSelector?.matchLabels, labels))) say(obj, 'no NetworkPolicy selects its pods');
    }
  }
  for (const cm of configMaps.values()) {
    const data = cm.data ?? {};
    if (data.KIJKJE_MODE !== 'production' && data.NODE_ENV !== 'production') continue;
    if (!String(data.APP_URL ?? '').startsWith('https://')) say(cm, 'APP_URL must be https:// in production (the API refuses to start otherwise)');
    if (String(data.TRUST_PROXY).toLowerCase() === 'true') say(cm, 'TRUST_PROXY=true is refused by the API: give the number of proxies');
    if (data.KIJKJE_DEMO) say(cm, 'KIJKJE_DEMO is refused in production');
  }
  const services = new Map(objects.filter((o) => o.kind === 'Service').map((o) => [o.metadata.name, o]));
  for (const ing of objects.filter((o) => o.kind === 'Ingress')) {
    if (!(ing.spec?.tls ?? []).length) say(ing, 'has no TLS');
    for (const path of (ing.spec?.rules ?? []).flatMap((r) => r.http?.paths ?? [])) {
      const backend = path.backend?.service;
      const svc = services.get(backend?.name);
      if (!svc) say(ing, `path ${path.path} goes to Service ${backend?.name}, which is not in the manifests`);
      else if (!(svc.spec.ports ?? []).some((p) => p.name === backend.port?.name || p.port === backend.port?.number))
        say(ing, `path ${path.path}: Service ${svc.metadata.name} has no such port`);
    }
  }
  return problems;
}
