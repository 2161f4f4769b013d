// `npm run schema`: writes apps/api/schema.gql from the code (no database needed).
import './node-runtime.mjs';
import { spawnSync } from 'node:child_process';
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['webpack', '--config', 'apps/api/webpack.config.js']);
run(process.execPath, ['dist/apps/api/generate-schema.js']);
