import { Logger } from '@nestjs/common';
import { serviceUnavailable, type AppError } from './app-error';
import { databaseTrouble, troubleSummary, type DatabaseTrouble } from './database-trouble';

/**
 * What the log says about a troubled database: one line when it becomes unreachable and one
 * when it is back, however many requests fail in between; timeouts at most one line per
 * interval, with how many there were. Never a stack trace: the cause is outside the process.
 */
export class DatabaseStatus {
  private down = false;
  private busySince = 0;
  private busyCount = 0;

  constructor(
    private readonly warn: (line: string) => void = (line) => new Logger('Database').warn(line),
    private readonly busyIntervalMs = 10_000,
  ) {}

  get unreachable(): boolean {
    return this.down;
  }

  saw(trouble: DatabaseTrouble, error: unknown): void {
    if (trouble === 'down') {
      if (this.down) return;
      this.down = true;
      this.warn(`database unreachable (${troubleSummary(error)}): requests are answered with SERVICE_UNAVAILABLE until it is back`);
      return;
    }
    this.busyCount++;
    const now = Date.now();
    if (now - this.busySince < this.busyIntervalMs) return;
    this.warn(
      `database busy: ${troubleSummary(error)}${this.busyCount > 1 ? ` (${this.busyCount} timeouts since the last report)` : ''}; answered with SERVICE_UNAVAILABLE`,
    );
    this.busySince = now;
    this.busyCount = 0;
  }

  /** A statement went through: if the database was unreachable, say that it is back. */
  reachable(): void {
    if (!this.down) return;
    this.down = false;
    this.warn('database reachable again');
  }
}

/** One per process: every pool of the process talks to the same database. */
export const databaseStatus = new DatabaseStatus();

/**
 * The retryable error for a database that cannot do this right now, or null for any other
 * error. Carries HTTP 503 and Retry-After for Apollo, for errors that end the whole request
 * before it executes (context, opening the transaction).
 */
export function unavailableFor(error: unknown, status = databaseStatus): AppError | null {
  const trouble = databaseTrouble(error);
  if (!trouble) return null;
  status.saw(trouble, error);
  const e = serviceUnavailable(trouble);
  const seconds = String(e.extensions['retryAfterSeconds']);
  Object.assign(e.extensions, { http: { status: 503, headers: new Map([['retry-after', seconds]]) } });
  return e;
}

/**
 * For background work and side writes: a database that is away or busy is reported through
 * databaseStatus (once per outage); any other error goes to `otherwise`, as before.
 */
export function reportFailure(error: unknown, otherwise: (error: unknown) => void, status = databaseStatus): void {
  const trouble = databaseTrouble(error);
  if (trouble) status.saw(trouble, error);
  else otherwise(error);
}
