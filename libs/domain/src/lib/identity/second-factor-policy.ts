import type { Role } from '../roles';

/**
 * Who in a network must have used a second factor in their session: nobody (the default),
 * coordinators only, or every member. A session records how its person was proven (`methods`):
 * `password`, then `totp`, `recovery_code` or `webauthn` for the second step; or `sso` with the
 * provider's `amr:<value>` and `acr:<value>` claims.
 */
export const SECOND_FACTOR_POLICIES = ['NOBODY', 'COORDINATORS', 'EVERYONE'] as const;
export type SecondFactorPolicy = (typeof SECOND_FACTOR_POLICIES)[number];

export type NetworkRole = Role;

/** The second steps Kijkje itself asks for. */
const OWN_SECOND_FACTORS = new Set(['totp', 'recovery_code', 'webauthn']);

/**
 * RFC 8176 authentication method references that mean more than a password was used: `mfa` and
 * `mca` say so outright; the others are possession factors (a one-time code, a hardware or
 * software key, a text message or call, a smart card), which a provider names beside the password.
 */
export const MULTI_FACTOR_AMR: readonly string[] = ['mfa', 'mca', 'otp', 'hwk', 'swk', 'sms', 'tel', 'sc'];

/** Authentication context classes (`acr`) known to require more than one factor. */
export const MULTI_FACTOR_ACR: readonly string[] = [
  'http://schemas.openid.net/pape/policies/2007/06/multi-factor',
  'http://schemas.openid.net/pape/policies/2007/06/multi-factor-physical',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorUnregistered',
  'urn:etoegang:core:assurance-class:loa3',
  'urn:etoegang:core:assurance-class:loa4',
  'urn:nl-eid-gdi:1.0:id:loa:substantial',
  'urn:nl-eid-gdi:1.0:id:loa:high',
];

/** Whether a session was proven with a second factor: Kijkje's own second step, or a provider's multi-factor sign-in. */
export function sessionHasSecondFactor(methods: readonly string[], extraAcr: readonly string[] = []): boolean {
  if (methods.some((m) => OWN_SECOND_FACTORS.has(m))) return true;
  if (!methods.includes('sso')) return false;
  const acr = new Set([...MULTI_FACTOR_ACR, ...extraAcr]);
  return methods.some((m) => (m.startsWith('amr:') && MULTI_FACTOR_AMR.includes(m.slice(4))) || (m.startsWith('acr:') && acr.has(m.slice(4))));
}

/** Whether the network's policy asks a person in this role for a second factor. */
export function secondFactorRequired(policy: SecondFactorPolicy, role: NetworkRole): boolean {
  return policy === 'EVERYONE' || (policy === 'COORDINATORS' && role === 'COORDINATOR');
}

/** Whether this session may work in the network: its policy asks nothing of the role, or the session used a second factor. */
export function satisfiesSecondFactorPolicy(
  policy: SecondFactorPolicy,
  role: NetworkRole,
  methods: readonly string[],
  extraAcr: readonly string[] = [],
): boolean {
  return !secondFactorRequired(policy, role) || sessionHasSecondFactor(methods, extraAcr);
}
