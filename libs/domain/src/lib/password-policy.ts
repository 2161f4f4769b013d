import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** The e-mail's local part counts as "contained" only from this length on. */
export const EMAIL_LOCAL_PART_MIN = 4;

export const PASSWORD_VIOLATIONS = ['TOO_SHORT', 'TOO_LONG', 'COMMON', 'CONTAINS_EMAIL'] as const;
export type PasswordViolation = (typeof PASSWORD_VIOLATIONS)[number];

/**
 * The password policy: 8 to 128 characters (Unicode code points, so an emoji counts once),
 * not one of the most common passwords, and not containing the local part of the person's e-mail
 * address. Comparisons are case-insensitive. Returns the violations in a fixed order; empty when
 * the password is acceptable. `context.name` is accepted for callers but not (yet) checked.
 */
export function checkPassword(password: string, context: { email?: string; name?: string } = {}): PasswordViolation[] {
  const violations: PasswordViolation[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN) violations.push('TOO_SHORT');
  if (length > PASSWORD_MAX) violations.push('TOO_LONG');
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) violations.push('COMMON');
  const local = emailLocalPart(context.email);
  if (local.length >= EMAIL_LOCAL_PART_MIN && lower.includes(local)) violations.push('CONTAINS_EMAIL');
  return violations;
}

/** 'Annie.Smit@utrecht.nl' → 'annie.smit'; '' when there is no e-mail. */
function emailLocalPart(email: string | undefined): string {
  if (!email) return '';
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  return at === -1 ? trimmed : trimmed.slice(0, at);
}
