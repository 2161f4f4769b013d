import 'reflect-metadata';
import { appRoleProblems, ensureAppRole, loadConfig } from '@kijkje/api/core';
import { migrate } from './database/data-source';

/** Operator commands on the built API: `node dist/apps/api/tools.js migrate`. */
async function main() {
  const [command] = process.argv.slice(2);
  const config = loadConfig();
  if (command === 'migrate') {
    const problems = appRoleProblems(config);
    if (problems.length) {
      console.error(`refusing to migrate in production:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      process.exit(1);
    }
    if (!process.env['DATABASE_APP_URL']) await ensureAppRole(config.databaseUrl, config.appRolePassword);
    const applied = await migrate(config.databaseUrl);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
    return;
  }
  console.error('usage: tools.js migrate');
  process.exitCode = 2;
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
