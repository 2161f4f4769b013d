import { Client } from 'pg';

/**
 * One connection that LISTENs on a channel. When it drops (a database restart, REL-04) it comes
 * back with backoff, and says so, so that whoever listens can catch up on what it missed.
 */
export class PgListener {
  private client: Client | null = null;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onNotify: (payload: string) => void,
    private readonly onConnected: () => void = () => undefined,
  ) {}

  get connected(): boolean {
    return this.client !== null;
  }

  async start(attempt = 0): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url });
    let retried = false;
    const retry = () => {
      if (retried || this.stopped) return;
      retried = true;
      this.client = null;
      client.end().catch(() => undefined);
      const delay = Math.min(10_000, 250 * 2 ** attempt);
      setTimeout(() => void this.start(attempt + 1), delay).unref();
    };
    client.on('error', retry);
    client.on('end', retry);
    try {
      await client.connect();
      client.on('notification', (n) => this.onNotify(n.payload ?? ''));
      await client.query(`LISTEN ${this.channel}`);
      this.client = client;
      attempt = 0;
      this.onConnected();
    } catch {
      retry();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
