import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { AppError, fieldError, notFound } from '../../errors/app-error';
import type { RequestContext, SessionInfo } from '../../graphql/request-context';
import { RateLimitService, type Backoff } from '../../security/rate-limit.service';
import { decryptSecret, encryptSecret } from '../oidc/secret-box';
import { PasswordService } from '../password.service';
import { PasskeyService } from './passkey.service';
import { hashToken } from '../tokens';
import {
  ADD_SESSION_METHOD,
  CONFIRM_TOTP,
  DELETE_RECOVERY_CODES,
  DELETE_TOTP,
  HAS_SECOND_FACTOR,
  INSERT_RECOVERY_CODES,
  RECOVERY_CODES_LEFT,
  START_TOTP,
  TOTP_OF,
  TOTP_OF_LOCKED,
  USE_RECOVERY_CODE,
  USE_TOTP_STEP,
  PASSWORD_HASH_OF,
} from './second-factor.queries';
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpEnrolment, totpStep } from './totp';

/** What proves the second factor: a code of the authenticator app, or one of the recovery codes. */
export interface SecondFactorProof {
  code?: string | null;
  recoveryCode?: string | null;
  /** A passkey's answer (navigator.credentials.get, as JSON) to the sign-in challenge's WebAuthn challenge. */
  passkeyResponse?: string | null;
}

/** How a proof was given, as a session records it. */
export type ProvenWith = 'totp' | 'recovery_code' | 'webauthn';

interface TotpRow {
  secretEncrypted: string;
  confirmedAt: Date | null;
  lastStep: number | null;
}

const wrongCode = (field: 'code' | 'recoveryCode') =>
  field === 'code'
    ? fieldError('code', 'Deze code klopt niet. Gebruik de code die uw app nu toont.', 'This code is not correct. Use the code your app shows now.')
    : fieldError('recoveryCode', 'Deze herstelcode klopt niet of is al gebruikt.', 'This recovery code is not correct or has already been used.');

/**
 * A person's second factor (issue "Identity and the AVG"): an authenticator app with recovery
 * codes. The secret is stored only encrypted (AES-256-GCM, the installation key, bound to the
 * person); recovery codes only as hashes. Every proof counts against the person's back-off, as
 * passwords do (SEC-09); a failure is audited even though its operation rolls back.
 */
@Injectable()
export class SecondFactorService {
  private readonly backoff: Backoff;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly limits: RateLimitService,
    private readonly passwords: PasswordService,
    private readonly passkeys: PasskeyService,
  ) {
    this.backoff = { free: config.rateLimit.signInFreeFailures, firstWaitSeconds: 60, maxWaitSeconds: 3600, forgetAfterSeconds: 86_400 };
  }

  async status(ctx: RequestContext, userId: string): Promise<{ totpEnabled: boolean; recoveryCodesLeft: number }> {
    const [totp]: TotpRow[] = await ctx.em.query(TOTP_OF, [userId]);
    const [{ left }] = await ctx.em.query(RECOVERY_CODES_LEFT, [userId]);
    return { totpEnabled: !!totp?.confirmedAt, recoveryCodesLeft: totp?.confirmedAt ? left : 0 };
  }

  async has(ctx: RequestContext, userId: string): Promise<boolean> {
    const [row] = await ctx.em.query(HAS_SECOND_FACTOR, [userId]);
    return row.has === true;
  }

  /** A new secret for the person's app, shown once as a QR code and as text; it is on only after `confirmTotp`. */
  async startTotp(ctx: RequestContext, session: SessionInfo): Promise<{ secret: string; uri: string; qrCode: string }> {
    const secret = newTotpSecret();
    const rows = await ctx.em.query(START_TOTP, [session.userId, encryptSecret(this.key, secret, this.boundTo(session.userId))]);
    if (!rows.length) throw alreadyOn();
    return { secret, ...(await totpEnrolment(secret, session.email)) };
  }

  /** A current code proves the app was set up: the second factor is on, with ten fresh recovery codes (shown once). */
  async confirmTotp(ctx: RequestContext, session: SessionInfo, code: string): Promise<string[]> {
    const [totp]: TotpRow[] = await ctx.em.query(TOTP_OF_LOCKED, [session.userId]);
    if (!totp) throw notFound();
    if (totp.confirmedAt) throw alreadyOn();
    await this.checkTotp(ctx, session.userId, totp, code, 'enrolment');
    await ctx.em.query(CONFIRM_TOTP, [session.userId]);
    await this.upgrade(ctx, session, 'totp');
    const codes = await this.newRecoveryCodes(ctx, session.userId);
    await this.record(ctx, session.userId, 'second_factor.enabled', { method: 'totp' });
    return codes;
  }

  /** Ten new recovery codes, the old ones void; proven with a current code of the app. */
  async renewRecoveryCodes(ctx: RequestContext, session: SessionInfo, code: string): Promise<string[]> {
    const totp = await this.confirmed(ctx, session.userId);
    await this.checkTotp(ctx, session.userId, totp, code, 'recovery_codes');
    const codes = await this.newRecoveryCodes(ctx, session.userId);
    await this.record(ctx, session.userId, 'second_factor.recovery_codes_renewed', {});
    return codes;
  }

  /** Turns the second factor off, proven with the current password or a code (of the app or a recovery code). */
  async disable(ctx: RequestContext, session: SessionInfo, proof: SecondFactorProof & { currentPassword?: string | null }): Promise<boolean> {
    await this.confirmed(ctx, session.userId);
    if (proof.currentPassword) {
      const [user] = await ctx.em.query(PASSWORD_HASH_OF, [session.userId]);
      await this.limits.attempt(this.limitKey(session.userId), this.backoff);
      if (!(await this.passwords.verify(user?.passwordHash ?? null, proof.currentPassword))) {
        await this.failed(session.userId, ctx.ip, 'disable', 'password');
        throw fieldError('currentPassword', 'Het huidige wachtwoord klopt niet.', 'The current password is not correct.');
      }
      await this.limits.clear(this.limitKey(session.userId));
    } else await this.prove(ctx, session.userId, proof, 'disable');
    await ctx.em.query(DELETE_TOTP, [session.userId]);
    await ctx.em.query(DELETE_RECOVERY_CODES, [session.userId]);
    await this.record(ctx, session.userId, 'second_factor.disabled', { proof: proof.currentPassword ? 'password' : 'code' });
    return true;
  }

  /** Checks a proof of the person's second factor (a code of the app, or a recovery code, which is then used up). */
  async prove(ctx: RequestContext, userId: string, proof: SecondFactorProof, during: string, webauthnChallenge: string | null = null): Promise<ProvenWith> {
    if (proof.passkeyResponse) {
      await this.limits.attempt(this.limitKey(userId), this.backoff);
      if (!(await this.passkeys.verify(ctx, userId, webauthnChallenge, proof.passkeyResponse))) {
        await this.failed(userId, ctx.ip, during, 'webauthn');
        throw fieldError('passkeyResponse', 'Deze passkey is niet herkend. Probeer het opnieuw.', 'This passkey was not recognised. Try again.');
      }
      await this.limits.clear(this.limitKey(userId));
      return 'webauthn';
    }
    if (proof.recoveryCode) {
      await this.limits.attempt(this.limitKey(userId), this.backoff);
      const used = await ctx.em.query(USE_RECOVERY_CODE, [userId, recoveryCodeHash(proof.recoveryCode)]);
      if (!(Array.isArray(used[0]) ? used[0] : used).length) {
        await this.failed(userId, ctx.ip, during, 'recovery_code');
        throw wrongCode('recoveryCode');
      }
      await this.limits.clear(this.limitKey(userId));
      await this.record(ctx, userId, 'auth.recovery_code_used', { during });
      return 'recovery_code';
    }
    const totp = await this.confirmed(ctx, userId);
    await this.checkTotp(ctx, userId, totp, proof.code ?? '', during);
    return 'totp';
  }

  /** The factor just proved its possession: this session counts as one with a second factor from now on. */
  async upgrade(ctx: RequestContext, session: SessionInfo, method: ProvenWith): Promise<void> {
    await ctx.em.query(ADD_SESSION_METHOD, [session.id, method]);
    session.authMethods = [...(session.authMethods ?? ['password']), method];
  }

  private async checkTotp(ctx: RequestContext, userId: string, totp: TotpRow, code: string, during: string): Promise<void> {
    await this.limits.attempt(this.limitKey(userId), this.backoff);
    const secret = decryptSecret(this.key, totp.secretEncrypted, this.boundTo(userId));
    const step = totpStep(secret, code, totp.lastStep);
    const used = step === null ? [] : await ctx.em.query(USE_TOTP_STEP, [userId, step]);
    if (!(Array.isArray(used[0]) ? used[0] : used).length) {
      await this.failed(userId, ctx.ip, during, 'totp');
      throw wrongCode('code');
    }
    await this.limits.clear(this.limitKey(userId));
  }

  private async confirmed(ctx: RequestContext, userId: string): Promise<TotpRow> {
    const [totp]: TotpRow[] = await ctx.em.query(TOTP_OF_LOCKED, [userId]);
    if (!totp?.confirmedAt) throw notOn();
    return totp;
  }

  private async newRecoveryCodes(ctx: RequestContext, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await ctx.em.query(DELETE_RECOVERY_CODES, [userId]);
    await ctx.em.query(INSERT_RECOVERY_CODES, [userId, codes.map(recoveryCodeHash)]);
    return codes;
  }

  private failed(userId: string, ip: string, during: string, method: string): Promise<void> {
    return this.audit.recordDetached({ networkId: null, actorUserId: userId, action: 'auth.second_factor_failed', data: { during, method }, ip });
  }

  private record(ctx: RequestContext, userId: string, action: Parameters<AuditService['record']>[1]['action'], data: Record<string, unknown>) {
    return this.audit.record(ctx.em, { networkId: null, actorUserId: userId, action, targetType: 'user', targetId: userId, data, ip: ctx.ip });
  }

  private get key(): Buffer {
    return this.config.sso.secretKey;
  }

  private boundTo(userId: string): string {
    return `totp:${userId}`;
  }

  private limitKey(userId: string): string {
    return `second-factor:account:${hashToken(userId)}`;
  }
}

const alreadyOn = () =>
  new AppError('CONFLICT', {
    nl: 'Uw tweede factor staat al aan. Zet hem eerst uit om een nieuwe app in te stellen.',
    en: 'Your second factor is already on. Turn it off first to set up a new app.',
  });

const notOn = () => new AppError('NOT_FOUND', { nl: 'U heeft geen tweede factor ingesteld.', en: 'You have not set up a second factor.' });
