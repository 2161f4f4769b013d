import { Controller, Get, HttpCode, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bootCheck } from '../database/boot-check';
import { ShutdownState } from './shutdown-state';

/**
 * Liveness says the process runs; readiness says it can serve: database reachable and usable by
 * the app role (the boot check: grants, forced RLS, non-owner; REL-06), not draining (REL-05).
 */
@Controller('health')
export class HealthController {
  private readonly log = new Logger('Health');
  private lastProblems = '';

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
    let problems: string[];
    try {
      problems = (await Promise.race([bootCheck(this.ds), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref())]))
        .problems;
    } catch {
      throw new HttpException({ status: 'database unavailable' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    this.report(problems);
    // The details go to the log, not to whoever can reach the probe.
    if (problems.length) throw new HttpException({ status: 'database not usable by the app role' }, HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'ok' };
  }

  /** Logs the problems when they change, not on every probe. */
  private report(problems: string[]) {
    const text = problems.join('; ');
    if (text === this.lastProblems) return;
    this.lastProblems = text;
    if (text) this.log.error(`not ready: ${text}`);
    else this.log.log('ready: the app role can use the schema');
  }
}
