import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export type PasswordViolation = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'CONTAINS_EMAIL';

/** The password policy (SEC-08): length in code points, no common passwords, not the e-mail name. */
export function checkPassword(password: string, context: { email?: string; name?: string } = {}): PasswordViolation[] {
  const violations: PasswordViolation[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN) violations.push('TOO_SHORT');
  if (length > PASSWORD_MAX) violations.push('TOO_LONG');
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) violations.push('COMMON');
  const local = context.email?.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) violations.push('CONTAINS_EMAIL');
  return violations;
}
