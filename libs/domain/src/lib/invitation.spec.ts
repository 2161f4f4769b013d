import { INVITATION_TTL_DAYS, invitationExpiresAt, isInvitationUsable, membershipOrganisation, validateInvitation } from './invitation';

describe('validateInvitation', () => {
  it.each([
    ['MEMBER', null, ['ORGANISATION_REQUIRED']],
    ['MEMBER', '', ['ORGANISATION_REQUIRED']],
    ['MEMBER', '   ', ['ORGANISATION_REQUIRED']],
    ['MEMBER', 'org-1', []],
    ['COORDINATOR', null, []],
    ['COORDINATOR', 'org-1', []],
    ['FACILITATOR', null, []],
    ['FACILITATOR', 'org-1', []],
  ] as const)('%s with organisation %j → %j', (role, organisationId, expected) => {
    expect(validateInvitation({ role, organisationId })).toEqual(expected);
  });
});

describe('membershipOrganisation', () => {
  it.each([
    ['MEMBER', 'org-1', 'org-1'],
    ['COORDINATOR', 'org-1', 'org-1'],
    ['COORDINATOR', null, null],
    ['FACILITATOR', 'org-1', null],
    ['FACILITATOR', undefined, null],
  ] as const)('%s with organisation %j speaks for %j', (role, organisationId, expected) => {
    expect(membershipOrganisation(role, organisationId)).toBe(expected);
  });
});

describe('invitationExpiresAt', () => {
  it('is valid for 14 days', () => {
    expect(INVITATION_TTL_DAYS).toBe(14);
  });

  it.each([
    ['2026-11-23T10:00:00.000Z', '2026-12-07T10:00:00.000Z'],
    ['2026-12-25T23:59:59.999Z', '2027-01-08T23:59:59.999Z'],
    // Across the end of summer time in the Netherlands: still exactly 14 × 24 hours.
    ['2026-10-20T12:00:00.000Z', '2026-11-03T12:00:00.000Z'],
  ])('%s → %s', (now, expected) => {
    expect(invitationExpiresAt(new Date(now)).toISOString()).toBe(expected);
  });

  it('does not change the date it is given', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    invitationExpiresAt(now);
    expect(now.toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });
});

describe('isInvitationUsable', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const later = new Date('2026-11-24T10:00:00Z');
  const earlier = new Date('2026-11-22T10:00:00Z');
  it.each([
    ['open', { expiresAt: later, acceptedAt: null, revokedAt: null }, true],
    ['open, expiring in 1 ms', { expiresAt: new Date(now.getTime() + 1), acceptedAt: null, revokedAt: null }, true],
    ['expiring right now', { expiresAt: now, acceptedAt: null, revokedAt: null }, false],
    ['expired', { expiresAt: earlier, acceptedAt: null, revokedAt: null }, false],
    ['accepted', { expiresAt: later, acceptedAt: earlier, revokedAt: null }, false],
    ['revoked', { expiresAt: later, acceptedAt: null, revokedAt: earlier }, false],
    ['accepted and revoked', { expiresAt: later, acceptedAt: earlier, revokedAt: earlier }, false],
  ])('%s → usable %s', (_name, invitation, usable) => {
    expect(isInvitationUsable(invitation, now)).toBe(usable);
  });

  it('is usable just after being created and not after the TTL', () => {
    const created = new Date('2026-11-23T10:00:00Z');
    const invitation = { expiresAt: invitationExpiresAt(created), acceptedAt: null, revokedAt: null };
    expect(isInvitationUsable(invitation, created)).toBe(true);
    expect(isInvitationUsable(invitation, new Date('2026-12-07T09:59:59Z'))).toBe(true);
    expect(isInvitationUsable(invitation, new Date('2026-12-07T10:00:00Z'))).toBe(false);
  });
});
