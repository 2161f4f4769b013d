import { Inject, Injectable } from '@nestjs/common';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { fieldError, notFound } from '../../errors/app-error';
import type { RequestContext, SessionInfo } from '../../graphql/request-context';
import { DELETE_PASSKEY, INSERT_PASSKEY, PASSKEY_BY_CREDENTIAL, PASSKEYS_OF, START_REGISTRATION, TAKE_REGISTRATION, USE_PASSKEY } from './passkey.queries';

export interface PasskeyView {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

const notAPasskey = (field: string) =>
  fieldError(
    field,
    'Deze passkey is niet herkend of de poging is verlopen. Probeer het opnieuw.',
    'This passkey was not recognised or the attempt expired. Try again.',
  );

/**
 * Passkeys (WebAuthn, @simplewebauthn/server) as a second factor: registered on the account page
 * (named, removable), used as the second step of a sign-in. The relying party is the host of the
 * app's address; the origin must be the app's own.
 */
@Injectable()
export class PasskeyService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  get rpID(): string {
    return new URL(this.config.appUrl).hostname;
  }

  get origin(): string {
    return new URL(this.config.appUrl).origin;
  }

  async list(ctx: RequestContext, userId: string): Promise<(PasskeyView & { credentialId: string; transports: string[] })[]> {
    return ctx.em.query(PASSKEYS_OF, [userId]);
  }

  /** The options the browser's navigator.credentials.create takes, as JSON; their challenge is kept for five minutes. */
  async startRegistration(ctx: RequestContext, session: SessionInfo): Promise<string> {
    const existing = await this.list(ctx, session.userId);
    const options = await generateRegistrationOptions({
      rpName: 'Kijkje',
      rpID: this.rpID,
      userName: session.email,
      userDisplayName: session.name,
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    await ctx.em.query(START_REGISTRATION, [session.userId, options.challenge]);
    return JSON.stringify(options);
  }

  async finishRegistration(ctx: RequestContext, session: SessionInfo, name: string, responseJson: string): Promise<PasskeyView> {
    const rows = await ctx.em.query(TAKE_REGISTRATION, [session.userId]);
    const [registration] = (Array.isArray(rows[0]) ? rows[0] : rows) as { challenge: string }[];
    const response = parse<RegistrationResponseJSON>(responseJson);
    if (!registration || !response) throw notAPasskey('response');
    const verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: registration.challenge,
      expectedOrigin: this.origin,
      expectedRPID: this.rpID,
      requireUserVerification: false,
    }).catch(() => null);
    if (!verified?.verified) throw notAPasskey('response');
    const { credential } = verified.registrationInfo;
    const [passkey]: PasskeyView[] = await ctx.em.query(INSERT_PASSKEY, [
      session.userId,
      credential.id,
      Buffer.from(credential.publicKey).toString('base64url'),
      credential.counter,
      JSON.stringify(credential.transports ?? []),
      name,
    ]);
    await this.audit.record(ctx.em, {
      networkId: null,
      actorUserId: session.userId,
      action: 'passkey.registered',
      targetType: 'passkey',
      targetId: passkey.id,
      data: { name },
      ip: ctx.ip,
    });
    return passkey;
  }

  async remove(ctx: RequestContext, session: SessionInfo, id: string): Promise<boolean> {
    const rows = await ctx.em.query(DELETE_PASSKEY, [id, session.userId]);
    const [removed] = (Array.isArray(rows[0]) ? rows[0] : rows) as { name: string }[];
    if (!removed) throw notFound();
    await this.audit.record(ctx.em, {
      networkId: null,
      actorUserId: session.userId,
      action: 'passkey.removed',
      targetType: 'passkey',
      targetId: id,
      data: { name: removed.name },
      ip: ctx.ip,
    });
    return true;
  }

  /** The options of navigator.credentials.get for a person's second step, or null when they have no passkey. */
  async authenticationOptions(passkeys: { credentialId: string; transports: string[] }[]): Promise<{ challenge: string; json: string } | null> {
    if (!passkeys.length) return null;
    const options = await generateAuthenticationOptions({
      rpID: this.rpID,
      allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
      userVerification: 'preferred',
    });
    return { challenge: options.challenge, json: JSON.stringify(options) };
  }

  /** Whether a passkey of the person signed the challenge; its counter moves on. */
  async verify(ctx: RequestContext, userId: string, challenge: string | null, responseJson: string): Promise<boolean> {
    const response = parse<AuthenticationResponseJSON>(responseJson);
    if (!challenge || !response || typeof response.id !== 'string') return false;
    const [passkey] = await ctx.em.query(PASSKEY_BY_CREDENTIAL, [userId, response.id]);
    if (!passkey) return false;
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: this.origin,
      expectedRPID: this.rpID,
      credential: { id: response.id, publicKey: Buffer.from(passkey.publicKey, 'base64url'), counter: passkey.counter, transports: passkey.transports },
      requireUserVerification: false,
    }).catch(() => null);
    if (!verified?.verified) return false;
    await ctx.em.query(USE_PASSKEY, [passkey.id, verified.authenticationInfo.newCounter]);
    return true;
  }
}

function parse<T>(json: string): T | null {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as T) : null;
  } catch {
    return null;
  }
}
