// A real OpenID provider (oidc-provider) for the single sign-on tests, in its own process: it is
// published as ES modules only, which Jest's CommonJS runtime cannot load. Started by
// oidc-test-provider.ts with its clients and accounts in OIDC_TEST_CONFIG; prints its issuer.
// POST /__tamper?mode=aud|exp|iss|none makes the next ID tokens wrong in that one way, signed
// with the provider's own key, so only the relying party's checks can tell. An account's `amr`
// and `acr` go into its ID tokens, as a provider says how the person signed in.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:net';
import { SignJWT, decodeJwt, importJWK } from 'jose';
import Provider from 'oidc-provider';

const { clients, accounts } = JSON.parse(process.env.OIDC_TEST_CONFIG);

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const issuer = `http://127.0.0.1:${port}`;
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
const signingKey = await importJWK(jwk, 'RS256');
let tamper = 'none';

const provider = new Provider(issuer, {
  clients,
  jwks: { keys: [jwk] },
  cookies: { keys: ['test-cookie-key'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'], profile: ['name'] },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const claims = accounts[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
  // First-party client: no consent screen, the grant is the requested scope.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

provider.use(async (ctx, next) => {
  if (ctx.path === '/__tamper') {
    tamper = ctx.query.mode ?? 'none';
    ctx.body = { tamper };
    return;
  }
  await next();
  // How the account signed in (RFC 8176 amr, and acr), as a real provider states it in the ID token.
  const how = ctx.path === '/token' && ctx.body?.id_token ? accounts[decodeJwt(ctx.body.id_token).sub] : undefined;
  if (ctx.path === '/token' && ctx.body?.id_token && (tamper !== 'none' || how?.amr || how?.acr)) {
    const claims = decodeJwt(ctx.body.id_token);
    const now = Math.floor(Date.now() / 1000);
    if (how?.amr) claims.amr = how.amr;
    if (how?.acr) claims.acr = how.acr;
    if (tamper === 'aud') claims.aud = 'een-andere-client';
    if (tamper === 'iss') claims.iss = 'http://127.0.0.1:1/ander';
    if (tamper === 'exp') Object.assign(claims, { iat: now - 7200, exp: now - 3600 });
    ctx.body = { ...ctx.body, id_token: await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).sign(signingKey) };
  }
});

provider.listen(port, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ issuer })}\n`));
