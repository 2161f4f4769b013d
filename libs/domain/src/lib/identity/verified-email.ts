/**
 * Whether an identity provider vouches for the e-mail address in its claims. OpenID Connect says
 * so with `email_verified: true`. Microsoft Entra ID, the provider most municipalities use, sends
 * no `email_verified`; it can send the optional claim `xms_edov` ("email domain owner verified"):
 * true when the address's domain is verified in the tenant that signs the token. Anything else
 * (absent, false, a string "true") is not a verification.
 */
export function emailIsVerified(claims: Readonly<Record<string, unknown>>): boolean {
  return claims['email_verified'] === true || claims['xms_edov'] === true;
}
