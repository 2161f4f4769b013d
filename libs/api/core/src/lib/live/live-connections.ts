import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { SessionService } from '../auth/session.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LiveEvents, SESSION_ENDED, type LiveEvent } from './live-events';
import { reportFailure } from '../errors/database-status';

/** Closes one open live connection. */
export type CloseConnection = () => void;

/**
 * The open live connections (graphql-ws sockets) of this process, by session: a connection
 * follows its session (SEC-13). A session that ends on any process (sign-out, password reset,
 * deactivation, a new sign-in) is announced through PostgreSQL NOTIFY and its sockets here are
 * closed at once; a session that merely expires (idle or absolute) is found by a check of every
 * open socket's session every few seconds, which also catches an announcement missed while the
 * database connection was down. An open socket does not keep its session alive: the screen's own
 * requests do (each live event makes it fetch), exactly as without a socket.
 */
@Injectable()
export class LiveConnections implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveConnections.name);
  private readonly bySession = new Map<string, Set<CloseConnection>>();
  private unwatch: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly live: LiveEvents,
    private readonly sessions: SessionService,
  ) {}

  onApplicationBootstrap(): void {
    this.unwatch = this.live.watch((event) => this.heard(event));
    this.timer = setInterval(() => void this.check(), this.config.session.liveCheckSeconds * 1000);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    this.unwatch?.();
    if (this.timer) clearInterval(this.timer);
  }

  /** How many live connections are open in this process. */
  get count(): number {
    let n = 0;
    for (const set of this.bySession.values()) n += set.size;
    return n;
  }

  /** Registers an open connection of a session; returns how to forget it once it has closed. */
  follow(sessionId: string, close: CloseConnection): () => void {
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add(close);
    return () => {
      set.delete(close);
      if (!set.size && this.bySession.get(sessionId) === set) this.bySession.delete(sessionId);
    };
  }

  /** Checks the sessions of every open connection now, and closes those that are no longer alive. */
  async check(): Promise<void> {
    if (this.checking || !this.bySession.size) return;
    this.checking = true;
    try {
      const ids = [...this.bySession.keys()];
      const alive = await this.sessions.alive(ids);
      this.close(ids.filter((id) => !alive.has(id)));
    } catch (error) {
      // The database is away (REL-04): keep the connections; the next check decides.
      reportFailure(error, (e) => this.logger.warn(`live sessions not checked: ${(e as Error).message}`));
    } finally {
      this.checking = false;
    }
  }

  private heard(event: LiveEvent): void {
    if (event.kind === SESSION_ENDED) this.close((event.facts?.['sessions'] as string[] | undefined) ?? []);
    // Back from a lost database connection: an end may have been announced meanwhile.
    else if (event.kind === 'RECONNECTED') void this.check();
  }

  private close(sessionIds: string[]): void {
    for (const id of sessionIds) {
      const set = this.bySession.get(id);
      this.bySession.delete(id);
      for (const close of set ?? []) close();
    }
  }
}
