// Entities and migrations must agree: runs the drift test against a freshly migrated database.
import './node-runtime.mjs';
import { spawnSync } from 'node:child_process';
const r = spawnSync(process.execPath, ['tools/scripts/test.mjs', '--selectProjects', 'api', '--testPathPatterns', 'schema-drift'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
