import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ShutdownState } from './shutdown-state';

/** Liveness says the process runs; readiness says it can serve: database reachable, not draining (REL-05). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    if (this.shutdown.draining) throw new HttpException({ status: 'draining' }, HttpStatus.SERVICE_UNAVAILABLE);
    try {
      await Promise.race([
        this.ds.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return { status: 'ok' };
    } catch {
      throw new HttpException({ status: 'database unavailable' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
