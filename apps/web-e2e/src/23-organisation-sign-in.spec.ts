import { spawn, type ChildProcess } from 'node:child_process';
import { createCipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_NETWORK, expectPage } from './support/app';

test.use({ actionTimeout: 15_000 });

const EMAIL = 'lid@sso-gemeente.example';

/** The server's own database (tools/scripts/e2e.mjs passes it): the journey configures the provider there. */
async function withDatabase<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the journeys with npm run test:e2e');
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** As the API stores a client secret outside production (secret-box.ts: the development key, bound to the row's id). */
function encrypted(secret: string, id: string): string {
  const key = createHash('sha256').update('kijkje development sso key').digest();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(id, 'utf8'));
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

/** The real OpenID provider the API tests use (apps/api/test/support/oidc-provider.mjs), in a process of its own. */
async function startProvider(redirectUri: string): Promise<{ issuer: string; child: ChildProcess }> {
  const config = {
    clients: [
      { client_id: 'kijkje-e2e', client_secret: 'geheim-e2e', redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] },
    ],
    accounts: { lid: { email: EMAIL, email_verified: true, name: 'Lid via SSO' } },
  };
  const child = spawn(process.execPath, ['--no-warnings', join(__dirname, '../../api/test/support/oidc-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line).issuer);
    });
    child.once('exit', (code) => reject(new Error(`the provider stopped (${code})`)));
  });
  return { issuer, child };
}

test('a member signs in through their own organisation instead of with a password', async ({ page, baseURL }) => {
  const { issuer, child } = await startProvider(`${baseURL}/auth/oidc/callback`);
  try {
    await withDatabase(async (db) => {
      const one = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0];
      const { id: networkId } = await one(`SELECT id FROM network WHERE name = $1`, [DEMO_NETWORK]);
      const { id: organisationId } = await one(`SELECT id FROM organisation WHERE network_id = $1 ORDER BY name LIMIT 1`, [networkId]);
      const { id: userId } = await one(`INSERT INTO app_user (email, name) VALUES ($1, 'Lid via SSO') RETURNING id`, [EMAIL]);
      await db.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [networkId, userId, organisationId]);
      const id = randomUUID();
      await db.query(
        `INSERT INTO identity_provider (id, network_id, name, issuer, client_id, client_secret_encrypted, email_domains, organisation_id)
         VALUES ($1, $2, 'Gemeente SSO', $3, 'kijkje-e2e', $4, '["sso-gemeente.example"]', $5)`,
        [id, networkId, issuer, encrypted('geheim-e2e', id), organisationId],
      );
    });

    await page.goto('/inloggen');
    await expectPage(page, 'Inloggen');
    await page.getByLabel('E-mailadres').fill(EMAIL);
    const organisation = page.getByRole('link', { name: 'Inloggen met uw organisatie' });
    await expect(organisation).toBeVisible();
    await expectNoAxeViolations(page, 'sign-in with the organisation offered');
    await organisation.click();

    // The organisation's own sign-in page (the test provider's login form).
    await page.locator('input[name="login"]').fill('lid');
    await page.locator('input[name="password"]').fill('wat-dan-ook');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    await expectPage(page, 'Welkom bij Kijkje');
    await expect(page).toHaveURL(`${baseURL}/`);
  } finally {
    child.kill();
  }
});
