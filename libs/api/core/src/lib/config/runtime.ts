/**
 * The oldest Node major Kijkje runs on: the Active LTS line it is built and tested on
 * (package.json "engines", .nvmrc, the Dockerfile). Older lines no longer get security fixes
 * (Node 20 reached its end of life on 30 April 2026).
 */
export const MIN_NODE_MAJOR = 24;

/** A sentence for the operator when `version` (e.g. process.versions.node) is too old, else null. */
export function runtimeProblem(version: string = process.versions.node): string | null {
  const major = Number(version.split('.')[0]);
  if (major >= MIN_NODE_MAJOR) return null;
  return `Node ${version} is too old: Kijkje runs on Node ${MIN_NODE_MAJOR} LTS or newer (the Docker image has it; \`npm ci\` installs it into node_modules/.bin)`;
}
