import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Metrics } from './metrics';

/**
 * Serves /metrics on a listener of its own (METRICS_PORT on METRICS_HOST), never on the public
 * port: what it tells (operation names, queue depth) is for the operator's Prometheus only.
 * A port that cannot be had is logged and left; the API serves on.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server: Server | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { metricsPort: port, metricsHost: host } = this.config;
    if (port === null) return;
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      this.metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(text),
        (error: Error) => res.writeHead(500).end(`${error.message}\n`),
      );
    });
    await new Promise<void>((resolve) => {
      server.once('error', (error) => {
        this.logger.error(`metrics not served on ${host}:${port}: ${error.message}`);
        resolve();
      });
      server.listen(port, host, () => {
        this.server = server;
        this.logger.log(`metrics on http://${host}:${this.port}/metrics`);
        resolve();
      });
    });
  }

  /** The port it listens on (METRICS_PORT=0 picks a free one), or null. */
  get port(): number | null {
    return (this.server?.address() as AddressInfo | null)?.port ?? null;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
