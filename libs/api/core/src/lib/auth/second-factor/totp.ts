import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { toString as qrCodeSvg } from 'qrcode';
import { hashToken } from '../tokens';

/** RFC 6238 with the defaults every authenticator app knows: SHA-1, 6 digits, 30 seconds. */
const PERIOD = 30;

export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// address an authenticator app reads, and the same as a QR code (an SVG data URL). */
export async function totpEnrolment(secret: string, email: string): Promise<{ uri: string; qrCode: string }> {
  const uri = generateURI({ issuer: 'Kijkje', label: email, secret, period: PERIOD });
  const svg = await qrCodeSvg(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}` };
}

/** Only the digits of what was typed ("123 456" is 123456); null when that is not six digits. */
export function normaliseTotpCode(code: string): string | null {
  const digits = code.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step a code belongs to, when it is right for now or one step either side (clocks of
 * phones drift) and later than `afterStep` (a code already used is not accepted again); else null.
 */
export function totpStep(secret: string, code: string, afterStep: number | null): number | null {
  const token = normaliseTotpCode(code);
  if (!token) return null;
  const result = verifySync({ secret, token, period: PERIOD, epochTolerance: PERIOD, ...(afterStep === null ? {} : { afterTimeStep: afterStep }) });
  // The TOTP strategy answers the step it matched (the type covers HOTP's answer as well).
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Recovery codes: 10 characters of an alphabet without look-alikes (50 bits), shown as xxxxx-xxxxx. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What is stored of a recovery code: the SHA-256 of its letters and digits, case and dashes ignored. */
export function recoveryCodeHash(code: string): string {
  return hashToken(code.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
