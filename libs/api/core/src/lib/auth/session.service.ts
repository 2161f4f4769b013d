import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { MembershipInfo, RequestContext, SessionInfo } from '../graphql/request-context';
import { EVERY_TOPIC, LIVE_RECHECK, LiveEvents, SESSIONS_TOPIC, SESSION_ENDED } from '../live/live-events';
import { END_OTHER_SESSIONS, END_SESSION } from '../account/account.queries';
import { jsonbText } from '../database/jsonb-text';
import { hashToken, newToken } from './tokens';

/**
 * Server-side sessions (SEC-07): an opaque 256-bit token in an HttpOnly, SameSite=Lax cookie;
 * idle and absolute timeouts; a new token on every sign-in.
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ds: DataSource,
    private readonly live: LiveEvents,
  ) {}

  get secure(): boolean {
    return this.config.appUrl.startsWith('https://');
  }

  get cookieName(): string {
    return this.secure ? '__Host-kijkje_session' : 'kijkje_session';
  }

  tokenFrom(req: Request): string | null {
    const value = (req.cookies as Record<string, string> | undefined)?.[this.cookieName];
    return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
  }

  /**
   * The live session behind a request's cookie, or null, outside any operation (a live socket);
   * refreshes its idle clock at most once a minute. The same function as `enter`, whose scope
   * settings end with the statement here.
   */
  async resolve(req: Request): Promise<SessionInfo | null> {
    return (await this.resolveWithMembership(req)).session;
  }

  /** The live session behind the request's cookie, with its active membership in the current network (and that network's second-factor policy). */
  async resolveWithMembership(req: Request): Promise<{ session: SessionInfo | null; membership: MembershipInfo | null }> {
    const token = this.tokenFrom(req);
    if (!token) return { session: null, membership: null };
    const rows: Entered[] = await this.ds.query(`SELECT * FROM kijkje_begin($1, $2)`, [hashToken(token), this.config.session.idleMinutes]);
    return { session: rows[0] ? sessionOf(rows[0]) : null, membership: membershipOf(rows[0]) };
  }

  /**
   * The first statement of an operation's transaction (kijkje_begin): the live session behind the
   * request's cookie, its idle clock refreshed at most once a minute, and the transaction scoped to
   * its person and their active membership, all in the round trip that carries the BEGIN.
   */
  async enter(ctx: RequestContext): Promise<void> {
    this.entered(ctx, await ctx.em.query(this.beginStatement(ctx)));
  }

  /**
   * The statement `enter` sends: the session lookup for the request's cookie. A hex hash and a
   * configured whole number: as literals the statement has no parameters and travels with the
   * transaction's BEGIN (fewerRoundTrips), or with the whole operation (one trip).
   */
  beginStatement(ctx: RequestContext): string {
    const token = this.tokenFrom(ctx.req);
    return `SELECT * FROM kijkje_begin(${token ? `'${hashToken(token)}'` : 'NULL'}, ${Math.trunc(this.config.session.idleMinutes)})`;
  }

  /** Takes the session and membership from what the begin statement answered. */
  entered(ctx: RequestContext, rows: readonly Entered[]): void {
    const row = rows[0];
    ctx.session = row ? sessionOf(row) : null;
    ctx.membership = membershipOf(row);
  }

  /**
   * Starts a session; its cookie is set once the operation commits. Any session the request
   * already had is ended.
   */
  async start(ctx: RequestContext, userId: string, networkId: string | null, methods: readonly string[] = ['password']): Promise<SessionInfo['id']> {
    const em = ctx.em;
    const previous = this.tokenFrom(ctx.req);
    if (previous) await this.ended(em, await em.query('DELETE FROM session WHERE token_hash = $1 RETURNING id', [hashToken(previous)]));
    const token = newToken();
    const userAgent = ctx.req.headers['user-agent'];
    const [row] = await em.query(
      `INSERT INTO session (token_hash, user_id, current_network_id, expires_at, user_agent, auth_methods)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5, $6) RETURNING id`,
      [
        hashToken(token),
        userId,
        networkId,
        this.config.session.absoluteHours,
        typeof userAgent === 'string' ? [...userAgent].slice(0, 300).join('') : null,
        jsonbText(methods),
      ],
    );
    ctx.afterCommit.push(() =>
      ctx.res.cookie(this.cookieName, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.secure,
        path: '/',
        maxAge: this.config.session.absoluteHours * 3600 * 1000,
      }),
    );
    return row.id;
  }

  async end(ctx: RequestContext, sessionId: string): Promise<void> {
    await this.ended(ctx.em, await ctx.em.query('DELETE FROM session WHERE id = $1 RETURNING id', [sessionId]));
    ctx.afterCommit.push(() => ctx.res.clearCookie(this.cookieName, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' }));
  }

  /** Switches the session's network and remembers it as the person's last one, for the next sign-in. */
  async switchNetwork(em: EntityManager, sessionId: string, networkId: string): Promise<void> {
    await em.query(
      `WITH s AS (UPDATE session SET current_network_id = $2 WHERE id = $1 RETURNING user_id)
       UPDATE app_user SET last_network_id = $2 FROM s WHERE app_user.id = s.user_id`,
      [sessionId, networkId],
    );
  }

  /** Ends every session of a person (password reset) or only those working in one network (deactivation). */
  async endAllFor(em: EntityManager, userId: string, networkId?: string): Promise<void> {
    if (networkId) {
      await this.ended(em, await em.query('DELETE FROM session WHERE user_id = $1 AND current_network_id = $2 RETURNING id', [userId, networkId]));
      // Sessions working in another network go on, but may no longer follow anything in this one.
      await this.recheckLive(em, userId, networkId);
    } else await this.ended(em, await em.query('DELETE FROM session WHERE user_id = $1 RETURNING id', [userId]));
  }

  /**
   * Once the transaction commits, every live screen this person follows in the network checks
   * again whether they may still follow it (their membership ended or their role changed).
   */
  async recheckLive(em: EntityManager, userId: string, networkId: string): Promise<void> {
    await this.live.publish(em, { networkId, topic: EVERY_TOPIC, kind: LIVE_RECHECK, id: '', audience: userId });
  }

  /**
   * Ends one session of this person (the account page's "Uitloggen"), or every one but `keep`
   * ("sign out elsewhere"); their live connections close. Answers how many ended.
   */
  async endOwn(em: EntityManager, userId: string, which: { id: string } | { allBut: string }): Promise<number> {
    const rows = 'id' in which ? await em.query(END_SESSION, [which.id, userId]) : await em.query(END_OTHER_SESSIONS, [userId, which.allBut]);
    const list = (Array.isArray(rows[0]) ? rows[0] : rows) as { id: string }[];
    await this.ended(em, list);
    return list.length;
  }

  /** Of these sessions, the ones still alive (not ended, not expired, their person active). */
  async alive(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.ds.query(
      `SELECT s.id FROM session s JOIN app_user u ON u.id = s.user_id WHERE s.id = ANY($1::uuid[]) AND ${ALIVE}`,
      [ids, this.config.session.idleMinutes],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Tells every API process, once the transaction commits, that these sessions ended: their open
   * live connections are closed (SEC-13). In batches, to stay within NOTIFY's payload limit.
   */
  private async ended(em: EntityManager, rows: { id: string }[] | [{ id: string }[], number]): Promise<void> {
    // DELETE … RETURNING answers [rows, count] through TypeORM's query runner.
    const list = (Array.isArray(rows[0]) ? rows[0] : rows) as { id: string }[];
    for (let i = 0; i < list.length; i += 100) {
      await this.live.publish(em, {
        networkId: '',
        topic: SESSIONS_TOPIC,
        kind: SESSION_ENDED,
        id: '',
        facts: { sessions: list.slice(i, i + 100).map((r) => r.id) },
      });
    }
  }
}

/** What kijkje_begin answers: the session and, when there is one, the active membership. */
export interface Entered {
  session_id: string;
  user_id: string;
  current_network_id: string | null;
  email: string;
  name: string;
  is_platform_admin: boolean;
  membership_id: string | null;
  role: MembershipInfo['role'] | null;
  organisation_id: string | null;
  auth_methods: string[] | null;
  second_factor_policy: string | null;
}

function membershipOf(row: Entered | undefined): MembershipInfo | null {
  return row?.membership_id
    ? { id: row.membership_id, role: row.role!, organisationId: row.organisation_id, secondFactorPolicy: row.second_factor_policy ?? 'NOBODY' }
    : null;
}

function sessionOf(row: Entered): SessionInfo {
  return {
    id: row.session_id,
    userId: row.user_id,
    currentNetworkId: row.current_network_id,
    email: row.email,
    name: row.name,
    isPlatformAdmin: row.is_platform_admin,
    authMethods: row.auth_methods ?? ['password'],
  };
}

/** A session that still counts: not past its absolute end, not idle too long ($2 minutes), its person active. */
const ALIVE = `u.active AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)`;
