// `npm run deploy:check`: renders every kustomization under deploy/kubernetes (no cluster, no
// kubectl: tools/scripts/kustomize-lite.mjs), validates each object against the Kubernetes
// OpenAPI schemas (npm kubernetes-models) and for unknown fields (their TypeScript types:
// tools/scripts/manifest-fields.mjs), checks Kijkje's own rules against the API's source
// (tools/scripts/manifest-rules.mjs), checks the CloudNativePG example's essentials, and checks
// docker-compose.yml against the Compose Specification's JSON schema (tools/scripts/schemas,
// from github.com/compose-spec/compose-spec, Apache-2.0) and its consistency with the Dockerfile.
//   node tools/scripts/validate-manifests.mjs [--dir deploy/kubernetes] [--compose docker-compose.yml]
import Ajv from 'ajv';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readYaml, renderKustomization } from './kustomize-lite.mjs';
import { unknownFieldProblems } from './manifest-fields.mjs';
import { checkRules, readApiFacts } from './manifest-rules.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The kubernetes-models class of an object ("apps/v1" + "Deployment"), or null for other APIs. */
async function modelOf(obj) {
  const path = obj.apiVersion === 'v1' ? 'v1' : obj.apiVersion;
  try {
    const module = await import(`kubernetes-models/${path}`);
    return module[obj.kind] ?? null;
  } catch {
    return null;
  }
}

/** Schema problems of one object, with the field's path. */
export async function schemaProblems(obj) {
  const Model = await modelOf(obj);
  if (!Model) return [`${obj.kind}/${obj.metadata?.name}: no Kubernetes schema for ${obj.apiVersion} ${obj.kind}`];
  try {
    new Model(obj).validate();
    return [];
  } catch (error) {
    const errors = error.errors ?? [{ instancePath: '', message: error.message }];
    return errors.map((e) => `${obj.kind}/${obj.metadata?.name}: ${e.instancePath || '/'} ${e.message}`);
  }
}

function kustomizations(dir) {
  const found = existsSync(join(dir, 'kustomization.yaml')) ? [dir] : [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) found.push(...kustomizations(join(dir, entry.name)));
  return found;
}

/** The CloudNativePG example: a 3-instance cluster with the roles and WAL archiving the guide describes. */
function checkCnpgExample(file) {
  const docs = readYaml(file);
  const cluster = docs.find((d) => d.apiVersion === 'postgresql.cnpg.io/v1' && d.kind === 'Cluster');
  const problems = [];
  if (!cluster) return [`${file}: no CloudNativePG Cluster`];
  const roles = cluster.spec?.managed?.roles ?? [];
  const app = roles.find((r) => r.name === 'kijkje_app');
  if (!(cluster.spec?.instances >= 3)) problems.push('Cluster: fewer than 3 instances');
  if (!cluster.spec?.bootstrap?.initdb?.owner) problems.push('Cluster: bootstrap.initdb.owner (the owner role) is missing');
  if (!app || app.superuser || app.bypassrls !== false || !app.passwordSecret)
    problems.push('Cluster: managed role kijkje_app must log in with a Secret, and be neither superuser nor bypassrls');
  if (!(cluster.spec?.plugins ?? []).some((p) => p.isWALArchiver) && !cluster.spec?.backup?.barmanObjectStore) problems.push('Cluster: no WAL archiving');
  const store = docs.find((d) => d.kind === 'ObjectStore');
  const archiver = (cluster.spec?.plugins ?? []).find((p) => p.isWALArchiver);
  if (archiver && store?.metadata?.name !== archiver.parameters?.barmanObjectName)
    problems.push('Cluster: the WAL archiver names an ObjectStore that is not in the file');
  return problems.map((p) => `${relative(ROOT, file)}: ${p}`);
}

/** docker-compose.yml: the Compose schema, and what the Dockerfile of each built service makes. */
export function checkCompose(file) {
  const schema = JSON.parse(readFileSync(join(ROOT, 'tools/scripts/schemas/compose-spec.json'), 'utf8'));
  delete schema.$schema; // draft-07, named by an https:// address Ajv does not know; Ajv's default is draft-07
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const [compose] = readYaml(file);
  const problems = [];
  if (!ajv.validate(schema, compose)) problems.push(...ajv.errors.map((e) => `${e.instancePath || '/'} ${e.message}`));
  for (const [name, svc] of Object.entries(compose?.services ?? {})) {
    if (!svc.build) continue;
    const context = resolve(dirname(file), typeof svc.build === 'string' ? svc.build : (svc.build.context ?? '.'));
    const dockerfilePath = join(context, (typeof svc.build === 'object' && svc.build.dockerfile) || 'Dockerfile');
    if (!existsSync(dockerfilePath)) {
      problems.push(`service ${name}: ${relative(dirname(file), dockerfilePath)} does not exist`);
      continue;
    }
    const dockerfile = readFileSync(dockerfilePath, 'utf8');
    const port = /ENV[^\n]*\bPORT=(\d+)/.exec(dockerfile)?.[1];
    if (!(/CMD \[([^\]]*)\]/.exec(dockerfile)?.[1] ?? '').includes('dist/apps/api/main.js'))
      problems.push(`service ${name}: the Dockerfile's CMD does not start dist/apps/api/main.js`);
    if (!svc.healthcheck) problems.push(`service ${name}: no healthcheck`);
    else if (!JSON.stringify(svc.healthcheck.test).includes('/health/ready')) problems.push(`service ${name}: the healthcheck does not ask /health/ready`);
    const published = (svc.ports ?? []).map((p) => String(p).split(':').pop());
    if (port && !published.includes(port)) problems.push(`service ${name}: publishes ${published.join(', ')}, the image listens on ${port}`);
    if (svc.environment?.KIJKJE_MODE !== 'demo') problems.push(`service ${name}: holds the demo's passwords, so it must run KIJKJE_MODE=demo`);
    // A new named volume takes the owner of the image's directory: root, unless the image makes it.
    const user = /^USER\s+(\S+)/m.exec(dockerfile)?.[1];
    for (const target of (svc.volumes ?? []).map((v) => (typeof v === 'string' ? v.split(':')[1] : v.target))) {
      if (user && user !== 'root' && !new RegExp(`chown[^\\n]*${user.split(':')[0]}[^\\n]*${target}`).test(dockerfile)) {
        problems.push(`service ${name}: volume ${target} would belong to root, but the image runs as ${user} (chown it in the Dockerfile)`);
      }
    }
  }
  return problems.map((p) => `${relative(ROOT, file) || file}: ${p}`);
}

export async function validateAll({ dir = join(ROOT, 'deploy/kubernetes'), compose = join(ROOT, 'docker-compose.yml') } = {}) {
  const facts = readApiFacts(ROOT);
  const problems = [];
  const report = [];
  const typed = [];
  for (const k of kustomizations(dir)) {
    let objects;
    try {
      objects = renderKustomization(k);
    } catch (error) {
      problems.push(`${relative(ROOT, k) || k}: ${error.message}`);
      continue;
    }
    for (const obj of objects) delete obj.__source;
    const found = [];
    for (const obj of objects) {
      const schema = await schemaProblems(obj);
      found.push(...schema);
      if (!schema.some((p) => p.includes('no Kubernetes schema'))) typed.push({ label: relative(ROOT, k) || k, obj });
    }
    found.push(...checkRules(objects, facts));
    problems.push(...found.map((p) => `${relative(ROOT, k) || k}: ${p}`));
    report.push(`${relative(ROOT, k) || k}: ${objects.length} objects (${objects.map((o) => o.kind).join(', ')})`);
  }
  problems.push(...unknownFieldProblems(typed));
  const example = join(dir, 'examples/cloudnativepg-cluster.yaml');
  if (existsSync(example)) problems.push(...checkCnpgExample(example));
  if (compose) problems.push(...checkCompose(compose));
  return { problems, report };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, compose: { type: 'string' } } });
  const { problems, report } = await validateAll({
    dir: values.dir ? resolve(values.dir) : undefined,
    compose: values.compose ? resolve(values.compose) : undefined,
  });
  for (const line of report) console.log(`rendered ${line}`);
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Kubernetes manifests, the CloudNativePG example and docker-compose.yml: valid');
}
