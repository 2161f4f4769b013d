import { generateSync } from 'otplib';
import type { GqlClient } from './gql-client';

/*
 * The second factor in tests: setting up an authenticator app through the real operations, and
 * the codes an app would show, computed from the key the server handed out.
 */

export const START = `mutation { startTotpEnrolment { secret uri qrCode } }`;
export const CONFIRM = `mutation($input: TotpCodeInput!) { confirmTotpEnrolment(input: $input) { codes } }`;
export const RENEW = `mutation($input: TotpCodeInput!) { renewRecoveryCodes(input: $input) { codes } }`;
export const DISABLE = `mutation($input: DisableSecondFactorInput!) { disableSecondFactor(input: $input) }`;
export const STATUS = `{ mySecondFactor { totpEnabled recoveryCodesLeft } }`;
export const COMPLETE = `mutation($input: CompleteSignInInput!) { completeSignIn(input: $input) { user { id } currentNetwork { id } } }`;

/** The code an app shows `steps` time steps from now (30 seconds each). */
export const codeAt = (secret: string, steps = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/** Sets up and confirms an authenticator app for a signed-in client; answers its key and recovery codes. */
export async function enrolTotp(client: GqlClient): Promise<{ secret: string; codes: string[] }> {
  const { startTotpEnrolment } = await client.ok(START);
  const { confirmTotpEnrolment } = await client.ok(CONFIRM, { input: { code: codeAt(startTotpEnrolment.secret) } });
  return { secret: startTotpEnrolment.secret, codes: confirmTotpEnrolment.codes };
}
