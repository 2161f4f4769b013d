import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { writeWithNext } from '../database/round-trips';
import { PgListener } from '../database/pg-listener';

const CHANNEL = 'kijkje_live';

/** The topic of session ends: `facts.sessions` lists the ended sessions' ids. Never delivered to a subscription. */
export const SESSIONS_TOPIC = 'sessions';
export const SESSION_ENDED = 'SESSION_ENDED';
/**
 * Tells subscriptions to check again whether their subscriber may still follow: sent on a topic
 * (a visit's team changed) or, with topic `*` and an audience, to one person's subscriptions in
 * one network (their membership ended).
 */
export const LIVE_RECHECK = 'RECHECK';
export const EVERY_TOPIC = '*';

/**
 * Something changed that open screens should show. It carries ids only, never content: every
 * subscriber fetches what changed under its own permissions, so an event can leak nothing.
 */
export interface LiveEvent {
  networkId: string;
  /** What it is about, e.g. `visit:<id>`. */
  topic: string;
  kind: string;
  id: string;
  /** Only this person is told. */
  audience?: string;
  /**
   * What the subscriber's own rules need to decide whether, and how, it may be told (e.g. a
   * finding's state and author). Never sent to a client as such.
   */
  facts?: Record<string, unknown>;
  /**
   * Given at publishing: names this event, so a subscriber that lost its socket can say, when it
   * reconnects (to any process), which event it saw last and be sent what followed.
   */
  eventId?: string;
}

/** How many events, and for how long, each process keeps to replay to a subscriber that reconnects. */
export const REPLAY_EVENTS = 5000;
export const REPLAY_MS = 5 * 60_000;

export type LiveListener = (event: LiveEvent) => void;
type Listener = LiveListener;

/**
 * Fan-out of live updates across every API process through PostgreSQL LISTEN/NOTIFY. An event is
 * published inside the operation's transaction, so it goes out on commit and never for a
 * rolled-back change; each process delivers it to its own subscribers.
 */
@Injectable()
export class LiveEvents implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly listeners = new Set<Listener>();
  private readonly pg: PgListener;
  /**
   * The events heard lately, in the order PostgreSQL delivered them: the order of the commits,
   * the same on every process. Emptied when the LISTEN connection drops, as events may have been
   * missed then: a replay across that gap would skip them.
   */
  private recent: { event: LiveEvent; at: number }[] = [];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pg = new PgListener(
      config.databaseAppUrl,
      CHANNEL,
      (payload) => this.deliver(payload),
      () => {
        // Events may have been missed while the connection was down: no replay may reach across.
        this.recent = [];
        this.broadcast(RECONNECTED);
      },
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.pg.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.pg.stop();
    this.broadcast(SHUTDOWN);
  }

  get listening(): boolean {
    return this.pg.connected;
  }

  /**
   * Every event this process receives, unfiltered, including `RECONNECTED` (events may have been
   * missed) and `SHUTDOWN`: for the server's own bookkeeping, never for a subscription.
   */
  watch(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues the event in the transaction: PostgreSQL sends it when (and only if) the transaction commits. */
  async publish(em: EntityManager, event: LiveEvent): Promise<void> {
    // Delivered at COMMIT in any case: it travels with the operation's next statement.
    await writeWithNext(em, 'SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ ...event, eventId: event.eventId ?? randomUUID() })]);
  }

  /**
   * The events of one topic in one network meant for this person, as an async iterator for a GraphQL subscription. A
   * `RESYNC` event tells the subscriber that events may have been missed (the database connection
   * came back) and it should reload. The first event is always a `RESYNC`: it tells the
   * subscriber that it is now listening, so that nothing between its last load and now is lost.
   *
   * A subscriber that reconnects names the last event it saw (`resumeAfter`): if this process
   * still holds that event, what followed it is sent first instead of the `RESYNC`, one by one,
   * so a restarted replica or a dropped network costs the screen nothing. Otherwise (an unknown
   * id, too old, or heard before a gap) the first event is the `RESYNC` as always.
   */
  subscribe(networkId: string, topic: string, userId: string, resumeAfter?: string): AsyncIterableIterator<LiveEvent> {
    const concerns = (event: LiveEvent) =>
      event.networkId === networkId &&
      (event.topic === topic || (event.topic === EVERY_TOPIC && event.kind === LIVE_RECHECK && !!event.audience)) &&
      (!event.audience || event.audience === userId);
    const queue: LiveEvent[] = this.since(resumeAfter)?.filter(concerns) ?? [{ networkId, topic, kind: 'RESYNC', id: '' }];
    let wake: (() => void) | null = null;
    let done = false;
    const listener: Listener = (event) => {
      if (event === SHUTDOWN) done = true;
      else if (event === RECONNECTED) queue.push({ networkId, topic, kind: 'RESYNC', id: '' });
      else if (concerns(event)) queue.push(event);
      else return;
      wake?.();
    };
    // Taken together with the replay above, in the same turn: no event falls between the two.
    this.listeners.add(listener);
    const finish = (): IteratorReturnResult<undefined> => {
      done = true;
      this.listeners.delete(listener);
      wake?.();
      return { done: true, value: undefined };
    };
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: async (): Promise<IteratorResult<LiveEvent>> => {
        while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (queue.length) return { done: false, value: queue.shift()! };
        return finish();
      },
      return: async () => finish(),
      throw: async (error: unknown) => {
        finish();
        throw error;
      },
    };
  }

  /** The events heard after the one named, or null when this process cannot tell (unknown, too old, or before a gap). */
  private since(eventId: string | undefined): LiveEvent[] | null {
    if (!eventId) return null;
    this.forgetOld(Date.now());
    const index = this.recent.findIndex((r) => r.event.eventId === eventId);
    return index < 0 ? null : this.recent.slice(index + 1).map((r) => r.event);
  }

  private forgetOld(now: number): void {
    let drop = Math.max(0, this.recent.length - REPLAY_EVENTS);
    while (drop < this.recent.length && now - this.recent[drop].at > REPLAY_MS) drop++;
    if (drop) this.recent = this.recent.slice(drop);
  }

  private deliver(payload: string): void {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return; // Not one of ours: nothing to deliver.
    }
    if (event.eventId) {
      const now = Date.now();
      this.recent.push({ event, at: now });
      if (this.recent.length > REPLAY_EVENTS + 500) this.forgetOld(now);
    }
    this.broadcast(event);
  }

  private broadcast(event: LiveEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

const RECONNECTED: LiveEvent = { networkId: '', topic: '', kind: 'RECONNECTED', id: '' };
const SHUTDOWN: LiveEvent = { networkId: '', topic: '', kind: 'SHUTDOWN', id: '' };
