import { Inject, Injectable, Logger } from '@nestjs/common';
import { cutText, emailIsVerified } from '@kijkje/domain';
import * as oidc from 'openid-client';
import { AuditService } from '../../audit/audit.service';
import { NotificationService } from '../../notifications/notification.service';
import { RateLimitService } from '../../security/rate-limit.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { RequestContext } from '../../graphql/request-context';
import { AuthService, normaliseEmail } from '../auth.service';
import { User } from '../user.entity';
import { hashToken } from '../tokens';
import { decryptSecret } from './secret-box';
import type { SsoOutcome } from './sso-page';
import { personInNetwork, providersForDomain, requestMembership, saveAttempt, takeAttempt, type ProviderRow } from './sso.queries';

export const SSO_CALLBACK_PATH = '/auth/oidc/callback';
export const SSO_STATE_COOKIE = 'kijkje_sso_state';

const log = new Logger('SingleSignOn');
const START_PER_MINUTE = 60;
const LOOKUP_PER_MINUTE = 120;

const domainOf = (email: string) => /^[^@\s]+@([a-z0-9.-]+\.[a-z]{2,63})$/.exec(email)?.[1];

/** What the controller does next: send the browser somewhere, or show a page. */
export type SsoStep = { redirect: string; state?: string } | { outcome: SsoOutcome; choices?: { name: string; href: string }[]; clearState?: boolean };

/**
 * Sign-in through the person's own organisation (OpenID Connect, authorization code flow with
 * PKCE, state and nonce kept on the server, single use). openid-client checks the ID token's
 * signature, issuer, audience, expiry and nonce; here: a verified e-mail of a domain the provider
 * speaks for, and membership of the provider's own network.
 */
@Injectable()
export class SsoService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitService,
    private readonly notifications: NotificationService,
  ) {}

  get redirectUri(): string {
    return `${this.config.appUrl}${SSO_CALLBACK_PATH}`;
  }

  /** For the sign-in page: which providers would take this address (names only), so it can offer "Inloggen met uw organisatie". */
  async available(ctx: RequestContext, emailInput: string): Promise<{ id: string; name: string }[]> {
    await this.rateLimits.hit([{ key: `sso-lookup:ip:${ctx.ip}`, limit: LOOKUP_PER_MINUTE, windowSeconds: 60 }]);
    const domain = domainOf(normaliseEmail(emailInput));
    return domain ? (await providersForDomain(ctx.em, domain, null)).map((p) => ({ id: p.id, name: p.name })) : [];
  }

  async start(ctx: RequestContext, emailInput: string, providerId: string | null): Promise<SsoStep> {
    // Every start writes an attempt: bounded per address, like sign-in.
    await this.rateLimits.hit([{ key: `sso:ip:${ctx.ip}`, limit: START_PER_MINUTE, windowSeconds: 60 }]);
    const email = normaliseEmail(emailInput);
    const domain = domainOf(email);
    const providers = domain ? await providersForDomain(ctx.em, domain, providerId) : [];
    if (!domain || !providers.length) return { outcome: 'noProvider' };
    if (providers.length > 1) {
      const href = (p: ProviderRow) => `/auth/oidc/start?email=${encodeURIComponent(email)}&provider=${p.id}`;
      return { outcome: 'noProvider', choices: providers.map((p) => ({ name: p.name, href: href(p) })) };
    }
    const provider = providers[0];
    let client: oidc.Configuration;
    try {
      client = await this.discover(provider);
    } catch (error) {
      const e = error as { code?: string; message?: string };
      return this.failed(ctx, 'rejected', provider.networkId, {
        provider: provider.id,
        reason: `discovery: ${e.code ?? 'failed'}`,
        detail: cutText(String(e.message), 200),
      });
    }
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await saveAttempt(ctx.em, hashToken(state), provider, domain, codeVerifier, nonce);
    const url = oidc.buildAuthorizationUrl(client, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      login_hint: email,
    });
    return { redirect: url.href, state };
  }

  async callback(ctx: RequestContext, query: URLSearchParams, stateCookie: string | null): Promise<SsoStep> {
    const state = query.get('state') ?? '';
    // The state must come back to the browser that started it (no sign-in planted from elsewhere).
    const attempt = state && state === stateCookie ? await takeAttempt(ctx.em, hashToken(state)) : null;
    if (!attempt?.live) return this.failed(ctx, 'expired', null, { reason: attempt ? 'expired' : 'unknown or replayed state' });
    const [provider] = await providersForDomain(ctx.em, attempt.emailDomain, attempt.providerId);
    if (!provider) return this.failed(ctx, 'expired', attempt.networkId, { reason: 'provider gone or disabled' });

    let claims: (oidc.IDToken & Record<string, unknown>) | undefined;
    try {
      const client = await this.discover(provider);
      const current = new URL(`${this.redirectUri}?${query.toString()}`);
      const tokens = await oidc.authorizationCodeGrant(client, current, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // Many providers put the e-mail claims only in userinfo; its subject must be the ID token's.
      if (claims && (claims['email'] === undefined || !emailIsVerified(claims))) {
        const info = await oidc.fetchUserInfo(client, tokens.access_token, claims.sub);
        claims = { ...info, ...claims, email: claims['email'] ?? info.email, email_verified: claims['email_verified'] ?? info.email_verified };
      }
    } catch (error) {
      // openid-client's error wraps oauth4webapi's, which names the claim that failed.
      type Cause = { claim?: string; message?: string; cause?: Cause };
      const e = error as { code?: string; error?: string; message?: string; cause?: Cause };
      return this.failed(ctx, 'rejected', provider.networkId, {
        provider: provider.id,
        reason: e.code ?? e.error ?? 'token',
        claim: e.cause?.cause?.claim ?? e.cause?.claim ?? null,
        detail: cutText(String(e.cause?.message ?? e.message), 200),
      });
    }
    if (!claims) return this.failed(ctx, 'rejected', provider.networkId, { provider: provider.id, reason: 'no id token' });

    const email = typeof claims['email'] === 'string' ? normaliseEmail(claims['email']) : '';
    const base = { provider: provider.id, subject: claims.sub, email, amr: claims.amr ?? null, acr: claims.acr ?? null };
    if (!emailIsVerified(claims)) return this.failed(ctx, 'unverified', provider.networkId, { ...base, reason: 'email not verified' });
    // A provider speaks only for its own domains: utrecht.nl's provider cannot vouch for someone@denhaag.nl.
    if (!provider.emailDomains.includes(email.split('@')[1] ?? '')) {
      return this.failed(ctx, 'rejected', provider.networkId, { ...base, reason: 'e-mail domain not of this provider' });
    }

    const person = await personInNetwork(ctx.em, email, provider.networkId);
    if (person?.active && person.membershipActive) {
      const user = await ctx.em.findOneByOrFail(User, { id: person.id });
      const amr = Array.isArray(claims.amr) ? claims.amr.filter((m): m is string => typeof m === 'string').slice(0, 10) : [];
      const acr = typeof claims.acr === 'string' ? [`acr:${cutText(claims.acr, 200)}`] : [];
      // How the organisation proved the person (RFC 8176 amr, acr): whether that was multi-factor decides a network's second-factor policy.
      await this.auth.startSession(ctx, user, provider.networkId, ['sso', ...amr.map((m) => `amr:${cutText(m, 20)}`), ...acr]);
      await this.audit.record(ctx.em, { networkId: provider.networkId, actorUserId: user.id, action: 'auth.sso_signed_in', data: base, ip: ctx.ip });
      return { redirect: `${this.config.appUrl}/`, clearState: true } as SsoStep;
    }
    if (person && (!person.active || person.membershipActive === false)) {
      return this.failed(ctx, 'inactive', provider.networkId, { ...base, reason: person.active ? 'membership inactive' : 'account inactive' });
    }
    if (!provider.createMembers) return this.failed(ctx, 'notMember', provider.networkId, { ...base, reason: 'not a member' });
    const name = typeof claims['name'] === 'string' && claims['name'].trim() ? cutText(claims['name'].trim(), 120) : email;
    const request = await requestMembership(ctx.em, provider, email, name, person?.id ?? null);
    await this.audit.record(ctx.em, {
      networkId: provider.networkId,
      actorUserId: request.userId,
      action: 'auth.sso_member_requested',
      data: base,
      ip: ctx.ip,
    });
    await this.notifications.notify(ctx.em, {
      networkId: provider.networkId,
      kind: 'MEMBERSHIP_REQUESTED',
      subject: { type: 'membership', id: request.membershipId },
      recipients: request.coordinators,
    });
    return { outcome: 'pending', clearState: true };
  }

  private async discover(provider: ProviderRow): Promise<oidc.Configuration> {
    const secret = decryptSecret(this.config.sso.secretKey, provider.secret, provider.id);
    return oidc.discovery(new URL(provider.issuer), provider.clientId, secret, undefined, {
      // A provider on this machine, in development and tests only; production issuers are https (identity-provider-rules).
      execute: this.config.production ? [] : [oidc.allowInsecureRequests],
      timeout: 10,
    });
  }

  /** Audited with the reason (never a token or a code); the person reads only what they can act on. */
  private async failed(ctx: RequestContext, outcome: SsoOutcome, networkId: string | null, data: Record<string, unknown>): Promise<SsoStep> {
    log.warn({ outcome, reason: data['reason'] }, 'single sign-on refused');
    await this.audit.recordDetached({ networkId, actorUserId: null, action: 'auth.sso_failed', data: { outcome, ...data }, ip: ctx.ip });
    return { outcome, clearState: true };
  }
}
