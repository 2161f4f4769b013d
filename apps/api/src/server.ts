import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  JobWorker,
  ShutdownState,
  bootCheck,
  createLogger,
  ensureAppRole,
  logSettings,
  loadConfig,
  probeAppConnection,
  productionProblems,
  redact,
  runtimeProblem,
  type AppConfig,
} from '@kijkje/api/core';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { migrate } from './database/data-source';
import { DEMO_LOGINS, DEMO_PASSWORD, demoAccountsIn, seedDemo } from './demo/seed-demo';

// JSON lines on stdout (LOG_FORMAT=pretty for people; the demo's default), from the first line on.
let root: ReturnType<typeof createLogger>;
try {
  root = createLogger(logSettings());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const log = root.child({ context: 'Kijkje' });

function refuse(config: Pick<AppConfig, 'mode'>, problems: string[]): never {
  log.error({ problems }, `refusing to start (${config.mode} mode):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

const BANNER: Record<AppConfig['mode'], string> = {
  production: 'production mode',
  demo:
    'DEMO MODE: demo network with publicly known passwords, e-mail written to files. ' +
    'Not for real data; for a real installation see "Production" in README.md',
  development: 'development mode: not for real data (see "Production" in README.md)',
};

async function bootstrap() {
  const config = loadConfig();
  const problems = productionProblems(config);
  if (problems.length) refuse(config, problems);
  if (!process.env['DATABASE_APP_URL']) {
    const outcome = await ensureAppRole(config.databaseUrl, config.appRolePassword);
    if (outcome !== 'existing') log.info(`app role: ${outcome}`);
  }
  const cannotConnect = await probeAppConnection(config.databaseAppUrl);
  if (cannotConnect) refuse(config, [cannotConnect]);
  const applied = await migrate(config.databaseUrl);
  if (applied.length) log.info(`migrations applied: ${applied.join(', ')}`);

  const app = await NestFactory.create(AppModule.forRoot(config, 10, root), { bufferLogs: true });
  const ds = app.get(DataSource);
  const check = await bootCheck(ds);
  if (config.production) {
    const demo = await demoAccountsIn(ds);
    if (demo.length)
      check.problems.push(`the database holds demo accounts with the publicly known demo password (${demo.join(', ')}): remove them, or use another database`);
  }
  if (check.problems.length) {
    await app.close();
    refuse(config, check.problems);
  }
  configureApp(app, config, process.env['WEB_DIR'] ?? join(__dirname, '..', 'web'));
  if (config.demo) {
    const seeded = await seedDemo(app);
    if (seeded !== null) log.info(`demo data seeded; the public harvest: ${config.appUrl}${seeded}`);
  }

  const shutdown = app.get(ShutdownState);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    shutdown.draining = true;
    log.info(`${signal}: draining`);
    await new Promise((r) => setTimeout(r, Number(process.env['DRAIN_DELAY_MS'] ?? 0)));
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen(config.port);
  log.info(`Kijkje: ${config.appUrl} (${BANNER[config.mode]}; e-mail: ${app.get(JobWorker).transport.describe()}; Node ${process.versions.node})`);
  const runtime = runtimeProblem();
  if (runtime) log.warn(runtime);
  if (config.introspection) log.warn('GraphQL introspection is on (GRAPHQL_INTROSPECTION)');
  if (config.demo) {
    log.info(`demo logins (password ${DEMO_PASSWORD}):`);
    for (const l of DEMO_LOGINS) log.info(`  ${l.email}  ${l.what}`);
  }
}

export const started = bootstrap().catch((error: unknown) => {
  // Nothing the process prints may carry a database credential (a driver could echo a URL).
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log.fatal(redact(text, process.env['DATABASE_URL'] ?? '', process.env['DATABASE_APP_URL'] ?? '', process.env['DATABASE_APP_PASSWORD'] ?? ''));
  process.exit(1);
});
