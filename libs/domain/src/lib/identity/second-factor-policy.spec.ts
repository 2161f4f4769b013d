import { satisfiesSecondFactorPolicy, secondFactorRequired, sessionHasSecondFactor } from './second-factor-policy';

describe('the second-factor policy of a network', () => {
  it('asks nobody by default, coordinators only, or everyone', () => {
    expect(secondFactorRequired('NOBODY', 'COORDINATOR')).toBe(false);
    expect(secondFactorRequired('NOBODY', 'MEMBER')).toBe(false);
    expect(secondFactorRequired('COORDINATORS', 'COORDINATOR')).toBe(true);
    expect(secondFactorRequired('COORDINATORS', 'MEMBER')).toBe(false);
    expect(secondFactorRequired('EVERYONE', 'COORDINATOR')).toBe(true);
    expect(secondFactorRequired('EVERYONE', 'MEMBER')).toBe(true);
  });

  it('counts Kijkje’s own second step, not a password alone', () => {
    expect(sessionHasSecondFactor(['password'])).toBe(false);
    expect(sessionHasSecondFactor(['password', 'totp'])).toBe(true);
    expect(sessionHasSecondFactor(['password', 'recovery_code'])).toBe(true);
    expect(sessionHasSecondFactor(['password', 'webauthn'])).toBe(true);
    expect(sessionHasSecondFactor([])).toBe(false);
  });

  it('counts an organisation’s sign-in when its amr names more than one factor or its acr is a multi-factor class (RFC 8176)', () => {
    expect(sessionHasSecondFactor(['sso'])).toBe(false);
    expect(sessionHasSecondFactor(['sso', 'amr:pwd'])).toBe(false);
    expect(sessionHasSecondFactor(['sso', 'amr:pwd', 'amr:mfa'])).toBe(true);
    for (const amr of ['otp', 'hwk', 'swk', 'sms', 'mca']) expect(sessionHasSecondFactor(['sso', 'amr:pwd', `amr:${amr}`])).toBe(true);
    expect(sessionHasSecondFactor(['sso', 'acr:urn:etoegang:core:assurance-class:loa3'])).toBe(true);
    expect(sessionHasSecondFactor(['sso', 'acr:urn:etoegang:core:assurance-class:loa2'])).toBe(false);
    expect(sessionHasSecondFactor(['sso', 'acr:urn:example:strong'], ['urn:example:strong'])).toBe(true);
    // amr claims count only where an organisation signed the person in.
    expect(sessionHasSecondFactor(['password', 'amr:mfa'])).toBe(false);
  });

  it('lets a session work where the policy asks nothing of the role, or where it used a second factor', () => {
    expect(satisfiesSecondFactorPolicy('NOBODY', 'COORDINATOR', ['password'])).toBe(true);
    expect(satisfiesSecondFactorPolicy('COORDINATORS', 'MEMBER', ['password'])).toBe(true);
    expect(satisfiesSecondFactorPolicy('COORDINATORS', 'COORDINATOR', ['password'])).toBe(false);
    expect(satisfiesSecondFactorPolicy('COORDINATORS', 'COORDINATOR', ['password', 'totp'])).toBe(true);
    expect(satisfiesSecondFactorPolicy('EVERYONE', 'MEMBER', ['sso', 'amr:pwd'])).toBe(false);
    expect(satisfiesSecondFactorPolicy('EVERYONE', 'MEMBER', ['sso', 'amr:mfa'])).toBe(true);
  });
});
