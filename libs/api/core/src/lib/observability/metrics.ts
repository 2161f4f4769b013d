import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { SidePool } from '../database/side-pool';
import { LiveConnections } from '../live/live-connections';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Error codes as labels: the known ones, everything else lumped. */
const ERROR_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
  'SECOND_FACTOR_NEEDED',
  'SECOND_FACTOR_REQUIRED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

/**
 * Operation names are the client's to choose: a label per name is kept for the first
 * MAX_OPERATION_NAMES well-formed names this process sees (the web app has far fewer), the
 * rest count as `other`, so no client can grow the label set without bound.
 */
export const MAX_OPERATION_NAMES = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The route classes of the HTTP metrics. */
export function routeClass(path: string): string {
  if (path === '/graphql') return 'graphql';
  if (path.startsWith('/health/')) return 'health';
  if (path.startsWith('/export/')) return 'export';
  if (path.startsWith('/oogst/')) return 'public_harvest';
  if (path.startsWith('/assets/')) return 'static';
  return 'other';
}

/** Jobs waiting to run, and how long the oldest has waited, read from the job table on scrape. */
export interface JobQueueSnapshot {
  depth: number;
  oldestAgeSeconds: number;
}

/**
 * The Prometheus metrics of this process (its own registry: a test may run several apps in one
 * process). Pool, job and connection gauges are read when scraped, not kept up to date.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  readonly operations: Counter<'operation' | 'type'>;
  readonly operationErrors: Counter<'operation' | 'type' | 'code'>;
  readonly operationSeconds: Histogram<'operation' | 'type'>;
  readonly httpRequests: Counter<'route' | 'method' | 'status'>;
  readonly httpSeconds: Histogram<'route'>;
  private jobs: { at: number; snapshot: Promise<JobQueueSnapshot | null> } | null = null;

  constructor(@Inject(DataSource) ds: DataSource, side: SidePool, live: LiveConnections) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.operations = new Counter({
      name: 'kijkje_graphql_operations_total',
      help: 'GraphQL operations handled, by operation name and type',
      labelNames: ['operation', 'type'],
      registers,
    });
    this.operationErrors = new Counter({
      name: 'kijkje_graphql_operation_errors_total',
      help: 'GraphQL operations answered with an error, by error code',
      labelNames: ['operation', 'type', 'code'],
      registers,
    });
    this.operationSeconds = new Histogram({
      name: 'kijkje_graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL operation to its answer',
      labelNames: ['operation', 'type'],
      buckets: SECONDS,
      registers,
    });
    this.httpRequests = new Counter({
      name: 'kijkje_http_requests_total',
      help: 'HTTP requests answered, by route class, method and status',
      labelNames: ['route', 'method', 'status'],
      registers,
    });
    this.httpSeconds = new Histogram({
      name: 'kijkje_http_request_duration_seconds',
      help: 'HTTP request time by route class',
      labelNames: ['route'],
      buckets: SECONDS,
      registers,
    });

    const pools = (): [string, Pool | undefined][] => [
      ['main', (ds.driver as unknown as { master?: Pool }).master],
      ['side', side.pool],
    ];
    const poolGauge = (name: string, help: string, read: (p: Pool) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['pool'],
        registers,
        collect() {
          for (const [label, pool] of pools()) if (pool) this.set({ pool: label }, read(pool));
        },
      });
    poolGauge('kijkje_db_pool_connections', 'Connections the pool holds (busy and idle)', (p) => p.totalCount);
    poolGauge('kijkje_db_pool_idle_connections', 'Idle connections in the pool', (p) => p.idleCount);
    poolGauge('kijkje_db_pool_waiting_requests', 'Queries waiting for a connection from the pool', (p) => p.waitingCount);
    poolGauge('kijkje_db_pool_max_connections', 'The most connections the pool may open', (p) => p.options.max ?? 10);

    const jobs = () => this.jobSnapshot(side);
    new Gauge({
      name: 'kijkje_job_queue_depth',
      help: 'Jobs not yet done (waiting, due later or being retried)',
      registers,
      async collect() {
        const s = await jobs();
        if (s) this.set(s.depth);
      },
    });
    new Gauge({
      name: 'kijkje_job_queue_oldest_age_seconds',
      help: 'Age of the oldest job not yet done (0 when none)',
      registers,
      async collect() {
        const s = await jobs();
        if (s) this.set(s.oldestAgeSeconds);
      },
    });
    new Gauge({
      name: 'kijkje_live_connections',
      help: 'Open live (graphql-ws) connections of this process',
      registers,
      collect() {
        this.set(live.count);
      },
    });
  }

  /** The label for an operation name: bounded (see MAX_OPERATION_NAMES). */
  operationLabel(name: string | null | undefined, resolved: boolean): string {
    if (!resolved) return 'unknown';
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }

  errorCode(code: unknown): string {
    return typeof code === 'string' && ERROR_CODES.has(code) ? code : 'OTHER';
  }

  /** One query per scrape for both job gauges; a database that is away leaves them as they were. */
  private jobSnapshot(side: SidePool): Promise<JobQueueSnapshot | null> {
    if (this.jobs && Date.now() - this.jobs.at < 1000) return this.jobs.snapshot;
    const snapshot = side
      .query<{ depth: number; age: number }>(
        `SELECT count(*)::int AS depth, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age FROM job WHERE done_at IS NULL`,
      )
      .then(([row]) => ({ depth: row?.depth ?? 0, oldestAgeSeconds: row?.age ?? 0 }))
      .catch(() => null);
    this.jobs = { at: Date.now(), snapshot };
    return snapshot;
  }
}
