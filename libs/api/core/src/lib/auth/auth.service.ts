import { satisfiesSecondFactorPolicy, type Language } from '@kijkje/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuditService } from '../audit/audit.service';
import { AppError, notFound, unauthenticated } from '../errors/app-error';
import { rescope } from '../graphql/transaction-plugin';
import type { RequestContext } from '../graphql/request-context';
import { MailService } from '../mail/mail.service';
import { passwordResetMail } from '../mail/templates/security-mails';
import { RateLimitService } from '../security/rate-limit.service';
import { SignInGuard } from '../security/sign-in-guard';
import { Membership } from '../tenancy/membership.entity';
import { Network } from '../tenancy/network.entity';
import { refusePasswordWhereSsoOnly } from './oidc/password-sign-in';
import { assertPasswordAcceptable } from './password-policy';
import { PasswordService } from './password.service';
import { SecondFactorService } from './second-factor/second-factor.service';
import { SignInChallenges } from './second-factor/sign-in-challenge.service';
import { SessionService } from './session.service';
import { hashToken, newToken } from './tokens';
import { User } from './user.entity';
import type { Viewer } from './viewer.model';

const RESET_TTL_MINUTES = 60;

const wrongCredentials = () =>
  new AppError('UNAUTHENTICATED', {
    nl: 'Het e-mailadres of het wachtwoord klopt niet.',
    en: 'The e-mail address or the password is not correct.',
  });

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitService,
    private readonly signInGuard: SignInGuard,
    private readonly mail: MailService,
    private readonly secondFactors: SecondFactorService,
    private readonly challenges: SignInChallenges,
  ) {}

  async viewer(ctx: RequestContext): Promise<Viewer | null> {
    if (!ctx.session) return null;
    const em = ctx.em;
    const user = await em.findOneByOrFail(User, { id: ctx.session.userId });
    const memberships = await em
      .createQueryBuilder(Membership, 'm')
      .innerJoin(Network, 'n', 'n.id = m.network_id')
      .where('m.user_id = :userId AND m.active', { userId: user.id })
      .orderBy('n.name', 'ASC')
      .getMany();
    const current = memberships.find((m) => m.networkId === ctx.networkId) ?? null;
    const currentNetwork = current ? await em.findOneBy(Network, { id: current.networkId }) : null;
    const secondFactorRequired =
      !!current && !!currentNetwork && !satisfiesSecondFactorPolicy(currentNetwork.secondFactorPolicy, current.role, ctx.session.authMethods ?? ['password']);
    return { user, memberships, currentMembership: current, currentNetwork, language: user.language, secondFactorRequired };
  }

  async signIn(ctx: RequestContext, emailInput: string, password: string): Promise<Viewer> {
    const email = normaliseEmail(emailInput);
    await this.signInGuard.before(ctx.ip, email);
    const user = await ctx.em.findOneBy(User, { email });
    const ok = await this.passwords.verify(user?.active ? user.passwordHash : null, password);
    if (!user || !ok) {
      await this.audit.recordDetached({ networkId: null, actorUserId: null, action: 'auth.sign_in_failed', data: { email }, ip: ctx.ip });
      throw wrongCredentials();
    }
    await this.signInGuard.succeeded(email);
    await refusePasswordWhereSsoOnly(ctx, this.audit, user.id);
    await this.startSession(ctx, user);
    return this.signedIn(ctx, user);
  }

  /** A sign-in's session has started: audited (with the second factor it took, if any), answered with the viewer. */
  async signedIn(ctx: RequestContext, user: User, secondFactor?: string): Promise<Viewer> {
    const data = secondFactor ? { secondFactor } : undefined;
    await this.audit.record(ctx.em, { networkId: null, actorUserId: user.id, action: 'auth.signed_in', data, ip: ctx.ip });
    return (await this.viewer(ctx))!;
  }

  /**
   * Starts a fresh session for a verified person, in the network they last worked in (or their
   * first), recording how they were proven (`methods`). A password alone is not enough for a
   * person with a second factor: no session, but a challenge for the second step
   * (SECOND_FACTOR_NEEDED), whichever way the password was given.
   */
  async startSession(ctx: RequestContext, user: User, preferredNetworkId?: string, methods: readonly string[] = ['password']): Promise<void> {
    await ctx.em.query(`SELECT set_config('app.user_id', $1, true)`, [user.id]);
    const memberships: { networkId: string }[] = await ctx.em.query(
      `SELECT m.network_id AS "networkId" FROM membership m JOIN network n ON n.id = m.network_id
        WHERE m.user_id = $1 AND m.active ORDER BY n.name`,
      [user.id],
    );
    const preferred = [preferredNetworkId, user.lastNetworkId];
    const networkId = preferred.map((id) => memberships.find((m) => m.networkId === id)?.networkId).find(Boolean) ?? memberships[0]?.networkId ?? null;
    if (methods.length === 1 && methods[0] === 'password' && (await this.secondFactors.has(ctx, user.id))) await this.challenges.open(user.id, networkId);
    const sessionId = await this.sessions.start(ctx, user.id, networkId, methods);
    ctx.session = {
      id: sessionId,
      userId: user.id,
      currentNetworkId: networkId,
      email: user.email,
      name: user.name,
      isPlatformAdmin: user.isPlatformAdmin,
      authMethods: methods,
    };
    await rescope(ctx);
  }

  async signOut(ctx: RequestContext): Promise<boolean> {
    if (!ctx.session) return true;
    await this.sessions.end(ctx, ctx.session.id);
    await this.audit.record(ctx.em, { networkId: null, actorUserId: ctx.session.userId, action: 'auth.signed_out', ip: ctx.ip });
    ctx.session = null;
    return true;
  }

  /** Always answers the same, whether or not the address is known (no enumeration). */
  async requestPasswordReset(ctx: RequestContext, emailInput: string): Promise<boolean> {
    const email = normaliseEmail(emailInput);
    // Per address, never per IP: one IP address must not block resets for everyone behind it
    // (or, without TRUST_PROXY, for everyone); this bounds the mail any one mailbox can be sent.
    await this.rateLimits.hit([{ key: `reset:account:${hashToken(email)}`, limit: this.config.rateLimit.resetPerHour, windowSeconds: 3600 }]);
    const user = await ctx.em.findOneBy(User, { email, active: true });
    if (user) {
      const token = newToken();
      await ctx.em.query(`INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`, [
        user.id,
        hashToken(token),
        RESET_TTL_MINUTES,
      ]);
      const link = this.mail.link(`/wachtwoord-herstellen/${token}`);
      await this.mail.send(ctx.em, user.email, passwordResetMail(user, { link, minutes: RESET_TTL_MINUTES }));
    }
    await this.audit.record(ctx.em, { networkId: null, actorUserId: user?.id ?? null, action: 'auth.reset_requested', data: { email }, ip: ctx.ip });
    return true;
  }

  async resetPassword(ctx: RequestContext, token: string, password: string): Promise<boolean> {
    const [reset] = await ctx.em.query(
      `SELECT r.id, r.user_id AS "userId", u.email, u.name FROM password_reset r JOIN app_user u ON u.id = r.user_id
        WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND u.active FOR UPDATE OF r`,
      [hashToken(token)],
    );
    if (!reset) {
      throw new AppError(
        'BAD_USER_INPUT',
        { nl: 'Deze link is ongeldig of verlopen.', en: 'This link is invalid or has expired.' },
        {
          fields: [{ field: 'token', messages: { nl: 'Deze link is ongeldig of verlopen.', en: 'This link is invalid or has expired.' } }],
        },
      );
    }
    assertPasswordAcceptable(password, 'password', { email: reset.email, name: reset.name });
    await ctx.em.query('UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [reset.userId]);
    await ctx.em.query('UPDATE app_user SET password_hash = $2 WHERE id = $1', [reset.userId, await this.passwords.hash(password)]);
    await this.sessions.endAllFor(ctx.em, reset.userId);
    await this.audit.record(ctx.em, { networkId: null, actorUserId: reset.userId, action: 'auth.password_reset', ip: ctx.ip });
    return true;
  }

  /** Remembers the signed-in person's language for their mails and their next sign-in. */
  async setLanguage(ctx: RequestContext, language: Language): Promise<Viewer> {
    if (!ctx.session) throw unauthenticated();
    await ctx.em.update(User, { id: ctx.session.userId }, { language });
    return (await this.viewer(ctx))!;
  }

  async switchNetwork(ctx: RequestContext, networkId: string): Promise<Viewer> {
    const session = ctx.session;
    if (!session) throw unauthenticated();
    const [membership] = await ctx.em.query('SELECT id FROM membership WHERE user_id = $1 AND network_id = $2 AND active', [session.userId, networkId]);
    if (!membership) {
      await this.audit.recordDetached({
        networkId: null,
        actorUserId: session.userId,
        action: 'access.denied',
        targetType: 'network',
        targetId: networkId,
        ip: ctx.ip,
      });
      throw notFound();
    }
    await this.sessions.switchNetwork(ctx.em, session.id, networkId);
    session.currentNetworkId = networkId;
    await rescope(ctx);
    await this.audit.record(ctx.em, { networkId, actorUserId: session.userId, action: 'auth.network_switched', ip: ctx.ip });
    return (await this.viewer(ctx))!;
  }
}
