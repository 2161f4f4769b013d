import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JobWorker, ShutdownState, bootCheck, ensureAppRole, loadConfig } from '@kijkje/api/core';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { migrate } from './database/data-source';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from './demo/seed-demo';

async function bootstrap() {
  const log = new Logger('Kijkje');
  const config = loadConfig();
  if (!process.env['DATABASE_APP_URL']) await ensureAppRole(config.databaseUrl, config.appRolePassword);
  const applied = await migrate(config.databaseUrl);
  if (applied.length) log.log(`migrations applied: ${applied.join(', ')}`);

  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error', 'warn', 'log'] });
  const ds = app.get(DataSource);
  const check = await bootCheck(ds);
  if (!check.ok) {
    log.error(`refusing to start: ${check.problems.join('; ')}`);
    await app.close();
    process.exit(1);
  }
  configureApp(app, config, process.env['WEB_DIR'] ?? join(__dirname, '..', 'web'));
  if (config.demo) {
    const seeded = await seedDemo(app);
    if (seeded !== null) log.log(`demo data seeded; the public harvest: ${config.appUrl}${seeded}`);
  }

  const shutdown = app.get(ShutdownState);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    shutdown.draining = true;
    log.log(`${signal}: draining`);
    await new Promise((r) => setTimeout(r, Number(process.env['DRAIN_DELAY_MS'] ?? 0)));
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen(config.port);
  log.log(`Kijkje: ${config.appUrl} (e-mail: ${app.get(JobWorker).transport.describe()})`);
  if (config.demo) {
    log.log(`demo logins (password ${DEMO_PASSWORD}):`);
    for (const l of DEMO_LOGINS) log.log(`  ${l.email}  ${l.what}`);
  }
}

void bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
