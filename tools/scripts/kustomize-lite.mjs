// The part of kustomize that deploy/kubernetes uses, in Node, so CI renders the overlays without
// a kustomize or kubectl binary: resources (files and directories), namespace, labels, images,
// replicas and patches (strategic merge, matched by kind and name). Any other kustomization field
// is refused rather than silently ignored, so the manifests cannot outgrow what this renders.
// The lists merged by key follow the Kubernetes API's patch merge keys for the fields used here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'labels', 'images', 'replicas', 'patches']);
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'IngressClass',
  'PriorityClass',
]);
/** Patch merge keys of the lists in a pod template (and a Service's ports). */
const MERGE_KEYS = { containers: 'name', initContainers: 'name', env: 'name', volumes: 'name', volumeMounts: 'mountPath', imagePullSecrets: 'name' };

/** Every YAML document of a file, as plain objects; comments-only documents are skipped. */
export function readYaml(file) {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { prettyErrors: true });
  const out = [];
  for (const doc of docs) {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    const value = doc.toJS();
    if (value !== null && value !== undefined) out.push(value);
  }
  return out;
}

function isMap(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Strategic merge of `patch` into `base` (both plain data); returns a new value. */
export function strategicMerge(base, patch, key = '') {
  if (isMap(base) && isMap(patch)) {
    const out = { ...base };
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete out[k];
      else out[k] = k in out ? strategicMerge(out[k], v, k) : v;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(patch)) {
    const mergeKey = key === 'ports' ? (patch.every((p) => 'containerPort' in p) ? 'containerPort' : 'port') : MERGE_KEYS[key];
    if (!mergeKey) return patch; // atomic list: replaced, as kustomize does
    const out = base.map((item) => ({ ...item }));
    for (const item of patch) {
      const at = out.findIndex((b) => b[mergeKey] === item[mergeKey]);
      if (at === -1) out.push(item);
      else out[at] = strategicMerge(out[at], item, '');
    }
    return out;
  }
  return patch;
}

/** The containers (and init containers) of a workload's pod template, or [] for other kinds. */
export function podSpecOf(obj) {
  if (obj.kind === 'CronJob') return obj.spec?.jobTemplate?.spec?.template?.spec ?? null;
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicaSet'].includes(obj.kind)) return obj.spec?.template?.spec ?? null;
  if (obj.kind === 'Pod') return obj.spec ?? null;
  return null;
}

export function containersOf(obj) {
  const spec = podSpecOf(obj);
  return spec ? [...(spec.initContainers ?? []), ...(spec.containers ?? [])] : [];
}

/** "registry/name:tag@sha256:…" → its parts. */
export function splitImage(image) {
  let rest = image;
  let digest = null;
  const at = rest.indexOf('@');
  if (at !== -1) [rest, digest] = [rest.slice(0, at), rest.slice(at + 1)];
  const colon = rest.lastIndexOf(':');
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : null;
  return { name: tag === null ? rest : rest.slice(0, colon), tag, digest };
}

function applyImages(objects, images) {
  for (const rule of images) {
    for (const container of objects.flatMap(containersOf)) {
      const image = splitImage(container.image ?? '');
      if (image.name !== rule.name) continue;
      const name = rule.newName ?? image.name;
      const tag = rule.newTag ?? image.tag;
      const digest = rule.digest ?? image.digest;
      container.image = `${name}${tag && !rule.digest ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
    }
  }
}

function applyLabels(objects, labels) {
  for (const { pairs, includeSelectors = false, includeTemplates = false } of labels) {
    for (const obj of objects) {
      obj.metadata.labels = { ...obj.metadata.labels, ...pairs };
      const template = podSpecOf(obj) && (obj.kind === 'CronJob' ? obj.spec.jobTemplate.spec.template : obj.spec.template);
      if (template && (includeSelectors || includeTemplates)) template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, ...pairs } };
      if (includeSelectors && obj.spec?.selector) {
        if (obj.kind === 'Service') obj.spec.selector = { ...obj.spec.selector, ...pairs };
        else obj.spec.selector.matchLabels = { ...obj.spec.selector.matchLabels, ...pairs };
      }
    }
  }
}

/** Renders the kustomization in `dir` to a list of Kubernetes objects, as `kustomize build` would. */
export function renderKustomization(dir) {
  const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].map((f) => join(dir, f)).find(existsSync);
  if (!file) throw new Error(`${dir}: no kustomization.yaml`);
  const [k] = readYaml(file);
  const unsupported = Object.keys(k).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length) throw new Error(`${file}: ${unsupported.join(', ')} not supported by tools/scripts/kustomize-lite.mjs`);
  let objects = [];
  for (const entry of k.resources ?? []) {
    const path = resolve(dir, entry);
    if (!existsSync(path)) throw new Error(`${file}: resource ${entry} does not exist`);
    const rendered = statSync(path).isDirectory() ? renderKustomization(path) : readYaml(path).map((o) => ({ ...o, __source: path }));
    objects.push(...rendered);
  }
  for (const entry of k.patches ?? []) {
    if (!entry.path || entry.target || entry.patch) throw new Error(`${file}: only patches with a path (strategic merge, by kind and name) are supported`);
    for (const patch of readYaml(resolve(dir, entry.path))) {
      const at = objects.findIndex((o) => o.kind === patch.kind && o.metadata?.name === patch.metadata?.name);
      if (at === -1) throw new Error(`${file}: patch ${entry.path} matches no ${patch.kind} named ${patch.metadata?.name}`);
      objects[at] = strategicMerge(objects[at], patch);
    }
  }
  objects = structuredClone(objects);
  applyLabels(objects, k.labels ?? []);
  applyImages(objects, k.images ?? []);
  for (const { name, count } of k.replicas ?? []) {
    const target = objects.find((o) => ['Deployment', 'StatefulSet', 'ReplicaSet'].includes(o.kind) && o.metadata.name === name);
    if (!target) throw new Error(`${file}: replicas for ${name}, which is not here`);
    target.spec.replicas = count;
  }
  if (k.namespace) for (const obj of objects) if (!CLUSTER_SCOPED.has(obj.kind)) obj.metadata.namespace = k.namespace;
  return objects;
}
