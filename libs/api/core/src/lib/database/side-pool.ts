import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { servingConnectionOptions } from '../config/database-settings';

/**
 * A small pool of its own for writes that happen beside an operation's transaction (rate-limit
 * counters, audit of denials): they must commit even when the operation fails, and must never
 * wait for a connection that the operation itself is holding.
 */
@Injectable()
export class SidePool implements OnApplicationShutdown {
  readonly pool: Pool;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new Pool({ connectionString: config.databaseAppUrl, max: 3, ...servingConnectionOptions(config.database) });
    this.pool.on('error', () => undefined);
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  /** Runs statements in one short transaction scoped to a tenant. */
  async scoped(networkId: string | null, userId: string | null, sql: string, params: unknown[]): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.network_id', $1, true), set_config('app.user_id', $2, true)`, [networkId ?? '', userId ?? '']);
      await client.query(sql, params);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
