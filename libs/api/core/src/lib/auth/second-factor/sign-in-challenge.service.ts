import { Injectable } from '@nestjs/common';
import { SidePool } from '../../database/side-pool';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../graphql/request-context';
import { RateLimitService } from '../../security/rate-limit.service';
import { hashToken, newToken } from '../tokens';
import { PasskeyService } from './passkey.service';
import { TAKE_CHALLENGE, CLEAR_EXPIRED_CHALLENGES, CLOSE_CHALLENGES_OF, OPEN_CHALLENGE, SECOND_STEP_METHODS } from './second-factor.queries';

/** How long the second step may take after the right password. */
export const CHALLENGE_MINUTES = 5;
/** Wrong codes one challenge may take before it is refused (the person's back-off counts as well). */
const TRIES_PER_CHALLENGE = 5;

/**
 * Between a right password and the second step: a challenge of 256 random bits, answered to the
 * client once (only its SHA-256 is kept), open for a few minutes, closed by the first right code.
 * Opened beside the sign-in's transaction, which ends in the error that asks for the second step.
 */
@Injectable()
export class SignInChallenges {
  constructor(
    private readonly side: SidePool,
    private readonly limits: RateLimitService,
    private readonly passkeys: PasskeyService,
  ) {}

  /** Opens a challenge and answers the sign-in with it: SECOND_FACTOR_NEEDED, no session. */
  async open(userId: string, networkId: string | null): Promise<never> {
    const token = newToken();
    const [methods] = await this.side.query<{ totp: boolean; passkeys: { credentialId: string; transports: string[] }[] }>(SECOND_STEP_METHODS, [userId]);
    const passkey = await this.passkeys.authenticationOptions(methods.passkeys);
    await this.side.query(CLEAR_EXPIRED_CHALLENGES);
    await this.side.query(OPEN_CHALLENGE, [hashToken(token), userId, networkId, CHALLENGE_MINUTES, passkey?.challenge ?? null]);
    throw new AppError(
      'SECOND_FACTOR_NEEDED',
      {
        nl: 'Het wachtwoord klopt. Vul nu de code uit uw authenticator-app in, of een herstelcode.',
        en: 'The password is correct. Now enter the code from your authenticator app, or a recovery code.',
      },
      {
        challenge: token,
        methods: [...(methods.totp ? ['TOTP', 'RECOVERY_CODE'] : []), ...(passkey ? ['PASSKEY'] : [])],
        // The options of navigator.credentials.get, as JSON, when the person has passkeys.
        passkeyOptions: passkey?.json ?? null,
        expiresInSeconds: CHALLENGE_MINUTES * 60,
      },
    );
  }

  /** The person and network of an open challenge, taken; an unknown, used or expired one is UNAUTHENTICATED. */
  async take(ctx: RequestContext, token: string): Promise<{ userId: string; networkId: string | null; email: string; webauthnChallenge: string | null }> {
    await this.limits.hit([{ key: `second-step:${hashToken(token)}`, limit: TRIES_PER_CHALLENGE, windowSeconds: CHALLENGE_MINUTES * 60 }]);
    const rows = await ctx.em.query(TAKE_CHALLENGE, [hashToken(token)]);
    const [row] = (Array.isArray(rows[0]) ? rows[0] : rows) as { userId: string; networkId: string | null; email: string; webauthnChallenge: string | null }[];
    if (!row) throw expired();
    return row;
  }

  /** The second step succeeded: this challenge and any other of the person's are closed. */
  async close(ctx: RequestContext, userId: string): Promise<void> {
    await ctx.em.query(CLOSE_CHALLENGES_OF, [userId]);
  }
}

const expired = () =>
  new AppError('UNAUTHENTICATED', {
    nl: 'Deze inlogpoging is verlopen of al gebruikt. Log opnieuw in met uw wachtwoord.',
    en: 'This sign-in attempt has expired or was already used. Sign in again with your password.',
  });
