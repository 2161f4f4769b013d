import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { JobWorker, ensureAppRole, loadConfig, type AppConfig } from '@kijkje/api/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/configure-app';
import { createTestDatabase, type TestDatabase } from './database';
import { GqlClient } from './gql-client';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  config: AppConfig;
  db: TestDatabase;
  /** The app's own pool (app role). */
  ds: DataSource;
  outboxDir: string;
  client(): GqlClient;
  /** Listens on a free port (for WebSocket subscriptions); returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** Boots the real API on its own cloned database, as the non-owner app role. */
export async function startTestApp(env: Record<string, string> = {}, options: { poolSize?: number } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const outboxDir = mkdtempSync(join(tmpdir(), 'kijkje-outbox-'));
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: db.ownerUrl,
    DATABASE_APP_URL: '',
    NODE_ENV: 'test',
    MAIL_OUTBOX_DIR: outboxDir,
    APP_URL: 'http://localhost:3000',
    // Only errors in a test's output, unless LOG_LEVEL asks for more.
    LOG_LEVEL: process.env['LOG_LEVEL'] || 'error',
    // Periodic jobs run when a test calls Scheduler.runDue with its own clock, never on a timer in the
    // background (whose transactions would show up in tests that look at the app's connections).
    SCHEDULE_TICK_MS: '0',
    ...env,
  });
  if (!env['DATABASE_APP_URL']) {
    await ensureAppRole(db.ownerUrl, config.appRolePassword);
    const url = new URL(db.ownerUrl);
    url.username = 'kijkje_app';
    url.password = config.appRolePassword;
    config.databaseAppUrl = url.toString();
  }
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config, options.poolSize ?? 5)] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureApp(app, config);
  await app.init();
  const ds = app.get(DataSource);
  return {
    app,
    http: app.getHttpServer(),
    config,
    db,
    ds,
    outboxDir,
    client: () => new GqlClient(app.getHttpServer()),
    listen: async () => {
      const server = app.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${server.address().port}`;
    },
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** Sends every queued e-mail now, instead of waiting for the worker's next wake-up. */
export async function flushMail(t: TestApp): Promise<void> {
  await t.app.get(JobWorker).settle();
}

/** A second API on the same database, with its own pool and in-memory state, as another process serving it would have. */
export interface AnotherApp {
  app: INestApplication;
  client(): GqlClient;
  close(): Promise<void>;
}

export async function startAnotherApp(t: TestApp): Promise<AnotherApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(t.config, 2)] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureApp(app, t.config);
  await app.init();
  return { app, client: () => new GqlClient(app.getHttpServer()), close: () => app.close() };
}
