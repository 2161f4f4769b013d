import { appRoleProblems, bootCheck, ensureAppRole, type AppConfig } from '@kijkje/api/core';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { migrate, migrationNames } from '../database/data-source';
import { backup } from './backup';
import { restore } from './restore';

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/** `tools.js backup <file|->`: the archive goes to a temporary name first, so a failed backup never looks like one. */
export async function backupCommand(config: AppConfig, target: string): Promise<void> {
  const started = Date.now();
  const partial = `${target}.partial`;
  const out = target === '-' ? process.stdout : createWriteStream(partial, { mode: 0o600 });
  try {
    const m = await backup(config.databaseUrl, out);
    if (target !== '-') renameSync(partial, target);
    console.error(
      `backup: ${target === '-' ? 'standard output' : target}: ${m.tables.length} tables, ${total(m.tables.map((t) => t.rows))} rows, ` +
        `migration ${m.migration}, PostgreSQL ${m.postgres.version}, snapshot of ${m.createdAt}, in ${seconds(started)} s`,
    );
  } catch (error) {
    if (target !== '-') rmSync(partial, { force: true });
    throw error;
  }
}

/** `tools.js restore <file|-> [--force]`: recreates the app role, migrates to the archive's migration, loads, verifies. */
export async function restoreCommand(config: AppConfig, source: string, force: boolean): Promise<void> {
  const started = Date.now();
  const problems = appRoleProblems(config);
  if (problems.length) throw new Error(`refusing to restore in production:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const input = source === '-' ? process.stdin : createReadStream(source);
  const result = await restore(input, {
    ownerUrl: config.databaseUrl,
    knownMigrations: migrationNames(),
    force,
    migrateTo: async (migration) => {
      if (!process.env['DATABASE_APP_URL']) await ensureAppRole(config.databaseUrl, config.appRolePassword);
      await migrate(config.databaseUrl, migration);
    },
  });
  const m = result.manifest;
  console.error(
    `restore: ${m.tables.length} tables, ${total(Object.values(result.rows))} rows (equal to the manifest), migration ${m.migration}, snapshot of ${m.createdAt}, in ${seconds(started)} s`,
  );
  // What the API will check at boot, checked now as the app role: a restore that leaves it unable
  // to serve is reported here, not by the first user.
  const app = new DataSource({ type: 'postgres', url: config.databaseAppUrl, poolSize: 1 } as never);
  await app.initialize();
  try {
    const check = await bootCheck(app);
    if (!check.ok) throw new Error(`restored, but the app role cannot serve from it:\n${check.problems.map((p) => `  - ${p}`).join('\n')}`);
    console.error('restore: the app role can use every table it needs (boot check passed)');
  } finally {
    await app.destroy();
  }
}
