import type { Role } from './roles';

export const INVITATION_TTL_DAYS = 14;

export type InvitationViolation = 'ORGANISATION_REQUIRED';

/** A member always speaks for an organisation; a coordinator may belong to the network bureau. */
export function validateInvitation(input: { role: Role; organisationId: string | null }): InvitationViolation[] {
  return input.role === 'MEMBER' && !input.organisationId ? ['ORGANISATION_REQUIRED'] : [];
}

export function invitationExpiresAt(now: Date): Date {
  return new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000);
}

export function isInvitationUsable(
  invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
  now: Date,
): boolean {
  return !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt.getTime() > now.getTime();
}
