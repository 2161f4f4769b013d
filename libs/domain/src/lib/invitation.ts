import type { Role } from './roles';

/** How long an invitation link stays valid. */
export const INVITATION_TTL_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

export type InvitationViolation = 'ORGANISATION_REQUIRED';

/**
 * Rule violations of a new invitation, as codes (empty when valid).
 * A member always speaks for an organisation; a coordinator may belong to the network bureau.
 */
export function validateInvitation(input: { role: Role; organisationId: string | null }): InvitationViolation[] {
  const hasOrganisation = typeof input.organisationId === 'string' && input.organisationId.trim() !== '';
  return input.role === 'MEMBER' && !hasOrganisation ? ['ORGANISATION_REQUIRED'] : [];
}

/**
 * The organisation a new membership speaks for: a facilitator is an outside organiser (a
 * university, a consultancy) and never speaks for one of the network's organisations, so that no
 * relation of a host or round member can ever follow from their membership.
 */
export function membershipOrganisation(role: Role, organisationId: string | null | undefined): string | null {
  return role === 'FACILITATOR' ? null : (organisationId ?? null);
}

/** `now` plus INVITATION_TTL_DAYS × 24 hours (an exact duration, not calendar days). */
export function invitationExpiresAt(now: Date): Date {
  return new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS);
}

/** An invitation can be accepted while it is neither accepted, revoked nor expired (expiry is exclusive). */
export function isInvitationUsable(invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now: Date): boolean {
  return !invitation.acceptedAt && !invitation.revokedAt && now.getTime() < invitation.expiresAt.getTime();
}
