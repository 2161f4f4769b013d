// Kijkje builds, tests and runs on Node 24 (package.json "engines"). The machine's own Node may be
// older: `npm ci` then installs Node 24 from the registry (the `node` dev dependency) into
// node_modules/.bin, which npm scripts and npx put first on PATH. Imported first by every script
// under tools/scripts, so that `node tools/scripts/start.mjs` run by hand with an older Node
// re-runs itself on that Node 24 instead of quietly serving on the old one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const wanted = Number(/\d+/.exec(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node)[0]);
const major = Number(process.versions.node.split('.')[0]);

if (major < wanted) {
  const local = join(root, 'node_modules', '.bin', 'node');
  if (!existsSync(local)) {
    console.error(
      `Kijkje needs Node ${wanted} or newer; this is Node ${process.versions.node}. Run \`npm ci\` first: it installs Node ${wanted} into node_modules.`,
    );
    process.exit(1);
  }
  // Children that look up `node` or `npx` on PATH get Node 24 as well.
  const env = { ...process.env, PATH: `${dirname(local)}${delimiter}${process.env.PATH ?? ''}` };
  const run = spawnSync(local, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env });
  process.exit(run.status ?? 1);
}
