import 'reflect-metadata';
import { appRoleProblems, ensureAppRole, loadConfig, redact } from '@kijkje/api/core';
import { backupCommand, restoreCommand } from './backup/commands';
import { migrate } from './database/data-source';

const USAGE = `usage: tools.js migrate
       tools.js backup <file.tar.gz | ->           consistent online backup of DATABASE_URL
       tools.js restore <file.tar.gz | -> [--force] into an empty database (--force: replace its data)`;

/** Operator commands on the built API: migrate, backup, restore. */
async function main() {
  const [command, ...args] = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
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
  if (command === 'backup' && files.length === 1) return backupCommand(config, files[0]);
  if (command === 'restore' && files.length === 1) return restoreCommand(config, files[0], args.includes('--force'));
  console.error(USAGE);
  process.exitCode = 2;
}

void main().catch((error) => {
  // Nothing the process prints may carry a database credential (a driver could echo a URL).
  const text = error instanceof Error ? error.message : String(error);
  console.error(redact(text, process.env['DATABASE_URL'] ?? '', process.env['DATABASE_APP_URL'] ?? '', process.env['DATABASE_APP_PASSWORD'] ?? ''));
  process.exit(1);
});
