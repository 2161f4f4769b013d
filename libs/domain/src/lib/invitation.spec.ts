import { INVITATION_TTL_DAYS, invitationExpiresAt, isInvitationUsable, validateInvitation } from './invitation';

describe('invitations', () => {
  it.each([
    ['MEMBER', null, ['ORGANISATION_REQUIRED']],
    ['MEMBER', 'org-1', []],
    ['COORDINATOR', null, []],
    ['COORDINATOR', 'org-1', []],
  ] as const)('%s with organisation %s → %j', (role, organisationId, expected) => {
    expect(validateInvitation({ role, organisationId })).toEqual(expected);
  });

  it('expires after the set number of days', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(invitationExpiresAt(now).toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(INVITATION_TTL_DAYS).toBe(14);
  });

  const now = new Date('2026-11-23T10:00:00Z');
  const later = new Date('2026-11-24T10:00:00Z');
  const earlier = new Date('2026-11-22T10:00:00Z');
  it.each([
    ['open', { expiresAt: later, acceptedAt: null, revokedAt: null }, true],
    ['expired', { expiresAt: earlier, acceptedAt: null, revokedAt: null }, false],
    ['accepted', { expiresAt: later, acceptedAt: earlier, revokedAt: null }, false],
    ['revoked', { expiresAt: later, acceptedAt: null, revokedAt: earlier }, false],
  ])('%s → usable %s', (_name, invitation, usable) => {
    expect(isInvitationUsable(invitation, now)).toBe(usable);
  });
});
